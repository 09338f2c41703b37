import type { TransformationTag } from '@smp-kit/schema';
import { pickStrings } from '../internal/localize.js';

/** Text <smp-transformations> shows itself; the cases come from the CMS per locale. */
export interface TransformationsStrings {
  loading: string;
  loadFailed: string;
  empty: string;
  /** Name of the group of tag filter buttons. */
  filterLabel: string;
  tags: Record<TransformationTag, string>;
  /** Announced after the filter changes. */
  shown: (count: number) => string;
}

const transformationsStrings = {
  en: {
    loading: 'Loading results…',
    loadFailed: 'The results could not be loaded. Please try again later.',
    empty: 'No results have been published yet.',
    filterLabel: 'Show results for',
    tags: { hairline: 'Hairline', crown: 'Crown', density: 'Density', scar: 'Scars', alopecia: 'Alopecia', women: 'Women' },
    shown: (count: number) => (count === 1 ? '1 result shown.' : `${count} results shown.`),
  },
  de: {
    loading: 'Ergebnisse werden geladen …',
    loadFailed: 'Die Ergebnisse konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
    empty: 'Es wurden noch keine Ergebnisse veröffentlicht.',
    filterLabel: 'Ergebnisse zeigen für',
    tags: { hairline: 'Haaransatz', crown: 'Oberkopf', density: 'Dichte', scar: 'Narben', alopecia: 'Alopezie', women: 'Frauen' },
    shown: (count: number) => (count === 1 ? '1 Ergebnis angezeigt.' : `${count} Ergebnisse angezeigt.`),
  },
} satisfies { en: TransformationsStrings } & Record<string, TransformationsStrings>;

export const transformationsStringsFor = (locale: string | undefined): TransformationsStrings => pickStrings(transformationsStrings, locale);
