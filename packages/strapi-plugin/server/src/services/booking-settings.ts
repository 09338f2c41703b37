import type { Core, UID } from '@strapi/strapi';
import { bookingSettingsSchema, type BookingSettings } from '@smp-kit/schema';
import { privateBookingSettingsSchema, toBookingSettingsDto, toPrivateSettings, type BookingSettingsRow, type PrivateBookingSettings } from '../content-types/booking-settings/settings-dto';
import { BOOKING_SETTINGS_UID } from '../uids';

interface LocaleRecord {
  code: string;
}

const settingsDocuments = (strapi: Core.Strapi) => strapi.documents(BOOKING_SETTINGS_UID as UID.SingleType);

/** The clinic's booking settings: the public DTO per locale, and the private fields shared by all locales. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Published settings of `locale`, or null when none are published. */
  async findPublished(locale: string): Promise<BookingSettings | null> {
    const row = (await settingsDocuments(strapi).findFirst({ locale, status: 'published' })) as BookingSettingsRow | null;
    if (!row) return null;
    const { acceptPhotos } = await strapi.plugin('smp-kit').service('plugin-settings').get();
    const result = bookingSettingsSchema.safeParse({ ...(toBookingSettingsDto(row) as object), acceptsPhotos: acceptPhotos });
    if (result.success) return result.data;
    // Saves are validated, so this is data written around the Document Service: say which, not what.
    strapi.log.warn(`[smp-kit] The published booking settings (${locale}) do not match the contract; the booking button falls back. Open and save them in the admin.`);
    return null;
  },

  /** Private settings in effect (published), with safe defaults when none are. */
  async findPrivate(): Promise<PrivateBookingSettings> {
    const row = (await settingsDocuments(strapi).findFirst({ status: 'published' })) as BookingSettingsRow | null;
    const result = privateBookingSettingsSchema.safeParse(row ? toPrivateSettings(row) : {});
    return result.success ? result.data : { notificationEmail: null, retentionDays: null };
  },

  /**
   * The locale closest to a patient's page language (`en-GB` → `en`), else the default.
   * A page's language never makes a booking fail.
   */
  async closestLocale(requested: string | undefined): Promise<string> {
    const locales = strapi.plugin('i18n').service('locales');
    const fallback = (await locales.getDefaultLocale()) as string;
    if (!requested) return fallback;
    const known = ((await locales.find()) as LocaleRecord[]).map((locale) => locale.code);
    const lower = requested.toLowerCase();
    return (
      known.find((code) => code.toLowerCase() === lower) ??
      known.find((code) => code.toLowerCase() === lower.split('-')[0]) ??
      fallback
    );
  },
});
