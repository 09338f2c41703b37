// Consultation slots on a real Strapi: the availability a location's settings give (across
// daylight-saving changes), and booking one, where the database decides between patients who
// take the same time at once. Run on SQLite (availability.test.ts) and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DateTime } from 'luxon';
import request from 'supertest';
import { availabilityResponseSchema, type FreeSlot } from '@smp-kit/schema';
import { BOOKING_REQUEST_UID, patientBooking, postBooking, startBookingStrapi } from '../helpers/booking.ts';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';

export const LOCATION_UID = 'plugin::smp-kit.booking-location';
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A location open every day, one consultation at a time, bookable now for a year ahead. */
export const openEveryDay = (overrides: Record<string, unknown> = {}) => ({
  name: 'London studio',
  slug: 'london',
  timeZone: 'Europe/London',
  weeklyHours: [{ days: EVERY_DAY, opens: '09:00', closes: '12:00' }],
  consultationMinutes: 60,
  serviceMinutes: [],
  bufferMinutes: 0,
  minimumNoticeHours: 0,
  bookingWindowDays: 365,
  closures: [],
  capacity: 1,
  ...overrides,
});

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export function slotBookingSuite(database: 'sqlite' | 'postgres') {
  describe(`consultation slots on ${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, () => {
    let app: RunningStrapi;
    let postgres: PostgresCluster | undefined;
    let locations = 0;

    const availability = async (query: string) => availabilityResponseSchema.parse((await request(app.baseUrl).get(`/api/smp-kit/availability?${query}`).expect(200)).body).data;
    const starts = async (location: string, from: string, to = from) => (await availability(`location=${location}&from=${from}&to=${to}`)).slots.map((slot) => slot.start);
    const newLocation = async (overrides: Record<string, unknown> = {}) => {
      const slug = `studio-${(locations += 1)}`;
      await app.strapi.documents(LOCATION_UID as never).create({ data: openEveryDay({ name: `Studio ${locations}`, slug, ...overrides }) as never });
      return slug;
    };
    const book = (slot: { location: string; start: string }, overrides: Record<string, unknown> = {}) => postBooking(app.baseUrl, patientBooking({ slot, ...overrides }));

    before(async () => {
      if (database === 'postgres') postgres = await startPostgres();
      app = await startBookingStrapi({}, { database: await postgres?.createDatabase('smp_kit_slots') });
    });
    after(async () => {
      await app?.stop();
      await postgres?.stop();
    });

    it('keeps 09:00 at 09:00 in London across the March and October clock changes, as instants with the offset', async () => {
      const london = await newLocation();
      assert.deepEqual(await starts(london, '2027-03-27', '2027-03-28'), [
        '2027-03-27T09:00:00+00:00',
        '2027-03-27T10:00:00+00:00',
        '2027-03-27T11:00:00+00:00',
        '2027-03-28T09:00:00+01:00',
        '2027-03-28T10:00:00+01:00',
        '2027-03-28T11:00:00+01:00',
      ]);
      const october = await starts(london, '2027-10-30', '2027-10-31');
      assert.deepEqual(october.map((start) => new Date(start).toISOString()), [
        '2027-10-30T08:00:00.000Z',
        '2027-10-30T09:00:00.000Z',
        '2027-10-30T10:00:00.000Z',
        '2027-10-31T09:00:00.000Z',
        '2027-10-31T10:00:00.000Z',
        '2027-10-31T11:00:00.000Z',
      ]);
      const { timeZone, minutes, locationName } = await availability(`location=${london}&from=2027-03-27&to=2027-03-27`);
      assert.deepEqual({ timeZone, minutes, locationName }, { timeZone: 'Europe/London', minutes: 60, locationName: 'Studio 1' });
    });

    it('offers the same instants to a patient anywhere: a New York location across its own March change', async () => {
      const newYork = await newLocation({ timeZone: 'America/New_York', weeklyHours: [{ days: EVERY_DAY, opens: '09:00', closes: '10:00' }] });
      const slots = await starts(newYork, '2027-03-13', '2027-03-14');
      assert.deepEqual(slots, ['2027-03-13T09:00:00-05:00', '2027-03-14T09:00:00-04:00']);
      assert.deepEqual(slots.map((start) => new Date(start).toISOString()), ['2027-03-13T14:00:00.000Z', '2027-03-14T13:00:00.000Z']);
    });

    if (database === 'sqlite') {
      it('honours service lengths, buffers, minimum notice, the booking window and closures', async () => {
        const studio = await newLocation({
          weeklyHours: [{ days: EVERY_DAY, opens: '09:00', closes: '11:00' }],
          consultationMinutes: 30,
          serviceMinutes: [{ service: 'scar-camouflage', minutes: 45 }],
          bufferMinutes: 15,
          minimumNoticeHours: 72,
          bookingWindowDays: 20,
          closures: [{ from: day(10), to: day(11), reason: 'Training' }],
        });
        const someDay = day(7);
        assert.deepEqual((await starts(studio, someDay)).map((start) => start.slice(11, 16)), ['09:00', '09:45', '10:30'], '30 minutes and 15 of buffer');
        const scar = await availability(`location=${studio}&service=scar-camouflage&from=${someDay}&to=${someDay}`);
        assert.deepEqual([scar.minutes, scar.slots.map((slot) => slot.start.slice(11, 16))], [45, ['09:00', '10:00']], '45 minutes for scar camouflage, then 15 of buffer');
        assert.deepEqual(await starts(studio, day(0), day(1)), [], 'nothing inside the 72 hours of notice');
        assert.deepEqual(await starts(studio, day(10), day(11)), [], 'closed for training');
        assert.deepEqual(await starts(studio, day(25)), [], 'beyond the 20-day window');
      });

      it('refuses location settings it cannot use, naming the field', async () => {
        for (const [change, field, message] of [
          [{ timeZone: 'Europe/Londn' }, 'timeZone', /IANA time zone name/],
          [{ weeklyHours: [{ days: ['mon'], opens: '18:00', closes: '09:00' }] }, 'weeklyHours.0.closes', /closing time must be after/],
          [{ consultationMinutes: 33 }, 'consultationMinutes', /multiple of 5 minutes/],
          [{ closures: [{ from: '2027-05-02', to: '2027-05-01' }] }, 'closures.0.to', /ends on or after/],
        ] as const) {
          await assert.rejects(newLocation(change), (error: Error & { details?: { errors?: { path: string[] }[] } }) => {
            assert.match(error.message, message);
            assert.equal(error.details?.errors?.[0]?.path.join('.'), field);
            return true;
          });
        }
      });

      it('answers 400 naming the field for a bad query or an unknown location', async () => {
        const wrongOrder = await request(app.baseUrl).get('/api/smp-kit/availability?from=2027-05-02&to=2027-05-01').expect(400);
        assert.equal(wrongOrder.body.error.details.errors[0].path.join('.'), 'to');
        const unknown = await request(app.baseUrl).get('/api/smp-kit/availability?location=nowhere&from=2027-05-01&to=2027-05-01').expect(400);
        assert.match(unknown.body.error.message, /There is no location "nowhere"/);
      });
    }

    it('books a free slot, which then leaves the availability, and refuses it to the next patient with the next free times', async () => {
      const studio = await newLocation();
      const someDay = day(30);
      const [first, second] = (await availability(`location=${studio}&from=${someDay}&to=${someDay}`)).slots as FreeSlot[];
      const booked = await book({ location: studio, start: first!.start }).expect(201);
      const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { reference: booked.body.data.reference } });
      assert.equal(new Date(stored.slotStart).toISOString(), new Date(first!.start).toISOString());
      assert.equal(stored.slotLocation, studio);
      assert.ok(!(await starts(studio, someDay)).includes(first!.start), 'taken slots are not offered (the cached answer was cleared)');

      const refused = await book({ location: studio, start: first!.start }).expect(409);
      assert.equal(refused.body.error.name, 'ConflictError');
      assert.deepEqual(refused.body.error.details.slot, { location: studio, start: first!.start });
      assert.equal(refused.body.error.details.nextFree[0].start, second!.start);
      assert.match(refused.body.error.message, /was just booked by someone else/);
    });

    it('lets exactly one of 50 patients taking the same slot at once have it; the others hear 409 with the next free times', async () => {
      const studio = await newLocation();
      const [slot] = (await availability(`location=${studio}&from=${day(40)}&to=${day(40)}`)).slots as FreeSlot[];
      const before = await app.strapi.db.query(BOOKING_REQUEST_UID).count({});
      const answers = await Promise.all(Array.from({ length: 50 }, (_, index) => book({ location: studio, start: slot!.start }, { email: `patient${index}@example.com` }).then((response) => response)));
      const statuses = answers.map((response) => response.status);
      assert.equal(statuses.filter((status) => status === 201).length, 1, `statuses: ${JSON.stringify(statuses)}`);
      assert.equal(statuses.filter((status) => status === 409).length, 49);
      for (const refused of answers.filter((response) => response.status === 409)) {
        assert.deepEqual(refused.body.error.details.slot, { location: studio, start: slot!.start });
        assert.ok(refused.body.error.details.nextFree.length > 0);
      }
      assert.equal(await app.strapi.db.query(BOOKING_REQUEST_UID).count({}), before + 1, 'one request stored, no refused one');
    });

    it('holds as many consultations at once as the location runs, and frees the slot when the request is erased', async () => {
      const studio = await newLocation({ capacity: 2 });
      const [slot] = (await availability(`location=${studio}&from=${day(50)}&to=${day(50)}`)).slots as FreeSlot[];
      const first = await book({ location: studio, start: slot!.start }).expect(201);
      assert.ok((await starts(studio, day(50))).includes(slot!.start), 'one of two seats is still free');
      await book({ location: studio, start: slot!.start }).expect(201);
      await book({ location: studio, start: slot!.start }).expect(409);

      const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { reference: first.body.data.reference } });
      await app.strapi.plugin('smp-kit').service('booking-inbox').erase(stored.documentId);
      assert.ok((await starts(studio, day(50))).includes(slot!.start), 'erasing a request frees its seat at once');
      await book({ location: studio, start: slot!.start }).expect(201);
    });

    it('moves consultations in one step: of patients moving to and booking one time at once, exactly one has it, and the others keep what they had', async () => {
      const studio = await newLocation();
      const held = [...(await starts(studio, day(60))), ...(await starts(studio, day(61)))].slice(0, 5);
      const [target] = await starts(studio, day(62));
      const movers = await Promise.all(held.map(async (start, index) => ({ start, reference: (await book({ location: studio, start }, { email: `mover${index}@example.com` }).expect(201)).body.data.reference as string })));
      const moveLink = (reference: string, start: string) => new URL(app.strapi.plugin('smp-kit').service('appointments').signedLink('move', reference, DateTime.fromISO(start)));
      const moves = movers.map(({ reference, start }) => {
        const link = moveLink(reference, start);
        return request(app.baseUrl).post(link.pathname).type('form').send({ ...Object.fromEntries(link.searchParams), start: target });
      });
      const bookings = Array.from({ length: 5 }, (_, index) => book({ location: studio, start: target! }, { email: `newcomer${index}@example.com` }));
      const answers = await Promise.all([...moves, ...bookings]);
      const statuses = answers.map((response) => response.status);
      assert.equal(statuses.filter((status) => status === 200 || status === 201).length, 1, `one move or booking has it: ${JSON.stringify(statuses)}`);
      assert.ok(statuses.every((status) => [200, 201, 409].includes(status)), JSON.stringify(statuses));
      assert.match(answers.find((response) => response.status === 409)!.text ?? '', /just/);

      const rows = (await app.strapi.db.query(BOOKING_REQUEST_UID).findMany({ where: { slotLocation: studio }, select: ['reference', 'slotStart'] })) as { reference: string; slotStart: string }[];
      const at = (reference: string) => new Date(rows.find((row) => row.reference === reference)!.slotStart).toISOString();
      assert.equal(rows.filter((row) => new Date(row.slotStart).toISOString() === new Date(target!).toISOString()).length, 1, 'one consultation at the time');
      const winner = answers.findIndex((response) => response.status === 200);
      for (const [index, mover] of movers.entries()) {
        const expected = index === winner ? target! : mover.start;
        assert.equal(at(mover.reference), new Date(expected).toISOString(), `mover ${index} is at ${index === winner ? 'the new' : 'their old'} time`);
      }
      const free = [...(await starts(studio, day(60))), ...(await starts(studio, day(61)))];
      for (const [index, mover] of movers.entries()) assert.equal(free.includes(mover.start), index === winner, `mover ${index}'s old time is ${index === winner ? 'free again' : 'still theirs'}`);
      assert.ok(!(await starts(studio, day(62))).includes(target!), 'the time is taken');
    });

    it('refuses a time the location does not offer, naming the field, and stores nothing', async () => {
      const studio = await newLocation();
      const before = await app.strapi.db.query(BOOKING_REQUEST_UID).count({});
      const offHours = await book({ location: studio, start: `${day(30)}T09:10:00+00:00` }).expect(400);
      assert.deepEqual(offHours.body.error.details.errors[0].path, ['slot', 'start'], JSON.stringify(offHours.body));
      assert.deepEqual(offHours.body.error.details.errors[0].path, ['slot', 'start']);
      const elsewhere = await book({ location: 'nowhere', start: `${day(30)}T09:00:00+00:00` }).expect(400);
      assert.deepEqual(elsewhere.body.error.details.errors[0].path, ['slot', 'location']);
      assert.equal(await app.strapi.db.query(BOOKING_REQUEST_UID).count({}), before);
    });
  });
}
