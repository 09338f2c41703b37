import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DateTime } from 'luxon';
import { locationAvailabilitySchema, SLOT_GRID_MINUTES, WEEKDAYS, type AvailabilityResponse, type FreeSlot, type LocationAvailability, type RequestedSlot } from '@smp-kit/schema';
import { BOOKING_LOCATION_UID, BOOKING_SLOT_UID } from '../uids';

const CELL_MS = SLOT_GRID_MINUTES * 60_000;

interface LocationRow extends Partial<LocationAvailability> {
  slug: string;
  name: string;
}

/** A location whose settings passed the contract, ready to compute slots. */
export interface Location extends LocationAvailability {
  slug: string;
  name: string;
}

export interface Candidate {
  startMs: number;
  endMs: number;
  /** The zone's UTC offset at the start and the end, in minutes. */
  offsets: [number, number];
  /** The cells the consultation and its buffer occupy on a seat. */
  cells: number[];
}

const LOCATION_FIELDS = ['slug', 'name', 'timeZone', 'weeklyHours', 'consultationMinutes', 'serviceMinutes', 'bufferMinutes', 'minimumNoticeHours', 'bookingWindowDays', 'closures', 'capacity'];

/** How long `service` takes at the location (its own length, else the location's). */
export const minutesFor = (location: Location, service: string | null | undefined) => location.serviceMinutes.find((length) => length.service === service)?.minutes ?? location.consultationMinutes;

/**
 * The starts a location offers on these days, as its settings say, before bookings: back to back
 * from each opening (consultation plus buffer), ending by closing time, past the minimum notice
 * and within the booking window. Wall-clock times are read in the location's zone (luxon), so a
 * 09:00 consultation is 09:00 there on both sides of a daylight-saving change.
 */
export function offeredStarts(location: Location, minutes: number, fromDay: string, toDay: string, now: DateTime): Candidate[] {
  const zone = location.timeZone;
  const earliest = now.plus({ hours: location.minimumNoticeHours }).toMillis();
  const latest = now.plus({ days: location.bookingWindowDays }).toMillis();
  const stepMs = (minutes + location.bufferMinutes) * 60_000;
  const cellsPerSlot = (minutes + location.bufferMinutes) / SLOT_GRID_MINUTES;
  const candidates: Candidate[] = [];
  const last = DateTime.fromISO(toDay, { zone });
  for (let day = DateTime.fromISO(fromDay, { zone }); day <= last; day = day.plus({ days: 1 })) {
    const date = day.toISODate()!;
    if (location.closures.some((closure) => closure.from <= date && date <= closure.to)) continue;
    const weekday = WEEKDAYS[day.weekday - 1]!;
    for (const hours of location.weeklyHours.filter((line) => line.days.includes(weekday))) {
      // The zone decides where the day's hours fall; within them, time runs in real minutes.
      const open = DateTime.fromISO(`${date}T${hours.opens}`, { zone });
      const close = DateTime.fromISO(`${date}T${hours.closes}`, { zone });
      const closeMs = close.toMillis();
      // Asking the zone for an offset is luxon's slow part: once per opening, unless the clocks change inside it.
      const offsetAt = (ms: number) => (open.offset === close.offset ? open.offset : DateTime.fromMillis(ms, { zone }).offset);
      for (let startMs = open.toMillis(); startMs + minutes * 60_000 <= closeMs; startMs += stepMs) {
        if (startMs < earliest || startMs > latest) continue;
        const first = Math.floor(startMs / CELL_MS);
        const endMs = startMs + minutes * 60_000;
        candidates.push({ startMs, endMs, offsets: [offsetAt(startMs), offsetAt(endMs)], cells: Array.from({ length: cellsPerSlot }, (_, index) => first + index) });
      }
    }
  }
  return candidates.sort((a, b) => a.startMs - b.startMs);
}

/** `2027-03-28T09:00:00+01:00`: the instant written with the zone's offset then. */
function inZone(ms: number, offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  return `${new Date(ms + offset * 60_000).toISOString().slice(0, 19)}${sign}${hhmm}`;
}

const slotOf = (candidate: Candidate): FreeSlot => ({ start: inZone(candidate.startMs, candidate.offsets[0]), end: inZone(candidate.endMs, candidate.offsets[1]) });

/** Locations, their free slots, and holding a slot for a booking request. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cells = () => strapi.db.query(BOOKING_SLOT_UID as UID.Schema);

  /** The location named `slug` (or the only one); a 400 at `path` names the ones there are. */
  async function findLocation(slug: string | undefined, path: string[] = ['location']): Promise<Location> {
    const rows = (await strapi.db.query(BOOKING_LOCATION_UID as UID.Schema).findMany({ select: LOCATION_FIELDS, orderBy: { slug: 'asc' } })) as LocationRow[];
    if (!rows.length) throw new errors.NotFoundError('No booking location is set up yet. Add one in the admin under Content Manager → Booking location.');
    const row = slug ? rows.find((candidate) => candidate.slug === slug) : rows.length === 1 ? rows[0] : undefined;
    if (!row) {
      const message = slug ? `There is no location "${slug}". Locations: ${rows.map((candidate) => candidate.slug).join(', ')}.` : `Name the location: one of ${rows.map((candidate) => candidate.slug).join(', ')}.`;
      throw new errors.ValidationError(`${path.join('.')}: ${message}`, { errors: [{ path, message }] });
    }
    const settings = locationAvailabilitySchema.safeParse({ ...row, serviceMinutes: row.serviceMinutes ?? [], closures: row.closures ?? [] });
    if (!settings.success) {
      strapi.log.warn(`[smp-kit] Booking location "${row.slug}" has settings the availability cannot use; open and save it in the admin.`);
      throw new errors.NotFoundError(`Online booking at "${row.slug}" is not available right now. Please call the clinic.`);
    }
    return { ...settings.data, slug: row.slug, name: row.name };
  }

  /** Seats taken per cell of the location, over the cells these candidates span. */
  async function occupied(location: Location, candidates: Candidate[]): Promise<Map<number, Set<number>>> {
    const bySeat = new Map<number, Set<number>>();
    if (!candidates.length) return bySeat;
    const rows = (await cells().findMany({
      where: { location: location.slug, cell: { $gte: candidates[0]!.cells[0], $lte: candidates.at(-1)!.cells.at(-1) } },
      select: ['cell', 'seat'],
    })) as { cell: number; seat: number }[];
    for (const { cell, seat } of rows) {
      if (!bySeat.has(seat)) bySeat.set(seat, new Set());
      bySeat.get(seat)!.add(Number(cell));
    }
    return bySeat;
  }

  const freeSeat = (location: Location, candidate: Candidate, taken: Map<number, Set<number>>) => {
    for (let seat = 1; seat <= location.capacity; seat += 1) {
      if (!candidate.cells.some((cell) => taken.get(seat)?.has(cell))) return seat;
    }
    return null;
  };

  async function freeSlots(location: Location, minutes: number, fromDay: string, toDay: string, now = DateTime.now()): Promise<Candidate[]> {
    const candidates = offeredStarts(location, minutes, fromDay, toDay, now);
    const taken = await occupied(location, candidates);
    return candidates.filter((candidate) => freeSeat(location, candidate, taken) !== null);
  }

  return {
    findLocation,

    /** `GET /api/smp-kit/availability`: the free slots of one service at one location. */
    async find({ location: slug, service, from, to }: { location?: string; service?: string; from: string; to: string }): Promise<AvailabilityResponse> {
      const location = await findLocation(slug);
      const minutes = minutesFor(location, service);
      const slots = (await freeSlots(location, minutes, from, to)).map((candidate) => slotOf(candidate));
      return { data: { location: location.slug, locationName: location.name, timeZone: location.timeZone, service: service ?? null, minutes, slots } };
    },

    /**
     * Checks that `slot` is a start the location offers for `service` (before anything is stored),
     * and returns how to hold it. A 400 names `slot.start` or `slot.location` otherwise.
     */
    async prepare(slot: RequestedSlot, service: string | null): Promise<{ location: Location; candidate: Candidate }> {
      const location = await findLocation(slot.location, ['slot', 'location']);
      const start = DateTime.fromISO(slot.start, { setZone: true });
      const minutes = minutesFor(location, service);
      const day = start.setZone(location.timeZone).toISODate()!;
      const candidate = offeredStarts(location, minutes, day, day, DateTime.now()).find((offered) => offered.startMs === start.toMillis());
      if (!start.isValid || !candidate) {
        const message = 'This time is not offered (any more). Please choose one of the free times shown.';
        throw new errors.ValidationError(`slot.start: ${message}`, { errors: [{ path: ['slot', 'start'], message }] });
      }
      return { location, candidate };
    },

    /**
     * Holds the slot for `reference` on a free seat: one row per cell, under the unique index
     * (location, cell, seat), so of two patients taking the same seat at once the database lets
     * one in. Null when every seat is taken. Runs inside the caller's transaction.
     */
    async hold({ location, candidate }: { location: Location; candidate: Candidate }, reference: string): Promise<number | null> {
      const seat = freeSeat(location, candidate, await occupied(location, [candidate]));
      if (seat === null) return null;
      await cells().createMany({ data: candidate.cells.map((cell) => ({ location: location.slug, cell, seat, reference })) });
      strapi.plugin('smp-kit').service('response-cache').clear();
      return seat;
    },

    /** The next free slots after a taken one, for the 409 answer. */
    async nextFree({ location, candidate }: { location: Location; candidate: Candidate }, minutes: number, count = 3): Promise<FreeSlot[]> {
      const from = DateTime.fromMillis(candidate.startMs, { zone: location.timeZone });
      const free = await freeSlots(location, minutes, from.toISODate()!, from.plus({ days: 14 }).toISODate()!);
      return free.filter((slot) => slot.startMs > candidate.startMs).slice(0, count).map((slot) => slotOf(slot));
    },

    /** Frees the slot of these requests (cancelled, erased or past retention). */
    async release(references: readonly string[]): Promise<void> {
      if (!references.length) return;
      await cells().deleteMany({ where: { reference: { $in: [...references] } } });
      strapi.plugin('smp-kit').service('response-cache').clear();
    },

    minutesFor,
  };
};
