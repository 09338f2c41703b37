import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import { BOOKING_REQUEST_UID } from '../uids';

/** What a link may do; the purpose is signed, so a cancel link cannot be used for anything else. */
export type LinkPurpose = 'cancel';

export interface Appointment {
  reference: string;
  service: string | null;
  serviceName: string | null;
  location: { slug: string; name: string; timeZone: string };
  start: DateTime;
  end: DateTime;
  clinicName: string;
  address: string | null;
}

export interface AppointmentRow {
  documentId: string;
  reference: string;
  slotLocation: string | null;
  slotStart: string | null;
  slotCancelledAt: string | null;
}

/** The secret behind the links: derived from the app's APP_KEYS, like the IP hash salt. */
function linkSecret(strapi: Core.Strapi): string {
  const appKeys = strapi.config.get('server.app.keys') as string[] | undefined;
  if (!appKeys?.length) throw new Error('[smp-kit] Cannot sign appointment links: set APP_KEYS.');
  return createHash('sha256').update(`smp-kit:appointment-links:${appKeys.join(',')}`).digest('hex');
}

const signatureOf = (secret: string, purpose: LinkPurpose, reference: string, expires: number) =>
  createHmac('sha256', secret).update(`${purpose}:${reference}:${expires}`).digest('base64url');

/** The invite: UTC times (every calendar reads them the same), no contact details. */
export function appointmentInvite(appointment: Appointment, description: string): string {
  const calendar = ical({ prodId: { company: 'SMP Kit', product: 'smp-kit', language: 'EN' }, method: ICalCalendarMethod.PUBLISH, name: appointment.clinicName });
  calendar.createEvent({
    id: `${appointment.reference}@smp-kit`,
    start: appointment.start.toUTC().toJSDate(),
    end: appointment.end.toUTC().toJSDate(),
    summary: `${appointment.serviceName ?? 'Consultation'} · ${appointment.clinicName}`,
    location: [appointment.location.name, appointment.address].filter(Boolean).join(', '),
    description,
  });
  return calendar.toString();
}

/** Booked consultations: signed self-service links, cancelling, and the invite. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(BOOKING_REQUEST_UID as UID.Schema);

  return {
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
      const row = (await rows().findOne({ where: { reference }, select: ['documentId', 'reference', 'slotLocation', 'slotStart', 'slotCancelledAt'] })) as AppointmentRow | null;
      return row?.slotStart ? row : null;
    },

    /** Cancels the consultation and frees its slot at once; false when it was cancelled already. */
    async cancel(reference: string): Promise<boolean> {
      const row = await this.find(reference);
      if (!row || row.slotCancelledAt) return false;
      await strapi.db.transaction(async () => {
        await rows().update({ where: { reference }, data: { slotCancelledAt: new Date(), requestStatus: 'closed' } });
        await strapi.plugin('smp-kit').service('availability').release([reference]);
      });
      strapi.log.info(`[smp-kit] Consultation ${reference} cancelled by the patient.`);
      return true;
    },
  };
};
