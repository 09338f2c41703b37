import * as z from 'zod/mini';
import { localeSchema, slugSchema } from './common.js';
import { requestedSlotSchema } from './slot.js';

import { BOOKING_MODES, PREFERRED_TIMES, WEEKDAYS } from './booking-constants.js';

export { BOOKING_MODES, PREFERRED_TIMES, WEEKDAYS };
export const BOOKING_REQUEST_STATUSES = ['new', 'contacted', 'booked', 'closed'] as const;
/** The largest booking request body the API accepts, in bytes. */
export const BOOKING_REQUEST_MAX_BYTES = 16 * 1024;
/** Scalp photos a patient may attach to one booking request, when the clinic accepts them. */
export const BOOKING_PHOTO_MAX_COUNT = 3;
/** The largest scalp photo the API accepts, in bytes (10 MB). */
export const BOOKING_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** What a scalp photo may be; the type is read from the file's bytes, HEIC is converted. */
export const BOOKING_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'] as const;

export const bookingModeSchema = z.enum(BOOKING_MODES, 'The booking mode is "form", "link", "embed" or "slots".');
export const weekdaySchema = z.enum(WEEKDAYS, 'A day is one of mon, tue, wed, thu, fri, sat, sun.');
export const preferredTimeSchema = z.enum(PREFERRED_TIMES, 'Please choose morning, afternoon or evening.');

/** A booking provider's page. Only https: the page is shown to patients and may ask for personal details. */
export const httpsUrlSchema = z
  .url({ protocol: /^https$/, error: 'Use the full https:// address of your booking page, like https://cal.com/your-clinic.' })
  .check(z.maxLength(2000, 'A web address is at most 2,000 characters.'));

// Lenient on purpose: people write numbers with spaces, brackets, dots and dashes. 6 to 20 digits.
const PHONE_PATTERN = /^\+?(?:[\s().\/-]*\d){6,20}[\s().\/-]*$/;
export const phoneSchema = z.string('Please enter a phone number.').check(
  z.trim(),
  z.maxLength(40, 'Please enter a phone number of at most 40 characters.'),
  z.regex(PHONE_PATTERN, 'Please enter a phone number with digits, spaces and an optional leading +, like +44 20 7946 0000.'),
);

export const emailSchema = z.string('Please enter an email address like name@example.com.').check(
  z.trim(),
  z.maxLength(254, 'An email address is at most 254 characters.'),
  z.email('Please enter an email address like name@example.com.'),
);

const timeOfDaySchema = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'A time is written as HH:MM on the 24-hour clock, like 09:00 or 17:30.'));

/** One line of opening hours: the same times on one or more days. */
export const openingHoursSchema = z
  .object({
    days: z.array(weekdaySchema).check(z.minLength(1, 'Name at least one day.'), z.maxLength(7)),
    opens: timeOfDaySchema,
    closes: timeOfDaySchema,
  })
  .check(z.refine((hours) => hours.opens < hours.closes, { message: 'The closing time must be after the opening time.', path: ['closes'] }));

/** A treatment a patient can ask about. The slug stays the same in every language. */
export const bookingServiceSchema = z.object({
  slug: slugSchema,
  name: z.string().check(z.minLength(1, 'A service needs a name.'), z.maxLength(120, 'A service name is at most 120 characters.')),
});

/** The public booking settings of one locale: `GET /api/smp-kit/booking` → `{ data }`. */
export const bookingSettingsSchema = z
  .object({
    mode: bookingModeSchema,
    /** The provider's booking page (link and embed modes); null in form mode. */
    url: z.nullable(httpsUrlSchema),
    ctaLabel: z.string().check(z.minLength(1, 'The button needs a label.'), z.maxLength(80, 'A button label is at most 80 characters.')),
    clinicName: z.string().check(z.minLength(1, 'Please enter the clinic name.'), z.maxLength(200)),
    phone: z.nullable(phoneSchema),
    email: z.nullable(emailSchema),
    address: z.nullable(z.string().check(z.maxLength(500, 'An address is at most 500 characters.'))),
    openingHours: z.array(openingHoursSchema).check(z.maxLength(14, 'At most 14 lines of opening hours.')),
    services: z
      .array(bookingServiceSchema)
      .check(
        z.maxLength(50, 'At most 50 services.'),
        z.refine((services) => new Set(services.map((service) => service.slug)).size === services.length, 'Each service needs its own slug.'),
      ),
    /** Whether patients may attach scalp photos (the clinic's choice on the SMP Kit Settings page). */
    acceptsPhotos: z.optional(z.boolean()),
    /** What the patient agrees to by ticking the consent box. Plain text. */
    consentText: z.string().check(z.minLength(1, 'Please enter the consent text patients agree to.'), z.maxLength(2000, 'The consent text is at most 2,000 characters.')),
  })
  .check(
    z.refine((settings) => settings.mode === 'form' || settings.mode === 'slots' || settings.url !== null, {
      message: 'Link and embed modes need the https:// address of your booking page.',
      path: ['url'],
    }),
  );

export const bookingSettingsResponseSchema = z.object({ data: bookingSettingsSchema });

export const bookingSettingsQuerySchema = z.object({ locale: z.optional(localeSchema) });

/**
 * The earliest date that is still "today" somewhere on Earth (UTC−12). Patients and
 * the server live in different time zones; nobody is refused today because of that.
 */
export function earliestBookableDate(now: Date = new Date()): string {
  return new Date(now.getTime() - 12 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const MAX_DAYS_AHEAD = 731;

export const preferredDateSchema = z.iso
  .date({ error: 'Please enter a date like 2030-04-23.', abort: true })
  .check(
    z.refine((date) => date >= earliestBookableDate(), 'Please choose today or a later date.'),
    z.refine((date) => date <= new Date(Date.now() + MAX_DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10), 'Please choose a date within the next two years.'),
  );

// Optional form fields may arrive empty (""); that means "not given".
const blankOr = <T extends z.ZodMiniType<string>>(schema: T, error?: string) => z.optional(z.union([z.literal(''), schema], error));
// Lone surrogates cannot be stored as UTF-8; direction overrides make the inbox show text in another
// order than it was typed; C0 control characters (NUL, escape, bell…) are refused by PostgreSQL or
// hide in a CSV cell. Tab and line breaks (LF, or CRLF as Windows clients send them) are text.
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|\r(?!\n)|[\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * The text with what the booking form now refuses taken out: a lone CR becomes a line break, the
 * rest (control characters, direction overrides, lone surrogates) is dropped. For data stored
 * before the rule (the plugin's content migration 2).
 */
const LONE_CR = /\r(?!\n)/g;
const EVERY_UNSAFE_CHARACTER = new RegExp(UNSAFE_TEXT.source, 'g');
export function withoutUnsafeText(text: string): string {
  return text.replace(LONE_CR, '\n').replace(EVERY_UNSAFE_CHARACTER, '');
}
const plainText = () =>
  z.refine<string>((text) => !UNSAFE_TEXT.test(text), 'Please remove invisible control characters (such as NUL or text-direction overrides) from this field.');

const utmValueSchema = z.optional(z.string().check(z.maxLength(200, 'A UTM value is at most 200 characters.'), plainText()));

function bookingPhotoIdSchema() {
  return z.string('A photo is named by the id its upload answered.').check(z.regex(/^[A-Za-z0-9_-]{32}$/, 'A photo is named by the id its upload answered.'));
}

/** `POST /api/smp-kit/booking-photos` → 201: the stored photo (re-encoded as JPEG, without metadata). */
export const bookingPhotoUploadedSchema = z.object({
  data: z.object({
    id: bookingPhotoIdSchema(),
    width: z.int(),
    height: z.int(),
    /** Bytes stored after conversion. */
    size: z.int(),
  }),
});

/** UTM parameters of the page the patient booked from (marketing attribution, no personal data). */
export const utmSchema = z.object({
  source: utmValueSchema,
  medium: utmValueSchema,
  campaign: utmValueSchema,
  term: utmValueSchema,
  content: utmValueSchema,
});

/** `POST /api/smp-kit/booking-requests`: what the booking form sends. The widget validates with this same schema. */
export const bookingRequestSchema = z.object({
  name: z.string('Please enter your name.').check(
    z.trim(),
    z.minLength(1, 'Please enter your name.'),
    z.maxLength(120, 'Please shorten your name to 120 characters or fewer.'),
    plainText(),
  ),
  email: emailSchema,
  phone: blankOr(phoneSchema),
  preferredDate: blankOr(preferredDateSchema, 'Please enter a date like 2030-04-23.'),
  preferredTime: blankOr(preferredTimeSchema, 'Please choose morning, afternoon or evening.'),
  /** Slug of one of the clinic's services. */
  service: blankOr(slugSchema),
  message: z.optional(z.string().check(z.trim(), z.maxLength(2000, 'Please shorten your message to 2,000 characters or fewer.'), plainText())),
  consent: z.literal(true, 'Please tick the box to agree that the clinic may contact you about your request.'),
  locale: z.optional(localeSchema),
  pageUrl: z.optional(
    z.url({ protocol: /^https?$/, error: 'The page address must be a full http(s) address.' }).check(z.maxLength(2000, 'The page address is at most 2,000 characters.'), plainText()),
  ),
  utm: z.optional(utmSchema),
  /** Ids of scalp photos uploaded with `POST /api/smp-kit/booking-photos` in the last hour. */
  photos: z.optional(
    z
      .array(bookingPhotoIdSchema())
      .check(
        z.maxLength(BOOKING_PHOTO_MAX_COUNT, `Please attach at most ${BOOKING_PHOTO_MAX_COUNT} photos.`),
        z.refine((ids) => new Set(ids).size === ids.length, 'Each photo is attached once.'),
      ),
  ),
  /** A free slot from the availability route (booking mode `slots`); the CMS holds it for this request or answers 409. */
  slot: z.optional(requestedSlotSchema),
  /** Honeypot: hidden from people, so only bots fill it in. */
  website: z.optional(z.string().check(z.maxLength(0, 'This field must be left empty.'))),
});

const unknownFields = (what: string) => ({
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `${what} has no field ${issue.keys!.map((key) => `"${key}"`).join(', ')}; leave it out.` : undefined,
});

/**
 * What the API accepts: exactly the form's fields. An unknown field (`isAdmin`, `__proto__`)
 * is refused by name rather than dropped, so nothing unexpected is ever mistaken for data.
 * Server-side only: the widgets' JSON Schema checker has no `additionalProperties`.
 */
export const bookingRequestBodySchema = z.strictObject(
  { ...bookingRequestSchema.shape, utm: z.optional(z.strictObject(utmSchema.shape, unknownFields('The utm object'))) },
  unknownFields('A booking request'),
);

/** `SMP-7K3Q9`: short enough to read out on the phone, without 0/O or 1/I/L to confuse. */
export const BOOKING_REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const bookingReferenceSchema = z.string().check(z.regex(/^SMP-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/, 'A reference looks like SMP-7K3Q9.'));

export const bookingRequestReceivedSchema = z.object({
  data: z.object({
    reference: bookingReferenceSchema,
    status: z.literal('received'),
  }),
});

/** The `Idempotency-Key` request header: one value per booking attempt (a UUID is ideal), reused on retry. */
export const idempotencyKeySchema = z.string('Send an Idempotency-Key header with a unique value per booking request, such as a UUID.').check(
  z.minLength(8, 'The Idempotency-Key header needs 8 to 128 characters, such as a UUID.'),
  z.maxLength(128, 'The Idempotency-Key header needs 8 to 128 characters, such as a UUID.'),
  z.regex(/^[A-Za-z0-9._:-]+$/, 'The Idempotency-Key header may use letters, digits and . _ : - only, such as a UUID.'),
);

export type BookingMode = z.infer<typeof bookingModeSchema>;
export type Weekday = z.infer<typeof weekdaySchema>;
export type PreferredTime = z.infer<typeof preferredTimeSchema>;
export type BookingRequestStatus = (typeof BOOKING_REQUEST_STATUSES)[number];
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type BookingService = z.infer<typeof bookingServiceSchema>;
export type BookingSettings = z.infer<typeof bookingSettingsSchema>;
export type BookingSettingsResponse = z.infer<typeof bookingSettingsResponseSchema>;
export type Utm = z.infer<typeof utmSchema>;
export type BookingRequestInput = z.input<typeof bookingRequestSchema>;
export type BookingRequest = z.output<typeof bookingRequestSchema>;
export type BookingRequestReceived = z.infer<typeof bookingRequestReceivedSchema>;
export type BookingPhotoUploaded = z.infer<typeof bookingPhotoUploadedSchema>;
