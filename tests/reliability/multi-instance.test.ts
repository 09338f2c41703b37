import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Knex } from 'knex';
import { BOOKING_REQUESTS_PATH, patientBooking } from '../helpers/booking.ts';
import { countStoredBookings, openCmsDatabase, storedBookings } from '../helpers/booking-database.ts';
import { startCmsProcess, type CmsProcess } from '../helpers/cms-process.ts';
import { createLoadClient } from '../helpers/http-load.ts';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.ts';
import { strapiSecrets } from '../helpers/strapi-harness.ts';

const EDITOR = { email: 'editor@clinic.example', password: 'MultiInstancePassw0rd' };
// Short enough to wait for; the default is 60 s, the same as the public max-age.
const CACHE_TTL_SECONDS = 3;
const BOOKINGS_PER_DAY = 30;

interface FaqDto {
  question: string;
}

async function publicFaqs(baseUrl: string): Promise<FaqDto[]> {
  const response = await fetch(`${baseUrl}/api/smp-kit/faqs?locale=en`);
  assert.equal(response.status, 200);
  return ((await response.json()) as { data: FaqDto[] }).data;
}

/** Edits a FAQ entry's question and publishes it, as an editor does in the admin (Content Manager API). */
async function publishQuestion(baseUrl: string, oldQuestion: string, newQuestion: string): Promise<void> {
  const login = await fetch(`${baseUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(EDITOR) });
  assert.equal(login.status, 200, 'the editor can log in');
  const headers = { Authorization: `Bearer ${((await login.json()) as { data: { token: string } }).data.token}`, 'Content-Type': 'application/json' };
  const model = 'plugin::smp-kit.faq';
  const list = await fetch(`${baseUrl}/content-manager/collection-types/${model}?locale=en&pageSize=100`, { headers });
  assert.equal(list.status, 200);
  const entry = ((await list.json()) as { results: { documentId: string; question: string }[] }).results.find((result) => result.question === oldQuestion);
  assert.ok(entry, `the entry "${oldQuestion}" is in the admin`);
  const published = await fetch(`${baseUrl}/content-manager/collection-types/${model}/${entry.documentId}/actions/publish?locale=en`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ question: newQuestion }),
  });
  assert.equal(published.status, 200, await published.text());
}

describe('two cms instances on one PostgreSQL database', () => {
  let postgres: PostgresCluster;
  let databaseEnv: Record<string, string>;
  let first: CmsProcess;
  let second: CmsProcess;
  let db: Knex;

  before(async () => {
    postgres = await startPostgres();
    databaseEnv = await postgres.createDatabase('smp_kit_multi');
    // What every instance behind a load balancer shares: the database, the secrets (APP_KEYS salts the IP hashes) and the config.
    const shared = {
      ...databaseEnv,
      ...strapiSecrets(),
      SMP_KIT_ADMIN_EMAIL: EDITOR.email,
      SMP_KIT_ADMIN_PASSWORD: EDITOR.password,
      SMP_KIT_RESPONSE_CACHE_TTL_SECONDS: String(CACHE_TTL_SECONDS),
      SMP_KIT_BOOKING_RATE_PER_MINUTE: '1000',
      SMP_KIT_BOOKING_RATE_PER_DAY: String(BOOKINGS_PER_DAY),
    };
    // One after the other, as a rolling deploy does: the first creates the schema and seeds.
    first = await startCmsProcess({ env: shared });
    second = await startCmsProcess({ env: shared });
    db = openCmsDatabase(databaseEnv, first.dataDir);
  });

  after(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await db?.destroy();
    await postgres?.stop();
  });

  it('serves content published through one instance from the other within the cache lifetime', async () => {
    // Given both instances have the FAQ in their response cache
    const [entry] = await publicFaqs(second.baseUrl);
    assert.ok(entry, 'the seeded FAQ is served');
    assert.deepEqual(await publicFaqs(first.baseUrl), await publicFaqs(second.baseUrl));

    // When an editor publishes a new question through the first instance
    const newQuestion = `${entry.question} (updated ${randomBytes(3).toString('hex')})`;
    await publishQuestion(first.baseUrl, entry.question, newQuestion);

    // Then the first serves it at once, and the second once its cached copy expires
    assert.ok((await publicFaqs(first.baseUrl)).some((faq) => faq.question === newQuestion), 'the publishing instance serves the new question');
    const deadline = Date.now() + CACHE_TTL_SECONDS * 1000 + 5000;
    let served = false;
    while (!served && Date.now() < deadline) {
      served = (await publicFaqs(second.baseUrl)).some((faq) => faq.question === newQuestion);
      if (!served) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(served, `the other instance serves the new question within the cache lifetime (${CACHE_TTL_SECONDS} s)`);
  });

  it('stores one row when the same Idempotency-Key reaches both instances at once', async () => {
    const keyPrefix = `multi-${randomBytes(4).toString('hex')}-`;
    const clients = [createLoadClient(first.baseUrl, 4), createLoadClient(second.baseUrl, 4)];
    for (let round = 0; round < 10; round += 1) {
      const key = `${keyPrefix}${round}`;
      const body = patientBooking({ name: `Twice Sent ${round}` });
      const answers = await Promise.all(clients.map((client) => client.postJson(BOOKING_REQUESTS_PATH, body, { 'Idempotency-Key': key })));
      assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 201], `key ${key}: one instance creates, the other replays`);
      const references = answers.map((answer) => (answer.body as { data: { reference: string } }).data.reference);
      assert.equal(references[0], references[1], `key ${key}: both answer the same reference`);
    }
    clients.forEach((client) => client.close());
    const rows = await storedBookings(db, keyPrefix);
    assert.equal(rows.length, 10, 'one row per key');
  });

  it('applies one rate limit to a client whose requests are split across both instances', async () => {
    // Everything here comes from 127.0.0.1: one client, as both instances hash it alike.
    const keyPrefix = `multi-limit-${randomBytes(4).toString('hex')}-`;
    const room = BOOKINGS_PER_DAY - (await countStoredBookings(db));
    assert.ok(room > 2, `room left today: ${room}`);

    // When room + 10 requests arrive at once, alternating between the instances
    const clients = [createLoadClient(first.baseUrl, 50), createLoadClient(second.baseUrl, 50)];
    const answers = await Promise.all(
      Array.from({ length: room + 10 }, (_, index) => clients[index % 2]!.postJson(BOOKING_REQUESTS_PATH, patientBooking(), { 'Idempotency-Key': `${keyPrefix}${index}` })),
    );
    clients.forEach((client) => client.close());

    // Then exactly the room is accepted, the rest refused with Retry-After, on both instances
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((status) => status === 201).length, room, `accepted ${statuses.join(', ')}`);
    assert.equal(statuses.filter((status) => status === 429).length, 10, `refused ${statuses.join(', ')}`);
    assert.equal((await storedBookings(db, keyPrefix)).length, room);
    assert.equal(await countStoredBookings(db), BOOKINGS_PER_DAY, 'the day\'s limit holds over both instances together');
    for (const instance of [first, second]) {
      const refused = await fetch(`${instance.baseUrl}${BOOKING_REQUESTS_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `${keyPrefix}after-${instance === first ? 'first' : 'second'}` },
        body: JSON.stringify(patientBooking()),
      });
      assert.equal(refused.status, 429, 'either instance refuses the next request');
      assert.ok(Number(refused.headers.get('retry-after')) > 3600, 'the daily limit says to wait hours');
    }
  });
});
