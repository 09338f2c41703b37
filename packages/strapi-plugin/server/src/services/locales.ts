import type { Core } from '@strapi/strapi';
import { invalidField } from '../http/validate';

interface LocaleRecord {
  code: string;
}

/** Resolves `?locale=`: absent means the default locale; an unknown code is a 400 naming the known ones. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async resolve(requested: string | undefined): Promise<string> {
    const locales = strapi.plugin('i18n').service('locales');
    if (!requested) return (await locales.getDefaultLocale()) as string;
    const known = (await locales.find()) as LocaleRecord[];
    const match = known.find((locale) => locale.code.toLowerCase() === requested.toLowerCase());
    if (!match) {
      invalidField('locale', `Unknown locale "${requested}". Published locales: ${known.map((locale) => locale.code).join(', ')}.`);
    }
    return match.code;
  },
});
