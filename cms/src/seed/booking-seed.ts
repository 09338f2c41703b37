import type { Core, UID } from '@strapi/strapi';
import { ensureSeedLocales } from './locales';

const BOOKING_SETTINGS_UID = 'plugin::smp-kit.booking-settings' as UID.SingleType;
const BOOKING_LOCATION_UID = 'plugin::smp-kit.booking-location' as UID.CollectionType;

const OPENING_HOURS = [
  { days: ['tue', 'wed', 'thu', 'fri'], opens: '10:00', closes: '18:00' },
  { days: ['sat'], opens: '09:00', closes: '14:00' },
];

/**
 * The demo studio's consultation times, within its opening hours: 45-minute consultations with
 * 15 minutes between them, an hour for scar camouflage (scar tissue needs a closer look), a day's
 * notice, up to 8 weeks ahead, one consultation room.
 */
const demoLocation = {
  name: 'Northline Scalp Studio, London',
  slug: 'london',
  timeZone: 'Europe/London',
  // Consultations whenever the studio is open (the opening hours below).
  weeklyHours: OPENING_HOURS,
  consultationMinutes: 45,
  serviceMinutes: [{ service: 'scar-camouflage', minutes: 60 }],
  bufferMinutes: 15,
  minimumNoticeHours: 24,
  bookingWindowDays: 56,
  closures: [],
  capacity: 1,
};

// Shared by every locale (not localized in the content type).
const shared = {
  // Patients pick a free time from the studio's consultation times (the location below).
  mode: 'slots',
  clinicName: 'Northline Scalp Studio',
  // Ofcom's drama range (020 7946 0000–0999): never a real subscriber.
  phone: '+44 20 7946 0000',
  email: 'hello@northline-scalp.example',
  openingHours: OPENING_HOURS,
  // The demo keeps requests for a year; a clinic sets its own period (or none).
  retentionDays: 365,
};

const localized = {
  en: {
    ctaLabel: 'Book a consultation',
    address: '12 Example Mews, London (a fictional address)',
    services: [
      { slug: 'hairline-restoration', name: 'Hairline restoration' },
      { slug: 'density-for-thinning-hair', name: 'Density for thinning hair' },
      { slug: 'scar-camouflage', name: 'Scar camouflage' },
    ],
    consentText:
      'I agree that Northline Scalp Studio may store the details I send and contact me about this consultation request. I can ask for my details to be deleted at any time.',
  },
  de: {
    ctaLabel: 'Beratungstermin anfragen',
    address: '12 Example Mews, London (eine fiktive Adresse)',
    services: [
      { slug: 'hairline-restoration', name: 'Haaransatz rekonstruieren' },
      { slug: 'density-for-thinning-hair', name: 'Mehr Dichte bei lichtem Haar' },
      { slug: 'scar-camouflage', name: 'Narben kaschieren' },
    ],
    consentText:
      'Ich bin einverstanden, dass das Northline Scalp Studio meine Angaben speichert und mich zu dieser Anfrage für ein Beratungsgespräch kontaktiert. Ich kann jederzeit verlangen, dass meine Angaben gelöscht werden.',
  },
};

/** Creates and publishes the demo clinic's booking settings (slots mode) in English and German. */
export async function seedBookingSettings(strapi: Core.Strapi): Promise<void> {
  await ensureSeedLocales(strapi);
  const settings = strapi.documents(BOOKING_SETTINGS_UID);
  const created = await settings.create({ locale: 'en', status: 'published', data: { ...shared, ...localized.en } as never });
  await settings.update({ documentId: created.documentId, locale: 'de', status: 'published', data: { ...shared, ...localized.de } as never });
}

/** Seeds the booking settings once (remembered in `store`), and never over an editor's own settings. */
export async function seedBookingSettingsOnce(strapi: Core.Strapi, store: ReturnType<Core.Strapi['store']>): Promise<void> {
  if (await store.get({ key: 'booking-seeded' })) return;
  if ((await strapi.documents(BOOKING_SETTINGS_UID).count({})) === 0) {
    strapi.log.info('[smp-kit demo] Seeding the demo booking settings (English and German)…');
    await seedBookingSettings(strapi);
  }
  await store.set({ key: 'booking-seeded', value: true });
}

/** Seeds the demo studio's consultation times once, and never over a location an editor made. */
export async function seedBookingLocationOnce(strapi: Core.Strapi, store: ReturnType<Core.Strapi['store']>): Promise<void> {
  if (await store.get({ key: 'booking-location-seeded' })) return;
  if ((await strapi.documents(BOOKING_LOCATION_UID).count({})) === 0) {
    strapi.log.info('[smp-kit demo] Seeding the demo studio\'s consultation times…');
    await strapi.documents(BOOKING_LOCATION_UID).create({ data: demoLocation as never });
  }
  await store.set({ key: 'booking-location-seeded', value: true });
}
