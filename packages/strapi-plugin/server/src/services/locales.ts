import type { Core } from '@strapi/strapi';
import { invalidField } from '../http/validate';

interface LocaleRecord {
  code: string;
  isDefault?: boolean;
}

const LOCALES_TTL_MS = 60_000;

/**
 * Resolves `?locale=`: absent means the default locale; an unknown code is a 400 naming
 * the known ones. The list is kept for a minute (it is read on every public request) and
 * read again before any code is called unknown, so a locale added a moment ago works.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let known: { locales: LocaleRecord[]; defaultCode: string; loadedAt: number } | undefined;

  async function load() {
    const service = strapi.plugin('i18n').service('locales');
    const [locales, defaultCode] = (await Promise.all([service.find(), service.getDefaultLocale()])) as [LocaleRecord[], string];
    known = { locales, defaultCode, loadedAt: Date.now() };
    return known;
  }

  const codeIn = ({ locales }: { locales: LocaleRecord[] }, requested: string) => locales.find((locale) => locale.code.toLowerCase() === requested.toLowerCase())?.code;

  return {
    async resolve(requested: string | undefined): Promise<string> {
      const current = known && Date.now() - known.loadedAt < LOCALES_TTL_MS ? known : await load();
      if (!requested) return current.defaultCode;
      // Unknown in a list older than a second: read it again (at most once a second, so bogus codes stay cheap).
      const code = codeIn(current, requested) ?? (Date.now() - current.loadedAt > 1000 ? codeIn(await load(), requested) : undefined);
      if (!code) {
        invalidField('locale', `Unknown locale "${requested}". Published locales: ${known!.locales.map((locale) => locale.code).join(', ')}.`);
      }
      return code;
    },
  };
};
