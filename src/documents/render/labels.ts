/**
 * The few words the renderers write themselves (page numbers, the names of the document's custom
 * properties), in the document's language. Everything else a document says comes from its blocks.
 */
import { DocumentMeta } from '../model';

type Language = DocumentMeta['language'];

/** "Sida 3 av 7" / "Page 3 of 7"; the .docx fills the numbers in with fields, so it takes the parts. */
export function pageLabelParts(language: Language): { page: string; of: string } {
  return language === 'sv-SE' ? { page: 'Sida', of: 'av' } : { page: 'Page', of: 'of' };
}

export function pageLabel(language: Language, page: number, pages: number): string {
  const parts = pageLabelParts(language);
  return `${parts.page} ${page} ${parts.of} ${pages}`;
}

/** Custom document properties: what a case management or archive system reads without opening the text. */
export function customProperties(meta: DocumentMeta): Array<{ name: string; value: string }> {
  const sv = meta.language === 'sv-SE';
  const props = [
    { name: 'Dnr', value: meta.diaryNumber },
    { name: sv ? 'Nämnd' : 'Board', value: meta.board },
    { name: sv ? 'Sammanträdesdatum' : 'Meeting date', value: meta.meetingDate }
  ];
  return props.filter((p) => p.value.trim() !== '');
}
