import type { Faq } from '@smp-kit/schema';
import { blocksToText } from '../internal/blocks-to-text.js';

/** Lower case without accents, so "debut" finds "Début" and "SMP" finds "smp". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The searchable text of each entry: question and answer, folded once per load. */
export function searchIndex(entries: Faq[]): string[] {
  return entries.map((entry) => foldForSearch(`${entry.question}\n${blocksToText(entry.answer)}`));
}
