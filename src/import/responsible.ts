/**
 * Several responsible bodies in one "Ansvarig" cell, as seed 002 writes them: "LSG-patientsäkerhet,
 * Patientsäkerhetsteamet\nAlla verksamheter.", "HR; Ledningsgrupper", "Patientnämnden och Alla
 * verksamheter". Split on commas, semicolons and line breaks (outside parentheses), and on " och " /
 * " samt " / " and " only between two names: the next word starts with a capital and the previous does
 * not end in a hyphen, so "IT- och e-hälsochef" and "Chef för vård och omsorg" stay whole. A line break
 * followed by a lower-case letter continues a wrapped name ("Ansvarig för\ngenomförande").
 */

const LOWER = /[a-zåäöéü]/;

/** Joins lines that continue a wrapped or hyphenated name. */
function unwrap(text: string): string {
  return text.replace(/\r\n?/g, '\n')
    .replace(/-[ \t]*\n[ \t]*(?=(och|samt|and)\s)/g, '- ')
    .replace(/([a-zåäöéü])-[ \t]*\n[ \t]*(?=[a-zåäöéü])/g, '$1')
    .replace(/[ \t]*\n[ \t]*(?=[a-zåäöéü])/g, ' ');
}

/** Splits on , ; and line breaks that are not inside parentheses. */
function splitOnSeparators(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')' && depth > 0) depth--;
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/** Splits "A och B" where both sides are names. */
function splitOnConjunctions(part: string): string[] {
  const out: string[] = [];
  const conjunction = /\s+(?:och|samt|and|&)\s+/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = conjunction.exec(part)) !== null) {
    const before = part.slice(start, match.index);
    const after = part.slice(match.index + match[0].length);
    const next = after.charAt(0);
    if (before.trim() !== '' && !/-$/.test(before) && next !== '' && !LOWER.test(next)) {
      out.push(before);
      start = match.index + match[0].length;
    }
  }
  out.push(part.slice(start));
  return out;
}

function clean(name: string): string {
  return name.replace(/\s+/g, ' ').trim().replace(/[.:]+$/, '').trim();
}

/** The responsible bodies a cell names, in order, each once ([] for an empty cell). */
export function splitResponsible(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of splitOnSeparators(unwrap(text))) {
    for (const piece of splitOnConjunctions(part)) {
      const name = clean(piece);
      if (name === '' || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      out.push(name);
    }
  }
  return out;
}
