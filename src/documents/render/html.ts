/**
 * The standalone HTML rendering of a board document: one self-contained HTML5 file (language, title,
 * Dnr, board and meeting date as meta tags, the stylesheet inlined) whose body is the board view's
 * DocumentView rendered on the server, so screen, print and file draw the same markup. React escapes
 * all of the document's text; the only text outside React is the stylesheet, whose user text (running
 * header and footer) goes through cssString. The same document always gives the same string.
 */
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DocumentView } from '../../components/BoardView/DocumentView';
import { documentPageStyles, documentStyles } from '../../components/BoardView/documentStyles';
import { Block, ReportDocument } from '../model';

/** The page around the document: the view's own stylesheet leaves the body to its host. */
const pageStyles = `
html { background: #fff; }
body { margin: 0; padding: 24px; font-family: 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 15px; color: #201f1e; }
@media print { body { padding: 0; } }
`;

/** The document with its title as a level-1 heading in front, unless its first content already is one. */
function withTitleHeading(doc: ReportDocument): ReportDocument {
  let first = 0;
  while (first < doc.blocks.length && (doc.blocks[first].type === 'section' || doc.blocks[first].type === 'pageBreak')) first++;
  const lead = doc.blocks[first];
  if (lead && lead.type === 'heading' && lead.level === 1) return doc;
  const title: Block = { type: 'heading', level: 1, text: doc.meta.title };
  return { ...doc, blocks: [...doc.blocks.slice(0, first), title, ...doc.blocks.slice(first)] };
}

function metaTags(doc: ReportDocument): React.ReactElement[] {
  const { meta } = doc;
  const named: Array<[string, string]> = [
    ['description', meta.subject],
    ['author', meta.author],
    ['dnr', meta.diaryNumber],
    ['board', meta.board],
    ['meeting-date', meta.meetingDate],
    ['organisation', meta.organisation],
    ['dcterms.created', meta.createdAt]
  ];
  return named.filter(([, content]) => content.trim() !== '')
    .map(([name, content]) => React.createElement('meta', { key: name, name, content }));
}

/**
 * A style element's content is raw text: React would escape the quotes of `content: "…"` into entities
 * that the CSS parser never decodes. The CSS is ours plus cssString-escaped text, which holds no < or &.
 */
function style(css: string): React.ReactElement {
  return React.createElement('style', { dangerouslySetInnerHTML: { __html: css } });
}

export function renderHtml(doc: ReportDocument): string {
  const page = React.createElement('html', { lang: doc.meta.language },
    React.createElement('head', null,
      React.createElement('meta', { charSet: 'utf-8' }),
      React.createElement('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      React.createElement('title', null, doc.meta.title),
      ...metaTags(doc),
      style(pageStyles + documentStyles),
      style(documentPageStyles(doc.meta))),
    React.createElement('body', null,
      React.createElement('main', null,
        React.createElement(DocumentView, { doc: withTitleHeading(doc), headingOffset: 0, withStylesheet: false }))));
  return `<!DOCTYPE html>\n${renderToStaticMarkup(page)}\n`;
}
