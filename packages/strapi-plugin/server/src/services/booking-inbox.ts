import type { Core, UID } from '@strapi/strapi';
import type { AdminAppointment, AdminBookingRequest, AdminBookingRequestQuery, AppointmentEvent, AdminBookingRequestUpdate, AdminPagination } from '@smp-kit/schema';
import { BOOKING_REQUEST_UID } from '../uids';
import { historyOf } from './appointments';

/** A booking request row as stored; only the columns the inbox may show are read. */
interface BookingRequestRow {
  documentId: string;
  reference: string;
  requestStatus: AdminBookingRequest['status'];
  name: string;
  email: string;
  phone: string | null;
  service: string | null;
  preferredDate: string | null;
  preferredTime: AdminBookingRequest['preferredTime'];
  message: string | null;
  language: string | null;
  pageUrl: string | null;
  utm: AdminBookingRequest['utm'];
  note: string | null;
  consentedAt: string;
  slotLocation?: string | null;
  slotStart?: string | null;
  slotCancelledAt?: string | null;
  appointmentHistory?: AppointmentEvent[] | null;
  createdAt: string;
  updatedAt: string;
}

// Never the IP hash, the payload hash or the Idempotency-Key.
const INBOX_FIELDS = ['documentId', 'reference', 'requestStatus', 'name', 'email', 'phone', 'service', 'preferredDate', 'preferredTime', 'message', 'language', 'pageUrl', 'utm', 'note', 'consentedAt', 'slotLocation', 'slotStart', 'slotCancelledAt', 'appointmentHistory', 'createdAt', 'updatedAt'];
const SEARCHED_FIELDS = ['name', 'email', 'phone', 'reference', 'message'];
// Stored names of the columns the inbox sorts by (`status` is `requestStatus`, see booking-requests.ts).
const SORT_COLUMNS = { createdAt: 'createdAt', updatedAt: 'updatedAt', preferredDate: 'preferredDate', name: 'name', status: 'requestStatus', reference: 'reference' } as const;
const EXPORT_BATCH_SIZE = 500;
const DAY_MS = 86_400_000;

export type InboxFilters = Pick<AdminBookingRequestQuery, 'status' | 'from' | 'to' | 'q' | 'sort'>;

/** Service names by slug, per request language: what the patient saw when choosing. */
type ServiceNames = (row: BookingRequestRow) => string | null;

/** The booked consultation, its status and its history (oldest first). */
function appointmentOf(row: BookingRequestRow & { slotLocation: string; slotStart: string }): AdminAppointment {
  const history = historyOf({ appointmentHistory: row.appointmentHistory ?? null, slotStart: row.slotStart, slotCancelledAt: row.slotCancelledAt ?? null, createdAt: row.createdAt });
  return { location: row.slotLocation, start: new Date(row.slotStart).toISOString(), status: row.slotCancelledAt ? 'cancelled' : 'booked', history };
}

function toAdminBookingRequest(row: BookingRequestRow, serviceName: ServiceNames): AdminBookingRequest {
  return {
    documentId: row.documentId,
    reference: row.reference,
    status: row.requestStatus,
    name: row.name,
    email: row.email,
    phone: row.phone ?? null,
    service: row.service ?? null,
    serviceName: serviceName(row),
    preferredDate: row.preferredDate ?? null,
    preferredTime: row.preferredTime ?? null,
    message: row.message ?? null,
    locale: row.language ?? null,
    pageUrl: row.pageUrl ?? null,
    utm: row.utm ?? null,
    note: row.note ?? null,
    consentAt: new Date(row.consentedAt).toISOString(),
    appointment: row.slotLocation && row.slotStart ? appointmentOf(row as BookingRequestRow & { slotLocation: string; slotStart: string }) : null,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** Document Service filters for the inbox query; `from` and `to` are whole UTC days. */
function filtersOf({ status, from, to, q }: InboxFilters): Record<string, unknown> {
  const createdAt: Record<string, string> = {};
  if (from) createdAt.$gte = `${from}T00:00:00.000Z`;
  if (to) createdAt.$lt = new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS).toISOString();
  return {
    ...(status?.length ? { requestStatus: { $in: status } } : {}),
    ...(from || to ? { createdAt } : {}),
    ...(q ? { $or: SEARCHED_FIELDS.map((field) => ({ [field]: { $containsi: q } })) } : {}),
  };
}

/** The clinic's inbox of booking requests: list, read (with photos), update, erase and export. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = () => strapi.documents(BOOKING_REQUEST_UID as UID.CollectionType);
  const bookingSettings = () => strapi.plugin('smp-kit').service('booking-settings');

  /** Looks up the published service names once per language among `rows`. */
  async function serviceNamesFor(rows: BookingRequestRow[]): Promise<ServiceNames> {
    const namesByLanguage = new Map<string | null, Map<string, string>>();
    for (const language of new Set(rows.filter((row) => row.service).map((row) => row.language))) {
      const settings = await bookingSettings().findPublished(await bookingSettings().closestLocale(language ?? undefined));
      namesByLanguage.set(language, new Map((settings?.services ?? []).map((offered: { slug: string; name: string }) => [offered.slug, offered.name])));
    }
    // A service the clinic no longer offers has no name: the inbox shows its slug.
    return (row) => (row.service ? (namesByLanguage.get(row.language)?.get(row.service) ?? null) : null);
  }

  async function toAdmin(rows: BookingRequestRow[]): Promise<AdminBookingRequest[]> {
    const serviceName = await serviceNamesFor(rows);
    return rows.map((row) => toAdminBookingRequest(row, serviceName));
  }

  async function findPage(filters: InboxFilters, start: number, limit: number): Promise<AdminBookingRequest[]> {
    const column = SORT_COLUMNS[filters.sort.field];
    // The id breaks ties, so pages never repeat or skip a request.
    const rows = await requests().findMany({
      filters: filtersOf(filters) as never,
      fields: INBOX_FIELDS as never,
      sort: [{ [column]: filters.sort.order }, { id: filters.sort.order }] as never,
      start,
      limit,
    });
    return toAdmin(rows as unknown as BookingRequestRow[]);
  }

  return {
    async find(query: AdminBookingRequestQuery): Promise<{ data: AdminBookingRequest[]; pagination: AdminPagination }> {
      const { page, pageSize } = query;
      const [data, total] = await Promise.all([findPage(query, (page - 1) * pageSize, pageSize), requests().count({ filters: filtersOf(query) as never })]);
      return { data, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
    },

    /** Every request matching the filters, a batch at a time. */
    async *findAll(filters: InboxFilters): AsyncGenerator<AdminBookingRequest[]> {
      for (let start = 0; ; start += EXPORT_BATCH_SIZE) {
        const batch = await findPage(filters, start, EXPORT_BATCH_SIZE);
        if (batch.length) yield batch;
        if (batch.length < EXPORT_BATCH_SIZE) return;
      }
    },

    async findOne(documentId: string): Promise<AdminBookingRequest | null> {
      const row = (await requests().findOne({ documentId, fields: INBOX_FIELDS as never })) as unknown as BookingRequestRow | null;
      if (!row) return null;
      const photos = await strapi.plugin('smp-kit').service('booking-photos').listFor(row.reference);
      return { ...(await toAdmin([row]))[0]!, photos };
    },

    /** The JPEG of one of the request's photos, or null when either is gone. */
    async photo(documentId: string, photoId: string): Promise<Buffer | null> {
      const row = (await requests().findOne({ documentId, fields: ['reference'] as never })) as { reference: string } | null;
      return row ? strapi.plugin('smp-kit').service('booking-photos').read(row.reference, photoId) : null;
    },

    async update(documentId: string, { status, note }: AdminBookingRequestUpdate): Promise<AdminBookingRequest | null> {
      if (!(await requests().findOne({ documentId, fields: ['documentId'] as never }))) return null;
      const data = {
        ...(status !== undefined ? { requestStatus: status } : {}),
        // A cleared note is no note.
        ...(note !== undefined ? { note: note?.trim() ? note : null } : {}),
      };
      const row = await requests().update({ documentId, data: data as never, fields: INBOX_FIELDS as never });
      return row ? (await toAdmin([row as unknown as BookingRequestRow]))[0]! : null;
    },

    /** Erases the request (right to erasure): the row is deleted, not hidden. False when there was none. */
    async erase(documentId: string): Promise<boolean> {
      const row = (await requests().findOne({ documentId, fields: ['reference'] as never })) as { reference: string } | null;
      if (!row) return false;
      // Photos first: a failure in between leaves a request without photos, never photos without a request.
      await strapi.plugin('smp-kit').service('booking-photos').deleteFor([row.reference]);
      await strapi.plugin('smp-kit').service('availability').release([row.reference]);
      const { entries } = await requests().delete({ documentId });
      return entries.length > 0;
    },
  };
};
