import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { Knex } from 'knex';
import { BOOKING_REQUESTS_PATH, patientBooking } from '../helpers/booking.ts';
import { openCmsDatabase, storedBookings } from '../helpers/booking-database.ts';
import { startCmsProcess, type CmsProcess } from '../helpers/cms-process.ts';
import { createLoadClient, runConcurrently, type LoadResponse } from '../helpers/http-load.ts';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.ts';

// `npm test` sends 1,000 (plus 10 % repeats) per wave; `npm run soak` sends 10,000.
const REQUESTS = Number(process.env.SMP_KIT_SOAK_REQUESTS) || 1000;
const CONCURRENCY = 100;
// Slot bookings in the SIGKILL test: each patient a time of their own, so every one should be held.
const SLOT_BOOKINGS = Math.min(REQUESTS / 5, 300);
// Patients come from 200 loopback addresses (127.0.0.2-201), so each stays far under the rate limit.
const CLIENT_ADDRESSES = 200;

interface PlannedRequest {
  key: string;
  body: Record<string, unknown>;
  repeat: boolean;
  /** The patient's address: a repeat comes from the same one. */
  localAddress: string;
}

interface Sent extends PlannedRequest {
  response: LoadResponse;
}

/** `count` new requests, each with its own key, and after every tenth a repeat of an earlier one. */
function planWave(keyPrefix: string, count: number): PlannedRequest[] {
  const planned: PlannedRequest[] = [];
  const originals: PlannedRequest[] = [];
  for (let index = 0; index < count; index += 1) {
    const original = { key: `${keyPrefix}${index}`, body: patientBooking({ name: `Load Patient ${index}` }), repeat: false, localAddress: `127.0.0.${2 + (index % CLIENT_ADDRESSES)}` };
    originals.push(original);
    planned.push(original);
    if (index % 10 === 9) planned.push({ ...originals[Math.floor(Math.random() * originals.length)]!, repeat: true });
  }
  return planned;
}

const referenceOf = (response: LoadResponse) => (response.body as { data?: { reference?: string } } | null)?.data?.reference;
const isStored = (response: LoadResponse) => response.status === 201 || response.status === 200;

function describeStatuses(sent: Array<{ response: LoadResponse }>): string {
  const counts = new Map<string, number>();
  for (const { response } of sent) {
    const label = response.status === null ? `no answer (${response.error})` : String(response.status);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => `${label}: ${count}`).join(', ');
}

/** Every key answered with one 201, replays answered 200 with the same reference, and exactly that row stored. */
async function assertOneRowPerKey(db: Knex, keyPrefix: string, sent: Sent[]): Promise<void> {
  const byKey = new Map<string, Sent[]>();
  for (const request of sent) byKey.set(request.key, [...(byKey.get(request.key) ?? []), request]);
  for (const [key, answers] of byKey) {
    assert.equal(answers.filter(({ response }) => response.status === 201).length, 1, `key ${key}: one answer creates (${answers.map(({ response }) => response.status).join(', ')})`);
    assert.equal(new Set(answers.map(({ response }) => referenceOf(response))).size, 1, `key ${key}: repeats answer the same reference`);
  }
  const rows = await storedBookings(db, keyPrefix);
  assert.equal(rows.length, byKey.size, 'exactly one stored row per key');
  for (const row of rows) assert.equal(row.reference, referenceOf(byKey.get(row.idempotencyKey)![0]!.response), `the row of ${row.idempotencyKey} has the reference its patient was given`);
}

/** The load and SIGKILL tests on one database; each database's file runs beside the other's. */
export function bookingLoadSuite(database: 'sqlite' | 'postgres'): void {
  describe(`booking requests under load on ${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: none lost, none doubled, not even by SIGKILL`, () => {
    const runId = randomBytes(4).toString('hex');
    let postgres: PostgresCluster | undefined;
    let databaseEnv: Record<string, string> = {};
    let cms: CmsProcess;
    let dataDir: string;
    let db: Knex;
    const cmsEnv = () => ({
      ...databaseEnv,
      NODE_ENV: 'production',
      SMP_KIT_SEED: 'false',
      // The highest limits the config accepts: attempts are counted as always, but must not refuse anyone here.
      SMP_KIT_BOOKING_RATE_PER_MINUTE: '1000',
      SMP_KIT_BOOKING_RATE_PER_DAY: '100000',
    });

    before(async () => {
      if (database === 'postgres') {
        postgres = await startPostgres();
        databaseEnv = await postgres.createDatabase('smp_kit_load');
      }
      cms = await startCmsProcess({ env: cmsEnv() });
      dataDir = cms.dataDir;
      db = openCmsDatabase(databaseEnv, dataDir);
    });

    after(async () => {
      await cms?.stop();
      await db?.destroy();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      await postgres?.stop();
    });

    /** Sends the wave and SIGKILLs the server once half of it is answered (the rest dies in flight or finds no server). */
    async function sendAndKillHalfway<Request extends Omit<PlannedRequest, 'repeat'>>(planned: Request[]): Promise<{ sent: Array<Request & { response: LoadResponse }>; answered: number }> {
      const client = createLoadClient(cms.baseUrl, CONCURRENCY);
      let answered = 0;
      let killing: Promise<void> | undefined;
      const sent = await runConcurrently(planned, CONCURRENCY, async (request) => {
        const response = await client.postJson(BOOKING_REQUESTS_PATH, request.body, { 'Idempotency-Key': request.key }, { localAddress: request.localAddress });
        if (response.status !== null) answered += 1;
        if (answered >= planned.length / 2) killing ??= cms.kill();
        return { ...request, response };
      });
      await killing;
      client.close();
      assert.ok(killing, 'the server was killed');
      return { sent, answered };
    }

    if (database === 'sqlite') {
      it('runs SQLite in WAL mode (set by config/database.ts)', async () => {
        const [{ journal_mode: journalMode }] = await db.raw('pragma journal_mode');
        assert.equal(journalMode, 'wal');
      });
    }

    it(`stores ${REQUESTS} concurrent booking requests and their repeats exactly once each, without a 5xx`, async (t: TestContext) => {
      const keyPrefix = `load-${runId}-first-`;
      const client = createLoadClient(cms.baseUrl, CONCURRENCY);
      const startedAt = performance.now();
      const sent = await runConcurrently(planWave(keyPrefix, REQUESTS), CONCURRENCY, async (request) => ({
        ...request,
        response: await client.postJson(BOOKING_REQUESTS_PATH, request.body, { 'Idempotency-Key': request.key }, { localAddress: request.localAddress }),
      }));
      const seconds = (performance.now() - startedAt) / 1000;
      client.close();
      t.diagnostic(`${database}: ${sent.length} requests (${REQUESTS} keys) in ${seconds.toFixed(1)} s, ${(sent.length / seconds).toFixed(0)} req/s at ${CONCURRENCY} concurrent; ${describeStatuses(sent)}`);

      assert.deepEqual(sent.filter(({ response }) => !isStored(response)).map(({ key, response }) => `${key}: ${response.status ?? response.error}`), [], 'every request is answered 201 or 200');
      await assertOneRowPerKey(db, keyPrefix, sent);
    });

    it('keeps every request answered 201 when the server is SIGKILLed halfway through a wave, and stores the unanswered ones once on retry', async (t: TestContext) => {
      const keyPrefix = `load-${runId}-killed-`;
      const planned = planWave(keyPrefix, REQUESTS);
      const { sent, answered } = await sendAndKillHalfway(planned);
      const unanswered = sent.filter(({ response }) => response.status === null);
      t.diagnostic(`${database}: SIGKILL after ${answered} of ${sent.length} answers; ${describeStatuses(sent)}`);
      assert.ok(unanswered.length > 0, 'requests were still in flight or waiting when the server died');
      assert.deepEqual(sent.filter(({ response }) => response.status !== null && !isStored(response)).map(({ response }) => response.status), [], 'no answered request failed (no 5xx)');

      // Given the server restarted on the same database
      cms = await startCmsProcess({ env: cmsEnv(), dataDir });
      // Then every request that was answered 201 (or 200) is stored with the reference it was given
      const rows = new Map((await storedBookings(db, keyPrefix)).map((row) => [row.idempotencyKey, row.reference]));
      const missing = sent.filter(({ key, response }) => isStored(response) && rows.get(key) !== referenceOf(response)).map(({ key }) => key);
      assert.deepEqual(missing, [], 'every answered request survived the SIGKILL');
      t.diagnostic(`${database}: after restart ${rows.size} rows stored for ${new Set(sent.filter(({ response }) => isStored(response)).map(({ key }) => key)).size} answered keys`);

      // When the patients' widgets retry the unanswered requests with the same keys
      const client2 = createLoadClient(cms.baseUrl, CONCURRENCY);
      const retried = await runConcurrently(unanswered, CONCURRENCY, async (request) => ({
        ...request,
        response: await client2.postJson(BOOKING_REQUESTS_PATH, request.body, { 'Idempotency-Key': request.key }, { localAddress: request.localAddress }),
      }));
      client2.close();
      t.diagnostic(`${database}: retried ${retried.length} unanswered requests after the restart; ${describeStatuses(retried)}`);
      // Then each is stored exactly once: answered 200 if it had reached the database before the kill
      assert.deepEqual(retried.filter(({ response }) => !isStored(response)).map(({ response }) => response.status ?? response.error), [], 'every retry is answered 201 or 200');
      const after = await storedBookings(db, keyPrefix);
      assert.equal(after.length, new Set(planned.map(({ key }) => key)).size, 'exactly one row per key of the wave');
      const finalReference = new Map<string, string | undefined>();
      for (const { key, response } of [...sent, ...retried]) if (isStored(response)) finalReference.set(key, finalReference.get(key) ?? referenceOf(response));
      for (const row of after) assert.equal(row.reference, finalReference.get(row.idempotencyKey), `the row of ${row.idempotencyKey} has the reference its patient was given`);
    });

    it(`keeps every acknowledged slot booking with its time held when SIGKILLed halfway through ${SLOT_BOOKINGS} patients booking, and holds no time without a request`, async (t: TestContext) => {
      // The clinic's first admin sets up a location open every day, one consultation at a time.
      const registered = await fetch(`${cms.baseUrl}/admin/register-admin`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ firstname: 'Load', lastname: 'Tester', email: `load-${runId}@clinic.example`, password: 'LoadTest-Passw0rd' }),
      });
      assert.equal(registered.status, 200, await registered.clone().text());
      const { token } = ((await registered.json()) as { data: { token: string } }).data;
      const location = await fetch(`${cms.baseUrl}/content-manager/collection-types/plugin::smp-kit.booking-location`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ name: 'Load studio', slug: 'load', timeZone: 'Europe/London', weeklyHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '09:00', closes: '17:00' }], consultationMinutes: 60, serviceMinutes: [], bufferMinutes: 0, minimumNoticeHours: 0, bookingWindowDays: 90, closures: [], capacity: 1 }),
      });
      assert.equal(location.status, 201, await location.clone().text());
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const availability = (await (await fetch(`${cms.baseUrl}/api/smp-kit/availability?location=load&from=${day(2)}&to=${day(60)}`)).json()) as { data: { slots: { start: string }[] } };
      const starts = availability.data.slots.slice(0, SLOT_BOOKINGS).map((slot) => slot.start);
      assert.equal(starts.length, SLOT_BOOKINGS, 'a free time for every patient');

      const keyPrefix = `load-${runId}-slots-`;
      const planned = starts.map((start, index) => ({
        key: `${keyPrefix}${index}`,
        body: patientBooking({ email: `slot${index}@patient.example`, slot: { location: 'load', start } }),
        localAddress: `127.0.0.${2 + (index % CLIENT_ADDRESSES)}`,
        start,
      }));
      const { sent, answered } = await sendAndKillHalfway(planned);
      t.diagnostic(`${database}: SIGKILL after ${answered} of ${sent.length} slot bookings; ${describeStatuses(sent)}`);
      assert.ok(sent.some(({ response }) => response.status === null), 'bookings were still in flight when the server died');
      assert.deepEqual(sent.filter(({ response }) => response.status !== null && response.status !== 201).map(({ response }) => response.status), [], 'no answered booking failed or lost its time');

      // Given the server restarted on the same database
      cms = await startCmsProcess({ env: cmsEnv(), dataDir });
      const requests = await db('smp_kit_booking_requests').where('idempotency_key', 'like', `${keyPrefix}%`).select('idempotency_key', 'reference', 'slot_start');
      const held = (await db('smp_kit_booking_slots').where('location', 'load').select('reference').count({ cells: '*' }).groupBy('reference')) as unknown as { reference: string; cells: number | string }[];
      const cellsOf = new Map(held.map((row) => [row.reference, Number(row.cells)]));
      const byKey = new Map(requests.map((row: { idempotency_key: string; reference: string; slot_start: string | number | Date }) => [row.idempotency_key, row]));
      // Then every booking answered 201 is stored with its time, and its time is held (12 cells of 5 minutes)
      for (const { key, start, response } of sent.filter(({ response }) => response.status === 201)) {
        const row = byKey.get(key);
        assert.ok(row, `${key} was answered 201 and is stored`);
        assert.equal(row.reference, referenceOf(response));
        assert.equal(new Date(typeof row.slot_start === 'string' && /^\d+$/.test(row.slot_start) ? Number(row.slot_start) : row.slot_start).toISOString(), new Date(start).toISOString());
        assert.equal(cellsOf.get(row.reference), 12, `${key}'s hour is held`);
      }
      // And no time is held for a request the kill lost: the hold and the request are one transaction
      const stored = new Set(requests.map((row: { reference: string }) => row.reference));
      assert.deepEqual([...cellsOf.keys()].filter((reference) => !stored.has(reference)), [], 'no held time without its request');

      // When the unanswered patients retry with the same keys, each books the time it asked for
      const client2 = createLoadClient(cms.baseUrl, CONCURRENCY);
      const retried = await runConcurrently(
        sent.filter(({ response }) => response.status === null),
        CONCURRENCY,
        async (request) => ({ ...request, response: await client2.postJson(BOOKING_REQUESTS_PATH, request.body, { 'Idempotency-Key': request.key }, { localAddress: request.localAddress }) }),
      );
      client2.close();
      assert.deepEqual(retried.filter(({ response }) => !isStored(response)).map(({ key, response }) => `${key}: ${response.status}`), [], 'every retry is booked (201) or replayed (200)');
      assert.equal((await storedBookings(db, keyPrefix)).length, SLOT_BOOKINGS, 'one request per patient');
    });
  });
}
