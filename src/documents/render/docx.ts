/**
 * Renders a ReportDocument as a Word document (.docx) with the `docx` library: named styles, real
 * list numbering, tables whose header row repeats on every page, A4 sections in either orientation, a
 * running header (organisation, title) and footer (footer text, "Sida X av Y" as PAGE/NUMPAGES fields),
 * and the document's core and custom properties. Works in Node and in the browser (it asks the library
 * for a Uint8Array, never for a Node Buffer), and renders the same document to the same bytes.
 */
import {
  Document, FileChild, Footer, Header, HeadingLevel, ISectionOptions, PageNumber, PageOrientation, Packer, Paragraph, Tab,
  TabStopType, TextRun
} from 'docx';
import { DocumentMeta, ReportDocument } from '../model';
import { blockToDocx, DocxContext, runs } from './docxBlocks';
import { CORE_PROPERTIES_PATH, corePropertiesXml, stampZipEntries } from './docxPackage';
import { docxNumbering, docxStyles, STYLE_IDS } from './docxStyles';
import { frozenDate } from './frozenDate';
import { customProperties, pageLabelParts } from './labels';
import { A4_TWIPS, HEADER_FOOTER_TWIPS, MARGIN_TWIPS, Orientation, textWidthTwips } from './pageGeometry';
import { SectionContent, splitSections } from './sections';
import { xmlSafe } from './xmlText';

function runningHeader(meta: DocumentMeta, orientation: Orientation): Header {
  return new Header({
    children: [new Paragraph({
      style: STYLE_IDS.header,
      tabStops: [{ type: TabStopType.RIGHT, position: textWidthTwips(orientation) }],
      children: [new TextRun(meta.organisation), new TextRun({ children: [new Tab(), meta.title] })]
    })]
  });
}

function runningFooter(meta: DocumentMeta, orientation: Orientation): Footer {
  const label = pageLabelParts(meta.language);
  return new Footer({
    children: [new Paragraph({
      style: STYLE_IDS.footer,
      tabStops: [{ type: TabStopType.RIGHT, position: textWidthTwips(orientation) }],
      children: [
        new TextRun(meta.footer),
        new TextRun({ children: [new Tab(), `${label.page} `, PageNumber.CURRENT, ` ${label.of} `, PageNumber.TOTAL_PAGES] })
      ]
    })]
  });
}

function sectionOptions(doc: ReportDocument, section: SectionContent, children: FileChild[]): ISectionOptions {
  return {
    properties: {
      page: {
        // The A4 portrait size with an orientation: the library swaps width and height for landscape itself.
        size: { width: A4_TWIPS.width, height: A4_TWIPS.height, orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS, right: MARGIN_TWIPS, header: HEADER_FOOTER_TWIPS, footer: HEADER_FOOTER_TWIPS }
      }
    },
    headers: { default: runningHeader(doc.meta, section.orientation) },
    footers: { default: runningFooter(doc.meta, section.orientation) },
    children
  };
}

/** The docx library's document for a ReportDocument (exported for tests that look at the object model). */
export function buildDocxDocument(doc: ReportDocument): Document {
  const context: DocxContext = { nextListInstance: 1 };
  const sections = splitSections(doc).map((section, index) => {
    const children = section.blocks.flatMap((block) => blockToDocx(block, section.orientation, context));
    if (index === 0 && doc.meta.title.trim() !== '') children.unshift(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.meta.title) }));
    return sectionOptions(doc, section, children);
  });
  return new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    styles: docxStyles(doc.meta),
    numbering: docxNumbering(),
    customProperties: customProperties(doc.meta),
    sections
  });
}

/** The metadata without characters XML cannot carry; the blocks' text is cleaned where runs are made. */
function xmlSafeMeta(meta: DocumentMeta): DocumentMeta {
  const clean = { ...meta };
  for (const key of Object.keys(clean) as Array<keyof DocumentMeta>) if (typeof clean[key] === 'string') (clean as Record<string, string>)[key] = xmlSafe(clean[key]);
  return clean;
}

export async function renderDocx(input: ReportDocument): Promise<Uint8Array> {
  const doc = { ...input, meta: xmlSafeMeta(input.meta) };
  const date = frozenDate(doc.meta);
  const bytes = await Packer.pack(buildDocxDocument(doc), 'uint8array', false, [{ path: CORE_PROPERTIES_PATH, data: corePropertiesXml(doc.meta) }]);
  return stampZipEntries(bytes, date);
}
