import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { apiErrorResponseSchema, bookingRequestReceivedSchema, earliestBookableDate } from '@smp-kit/schema';
import { BOOKING_REQUESTS_PATH, countBookingRequests, newKey, patientBooking, postBooking, startBookingStrapi } from '../helpers/booking.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The field paths a 400 names. */
function namedFields(body: unknown): string[] {
  const envelope = apiErrorResponseSchema.parse(body);
  assert.equal(envelope.error.status, 400);
  return (envelope.error.details?.errors ?? []).map((error) => error.path.join('.'));
}

/** Sends a body without Content-Length (chunked), as a streaming client would. */
function postChunked(baseUrl: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const post = httpRequest(`${baseUrl}${BOOKING_REQUESTS_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() } }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    post.on('error', reject);
    for (const chunk of chunks) post.write(chunk);
    post.end();
  });
}

describe('POST /api/smp-kit/booking-requests: validation, on a real Strapi', () => {
  let app: RunningStrapi;

  before(async () => {
    app = await startBookingStrapi();
  });
  after(() => app?.stop());

  it('stores a valid request and answers 201 with a short human reference', async () => {
    const before = await countBookingRequests(app.strapi);
    const response = await postBooking(app.baseUrl, patientBooking()).expect(201);
    const { data } = bookingRequestReceivedSchema.parse(response.body);
    assert.match(data.reference, /^SMP-[23456789A-HJKMNP-TV-Z]{5}$/);
    assert.equal(data.status, 'received');
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(await countBookingRequests(app.strapi), before + 1);
  });

  it('accepts the least a patient must give: name, email and consent', async () => {
    await postBooking(app.baseUrl, { name: 'Sam', email: 'sam@example.com', consent: true }).expect(201);
    await postBooking(app.baseUrl, patientBooking({ phone: '', preferredDate: '', preferredTime: '', service: '', message: '' })).expect(201);
  });

  it('accepts today as the preferred date, whatever the time zone', async () => {
    await postBooking(app.baseUrl, patientBooking({ preferredDate: earliestBookableDate() })).expect(201);
    await postBooking(app.baseUrl, patientBooking({ preferredDate: new Date().toISOString().slice(0, 10) })).expect(201);
  });

  it('accepts phone numbers written the way people write them', async () => {
    for (const phone of ['+44 20 7946 0000', '(030) 123-4567', '0049.30.1234567', '020 7946 0000']) {
      await postBooking(app.baseUrl, patientBooking({ phone })).expect(201);
    }
  });

  const invalid: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['no name', { name: undefined }, 'name', /enter your name/],
    ['a blank name', { name: '   ' }, 'name', /enter your name/],
    ['a name over 120 characters', { name: 'N'.repeat(121) }, 'name', /120 characters/],
    ['no email', { email: undefined }, 'email', /name@example\.com/],
    ['an email without a domain', { email: 'jane@' }, 'email', /name@example\.com/],
    ['an email over 254 characters', { email: `${'j'.repeat(250)}@example.com` }, 'email', /254/],
    ['a phone number with letters', { phone: 'call me maybe' }, 'phone', /digits/],
    ['a phone number with too few digits', { phone: '12 34' }, 'phone', /digits/],
    ['a date in the past', { preferredDate: daysFromNow(-2) }, 'preferredDate', /today or a later date/],
    ['a date that does not exist', { preferredDate: '2031-02-30' }, 'preferredDate', /date like/],
    ['a date in another format', { preferredDate: '23.04.2031' }, 'preferredDate', /date like/],
    ['a date more than two years ahead', { preferredDate: daysFromNow(800) }, 'preferredDate', /two years/],
    ['an unknown time of day', { preferredTime: 'midnight' }, 'preferredTime', /morning, afternoon or evening/],
    ['a service the clinic does not offer', { service: 'hair-transplant' }, 'service', /services offered: hairline-restoration, scar-camouflage/],
    ['a malformed service', { service: 'Scar Camouflage!' }, 'service', /slug/],
    ['a message over 2,000 characters', { message: 'm'.repeat(2001) }, 'message', /2,000 characters/],
    ['no consent', { consent: undefined }, 'consent', /tick the box/],
    ['consent as the string "true"', { consent: 'true' }, 'consent', /tick the box/],
    ['consent refused', { consent: false }, 'consent', /tick the box/],
    ['a malformed locale', { locale: 'english please' }, 'locale', /language code/],
    ['a page address that is not http(s)', { pageUrl: 'javascript:alert(1)' }, 'pageUrl', /http\(s\)/],
    ['a UTM value over 200 characters', { utm: { source: 's'.repeat(201) } }, 'utm.source', /200 characters/],
    ['a filled-in honeypot', { website: 'https://spam.example' }, 'website', /left empty/],
  ];

  for (const [what, change, field, message] of invalid) {
    it(`answers 400 naming "${field}" for ${what}, and stores nothing`, async () => {
      const before = await countBookingRequests(app.strapi);
      const response = await postBooking(app.baseUrl, patientBooking(change)).expect(400);
      assert.deepEqual(namedFields(response.body), [field]);
      const detail = apiErrorResponseSchema.parse(response.body).error.details!.errors![0]!;
      assert.match(detail.message, message);
      assert.match(response.body.error.message, new RegExp(field.replace('.', '\\.')));
      assert.equal(await countBookingRequests(app.strapi), before);
    });
  }

  it('names every bad field at once, so a form can mark them all', async () => {
    const response = await postBooking(app.baseUrl, { name: '', email: 'nope', consent: false }).expect(400);
    assert.deepEqual(namedFields(response.body), ['name', 'email', 'consent']);
  });

  for (const [what, key] of [
    ['no Idempotency-Key', null],
    ['an Idempotency-Key shorter than 8 characters', 'abc'],
    ['an Idempotency-Key over 128 characters', 'k'.repeat(129)],
    ['an Idempotency-Key with spaces', 'not a valid key'],
  ] as const) {
    it(`answers 400 naming the Idempotency-Key header for ${what}`, async () => {
      const before = await countBookingRequests(app.strapi);
      const response = await postBooking(app.baseUrl, patientBooking(), key).expect(400);
      assert.deepEqual(namedFields(response.body), ['Idempotency-Key']);
      assert.match(response.body.error.message, /Idempotency-Key.*(UUID|8 to 128)/);
      assert.equal(await countBookingRequests(app.strapi), before);
    });
  }

  it('answers 413 with the error envelope for a body over 16 KB', async () => {
    const before = await countBookingRequests(app.strapi);
    const response = await postBooking(app.baseUrl, patientBooking({ message: 'x'.repeat(17 * 1024) })).expect(413);
    assert.deepEqual(apiErrorResponseSchema.parse(response.body).error, { status: 413, name: 'PayloadTooLargeError', message: 'A booking request is at most 16 KB.', details: {} });
    assert.equal(await countBookingRequests(app.strapi), before);
  });

  it('answers 413 also when the body streams in without a Content-Length', async () => {
    const big = JSON.stringify(patientBooking({ message: 'x'.repeat(20 * 1024) }));
    const response = await postChunked(app.baseUrl, [big.slice(0, 5000), big.slice(5000)]);
    assert.equal(response.status, 413);
    assert.equal(JSON.parse(response.body).error.name, 'PayloadTooLargeError');
  });

  it('accepts a chunked body under the limit', async () => {
    const body = JSON.stringify(patientBooking());
    const response = await postChunked(app.baseUrl, [body.slice(0, 40), body.slice(40)]);
    assert.equal(response.status, 201);
  });

  it('refuses a body of several megabytes without reading it, and keeps serving', async () => {
    const before = await countBookingRequests(app.strapi);
    const response = await request(app.baseUrl)
      .post(BOOKING_REQUESTS_PATH)
      .set('Content-Type', 'application/json')
      .set('Idempotency-Key', newKey())
      .send(JSON.stringify(patientBooking({ message: 'x'.repeat(3 * 1024 * 1024) })))
      .catch((error: { response?: { status: number } }) => error.response ?? { status: 0 });
    // The server answers 413 and closes the connection; a client still sending may see the close first.
    assert.ok(response.status === 413 || response.status === 0, `status ${response.status}`);
    assert.equal(await countBookingRequests(app.strapi), before);
    await postBooking(app.baseUrl, patientBooking()).expect(201);
  });

  for (const [what, type, body] of [
    ['plain text', 'text/plain', 'name=Jane'],
    ['a form post', 'application/x-www-form-urlencoded', 'name=Jane&email=jane%40example.com&consent=true'],
    ['multipart form data', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nJane\r\n--x--\r\n'],
  ]) {
    it(`answers 415 with the error envelope for ${what}`, async () => {
      const before = await countBookingRequests(app.strapi);
      const response = await request(app.baseUrl).post(BOOKING_REQUESTS_PATH).set('Content-Type', type!).set('Idempotency-Key', newKey()).send(body).expect(415);
      assert.equal(apiErrorResponseSchema.parse(response.body).error.name, 'UnsupportedMediaTypeError');
      assert.match(response.body.error.message, /application\/json/);
      assert.equal(await countBookingRequests(app.strapi), before);
    });
  }

  it('answers 400 for malformed JSON and for JSON that is not an object', async () => {
    const malformed = await request(app.baseUrl).post(BOOKING_REQUESTS_PATH).set('Content-Type', 'application/json').set('Idempotency-Key', newKey()).send('{"name": "Jane", "email": jane}').expect(400);
    assert.equal(malformed.body.error.message, 'The request body is not valid JSON.');
    const list = await request(app.baseUrl).post(BOOKING_REQUESTS_PATH).set('Content-Type', 'application/json').set('Idempotency-Key', newKey()).send('[1, 2]').expect(400);
    assert.equal(list.body.error.message, 'The request body must be a JSON object.');
  });
});
