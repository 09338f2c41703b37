import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { UID } from '@strapi/strapi';
import { patientBooking, postBooking, saveBookingSettings } from '../helpers/booking.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

const BOOKING_ATTEMPT_UID = 'plugin::smp-kit.booking-attempt' as UID.CollectionType;
const HOUR_MS = 60 * 60 * 1000;

describe('booking rate limit: attempts are counted in the database, on a real Strapi', () => {
  let app: RunningStrapi;
  const attempts = () => app.strapi.db.query(BOOKING_ATTEMPT_UID);

  before(async () => {
    app = await startStrapi();
    await saveBookingSettings(app.strapi);
    // Before the first booking: the first attempt of a process sweeps expired ones.
    for (let index = 0; index < 3; index += 1) {
      await attempts().create({ data: { idempotencyKey: `expired-attempt-${index}`, ipHash: 'a-client-from-yesterday', attemptedAt: new Date(Date.now() - 25 * HOUR_MS) } });
    }
  });
  after(() => app?.stop());

  it('deletes attempts older than a day', async () => {
    app.strapi.config.set('plugin::smp-kit.rateLimit', { perMinute: 1000, perDay: 100_000 });
    await postBooking(app.baseUrl, patientBooking()).expect(201);
    // The sweep runs beside the request: wait for it, boundedly.
    for (let tries = 0; tries < 50 && (await attempts().count({ where: { ipHash: 'a-client-from-yesterday' } })) > 0; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(await attempts().count({ where: { ipHash: 'a-client-from-yesterday' } }), 0);
  });

  it('counts attempts another instance stored, and only those of the last day', async () => {
    const [mine] = await attempts().findMany({ select: ['ipHash'], limit: 1 });
    assert.ok(mine?.ipHash, 'the accepted request left an attempt with the client\'s IP hash, not the IP');
    assert.match(mine.ipHash, /^[0-9a-f]{64}$/);
    const before = await attempts().count({ where: { ipHash: mine.ipHash } });
    app.strapi.config.set('plugin::smp-kit.rateLimit', { perMinute: 1000, perDay: before + 3 });

    // Given another instance counted two attempts of this client an hour ago, and many 25 hours ago
    for (let index = 0; index < 2; index += 1) {
      await attempts().create({ data: { idempotencyKey: `elsewhere-${index}`, ipHash: mine.ipHash, attemptedAt: new Date(Date.now() - HOUR_MS) } });
    }
    for (let index = 0; index < 5; index += 1) {
      await attempts().create({ data: { idempotencyKey: `elsewhere-old-${index}`, ipHash: mine.ipHash, attemptedAt: new Date(Date.now() - 25 * HOUR_MS) } });
    }

    // Then this instance has room for exactly one more today
    await postBooking(app.baseUrl, patientBooking()).expect(201);
    const limited = await postBooking(app.baseUrl, patientBooking()).expect(429);
    assert.ok(Number(limited.headers['retry-after']) > 22 * 3600, 'room opens when the attempts of an hour ago leave the day');
  });

  it('leaves no attempt behind for a refused request', async () => {
    const before = await attempts().count({});
    await postBooking(app.baseUrl, patientBooking()).expect(429);
    assert.equal(await attempts().count({}), before, 'a refused attempt leaves no row');
  });
});
