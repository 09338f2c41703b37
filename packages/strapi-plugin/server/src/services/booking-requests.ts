import { createHash, randomInt } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { BOOKING_REFERENCE_ALPHABET, type AppointmentEvent, type BookingRequest, type FreeSlot, type RequestedSlot } from '@smp-kit/schema';
import { invalidField } from '../http/validate';
import { BOOKING_REQUEST_UID } from '../uids';
import { appointmentOf } from './appointments';
import { createRateLimiter } from './booking-rate-limit';

export interface StoredBookingRequest {
  documentId: string;
  reference: string;
  payloadHash: string | null;
  service: string | null;
  preferredDate: string | null;
  preferredTime: string | null;
  language: string | null;
  createdAt: string;
}

export type ReceiveOutcome =
  | { outcome: 'created' | 'replayed'; reference: string }
  | { outcome: 'key-reused' }
  | { outcome: 'slot-taken'; slot: RequestedSlot; nextFree: FreeSlot[] }
  | { outcome: 'rate-limited'; retryAfterSeconds: number };

const STORED_FIELDS = ['documentId', 'reference', 'payloadHash', 'service', 'preferredDate', 'preferredTime', 'language', 'createdAt'];
const REFERENCE_ATTEMPTS = 5;

function newReference(): string {
  let code = '';
  for (let index = 0; index < 5; index += 1) code += BOOKING_REFERENCE_ALPHABET[randomInt(BOOKING_REFERENCE_ALPHABET.length)];
  return `SMP-${code}`;
}

/** Same request, same hash: lets a repeat of a key be told apart from a different request reusing it. */
function payloadHashOf(request: BookingRequest): string {
  const ordered = Object.fromEntries(Object.entries(request).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}

const blankToNull = <T>(value: T | '' | undefined): T | null => (value === '' || value === undefined ? null : value);

/** The columns of a consultation booked at `start`, its history beginning. */
const appointmentColumns = (slotLocation: string, start: string) => ({
  slotLocation,
  slotStart: start,
  appointmentHistory: [{ event: 'booked', at: new Date().toISOString(), start, by: 'patient' } satisfies AppointmentEvent],
});

/** Every seat of the requested slot was taken (by another patient, a moment earlier). */
class SlotTaken extends Error {}

/**
 * Stores booking requests exactly once per Idempotency-Key. The database's unique
 * constraint on the key decides between concurrent repeats: whoever inserts second
 * gets the violation, reads the winner's row and answers its reference.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = () => strapi.documents(BOOKING_REQUEST_UID as UID.CollectionType);
  const limiter = createRateLimiter(strapi);

  const findByKey = async (idempotencyKey: string) =>
    (await requests().findFirst({ filters: { idempotencyKey }, fields: STORED_FIELDS as never })) as StoredBookingRequest | null;
  const referenceTaken = async (reference: string) => (await requests().count({ filters: { reference } })) > 0;
  const replay = (stored: StoredBookingRequest, payloadHash: string): ReceiveOutcome =>
    stored.payloadHash && stored.payloadHash !== payloadHash ? { outcome: 'key-reused' } : { outcome: 'replayed', reference: stored.reference };

  return {
    async receive(request: BookingRequest, { idempotencyKey, ipHash }: { idempotencyKey: string; ipHash: string }): Promise<ReceiveOutcome> {
      const payloadHash = payloadHashOf(request);
      const existing = await findByKey(idempotencyKey);
      if (existing) return replay(existing, payloadHash);

      const language = await strapi.plugin('smp-kit').service('booking-settings').closestLocale(request.locale);
      const settings = await strapi.plugin('smp-kit').service('booking-settings').findPublished(language);
      const service = blankToNull(request.service);
      if (service && settings?.services.length && !settings.services.some((offered: { slug: string }) => offered.slug === service)) {
        invalidField('service', `Please choose one of the services offered: ${settings.services.map((offered: { slug: string }) => offered.slug).join(', ')}.`);
      }

      const availability = strapi.plugin('smp-kit').service('availability');
      // Checked before anything is stored: the time must be one the location offers now.
      const slot = request.slot ? await availability.prepare(request.slot, service) : null;
      const photoIds = request.photos ?? [];
      await strapi.plugin('smp-kit').service('booking-photos').checkAttachable(photoIds);

      const reservation = await limiter.reserve(ipHash, idempotencyKey, (await strapi.plugin('smp-kit').service('plugin-settings').get()).rateLimit);
      if (!reservation.allowed) return { outcome: 'rate-limited', retryAfterSeconds: reservation.retryAfterSeconds };

      const data = {
        // Not `status`: Strapi's Content Manager answers its own draft/published state under that name.
        requestStatus: 'new',
        name: request.name,
        email: request.email,
        phone: blankToNull(request.phone),
        preferredDate: blankToNull(request.preferredDate),
        preferredTime: blankToNull(request.preferredTime),
        service,
        message: request.message || null,
        language: request.locale ?? language,
        pageUrl: request.pageUrl ?? null,
        utm: request.utm ?? null,
        consentedAt: new Date().toISOString(),
        consentText: settings?.consentText ?? null,
        ...(slot ? appointmentColumns(slot.location.slug, new Date(slot.candidate.startMs).toISOString()) : {}),
        idempotencyKey,
        payloadHash,
        ipHash,
      };

      // A concurrent patient may take the seat between reading and writing it: each loses a try.
      const attempts = REFERENCE_ATTEMPTS + (slot?.location.capacity ?? 0);
      for (let attempt = 1; attempt <= attempts; attempt += 1) {
        const reference = newReference();
        try {
          const create = () => requests().create({ data: { ...data, reference } as never, fields: STORED_FIELDS as never });
          // The slot's cells and the request are stored together, or neither is.
          const created = (await (slot
            ? strapi.db.transaction(async () => {
                if ((await availability.hold(slot, reference)) === null) throw new SlotTaken();
                return create();
              })
            : create())) as unknown as StoredBookingRequest;
          // The request is stored and acknowledged either way; a photo that failed to attach is logged.
          await strapi
            .plugin('smp-kit')
            .service('booking-photos')
            .attach(photoIds, reference)
            .catch((error: { code?: unknown }) => strapi.log.error(`[smp-kit] Photos of booking request ${reference} could not be attached (${String(error?.code ?? 'unknown')}).`));
          strapi.plugin('smp-kit').service('booking-notifications').notifyInBackground(created, settings);
          if (slot) {
            strapi
              .plugin('smp-kit')
              .service('booking-notifications')
              .confirmInBackground(appointmentOf({ reference, service, settings, location: slot.location, startMs: slot.candidate.startMs }), request.email, data.language);
          }
          strapi.plugin('smp-kit').service('booking-retention').purgeOccasionally();
          return { outcome: 'created', reference };
        } catch (error) {
          // Whatever the driver calls it, a row holding our key means a concurrent repeat won.
          const winner = await findByKey(idempotencyKey).catch(() => null);
          // The winner's row holds this key, so the key's attempt stays counted: no release.
          if (winner) return replay(winner, payloadHash);
          if (slot && error instanceof SlotTaken) {
            await reservation.release().catch(() => {});
            return { outcome: 'slot-taken', slot: request.slot!, nextFree: await availability.nextFree(slot, availability.minutesFor(slot.location, service)) };
          }
          // The seat went to another patient while this one wrote it: look again.
          if (slot && attempt < attempts) continue;
          if (attempt < attempts && (await referenceTaken(reference).catch(() => false))) continue;
          await reservation.release().catch(() => {});
          // Database errors quote the failed SQL with its values (the patient's details): log the kind only.
          const code = (error as { code?: unknown })?.code ?? (error as { name?: unknown })?.name ?? 'unknown';
          strapi.log.error(`[smp-kit] A booking request could not be stored (${String(code)}).`);
          throw new Error('The booking request could not be stored.');
        }
      }
      await reservation.release().catch(() => {});
      throw new Error('The booking request could not be stored: no free reference was found.');
    },
  };
};
