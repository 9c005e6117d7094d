/**
 * Plain-text rendering of what a recipient sees: HTML message bodies and Adaptive Cards become text, and the
 * first link (a card's first Action.OpenUrl, or an HTML anchor) is found. Used only to record deliveries
 * readably; it is not a card renderer.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** HTML to plain text: block elements become line breaks, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<attachment[^>]*>\s*<\/attachment>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The first `<a href="…">` in an HTML body. */
export function firstHref(html: string): string | null {
  const m = /<a\s[^>]*href\s*=\s*["']([^"']+)["']/i.exec(html);
  return m ? decodeEntities(m[1]) : null;
}

type CardNode = Record<string, unknown>;

function isNode(v: unknown): v is CardNode {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Visits every element and action of a card, depth first, in document order. */
function walk(node: unknown, visit: (n: CardNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!isNode(node)) return;
  visit(node);
  for (const key of ['body', 'items', 'columns', 'actions', 'inlines', 'card', 'selectAction']) {
    if (key in node) walk(node[key], visit);
  }
}

/** Card text: TextBlocks, RichTextBlock runs, facts as "title: value", buttons as "[title]". */
export function cardToText(card: unknown): string {
  const lines: string[] = [];
  walk(card, (n) => {
    switch (n.type) {
      case 'TextBlock':
        if (typeof n.text === 'string') lines.push(n.text);
        break;
      case 'RichTextBlock':
        if (Array.isArray(n.inlines)) {
          lines.push(n.inlines.map((i) => (typeof i === 'string' ? i : isNode(i) && typeof i.text === 'string' ? i.text : '')).join(''));
        }
        break;
      case 'FactSet':
        if (Array.isArray(n.facts)) {
          for (const f of n.facts) if (isNode(f)) lines.push(`${String(f.title ?? '')}: ${String(f.value ?? '')}`);
        }
        break;
      default:
        if (typeof n.type === 'string' && n.type.startsWith('Action.') && typeof n.title === 'string') lines.push(`[${n.title}]`);
    }
  });
  return lines.join('\n');
}

/** The url of the first Action.OpenUrl anywhere in the card (body, actions, selectAction). */
export function firstOpenUrl(card: unknown): string | null {
  let found: string | null = null;
  walk(card, (n) => {
    if (found === null && n.type === 'Action.OpenUrl' && typeof n.url === 'string') found = n.url;
  });
  return found;
}
