/** The security report's views: the overview and one area's chapter, and the chapter editor the Teams tab embeds. */
export { SecurityReportView } from './SecurityReportView';
export type { SecurityReportViewProps } from './SecurityReportView';
export { ChapterEditor } from './ChapterEditor';
export type { ChapterEditorProps } from './ChapterEditor';
export { ChapterStateBadge } from './ChapterStateBadge';
