import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiErrorResponseSchema } from '@smp-kit/schema';
import { BOOKING_REQUEST_UID, countBookingRequests, newKey, patientBooking, postBooking, startBookingStrapi } from '../helpers/booking.ts';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';
import { hostileCorpus, ignoredQueries } from './hostile-corpus.ts';
import { sendRaw } from './raw-request.ts';

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

/** The hostile corpus against one real Strapi on SQLite or on PostgreSQL (which refuses some text SQLite keeps, such as NUL). */
export function hostileInputSuite(database: 'sqlite' | 'postgres') {
  describe(`hostile input against every public route, on one real Strapi (${database})`, () => {
    let app: RunningStrapi;
    let postgres: PostgresCluster | undefined;
    let storedBefore: number;
    const cleanPrototype = prototypeNames();
    const failures: string[] = [];

    before(async () => {
      if (database === 'postgres') postgres = await startPostgres();
      app = await startBookingStrapi({}, { database: await postgres?.createDatabase('smp_kit_hostile') });
      storedBefore = await countBookingRequests(app.strapi);
    });
    after(async () => {
      await app?.stop();
      await postgres?.stop();
    });

    it(`answers each of the ${hostileCorpus.length} hostile requests with a 4xx JSON error that names the problem`, async () => {
      assert.ok(hostileCorpus.length >= 300, `the corpus has ${hostileCorpus.length} requests`);
      for (const hostile of hostileCorpus) {
        const headers = { ...hostile.headers };
        if (hostile.method === 'POST' && !hostile.noKey && !Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key')) headers['Idempotency-Key'] = newKey();
        const response = await sendRaw(app.baseUrl, {
          method: hostile.method,
          path: hostile.path,
          headers,
          body: hostile.body,
        });
        const problem = (() => {
          if (!hostile.status.includes(response.status)) return `answered ${response.status}, expected ${hostile.status.join(' or ')}`;
          if (!String(response.headers['content-type']).startsWith('application/json')) return `answered ${response.headers['content-type']}, not JSON`;
          const envelope = apiErrorResponseSchema.safeParse(response.json);
          if (!envelope.success) return `answered a body that is not the error envelope: ${response.text.slice(0, 200)}`;
          if (envelope.data.error.status !== response.status) return `the envelope says ${envelope.data.error.status}`;
          const said = `${envelope.data.error.message} ${JSON.stringify(envelope.data.error.details ?? {})}`;
          if (!hostile.mentions.test(said)) return `the error does not mention ${hostile.mentions}: ${said.slice(0, 300)}`;
          return null;
        })();
        if (problem) failures.push(`${hostile.method} ${hostile.name}: ${problem}`);
      }
      assert.deepEqual(failures, []);
    });

    it('ignores query parameters a route does not know, without polluting anything', async () => {
      for (const path of ignoredQueries) {
        const response = await sendRaw(app.baseUrl, { method: 'GET', path });
        assert.equal(response.status, 200, `${path} answered ${response.status}: ${response.text.slice(0, 200)}`);
        assert.ok(response.json && typeof response.json === 'object' && 'data' in response.json, `${path} answered JSON data`);
      }
    });

    it('stored nothing and left Object.prototype as it was', async () => {
      assert.equal(await countBookingRequests(app.strapi), storedBefore, 'no hostile request was stored');
      assert.deepEqual(prototypeNames(), cleanPrototype, 'Object.prototype gained no property');
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('is still healthy afterwards: /_health answers and a real booking is stored', async () => {
      assert.equal((await sendRaw(app.baseUrl, { method: 'GET', path: '/_health' })).status, 204);
      await postBooking(app.baseUrl, patientBooking()).expect(201);
      assert.equal(await countBookingRequests(app.strapi), storedBefore + 1);
    });

    it('stores text that only looks dangerous exactly as sent, in the free-text fields', async () => {
      // Names and messages may hold any script and any markup-like text: they are data, shown as text.
      const texts = [
        "Robert'); DROP TABLE smp_kit_booking_requests;--",
        '<script>alert(1)</script> <img src=x onerror=alert(1)>',
        'محمد الأحمد',
        'Zoë 👩🏽‍⚕️ Ørsted',
        'आदित्य कुमार',
        'ناصر\u200cعلی',
        'Two lines,\nthen a\ttab',
        'A Windows client:\r\nline two',
      ];
      for (const text of texts) {
        const response = await postBooking(app.baseUrl, patientBooking({ name: text.slice(0, 120), message: text })).expect(201);
        assert.ok(!response.text.includes(text), 'the answer does not echo it back');
        const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { reference: response.body.data.reference } });
        assert.equal(stored.message, text);
        assert.equal(stored.name, text.slice(0, 120));
      }
    });
  });
}
