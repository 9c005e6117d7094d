/**
 * The .docx document's named styles and list numbering: Title, Heading 1–3, Normal, Caption (table
 * captions), small print, notes and table text, plus a numbered ("1. 2. 3.") and a bulleted list.
 * Named styles rather than direct formatting so a secretary can restyle the paper in Word and a screen
 * reader or the navigation pane finds the headings.
 */
import { AlignmentType, IBaseParagraphStyleOptions, INumberingOptions, IStylesOptions, LevelFormat } from 'docx';
import { DocumentMeta } from '../model';
import { MUTED_COLOUR, TEXT_COLOUR } from './colours';

/** The font named in the file; Word and LibreOffice substitute a metric-compatible one where it is missing. */
export const DOCX_FONT = 'Calibri';

export const STYLE_IDS = { caption: 'Caption', small: 'Small', note: 'Note', tableText: 'TableText', header: 'Header', footer: 'Footer' } as const;
export const NUMBERING_REFS = { ordered: 'ik-ordered', bullet: 'ik-bullet' } as const;

/** Sizes in half-points, as Word stores them. */
const SIZE = { title: 40, h1: 32, h2: 26, h3: 22, normal: 22, caption: 20, small: 18, table: 18 };

export function docxStyles(meta: DocumentMeta): IStylesOptions {
  const heading = (size: number, before: number): IBaseParagraphStyleOptions => ({
    run: { font: DOCX_FONT, size, bold: true, color: TEXT_COLOUR },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true }
  });
  return {
    default: {
      document: {
        run: { font: DOCX_FONT, size: SIZE.normal, color: TEXT_COLOUR, language: { value: meta.language } },
        paragraph: { spacing: { after: 120, line: 264 } }
      },
      title: { run: { font: DOCX_FONT, size: SIZE.title, bold: true, color: TEXT_COLOUR }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(SIZE.h1, 360),
      heading2: heading(SIZE.h2, 240),
      heading3: heading(SIZE.h3, 200),
      caption: { run: { font: DOCX_FONT, size: SIZE.caption, bold: true, italics: false, color: TEXT_COLOUR }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } }
    },
    paragraphStyles: [
      { id: STYLE_IDS.small, name: 'Small text', basedOn: 'Normal', quickFormat: true, run: { size: SIZE.small } },
      { id: STYLE_IDS.note, name: 'Note', basedOn: 'Normal', quickFormat: true, run: { size: SIZE.small, italics: true, color: MUTED_COLOUR } },
      { id: STYLE_IDS.tableText, name: 'Table text', basedOn: 'Normal', run: { size: SIZE.table }, paragraph: { spacing: { before: 20, after: 20, line: 240 } } },
      { id: STYLE_IDS.header, name: 'header', basedOn: 'Normal', run: { size: SIZE.small, color: MUTED_COLOUR }, paragraph: { spacing: { after: 0 } } },
      { id: STYLE_IDS.footer, name: 'footer', basedOn: 'Normal', run: { size: SIZE.small, color: MUTED_COLOUR }, paragraph: { spacing: { after: 0 } } }
    ]
  };
}

export function docxNumbering(): INumberingOptions {
  const indent = (level: number): { left: number; hanging: number } => ({ left: 360 * (level + 1), hanging: 360 });
  return {
    config: [
      {
        reference: NUMBERING_REFS.ordered,
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.LEFT, style: { paragraph: { indent: indent(0) } } },
          { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', start: 1, alignment: AlignmentType.LEFT, style: { paragraph: { indent: indent(1) } } }
        ]
      },
      {
        reference: NUMBERING_REFS.bullet,
        levels: [
          { level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: indent(0) } } },
          { level: 1, format: LevelFormat.BULLET, text: '\u2013', alignment: AlignmentType.LEFT, style: { paragraph: { indent: indent(1) } } }
        ]
      }
    ]
  };
}
