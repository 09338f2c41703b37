// Upgrading: the current plugin boots on a database SMP Kit 0.1.0 made (tests/fixtures/databases),
// runs its content migrations once, and keeps every entry an editor or a patient left there
// (results without a patient consent record stay, as drafts, off the website).
import assert from 'node:assert/strict';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import request from 'supertest';
import { bookingRequestReceivedSchema, faqListResponseSchema, transformationListResponseSchema } from '@smp-kit/schema';
import { BOOKING_REQUEST_UID, liftRateLimits, patientBooking, postBooking } from '../helpers/booking.ts';
import { preparePublicDir, startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';
import { TRANSFORMATION_UID } from '../helpers/transformation-documents.ts';

const fixture = fileURLToPath(new URL('../fixtures/databases/smp-kit-0.1.0.sqlite.gz', import.meta.url));
const MIGRATION = 'smp-kit::booking-request-2-plain-text';

const stored = async (app: RunningStrapi) =>
  Object.fromEntries(
    (await app.strapi.db.query(BOOKING_REQUEST_UID).findMany({ select: ['reference', 'name', 'message', 'email'] })).map((row) => [row.reference, { name: row.name, message: row.message, email: row.email }]),
  );
const migrationRuns = async (app: RunningStrapi) => (await app.strapi.db.connection('strapi_migrations_internal').where({ name: MIGRATION })).length;

describe('upgrading a database made by SMP Kit 0.1.0', () => {
  let dataDir: string;
  let app: RunningStrapi;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'smp-kit-upgrade-'));
    await preparePublicDir(dataDir);
    await pipeline(createReadStream(fixture), createGunzip(), createWriteStream(join(dataDir, 'data.db')));
    app = await startStrapi({ dataDir });
  });

  after(async () => {
    await app?.stop();
  });

  it('rewrites booking requests 0.1.0 accepted with control characters as the form now accepts them', async () => {
    assert.deepEqual(await stored(app), {
      'SMP-Q93RB': { name: 'Clean Patient', message: 'Line one\nLine two\twith a tab', email: 'clean.patient@example.com' },
      'SMP-32ZR8': { name: 'NulPatient', message: 'Beforeafter', email: 'nul.patient@example.com' },
      'SMP-XSYHQ': { name: 'Escape Patient', message: 'Bell escape[31m red\nlone CR\r\nCRLF kept', email: 'escape.patient@example.com' },
    });
    assert.equal(await migrationRuns(app), 1, `${MIGRATION} is recorded once`);
  });

  it('keeps the published content and answers the public routes as before', async () => {
    const faqs = faqListResponseSchema.parse((await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200)).body);
    assert.equal(faqs.data[0]?.question, 'What is scalp micropigmentation (SMP)?');
    assert.equal(faqs.data.length, 12, "the demo's 12 published English questions are all there");
    const german = faqListResponseSchema.parse((await request(app.baseUrl).get('/api/smp-kit/faqs?locale=de').expect(200)).body);
    assert.equal(german.data.length, faqs.data.length, 'and its German translation');
    await request(app.baseUrl).get('/api/smp-kit/booking').expect(200);
  });

  it('takes the before/after results 0.1.0 published without a consent record off the website, keeping them for the editor', async () => {
    const results = transformationListResponseSchema.parse((await request(app.baseUrl).get('/api/smp-kit/transformations').expect(200)).body);
    assert.deepEqual(results.data, [], 'no result without a recorded patient consent is shown');
    const rows = await app.strapi.db.query(TRANSFORMATION_UID).findMany({ select: ['slug', 'locale', 'publishedAt', 'consentStatus', 'unpublishedReason'] });
    assert.equal(rows.length, 8, 'all four results are kept, in English and German, as drafts');
    for (const row of rows) {
      assert.equal(row.publishedAt, null, `${row.slug} (${row.locale}) is unpublished`);
      assert.equal(row.consentStatus, 'missing');
      assert.match(row.unpublishedReason, /^Taken off the website on \d{4}-\d{2}-\d{2}: No patient consent for the website is recorded/);
    }
  });

  it('runs the migration once: a second start on the upgraded database changes nothing', async () => {
    const before = await stored(app);
    await app.stop({ keepData: true });
    app = await startStrapi({ dataDir });
    assert.deepEqual(await stored(app), before);
    assert.equal(await migrationRuns(app), 1);
  });

  it('takes new booking requests after the upgrade', async () => {
    liftRateLimits(app.strapi);
    const response = await postBooking(app.baseUrl, patientBooking({ name: 'After Upgrade' })).expect(201);
    const { reference } = bookingRequestReceivedSchema.parse(response.body).data;
    assert.equal((await stored(app))[reference]?.name, 'After Upgrade');
    assert.equal(await app.strapi.documents(BOOKING_REQUEST_UID).count({}), 4);
  });
});
