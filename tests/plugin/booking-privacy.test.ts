import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { BOOKING_REQUEST_UID, BOOKING_REQUESTS_PATH, liftRateLimits, newKey, patientBooking, postBooking, saveBookingSettings } from '../helpers/booking.ts';
import { captureOutput } from '../helpers/capture-output.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

// Distinctive values, so any trace of them in a response or a log line is unmistakable.
const PATIENT = {
  name: 'Zebulon Quxworth',
  email: 'zebulon.quxworth@patient.example',
  phone: '+44 20 7946 0777',
  message: 'Private note: alopecia patch behind the left ear',
};

describe('booking requests stay private, on a real Strapi', () => {
  let app: RunningStrapi;
  let documentId: string;
  let reference: string;
  const output = captureOutput();

  before(async () => {
    app = await startStrapi();
    liftRateLimits(app.strapi);
    // A notification address without an email provider: no email, no crash, nothing lost.
    await saveBookingSettings(app.strapi, { notificationEmail: 'frontdesk@clinic.example', retentionDays: 30 });
    const response = await postBooking(app.baseUrl, patientBooking(PATIENT)).expect(201);
    reference = response.body.data.reference;
    const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { reference } });
    documentId = stored.documentId;
  });
  after(async () => {
    output.restore();
    await app?.stop();
  });

  it('offers no public route that lists or reads booking requests', async () => {
    const probes: Array<[string, request.Test]> = [
      [`GET ${BOOKING_REQUESTS_PATH}`, request(app.baseUrl).get(BOOKING_REQUESTS_PATH)],
      ['GET one request by document id', request(app.baseUrl).get(`${BOOKING_REQUESTS_PATH}/${documentId}`)],
      ['GET requests filtered by reference', request(app.baseUrl).get(`${BOOKING_REQUESTS_PATH}?filters[reference]=${reference}`)],
      ['GET /api/booking-requests', request(app.baseUrl).get('/api/booking-requests')],
      ['GET /api/booking-requests/:id', request(app.baseUrl).get(`/api/booking-requests/${documentId}`)],
      ['GET /api/smp-kit/booking-request/:id', request(app.baseUrl).get(`/api/smp-kit/booking-request/${documentId}`)],
      ['PUT one request', request(app.baseUrl).put(`${BOOKING_REQUESTS_PATH}/${documentId}`).send({ data: { requestStatus: 'closed' } })],
      ['DELETE one request', request(app.baseUrl).delete(`${BOOKING_REQUESTS_PATH}/${documentId}`)],
      ['the admin list without a login', request(app.baseUrl).get(`/content-manager/collection-types/${BOOKING_REQUEST_UID}`)],
      ['the admin entry without a login', request(app.baseUrl).get(`/content-manager/collection-types/${BOOKING_REQUEST_UID}/${documentId}`)],
    ];
    for (const [what, probe] of probes) {
      const response = await probe;
      assert.ok([401, 403, 404, 405].includes(response.status), `${what} answered ${response.status}`);
      for (const value of Object.values(PATIENT)) assert.ok(!response.text.includes(value), `${what} leaked "${value}"`);
      assert.ok(!response.text.includes(reference), `${what} leaked the reference`);
    }
    const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { reference } });
    assert.equal(stored.requestStatus, 'new', 'nothing changed it');
  });

  it('never shows the notification address or retention period on the public settings route', async () => {
    const response = await request(app.baseUrl).get('/api/smp-kit/booking').expect(200);
    assert.ok(!response.text.includes('frontdesk@clinic.example'));
    assert.ok(!('notificationEmail' in response.body.data) && !('retentionDays' in response.body.data));
  });

  it('keeps a salted hash of the client IP, never the IP itself', async () => {
    const row = await app.strapi.db.connection('smp_kit_booking_requests').where({ reference }).first();
    assert.match(row.ip_hash, /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(row).includes('127.0.0.1'), 'the raw IP appears nowhere in the row');
    const { createHash } = await import('node:crypto');
    assert.notEqual(row.ip_hash, createHash('sha256').update('127.0.0.1').digest('hex'), 'an unsalted hash could be reversed by trying every IP');
  });

  it('stores what the patient sent, with the consent time and the consent text they agreed to', async () => {
    const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { reference } });
    assert.equal(stored.name, PATIENT.name);
    assert.equal(stored.email, PATIENT.email);
    assert.equal(stored.message, PATIENT.message);
    assert.equal(stored.service, 'scar-camouflage');
    assert.equal(stored.requestStatus, 'new');
    assert.deepEqual(stored.utm, { source: 'newsletter', medium: 'email', campaign: 'spring' });
    assert.equal(stored.pageUrl, 'https://www.example-clinic.com/smp?utm_source=newsletter');
    assert.ok(Math.abs(Date.parse(stored.consentedAt) - Date.now()) < 60_000, 'consent time is when it was received');
    assert.equal(stored.consentText, 'I agree that the clinic may contact me about this request.');
  });

  it('logs no contact details or message, whatever the request', async () => {
    // Fragments too: a parser's error quotes about ten characters of the body.
    const sensitive = [...Object.values(PATIENT), 'Zebulon', 'zebulon', 'Quxworth', 'quxworth', '7946 0777', 'alopecia patch'];
    const key = newKey();
    const raw = (body: string) => request(app.baseUrl).post(BOOKING_REQUESTS_PATH).set('Content-Type', 'application/json').set('Idempotency-Key', newKey()).send(body);
    // Malformed JSON: a parser's error message quotes part of the body.
    await raw(`{"consent": true, "name": ${PATIENT.name}}`).expect(400);
    await raw(`{"consent": true, "email": ${PATIENT.email}}`).expect(400);
    await Promise.all([
      postBooking(app.baseUrl, patientBooking(PATIENT), key),
      postBooking(app.baseUrl, patientBooking(PATIENT), key),
      postBooking(app.baseUrl, patientBooking(PATIENT), key),
    ]);
    await postBooking(app.baseUrl, patientBooking({ ...PATIENT, name: 'Second Zebulon Quxworth' }), key).expect(422);
    await postBooking(app.baseUrl, patientBooking({ ...PATIENT, email: `${PATIENT.email}@` })).expect(400);
    await postBooking(app.baseUrl, patientBooking({ ...PATIENT, message: `${PATIENT.message} ${'x'.repeat(17_000)}` })).expect(413);
    // A database error quotes the failed SQL with the patient's values.
    await app.strapi.db.connection.schema.alterTable('smp_kit_booking_requests', (table) => table.dropColumn('utm'));
    const failed = await postBooking(app.baseUrl, patientBooking(PATIENT)).expect(500);
    assert.equal(failed.body.error.status, 500);

    const logged = output.text();
    assert.match(logged, /POST \/api\/smp-kit\/booking-requests/, 'the log was captured (requests are logged by method and path)');
    assert.match(logged, /A booking request could not be stored/, 'the failure itself is logged, without the details');
    for (const value of sensitive) assert.ok(!logged.includes(value), `the log contains "${value}"`);
    assert.ok(!logged.includes('frontdesk@clinic.example'), 'nor the notification address');
  });

  it('says once that notifications need an email provider, and still stores the request', () => {
    assert.match(output.text(), /Booking notifications are not sent: configure an email provider/);
  });

  it('deletes requests older than the retention period, and only those', async () => {
    // Rows written directly, dated 31 and 29 days back (the test above also broke normal inserts).
    const table = () => app.strapi.db.connection('smp_kit_booking_requests');
    const now = Date.now();
    const base = { request_status: 'new', name: 'Aged', email: 'aged@example.com', consented_at: now, idempotency_key: '', reference: '' };
    await table().insert({ ...base, document_id: 'aged-31', reference: 'SMP-AAAA3', idempotency_key: 'aged-request-31', created_at: now - 31 * 86_400_000, updated_at: now });
    await table().insert({ ...base, document_id: 'aged-29', reference: 'SMP-AAAA4', idempotency_key: 'aged-request-29', created_at: now - 29 * 86_400_000, updated_at: now });
    const deleted = await app.strapi.plugin('smp-kit').service('booking-retention').purgeExpired();
    assert.equal(deleted, 1);
    const left = (await table().select('reference')).map((row: { reference: string }) => row.reference);
    assert.ok(!left.includes('SMP-AAAA3'), 'the 31-day-old request is gone');
    assert.ok(left.includes('SMP-AAAA4') && left.includes(reference), 'younger requests stay');
  });
});
