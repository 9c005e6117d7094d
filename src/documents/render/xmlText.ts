/**
 * Text on its way into XML (the .docx parts, the PDF's XMP packet): escaped, and cleared of the characters
 * XML 1.0 cannot carry at all (most control characters, lone surrogates), which would make Word refuse
 * to open the file.
 */

/** Characters that XML text and attribute values must not carry raw. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The text without characters XML forbids; tabs and line breaks stay. */
export function xmlSafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) out += text[i] + text[++i];
      continue;
    }
    const forbidden = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0xdc00 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
    if (!forbidden) out += text[i];
  }
  return out;
}
