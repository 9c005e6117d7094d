/**
 * A board document on the page: its title as the leading heading (the renderers write the title
 * themselves, so the documents' blocks start after it; html.ts does the same before DocumentView), one
 * level below the page's own h1.
 */
import * as React from 'react';
import { Block, ReportDocument } from '../../documents/model';
import { DocumentView } from './DocumentView';

/** The document with its title as a level-1 heading in front, unless its first content already is one. */
export function withTitleHeading(doc: ReportDocument): ReportDocument {
  let first = 0;
  while (first < doc.blocks.length && (doc.blocks[first].type === 'section' || doc.blocks[first].type === 'pageBreak')) first++;
  const lead = doc.blocks[first];
  if (lead && lead.type === 'heading' && lead.level === 1) return doc;
  const title: Block = { type: 'heading', level: 1, text: doc.meta.title };
  return { ...doc, blocks: [...doc.blocks.slice(0, first), title, ...doc.blocks.slice(first)] };
}

export function PaperDocument(props: { doc: ReportDocument }): React.ReactElement {
  const doc = React.useMemo(() => withTitleHeading(props.doc), [props.doc]);
  return <DocumentView doc={doc} headingOffset={1} />;
}
