/**
 * The document's page sections: the blocks split at `section` blocks, each with its orientation. Both
 * renderers start every section on a new page; a section block before any content only sets the
 * orientation of the first page, so no empty page comes first.
 */
import { Block, ReportDocument } from '../model';
import { Orientation } from './pageGeometry';

export interface SectionContent {
  orientation: Orientation;
  blocks: Block[];
}

export function splitSections(doc: ReportDocument): SectionContent[] {
  const sections: SectionContent[] = [{ orientation: doc.orientation, blocks: [] }];
  for (const block of doc.blocks) {
    const current = sections[sections.length - 1];
    if (block.type !== 'section') current.blocks.push(block);
    else if (current.blocks.length === 0) current.orientation = block.orientation;
    else sections.push({ orientation: block.orientation, blocks: [] });
  }
  return sections;
}
