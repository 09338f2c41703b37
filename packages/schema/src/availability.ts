import * as z from 'zod/mini';
import { openingHoursSchema } from './booking.js';
import { slugSchema } from './common.js';
import { instantSchema } from './slot.js';

/** Consultation times are planned on a 5-minute grid: lengths, buffers and starts are multiples of it. */
export const SLOT_GRID_MINUTES = 5;
/** The longest span one availability request may ask for, in days. */
export const MAX_AVAILABILITY_DAYS = 62;

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const daySchema = z.string('A day is written as YYYY-MM-DD, like 2030-04-23.').check(z.regex(isoDay, 'A day is written as YYYY-MM-DD, like 2030-04-23.'));
const onGrid = (what: string, min: number, max: number) =>
  z
    .int(`${what} is a whole number of minutes.`)
    .check(
      z.gte(min, `${what} is at least ${min} minutes.`),
      z.lte(max, `${what} is at most ${max} minutes.`),
      z.refine((minutes) => minutes % SLOT_GRID_MINUTES === 0, `${what} is a multiple of ${SLOT_GRID_MINUTES} minutes, like 30 or 45.`),
    );

/** An IANA time zone the server's Intl knows, like Europe/London. */
export const timeZoneSchema = z.string('Enter the time zone of the location, like Europe/London.').check(
  z.refine((zone) => {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone.length > 0 && /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(zone);
    } catch {
      return false;
    }
  }, 'Enter an IANA time zone name, like Europe/London or America/New_York.'),
);

/** A day or days the location is closed: holidays, training, renovation. */
export const closureSchema = z
  .object({
    from: daySchema,
    to: daySchema,
    reason: z.optional(z.string().check(z.maxLength(200, 'A reason is at most 200 characters.'))),
  })
  .check(z.refine((closure) => closure.from <= closure.to, { message: 'A closure ends on or after the day it starts.', path: ['to'] }));

/** How long one service's consultation takes at this location. */
export const serviceLengthSchema = z.object({ service: slugSchema, minutes: onGrid('A consultation', 5, 480) });

/** When one location offers consultations, as editors set it (the `booking-location` content type). */
export const locationAvailabilitySchema = z.object({
  timeZone: timeZoneSchema,
  weeklyHours: z.array(openingHoursSchema).check(z.minLength(1, 'Add the hours consultations are offered, like Tuesday to Friday 10:00 to 18:00.'), z.maxLength(14, 'At most 14 lines of hours.')),
  consultationMinutes: onGrid('A consultation', 5, 480),
  serviceMinutes: z
    .array(serviceLengthSchema)
    .check(
      z.maxLength(50, 'At most 50 services.'),
      z.refine((lengths) => new Set(lengths.map((length) => length.service)).size === lengths.length, 'Give each service one length.'),
    ),
  bufferMinutes: onGrid('The buffer', 0, 120),
  minimumNoticeHours: z.int('The minimum notice is a whole number of hours.').check(z.gte(0, 'The minimum notice cannot be negative.'), z.lte(720, 'The minimum notice is at most 720 hours (30 days).')),
  bookingWindowDays: z.int('How far ahead is a whole number of days.').check(z.gte(1, 'Patients can book at least 1 day ahead.'), z.lte(365, 'Patients can book at most 365 days ahead.')),
  closures: z.array(closureSchema).check(z.maxLength(200, 'At most 200 closures.')),
  capacity: z.int('Consultations at once is a whole number.').check(z.gte(1, 'At least 1 consultation at once.'), z.lte(20, 'At most 20 consultations at once.')),
});

/** `GET /api/smp-kit/availability?location=&service=&from=&to=` */
export const availabilityQuerySchema = z
  .object({
    location: z.optional(slugSchema),
    service: z.optional(slugSchema),
    from: daySchema,
    to: daySchema,
  })
  .check(
    z.refine((query) => query.from <= query.to, { message: '"to" is on or after "from".', path: ['to'] }),
    z.refine((query) => (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 < MAX_AVAILABILITY_DAYS, {
      message: `Ask for at most ${MAX_AVAILABILITY_DAYS} days at a time.`,
      path: ['to'],
    }),
  );

export const freeSlotSchema = z.object({ start: instantSchema, end: instantSchema });

export const availabilityResponseSchema = z.object({
  data: z.object({
    location: slugSchema,
    locationName: z.string(),
    timeZone: z.string(),
    service: z.nullable(slugSchema),
    minutes: z.int(),
    slots: z.array(freeSlotSchema),
  }),
});


export type LocationAvailability = z.output<typeof locationAvailabilitySchema>;
export type AvailabilityQuery = z.output<typeof availabilityQuerySchema>;
export type FreeSlot = z.infer<typeof freeSlotSchema>;
export type AvailabilityResponse = z.infer<typeof availabilityResponseSchema>;
