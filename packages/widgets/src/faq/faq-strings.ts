import { pickStrings } from '../internal/localize.js';

/** Text <smp-faq> shows itself; the questions come from the CMS per locale. */
export interface FaqStrings {
  loading: string;
  loadFailed: string;
  empty: string;
  searchLabel: string;
  /** Announced after each search: how many questions match. */
  matches: (count: number) => string;
  expandAll: string;
  collapseAll: string;
  otherQuestions: string;
}

const faqStrings = {
  en: {
    loading: 'Loading questions…',
    loadFailed: 'The questions could not be loaded. Please try again later.',
    empty: 'No questions have been published yet.',
    searchLabel: 'Search the questions',
    matches: (count: number) => (count === 0 ? 'No questions match your search.' : count === 1 ? '1 question matches.' : `${count} questions match.`),
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    otherQuestions: 'More questions',
  },
  de: {
    loading: 'Fragen werden geladen …',
    loadFailed: 'Die Fragen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
    empty: 'Es wurden noch keine Fragen veröffentlicht.',
    searchLabel: 'Fragen durchsuchen',
    matches: (count: number) => (count === 0 ? 'Keine Frage passt zu Ihrer Suche.' : count === 1 ? '1 Frage passt.' : `${count} Fragen passen.`),
    expandAll: 'Alle öffnen',
    collapseAll: 'Alle schließen',
    otherQuestions: 'Weitere Fragen',
  },
} satisfies { en: FaqStrings } & Record<string, FaqStrings>;

export const faqStringsFor = (locale: string | undefined): FaqStrings => pickStrings(faqStrings, locale);
