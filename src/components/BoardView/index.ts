/** The board page (Nämndvy) and the document view it draws the papers with. */
export { BoardView, DEFAULT_FONT_BASE_URL } from './BoardView';
export type { BoardTarget, BoardViewProps, PublishFn } from './BoardView';
export { DocumentView } from './DocumentView';
export type { DocumentViewProps } from './DocumentView';
