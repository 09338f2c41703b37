import { pickStrings } from '../internal/localize.js';

/** Text of <smp-faq>'s search (loaded with it, in the opt-in chunk); the rest is in faq-strings.ts. */
export interface FaqSearchStrings {
  label: string;
  /** Announced after each search: how many questions match. */
  matches: (count: number) => string;
}

const faqSearchStrings = {
  en: {
    label: 'Search the questions',
    matches: (count: number) => (count === 0 ? 'No questions match your search.' : count === 1 ? '1 question matches.' : `${count} questions match.`),
  },
  de: {
    label: 'Fragen durchsuchen',
    matches: (count: number) => (count === 0 ? 'Keine Frage passt zu Ihrer Suche.' : count === 1 ? '1 Frage passt.' : `${count} Fragen passen.`),
  },
} satisfies { en: FaqSearchStrings } & Record<string, FaqSearchStrings>;

export const faqSearchStringsFor = (locale: string | undefined): FaqSearchStrings => pickStrings(faqSearchStrings, locale);
