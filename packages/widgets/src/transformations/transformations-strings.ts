import { pickStrings } from '../internal/localize.js';

/** Text <smp-transformations> shows itself; the cases come from the CMS per locale. */
export interface TransformationsStrings {
  loading: string;
  loadFailed: string;
  empty: string;
}

// The filter's words load with the filter (result-filters.ts).
const transformationsStrings = {
  en: {
    loading: 'Loading results…',
    loadFailed: 'The results could not be loaded. Please try again later.',
    empty: 'No results have been published yet.',
  },
  de: {
    loading: 'Ergebnisse werden geladen …',
    loadFailed: 'Die Ergebnisse konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
    empty: 'Es wurden noch keine Ergebnisse veröffentlicht.',
  },
} satisfies { en: TransformationsStrings } & Record<string, TransformationsStrings>;

export const transformationsStringsFor = (locale: string | undefined): TransformationsStrings => pickStrings(transformationsStrings, locale);
