/**
 * Picks an element's UI strings for a locale: `de-AT` falls back to `de`, an unknown
 * language to English. Each element keeps its own table beside it (for example
 * `faq/faq-strings.ts`), so a bundle carries only the text its element shows.
 */
export function pickStrings<T>(table: { en: T } & Record<string, T>, locale: string | undefined): T {
  const language = locale?.toLowerCase().split('-')[0] ?? 'en';
  return table[language] ?? table.en;
}
