import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { AppointmentEvent, BookingSettings, FreeSlot } from '@smp-kit/schema';
import { BOOKING_REQUEST_UID } from '../uids';
import { minutesFor, type Location } from './availability';

/** What a link may do; the purpose is signed, so a cancel link cannot move and a move link cannot cancel. */
export type LinkPurpose = 'cancel' | 'move';

export interface Appointment {
  reference: string;
  service: string | null;
  serviceName: string | null;
  location: { slug: string; name: string; timeZone: string };
  start: DateTime;
  end: DateTime;
  clinicName: string;
  address: string | null;
  /** Raised by every move, so calendars replace the event they hold rather than add one. */
  sequence?: number;
}

export interface AppointmentRow {
  documentId: string;
  reference: string;
  service: string | null;
  email: string;
  language: string | null;
  slotLocation: string;
  slotStart: string;
  slotCancelledAt: string | null;
  appointmentHistory: AppointmentEvent[] | null;
  createdAt: string;
}

export type MoveOutcome = { outcome: 'moved'; appointment: Appointment } | { outcome: 'taken'; nextFree: FreeSlot[] } | { outcome: 'cancelled' };

const ROW_FIELDS = ['documentId', 'reference', 'service', 'email', 'language', 'slotLocation', 'slotStart', 'slotCancelledAt', 'appointmentHistory', 'createdAt'];
/** How far ahead the move page offers times, like the slot picker's four weeks. */
export const MOVE_WINDOW_DAYS = 28;

/** The secret behind the links: derived from the app's APP_KEYS, like the IP hash salt. */
function linkSecret(strapi: Core.Strapi): string {
  const appKeys = strapi.config.get('server.app.keys') as string[] | undefined;
  if (!appKeys?.length) throw new Error('[smp-kit] Cannot sign appointment links: set APP_KEYS.');
  return createHash('sha256').update(`smp-kit:appointment-links:${appKeys.join(',')}`).digest('hex');
}

const signatureOf = (secret: string, purpose: LinkPurpose, reference: string, expires: number) =>
  createHmac('sha256', secret).update(`${purpose}:${reference}:${expires}`).digest('base64url');

const iso = (value: string | Date) => new Date(value).toISOString();

/**
 * The consultation's history, oldest first. One booked before history was kept (schema 3)
 * has it read off its own columns: booked when the request arrived, cancelled when it was.
 */
export function historyOf(row: Pick<AppointmentRow, 'appointmentHistory' | 'slotStart' | 'slotCancelledAt' | 'createdAt'>): AppointmentEvent[] {
  if (Array.isArray(row.appointmentHistory) && row.appointmentHistory.length) return row.appointmentHistory;
  const start = iso(row.slotStart);
  const booked: AppointmentEvent = { event: 'booked', at: iso(row.createdAt), start, by: 'patient' };
  return row.slotCancelledAt ? [booked, { event: 'cancelled', at: iso(row.slotCancelledAt), start, by: 'patient' }] : [booked];
}

/** The consultation as the patient's email and the invite describe it, starting at `startMs`. */
export function appointmentOf({ reference, service, settings, location, startMs, sequence = 0 }: { reference: string; service: string | null; settings: BookingSettings | null; location: Location; startMs: number; sequence?: number }): Appointment {
  const start = DateTime.fromMillis(startMs, { zone: location.timeZone });
  return {
    reference,
    service,
    serviceName: settings?.services.find((offered) => offered.slug === service)?.name ?? null,
    location: { slug: location.slug, name: location.name, timeZone: location.timeZone },
    start,
    end: start.plus({ minutes: minutesFor(location, service) }),
    clinicName: settings?.clinicName ?? location.name,
    address: settings?.address ?? null,
    sequence,
  };
}

/**
 * The invite: UTC times (every calendar reads them the same), no contact details. A cancelled
 * one (METHOD:CANCEL, STATUS:CANCELLED, same UID) makes calendars drop the event they hold.
 */
export function appointmentInvite(appointment: Appointment, description: string, cancelled = false): string {
  const calendar = ical({ prodId: { company: 'SMP Kit', product: 'smp-kit', language: 'EN' }, method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH, name: appointment.clinicName });
  calendar.createEvent({
    id: `${appointment.reference}@smp-kit`,
    sequence: appointment.sequence ?? 0,
    ...(cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
    start: appointment.start.toUTC().toJSDate(),
    end: appointment.end.toUTC().toJSDate(),
    summary: `${appointment.serviceName ?? 'Consultation'} · ${appointment.clinicName}`,
    location: [appointment.location.name, appointment.address].filter(Boolean).join(', '),
    description,
  });
  return calendar.toString();
}

/** Every seat of the chosen time went to another patient a moment earlier. */
class SlotTaken extends Error {}

/** Booked consultations: signed self-service links, cancelling, moving, and the invite. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(BOOKING_REQUEST_UID as UID.Schema);
  const availability = () => strapi.plugin('smp-kit').service('availability');

  /** The consultation of `row` at `startMs`, with the settings of the patient's language. */
  async function describe(row: AppointmentRow, startMs: number): Promise<Appointment> {
    const bookingSettings = strapi.plugin('smp-kit').service('booking-settings');
    const settings = await bookingSettings.findPublished(await bookingSettings.closestLocale(row.language ?? undefined));
    const location = await availability().findLocation(row.slotLocation, ['slot', 'location']);
    const sequence = historyOf(row).filter((step) => step.event === 'moved').length;
    return appointmentOf({ reference: row.reference, service: row.service, settings, location, startMs, sequence });
  }

  /**
   * Cancels a booked consultation: the request closes and the time is free at once. The patient
   * is emailed a cancellation whose invite removes the event from their calendar.
   */
  async function cancelRow(row: AppointmentRow, by: AppointmentEvent['by']): Promise<void> {
    const { reference } = row;
    const now = new Date();
    const history = [...historyOf(row), { event: 'cancelled', at: now.toISOString(), start: iso(row.slotStart), by } satisfies AppointmentEvent];
    await strapi.db.transaction(async () => {
      await rows().update({ where: { reference }, data: { slotCancelledAt: now, requestStatus: 'closed', appointmentHistory: history } });
      await availability().release([reference]);
    });
    strapi.log.info(`[smp-kit] Consultation ${reference} cancelled by the ${by}.`);
    describe(row, Date.parse(row.slotStart)).then(
      // One more than the last invite's sequence, so calendars apply it to the event they hold.
      (appointment) => strapi.plugin('smp-kit').service('booking-notifications').cancellationInBackground({ ...appointment, sequence: (appointment.sequence ?? 0) + 1 }, row.email, row.language, by),
      () => strapi.log.warn(`[smp-kit] Consultation ${reference} is cancelled, but its location's settings are unusable, so the patient was not emailed the cancellation.`),
    );
  }

  return {
    describe,

    /** A link that does `purpose` for `reference` until `expiresAt` (the appointment's start). */
    signedLink(purpose: LinkPurpose, reference: string, expiresAt: DateTime): string {
      const expires = Math.floor(expiresAt.toSeconds());
      // The public address (PUBLIC_URL in the demo); without it Strapi's own idea of its address.
      const base = String(strapi.config.get('server.url') || strapi.config.get('server.absoluteUrl')).replace(/\/$/, '');
      const signature = signatureOf(linkSecret(strapi), purpose, reference, expires);
      return `${base}/api/smp-kit/appointments/${reference}/${purpose}?expires=${expires}&signature=${signature}`;
    },

    /** Whether the link's signature and time hold: 'ok', 'forged' or 'expired'. */
    verify(purpose: LinkPurpose, reference: string, expires: number, signature: string): 'ok' | 'forged' | 'expired' {
      const expected = Buffer.from(signatureOf(linkSecret(strapi), purpose, reference, expires));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'forged';
      return Date.now() / 1000 > expires ? 'expired' : 'ok';
    },

    /** The booked consultation of a request, if it has one. */
    async find(reference: string): Promise<AppointmentRow | null> {
      const row = (await rows().findOne({ where: { reference }, select: ROW_FIELDS })) as AppointmentRow | null;
      return row?.slotStart && row.slotLocation ? row : null;
    },

    /** The times the consultation can move to at its `location`: its service's free slots over the next weeks. */
    async freeTimes(row: AppointmentRow, location: Location): Promise<FreeSlot[]> {
      const today = DateTime.now().setZone(location.timeZone);
      const found = await availability().find({ location: location.slug, service: row.service ?? undefined, from: today.toISODate()!, to: today.plus({ days: MOVE_WINDOW_DAYS }).toISODate()! });
      return found.data.slots;
    },

    /** Cancels the consultation and frees its slot at once; false when it was cancelled already. */
    async cancel(reference: string, by: AppointmentEvent['by'] = 'patient'): Promise<boolean> {
      const row = await this.find(reference);
      if (!row || row.slotCancelledAt) return false;
      await cancelRow(row, by);
      return true;
    },

    /**
     * The clinic cancels (a patient phoned), as `cancel` does. A consultation that has started
     * cannot be cancelled any more: it is history.
     */
    async cancelByClinic(reference: string): Promise<'cancelled' | 'already' | 'past' | 'none'> {
      const row = await this.find(reference);
      if (!row) return 'none';
      if (row.slotCancelledAt) return 'already';
      if (Date.parse(row.slotStart) <= Date.now()) return 'past';
      await cancelRow(row, 'clinic');
      return 'cancelled';
    },

    /**
     * Moves the consultation to `start` (a time its location offers for its service). The old
     * time is freed and the new one held in one transaction, under the same unique index that
     * decides between patients booking, so a move never double-books and a failed move keeps
     * the old time. A start that is not offered is a 400 naming `start`.
     */
    async move(reference: string, start: string, by: AppointmentEvent['by'] = 'patient'): Promise<MoveOutcome> {
      const row = await this.find(reference);
      if (!row || row.slotCancelledAt) return { outcome: 'cancelled' };
      const slot = await availability().prepare({ location: row.slotLocation, start }, row.service);
      const from = iso(row.slotStart);
      const to = new Date(slot.candidate.startMs).toISOString();
      const history = [...historyOf(row), { event: 'moved', at: new Date().toISOString(), start: to, from, by } satisfies AppointmentEvent];
      // A concurrent patient may take the seat between reading and writing it: each loses a try.
      for (let attempt = 1; attempt <= slot.location.capacity + 1; attempt += 1) {
        try {
          await strapi.db.transaction(async () => {
            await availability().release([reference]);
            if ((await availability().hold(slot, reference)) === null) throw new SlotTaken();
            await rows().update({ where: { reference }, data: { slotStart: new Date(slot.candidate.startMs), appointmentHistory: history } });
          });
          strapi.plugin('smp-kit').service('response-cache').clear();
          strapi.log.info(`[smp-kit] Consultation ${reference} moved by the ${by}.`);
          return { outcome: 'moved', appointment: await describe({ ...row, appointmentHistory: history }, slot.candidate.startMs) };
        } catch (error) {
          if (!(error instanceof SlotTaken) && attempt <= slot.location.capacity) continue;
          return { outcome: 'taken', nextFree: await availability().nextFree(slot, availability().minutesFor(slot.location, row.service)) };
        }
      }
      throw new Error(`[smp-kit] Consultation ${reference} could not be moved.`);
    },
  };
};
