import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import ical from 'ical-generator';
import { BOOKING_LOCATION_UID, BOOKING_REQUEST_UID, PLUGIN_ID } from '../uids';

/** A location's private feed, as the Settings page shows it. */
export interface CalendarFeed {
  location: string;
  name: string;
  url: string;
}

interface BookedRow {
  documentId: string;
  reference: string;
  service: string | null;
  slotStart: string;
}

// The feed shows what is coming and what just passed; older consultations are history.
const PAST_DAYS = 30;

/**
 * One private iCalendar feed per location, which Google Calendar, Outlook and Apple Calendar
 * subscribe to. Its address holds a long random token (kept in the plugin store); revoking it
 * makes a new one and the old address stops at once. Events carry the reference and the service,
 * never the patient's name, contact details or message.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'calendar-feed-tokens' });
  const tokens = async () => ((await store().get({})) as Record<string, string> | null) ?? {};
  const newToken = () => randomBytes(32).toString('base64url');
  const publicBase = () => String(strapi.config.get('server.url') || '').replace(/\/$/, '');

  async function tokenFor(location: string): Promise<string> {
    const all = await tokens();
    if (all[location]) return all[location]!;
    const token = newToken();
    await store().set({ value: { ...all, [location]: token } });
    return token;
  }

  return {
    /** Every location's feed address (a token is made the first time a location is listed). */
    async list(requestOrigin: string): Promise<CalendarFeed[]> {
      const locations = (await strapi.db.query(BOOKING_LOCATION_UID as UID.Schema).findMany({ select: ['slug', 'name'], orderBy: { slug: 'asc' } })) as { slug: string; name: string }[];
      const base = publicBase() || requestOrigin;
      return Promise.all(locations.map(async ({ slug, name }) => ({ location: slug, name, url: `${base}/api/smp-kit/calendar-feeds/${slug}?token=${await tokenFor(slug)}` })));
    },

    /** A new address for the location's feed; the old one answers 404 from now on. */
    async revoke(location: string): Promise<void> {
      await store().set({ value: { ...(await tokens()), [location]: newToken() } });
    },

    /** Whether `token` opens the location's feed (compared in constant time). */
    async opens(location: string, token: string): Promise<boolean> {
      const expected = (await tokens())[location];
      if (!expected || !token) return false;
      const a = Buffer.from(expected);
      const b = Buffer.from(token);
      return a.length === b.length && timingSafeEqual(a, b);
    },

    /** The feed: one event per booked (not cancelled) consultation at the location. */
    async render(location: string): Promise<string> {
      const place = (await strapi.db.query(BOOKING_LOCATION_UID as UID.Schema).findOne({ where: { slug: location }, select: ['name', 'slug'] })) as { name: string } | null;
      const since = new Date(Date.now() - PAST_DAYS * 86_400_000);
      const booked = (await strapi.db.query(BOOKING_REQUEST_UID as UID.Schema).findMany({
        where: { slotLocation: location, slotCancelledAt: null, slotStart: { $gte: since } },
        select: ['documentId', 'reference', 'service', 'slotStart'],
        orderBy: { slotStart: 'asc' },
      })) as BookedRow[];
      const availability = strapi.plugin(PLUGIN_ID).service('availability');
      const settings = await availability.findLocation(location).catch(() => null);
      const adminUrl = String(strapi.config.get('admin.absoluteUrl') ?? '/admin').replace(/\/$/, '');
      const calendar = ical({ prodId: { company: 'SMP Kit', product: 'smp-kit', language: 'EN' }, name: `Consultations · ${place?.name ?? location}`, ttl: 15 * 60 });
      for (const row of booked) {
        const start = new Date(row.slotStart);
        const minutes = settings ? availability.minutesFor(settings, row.service) : 30;
        calendar.createEvent({
          id: `${row.reference}@smp-kit`,
          start,
          end: new Date(start.getTime() + minutes * 60_000),
          summary: `Consultation ${row.reference}${row.service ? ` · ${row.service}` : ''}`,
          description: `Open the request in the admin panel: ${adminUrl}/plugins/smp-kit/requests/${row.documentId}`,
          location: place?.name ?? location,
        });
      }
      return calendar.toString();
    },
  };
};
