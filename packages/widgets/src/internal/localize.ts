/** Text the widgets show themselves (content comes from the CMS per locale). */
export interface UiStrings {
  loading: string;
  loadFailed: string;
  empty: string;
}

const strings: Record<string, UiStrings> = {
  en: {
    loading: 'Loading questions…',
    loadFailed: 'The questions could not be loaded. Please try again later.',
    empty: 'No questions have been published yet.',
  },
  de: {
    loading: 'Fragen werden geladen …',
    loadFailed: 'Die Fragen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
    empty: 'Es wurden noch keine Fragen veröffentlicht.',
  },
};

/** The strings for `locale` (`de-AT` falls back to `de`, unknown to English). */
export function uiStrings(locale: string | undefined): UiStrings {
  const language = locale?.toLowerCase().split('-')[0] ?? 'en';
  return strings[language] ?? strings.en!;
}
