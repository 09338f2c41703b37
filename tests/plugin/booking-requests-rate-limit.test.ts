import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiErrorResponseSchema } from '@smp-kit/schema';
import { countBookingRequests, liftRateLimits, newKey, patientBooking, postBooking, saveBookingSettings } from '../helpers/booking.ts';
import { header } from '../helpers/http.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

// Every request of this file comes from 127.0.0.1: one client, as far as the limit knows.
describe('POST /api/smp-kit/booking-requests: rate limit per client, on a real Strapi', () => {
  let app: RunningStrapi;

  before(async () => {
    app = await startStrapi();
    await saveBookingSettings(app.strapi);
  });
  after(() => app?.stop());

  it('accepts 5 requests a minute by default, then answers 429 with Retry-After', async () => {
    const accepted = [];
    for (let index = 0; index < 5; index += 1) accepted.push(await postBooking(app.baseUrl, patientBooking()).expect(201));
    const before = await countBookingRequests(app.strapi);

    const limited = await postBooking(app.baseUrl, patientBooking()).expect(429);
    const error = apiErrorResponseSchema.parse(limited.body).error;
    assert.equal(error.name, 'RateLimitError');
    assert.match(error.message, /Too many booking requests.*try again in 1 minute/);
    const retryAfter = Number(header(limited, 'retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After is ${retryAfter} seconds`);
    assert.equal(await countBookingRequests(app.strapi), before, 'the refused request was not stored');
  });

  it('still answers repeats of an accepted request while the client is limited', async () => {
    const key = newKey();
    liftRateLimits(app.strapi);
    const first = await postBooking(app.baseUrl, patientBooking(), key).expect(201);
    app.strapi.config.set('plugin::smp-kit.rateLimit', { perMinute: 1, perDay: 100_000 });

    await postBooking(app.baseUrl, patientBooking()).expect(429);
    for (let index = 0; index < 10; index += 1) {
      const repeat = await postBooking(app.baseUrl, patientBooking(), key).expect(200);
      assert.equal(repeat.body.data.reference, first.body.data.reference);
    }
  });

  it('counts concurrent repeats of one request once', async () => {
    liftRateLimits(app.strapi);
    const key = newKey();
    const used = (await countBookingRequests(app.strapi)) + 1;
    // Room for exactly one more request today: twenty copies of it must all get through.
    app.strapi.config.set('plugin::smp-kit.rateLimit', { perMinute: 1000, perDay: used });
    const responses = await Promise.all(Array.from({ length: 20 }, () => postBooking(app.baseUrl, patientBooking(), key)));
    assert.deepEqual([...new Set(responses.map((response) => response.status))].sort(), [200, 201]);
    await postBooking(app.baseUrl, patientBooking()).expect(429);
  });

  it('applies the daily limit with a Retry-After of hours, not seconds', async () => {
    const stored = await countBookingRequests(app.strapi);
    app.strapi.config.set('plugin::smp-kit.rateLimit', { perMinute: 1000, perDay: stored + 2 });
    await postBooking(app.baseUrl, patientBooking()).expect(201);
    await postBooking(app.baseUrl, patientBooking()).expect(201);
    const limited = await postBooking(app.baseUrl, patientBooking()).expect(429);
    const retryAfter = Number(header(limited, 'retry-after'));
    assert.ok(retryAfter > 23 * 3600 && retryAfter <= 24 * 3600, `Retry-After is ${retryAfter} seconds`);
  });

  it('does not count refused (invalid) requests against the patient', async () => {
    const stored = await countBookingRequests(app.strapi);
    app.strapi.config.set('plugin::smp-kit.rateLimit', { perMinute: 1000, perDay: stored + 1 });
    for (let index = 0; index < 5; index += 1) await postBooking(app.baseUrl, patientBooking({ email: 'typo@' })).expect(400);
    await postBooking(app.baseUrl, patientBooking()).expect(201);
  });
});
