import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { apiErrorResponseSchema } from '@smp-kit/schema';
import { BOOKING_REQUESTS_PATH, countBookingRequests, newKey, patientBooking, postBooking, startBookingStrapi } from '../helpers/booking.ts';
import { header } from '../helpers/http.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';

const CLINIC_SITE = 'https://www.example-clinic.com';
const OTHER_SITE = 'https://spam.example.net';

const preflight = (app: RunningStrapi, origin: string) =>
  request(app.baseUrl)
    .options(BOOKING_REQUESTS_PATH)
    .set('Origin', origin)
    .set('Access-Control-Request-Method', 'POST')
    .set('Access-Control-Request-Headers', 'content-type,idempotency-key');

describe('CORS for booking requests, with an allowlist in config/plugins.ts', () => {
  let app: RunningStrapi;

  before(async () => {
    // Read by cms/config/plugins.ts, as a clinic would set it.
    process.env.SMP_KIT_ALLOWED_ORIGINS = `${CLINIC_SITE}, https://booking.example-clinic.com`;
    app = await startBookingStrapi();
  });
  after(async () => {
    delete process.env.SMP_KIT_ALLOWED_ORIGINS;
    await app?.stop();
  });

  it('reads the allowlist from the plugin configuration', () => {
    assert.deepEqual(app.strapi.config.get('plugin::smp-kit.allowedOrigins'), [CLINIC_SITE, 'https://booking.example-clinic.com']);
  });

  it('answers the preflight of an allowed site with the method and headers the form needs', async () => {
    const response = await preflight(app, CLINIC_SITE).expect(204);
    assert.equal(header(response, 'access-control-allow-origin'), CLINIC_SITE);
    assert.match(header(response, 'access-control-allow-methods'), /\bPOST\b/);
    assert.match(header(response, 'access-control-allow-headers'), /Idempotency-Key/i);
    assert.match(header(response, 'access-control-allow-headers'), /Content-Type/i);
    assert.match(header(response, 'vary'), /Origin/);
    assert.equal(response.headers['access-control-allow-credentials'], undefined, 'no cookies are involved');
  });

  it('refuses the preflight of any other site, without CORS headers', async () => {
    const response = await preflight(app, OTHER_SITE).expect(403);
    assert.equal(response.headers['access-control-allow-origin'], undefined);
    assert.equal(apiErrorResponseSchema.parse(response.body).error.name, 'ForbiddenError');
  });

  it('stores a request from an allowed site and lets the page read the answer and Retry-After', async () => {
    const response = await postBooking(app.baseUrl, patientBooking()).set('Origin', CLINIC_SITE).expect(201);
    assert.equal(header(response, 'access-control-allow-origin'), CLINIC_SITE);
    assert.match(header(response, 'access-control-expose-headers'), /Retry-After/);
  });

  it('refuses a request from another site and stores nothing', async () => {
    const before = await countBookingRequests(app.strapi);
    const response = await postBooking(app.baseUrl, patientBooking()).set('Origin', OTHER_SITE).expect(403);
    assert.match(apiErrorResponseSchema.parse(response.body).error.message, /spam\.example\.net are not allowed/);
    assert.equal(response.headers['access-control-allow-origin'], undefined);
    assert.equal(await countBookingRequests(app.strapi), before);
  });

  it("always allows the cms's own pages (the demo page)", async () => {
    await postBooking(app.baseUrl, patientBooking()).set('Origin', app.baseUrl).expect(201);
  });

  it('accepts requests without an Origin (not from a browser page), which CORS cannot restrict anyway', async () => {
    await postBooking(app.baseUrl, patientBooking()).expect(201);
  });

  it('keeps the booking settings readable from any site: they are public, cacheable content', async () => {
    const response = await request(app.baseUrl).get('/api/smp-kit/booking').set('Origin', OTHER_SITE).expect(200);
    assert.equal(header(response, 'access-control-allow-origin'), OTHER_SITE);
  });

  it('lets an allowed site read the 400 that names a bad field', async () => {
    const response = await postBooking(app.baseUrl, patientBooking({ email: 'nope' }), newKey()).set('Origin', CLINIC_SITE).expect(400);
    assert.equal(header(response, 'access-control-allow-origin'), CLINIC_SITE);
  });
});
