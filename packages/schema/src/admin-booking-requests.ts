import * as z from 'zod/mini';
import { BOOKING_REQUEST_STATUSES, type BookingRequestStatus, type PreferredTime, type Utm } from './booking.js';

const STATUS_LIST_MESSAGE = `status is a comma-separated list of ${BOOKING_REQUEST_STATUSES.join(', ')}.`;
const isStatus = (value: string): value is BookingRequestStatus => (BOOKING_REQUEST_STATUSES as readonly string[]).includes(value);

export const bookingRequestStatusSchema = z.enum(BOOKING_REQUEST_STATUSES, `The status is one of ${BOOKING_REQUEST_STATUSES.join(', ')}.`);

/** Columns the inbox can sort by, each `:asc` or `:desc`. */
export const ADMIN_BOOKING_REQUEST_SORT_FIELDS = ['createdAt', 'updatedAt', 'preferredDate', 'name', 'status', 'reference'] as const;
export type AdminBookingRequestSortField = (typeof ADMIN_BOOKING_REQUEST_SORT_FIELDS)[number];

const dayParam = (name: string) => z.optional(z.iso.date({ error: `${name} is a date like 2030-04-23.` }));

/** A positive whole number sent as a query string. */
const wholeNumberParam = (name: string, max: number, fallback: number) =>
  z._default(
    z.pipe(
      z.string().check(z.regex(/^\d{1,6}$/, `${name} is a whole number from 1 to ${max}.`)),
      z.transform(Number).check(z.refine((value) => value >= 1 && value <= max, `${name} is a whole number from 1 to ${max}.`)),
    ),
    fallback,
  );

/**
 * Query of the booking inbox (`GET /smp-kit/admin/booking-requests` and its CSV export):
 * `?status=new,contacted&from=2030-01-01&to=2030-01-31&q=jane&page=1&pageSize=20&sort=createdAt:desc`.
 * `from` and `to` are days (UTC) of arrival, both included.
 */
export const adminBookingRequestQuerySchema = z
  .object({
    status: z.optional(
      z.pipe(
        z.string(STATUS_LIST_MESSAGE).check(z.refine((value) => value.split(',').every((status) => isStatus(status.trim())), STATUS_LIST_MESSAGE)),
        z.transform((value) => [...new Set(value.split(',').map((status) => status.trim() as BookingRequestStatus))]),
      ),
    ),
    from: dayParam('from'),
    to: dayParam('to'),
    q: z.optional(z.string('q is one search text.').check(z.trim(), z.maxLength(200, 'q is at most 200 characters.'))),
    page: wholeNumberParam('page', 100_000, 1),
    pageSize: wholeNumberParam('pageSize', 100, 20),
    sort: z._default(
      z.pipe(
        z.string().check(
          z.refine((value) => {
            const [field, order] = value.split(':');
            return (ADMIN_BOOKING_REQUEST_SORT_FIELDS as readonly string[]).includes(field ?? '') && (order === 'asc' || order === 'desc');
          }, `sort is one of ${ADMIN_BOOKING_REQUEST_SORT_FIELDS.join(', ')} followed by :asc or :desc, like createdAt:desc.`),
        ),
        z.transform((value) => {
          const [field, order] = value.split(':') as [AdminBookingRequestSortField, 'asc' | 'desc'];
          return { field, order };
        }),
      ),
      { field: 'createdAt', order: 'desc' } as const,
    ),
  })
  .check(z.refine((query) => !query.from || !query.to || query.from <= query.to, { message: 'to cannot be before from.', path: ['to'] }));

export type AdminBookingRequestQuery = z.output<typeof adminBookingRequestQuerySchema>;

/** `PUT /smp-kit/admin/booking-requests/:documentId`: a new status, an internal note, or both. An empty note clears it. */
export const adminBookingRequestUpdateSchema = z
  .object({
    status: z.optional(bookingRequestStatusSchema),
    note: z.optional(z.nullable(z.string('The note is text.').check(z.maxLength(2000, 'A note is at most 2,000 characters.')))),
  })
  .check(z.refine((update) => update.status !== undefined || update.note !== undefined, 'Send a status, a note, or both.'));

export type AdminBookingRequestUpdate = z.output<typeof adminBookingRequestUpdateSchema>;

/** A booking request as the admin inbox shows it. Never holds the IP hash or the Idempotency-Key. */
/** An attached scalp photo; its JPEG is `GET /smp-kit/admin/booking-requests/:documentId/photos/:id`. */
export interface AdminBookingPhoto {
  id: string;
  width: number;
  height: number;
  /** Bytes of the stored JPEG. */
  size: number;
}

/** One step in a booked consultation's life, oldest first. Times are UTC instants (ISO 8601). */
export interface AppointmentEvent {
  event: 'booked' | 'moved' | 'cancelled';
  /** When it happened. */
  at: string;
  /** The consultation's start after this step. */
  start: string;
  /** The start before a move. */
  from?: string;
  by: 'patient' | 'clinic';
}

/** A booked consultation as the inbox shows it. */
export interface AdminAppointment {
  /** Location slug. */
  location: string;
  /** Start as a UTC instant. */
  start: string;
  status: 'booked' | 'cancelled';
  history: AppointmentEvent[];
}

export interface AdminBookingRequest {
  documentId: string;
  reference: string;
  status: BookingRequestStatus;
  name: string;
  email: string;
  phone: string | null;
  /** Slug of the chosen service. */
  service: string | null;
  /** Its name in the booking settings of the patient's language; null when no longer offered. */
  serviceName: string | null;
  preferredDate: string | null;
  preferredTime: PreferredTime | null;
  message: string | null;
  /** The language of the page the patient booked from. */
  locale: string | null;
  pageUrl: string | null;
  utm: Utm | null;
  /** Internal note of the clinic, never shown to the patient. */
  note: string | null;
  /** When the patient agreed to be contacted (ISO 8601). */
  consentAt: string;
  createdAt: string;
  updatedAt: string;
  /** The consultation slot the patient booked; null for a request that asked for a preferred day. */
  appointment?: AdminAppointment | null;
  /** Scalp photos the patient attached (one request's detail only; never in lists or the CSV). */
  photos?: AdminBookingPhoto[];
}

export interface AdminPagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** `GET /smp-kit/admin/embed-options`: what the Embed page offers to choose from. */
export interface EmbedOptions {
  /** Where this CMS is reached: the embed script loads from `${publicUrl}/smp-kit/widgets.js`. */
  publicUrl: string;
  locales: Array<{ code: string; name: string; isDefault: boolean }>;
  categories: Array<{ slug: string; name: string }>;
  transformations: Array<{ slug: string; title: string }>;
  /** The published booking mode of the default locale; null while none is published. */
  booking: { mode: 'form' | 'link' | 'embed' | 'slots' | null };
}
