import type { Core, UID } from '@strapi/strapi';
import request from 'supertest';
import { earliestBookableDate, type BookingRequestInput } from '@smp-kit/schema';
import { startStrapi, type RunningStrapi } from './strapi-harness.ts';

export const BOOKING_SETTINGS_UID = 'plugin::smp-kit.booking-settings' as UID.SingleType;
export const BOOKING_REQUEST_UID = 'plugin::smp-kit.booking-request' as UID.CollectionType;
export const BOOKING_REQUESTS_PATH = '/api/smp-kit/booking-requests';

/** Published English booking settings a test can override, as an editor would save them. */
export const exampleSettings = {
  mode: 'form',
  url: null as string | null,
  ctaLabel: 'Book a consultation',
  clinicName: 'Example Scalp Clinic',
  phone: '+44 20 7946 0123',
  email: 'clinic@example.org',
  address: '1 Example Road, London',
  openingHours: [{ days: ['mon', 'tue'], opens: '09:00', closes: '17:00' }],
  services: [
    { slug: 'hairline-restoration', name: 'Hairline restoration' },
    { slug: 'scar-camouflage', name: 'Scar camouflage' },
  ],
  consentText: 'I agree that the clinic may contact me about this request.',
  notificationEmail: null as string | null,
  retentionDays: null as number | null,
};

export async function saveBookingSettings(strapi: Core.Strapi, data: Partial<typeof exampleSettings> = {}, { locale = 'en', status = 'published' as 'published' | 'draft' } = {}) {
  const settings = strapi.documents(BOOKING_SETTINGS_UID);
  const existing = await settings.findFirst({ locale: 'en' });
  if (!existing) return settings.create({ locale, status, data: { ...exampleSettings, ...data } as never });
  return settings.update({ documentId: existing.documentId, locale, status, data: { ...exampleSettings, ...data } as never });
}

/** A booking a patient could send: every field filled in and valid. */
export function patientBooking(overrides: Partial<Record<keyof BookingRequestInput, unknown>> = {}): Record<string, unknown> {
  return {
    name: 'Jane Patient',
    email: 'jane.patient@example.com',
    phone: '+44 20 7946 0555',
    preferredDate: earliestBookableDate(new Date(Date.now() + 7 * 86_400_000)),
    preferredTime: 'morning',
    service: 'scar-camouflage',
    message: 'I have a scar from a hair transplant and would like to hide it.',
    consent: true,
    locale: 'en',
    pageUrl: 'https://www.example-clinic.com/smp?utm_source=newsletter',
    utm: { source: 'newsletter', medium: 'email', campaign: 'spring' },
    website: '',
    ...overrides,
  };
}

let keys = 0;
/** A fresh Idempotency-Key per call. */
export const newKey = () => `test-key-${process.pid}-${Date.now()}-${(keys += 1)}`;

export function postBooking(baseUrl: string, body: unknown, key: string | null = newKey()) {
  const post = request(baseUrl).post(BOOKING_REQUESTS_PATH).set('Content-Type', 'application/json');
  if (key !== null) post.set('Idempotency-Key', key);
  return post.send(JSON.stringify(body));
}

export const countBookingRequests = (strapi: Core.Strapi) => strapi.documents(BOOKING_REQUEST_UID).count({});

/** Lifts the booking rate limit: limits have their own tests; elsewhere every request must reach the store. */
export function liftRateLimits(strapi: Core.Strapi): void {
  strapi.config.set('plugin::smp-kit.rateLimit', { perMinute: 1000, perDay: 100_000 });
}

/** A real Strapi ready for bookings: example settings published (with `settings` over them), rate limits lifted. */
export async function startBookingStrapi(settings: Partial<typeof exampleSettings> = {}, { database }: { database?: Record<string, string> } = {}): Promise<RunningStrapi> {
  const app = await startStrapi({ database });
  try {
    liftRateLimits(app.strapi);
    await saveBookingSettings(app.strapi, settings);
    return app;
  } catch (error) {
    await app.stop();
    throw error;
  }
}
