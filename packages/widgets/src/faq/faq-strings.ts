import { pickStrings } from '../internal/localize.js';

/** Text <smp-faq> shows itself (its search text is in faq-search-strings.ts); the questions come from the CMS per locale. */
export interface FaqStrings {
  loading: string;
  loadFailed: string;
  empty: string;
  expandAll: string;
  collapseAll: string;
  otherQuestions: string;
}

const faqStrings = {
  en: {
    loading: 'Loading questions…',
    loadFailed: 'The questions could not be loaded. Please try again later.',
    empty: 'No questions have been published yet.',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    otherQuestions: 'More questions',
  },
  de: {
    loading: 'Fragen werden geladen …',
    loadFailed: 'Die Fragen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
    empty: 'Es wurden noch keine Fragen veröffentlicht.',
    expandAll: 'Alle öffnen',
    collapseAll: 'Alle schließen',
    otherQuestions: 'Weitere Fragen',
  },
} satisfies { en: FaqStrings } & Record<string, FaqStrings>;

export const faqStringsFor = (locale: string | undefined): FaqStrings => pickStrings(faqStrings, locale);
