/**
 * Reading Adaptive Cards back in tests: parse and validate them as Teams' renderer library does, and list
 * their texts (TextBlocks and facts) and their Action.OpenUrl links.
 */
import type * as AdaptiveCards from 'adaptivecards';

// The package's `main` is ES modules, which this Jest setup does not transform; its UMD build is the same library.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { AdaptiveCard, SerializationContext, Versions } = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Parses the card as Teams' renderer library does and returns every parse and validation event. */
export function cardProblems(json: object): string[] {
  const card = new AdaptiveCard();
  const context = new SerializationContext(Versions.v1_4);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}

interface Node {
  type?: string;
  text?: string;
  title?: string;
  url?: string;
  facts?: Array<{ title: string; value: string }>;
  items?: Node[];
  body?: Node[];
  actions?: Node[];
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of [...(node.body ?? []), ...(node.items ?? []), ...(node.actions ?? [])]) walk(child, visit);
}

/** Every TextBlock's text and every fact as "title: value", in order. */
export function texts(card: object): string[] {
  const out: string[] = [];
  walk(card as Node, (n) => {
    if (n.type === 'TextBlock' && n.text !== undefined) out.push(n.text);
    for (const f of n.facts ?? []) out.push(`${f.title}: ${f.value}`);
  });
  return out;
}

export function openUrls(card: object): Array<{ title: string; url: string }> {
  const out: Array<{ title: string; url: string }> = [];
  walk(card as Node, (n) => {
    if (n.type === 'Action.OpenUrl') out.push({ title: n.title as string, url: n.url as string });
  });
  return out;
}
