import { pickStrings } from '../internal/localize.js';

/** Text <smp-before-after> shows itself; titles, captions and alt text come from the CMS. */
export interface BeforeAfterStrings {
  before: string;
  after: string;
  /** Accessible name of the divider handle (the slider). */
  divider: string;
  sessions: (count: number) => string;
  loading: string;
  loadFailed: string;
}

const beforeAfterStrings = {
  en: {
    before: 'Before',
    after: 'After',
    divider: 'Before/after divider',
    sessions: (count: number) => (count === 1 ? '1 session' : `${count} sessions`),
    loading: 'Loading the before and after images…',
    loadFailed: 'The before and after images could not be loaded.',
  },
  de: {
    before: 'Vorher',
    after: 'Nachher',
    divider: 'Vorher-Nachher-Trenner',
    sessions: (count: number) => (count === 1 ? '1 Sitzung' : `${count} Sitzungen`),
    loading: 'Vorher- und Nachher-Bilder werden geladen …',
    loadFailed: 'Die Vorher- und Nachher-Bilder konnten nicht geladen werden.',
  },
} satisfies { en: BeforeAfterStrings } & Record<string, BeforeAfterStrings>;

export const beforeAfterStringsFor = (locale: string | undefined): BeforeAfterStrings => pickStrings(beforeAfterStrings, locale);
