import type { Core } from '@strapi/strapi';

/** The demo content's languages: English (Strapi's default) and German. */
export const SEED_LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'de', name: 'German (de)' },
] as const;

export async function ensureSeedLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of SEED_LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
}
