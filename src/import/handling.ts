/** "Hantering av risk" from a spreadsheet word: behålla, begränsa, eliminera (and English, and common variants). */
import { Handling } from '../model/types';

const WORDS: Record<string, Handling> = {
  'behålla': 'accept', 'behåll': 'accept', 'behålls': 'accept', 'acceptera': 'accept', 'accepteras': 'accept', 'accept': 'accept',
  'accepted': 'accept', 'tolerera': 'accept', 'retain': 'accept',
  'begränsa': 'reduce', 'begränsas': 'reduce', 'minska': 'reduce', 'minimera': 'reduce', 'reduce': 'reduce', 'reduced': 'reduce',
  'mitigate': 'reduce', 'limit': 'reduce',
  'eliminera': 'eliminate', 'elimineras': 'eliminate', 'undvika': 'eliminate', 'undvik': 'eliminate', 'eliminate': 'eliminate',
  'avoid': 'eliminate', 'remove': 'eliminate'
};

/** The handling a cell names, `null` for an empty cell and `undefined` for a word we do not know. */
export function handlingFromWord(text: string): Handling | null | undefined {
  const word = text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.!:;,]+$/, '');
  if (!word) return null;
  return WORDS[word];
}
