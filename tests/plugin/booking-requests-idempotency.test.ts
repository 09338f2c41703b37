import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bookingRequestReceivedSchema } from '@smp-kit/schema';
import { BOOKING_REQUEST_UID, countBookingRequests, newKey, patientBooking, postBooking, startBookingStrapi } from '../helpers/booking.ts';
import { header } from '../helpers/http.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';

const rowsWithKey = (app: RunningStrapi, idempotencyKey: string) => app.strapi.db.query(BOOKING_REQUEST_UID).count({ where: { idempotencyKey } });

describe('POST /api/smp-kit/booking-requests: one request per Idempotency-Key, on a real Strapi', () => {
  let app: RunningStrapi;

  before(async () => {
    app = await startBookingStrapi();
  });
  after(() => app?.stop());

  it('answers a repeat with the same reference and stores nothing new', async () => {
    const key = newKey();
    const first = await postBooking(app.baseUrl, patientBooking(), key).expect(201);
    const before = await countBookingRequests(app.strapi);
    const repeat = await postBooking(app.baseUrl, patientBooking(), key).expect(200);
    assert.equal(repeat.body.data.reference, first.body.data.reference);
    assert.equal(header(repeat, 'idempotent-replayed'), 'true');
    assert.deepEqual(bookingRequestReceivedSchema.parse(repeat.body), bookingRequestReceivedSchema.parse(first.body));
    assert.equal(await countBookingRequests(app.strapi), before);
    assert.equal(await rowsWithKey(app, key), 1);
  });

  it('stores exactly one row when 20 repeats of a request arrive at the same time', async () => {
    const key = newKey();
    const responses = await Promise.all(Array.from({ length: 20 }, () => postBooking(app.baseUrl, patientBooking(), key)));
    assert.deepEqual(
      responses.map((response) => response.status).sort(),
      [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201],
      'one creates, the others are answered as replays',
    );
    assert.equal(new Set(responses.map((response) => response.body.data.reference)).size, 1, 'all twenty see the same reference');
    assert.equal(await rowsWithKey(app, key), 1);
  });

  it('answers from the stored row when a concurrent repeat wins the race to the database', async () => {
    // SQLite serialises the twenty above so tightly that the look-up usually finds the winner;
    // here another request stores the same key between our look-up and our insert, every time.
    const key = newKey();
    let raced = false;
    app.strapi.documents.use(async (context, next) => {
      const data = (context.params as { data?: Record<string, unknown> }).data;
      if (context.uid === BOOKING_REQUEST_UID && context.action === 'create' && data?.idempotencyKey === key && !raced) {
        raced = true;
        await app.strapi.db.query(BOOKING_REQUEST_UID).create({ data: { ...data, reference: 'SMP-WWWWW' } });
      }
      return next();
    });
    const response = await postBooking(app.baseUrl, patientBooking(), key).expect(200);
    assert.ok(raced, 'the competing insert happened');
    assert.equal(response.body.data.reference, 'SMP-WWWWW', 'the row that reached the database first decides');
    assert.equal(await rowsWithKey(app, key), 1);
  });

  it('keeps the key unique in the database itself, not only in the plugin', async () => {
    const key = newKey();
    await postBooking(app.baseUrl, patientBooking(), key).expect(201);
    const [row] = await app.strapi.db.connection('smp_kit_booking_requests').where({ idempotency_key: key }).select('*');
    const copy = { ...row, id: undefined, document_id: 'copy-of-row', reference: 'SMP-22222' };
    await assert.rejects(app.strapi.db.connection('smp_kit_booking_requests').insert(copy), /UNIQUE|unique/);
  });

  it('refuses (422) a key reused for a different request, and keeps the first', async () => {
    const key = newKey();
    const first = await postBooking(app.baseUrl, patientBooking({ name: 'First Patient' }), key).expect(201);
    const other = await postBooking(app.baseUrl, patientBooking({ name: 'Second Patient' }), key).expect(422);
    assert.deepEqual(other.body.error.details.errors[0].path, ['Idempotency-Key']);
    assert.match(other.body.error.message, /already used for a different booking request/);
    const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { idempotencyKey: key } });
    assert.equal(stored.name, 'First Patient');
    assert.equal(stored.reference, first.body.data.reference);
  });

  it('gives different requests different references', async () => {
    const references = new Set<string>();
    for (let index = 0; index < 10; index += 1) {
      const response = await postBooking(app.baseUrl, patientBooking()).expect(201);
      references.add(response.body.data.reference);
    }
    assert.equal(references.size, 10);
  });
});
