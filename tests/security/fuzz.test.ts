import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import * as schemas from '@smp-kit/schema';
import { apiErrorResponseSchema, describeIssues } from '@smp-kit/schema';
import { countBookingRequests, newKey, patientBooking, startBookingStrapi } from '../helpers/booking.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';
import { sendRaw } from './raw-request.ts';

type SafeParser = { safeParse(input: unknown): { success: boolean; error?: Parameters<typeof describeIssues>[0] } };

// Every zod schema the package exports, found at run time so a new schema is fuzzed too.
const exportedSchemas = (Object.entries(schemas) as Array<[string, unknown]>).filter(
  (entry): entry is [string, SafeParser] => entry[0].endsWith('Schema') && typeof (entry[1] as Partial<SafeParser> | undefined)?.safeParse === 'function',
);

// `npm run soak` fuzzes ten times longer than `npm test`.
const runs = (quick: number) => (process.env.SMP_KIT_SOAK_REQUESTS ? quick * 10 : quick);

const BOOKING_FIELDS = Object.keys(patientBooking());
/** Values near the contract and far from it, including the strings attackers reach for. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('', ' ', '\u202E', '\ud800', '<script>alert(1)</script>', "' OR 1=1 --", '__proto__', 'x'.repeat(3000), '2030-02-30', 'morning ', '+44 20 7946 0555', 'a@b.co'),
);
/** A patient booking with some fields replaced, some removed, and sometimes a key nobody expects. */
const nearBooking = fc
  .record({
    replaced: fc.dictionary(fc.constantFrom(...BOOKING_FIELDS), oddValue, { maxKeys: 4 }),
    removed: fc.subarray(BOOKING_FIELDS, { maxLength: 3 }),
    extra: fc.option(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'requestStatus', 'x'), fc.jsonValue({ maxDepth: 2 })), { nil: undefined }),
  })
  .map(({ replaced, removed, extra }) => {
    const body: Record<string, unknown> = { ...patientBooking(), ...replaced };
    for (const field of removed) delete body[field];
    let text = JSON.stringify(body);
    if (extra) text = text.replace(/^\{/, `{${JSON.stringify(extra[0])}:${JSON.stringify(extra[1])},`);
    return text;
  });

describe('fuzzing the shared schemas', () => {
  it(`finds the exported schemas (${exportedSchemas.length})`, () => {
    assert.ok(exportedSchemas.length >= 30);
  });

  it('never throws on arbitrary JSON: each schema parses or names every problem with a path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...exportedSchemas), fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.anything({ maxDepth: 3 })), ([name, schema], input) => {
        const result = schema.safeParse(input);
        if (result.success) return;
        const details = describeIssues(result.error!);
        assert.ok(details.length > 0, `${name} failed without an issue`);
        for (const detail of details) {
          assert.ok(Array.isArray(detail.path), `${name}: an issue without a path`);
          assert.ok(typeof detail.message === 'string' && detail.message.length > 0, `${name}: an issue without a message`);
        }
      }),
      { numRuns: runs(3000) },
    );
  });

  it('names the field that is wrong in a booking that is nearly right', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BOOKING_FIELDS), oddValue, (field, value) => {
        const result = schemas.bookingRequestBodySchema.safeParse({ ...patientBooking(), [field]: value });
        if (result.success) return;
        for (const detail of describeIssues(result.error)) assert.equal(detail.path[0], field, `${field} = ${JSON.stringify(value)?.slice(0, 80)} blamed ${detail.path.join('.')}`);
      }),
      { numRuns: runs(1500) },
    );
  });
});

describe('fuzzing the public routes, on one real Strapi', () => {
  let app: RunningStrapi;
  before(async () => {
    app = await startBookingStrapi();
  });
  after(() => app?.stop());

  /** Any answer: never a server error, always JSON; a refusal is the error envelope. */
  function assertJsonAnswer(what: string, response: Awaited<ReturnType<typeof sendRaw>>): void {
    assert.ok(response.status < 500, `${what} answered ${response.status}: ${response.text.slice(0, 200)}`);
    assert.match(String(response.headers['content-type']), /^application\/json/, `${what} answered ${response.headers['content-type']}`);
    if (response.status >= 400) assert.ok(apiErrorResponseSchema.safeParse(response.json).success, `${what}: not the error envelope`);
  }

  it('answers arbitrary booking bodies with JSON and never a 5xx, storing only valid ones', async () => {
    const before = await countBookingRequests(app.strapi);
    let created = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(nearBooking, fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), fc.string({ unit: 'binary', maxLength: 200 })), async (body) => {
        const response = await sendRaw(app.baseUrl, { method: 'POST', path: '/api/smp-kit/booking-requests', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() }, body });
        assertJsonAnswer(`POST ${body.slice(0, 120)}`, response);
        if (response.status === 201) created += 1;
      }),
      { numRuns: runs(250) },
    );
    assert.equal(await countBookingRequests(app.strapi), before + created, 'exactly the accepted bodies were stored');
  });

  it('answers arbitrary query strings on every public read with JSON and never a 5xx', async () => {
    const key = fc.oneof(fc.constantFrom('locale', 'category', 'tag', 'locale[]', 'locale[$ne]', 'populate', 'filters[id][$gt]', '__proto__[x]', 'status'), fc.string({ maxLength: 12 }));
    const value = fc.oneof(fc.constantFrom('en', 'de', 'treatment', 'hairline', '', '*', '%', '%ZZ', '..%2F'), fc.string({ unit: 'grapheme', maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/smp-kit/faqs', '/api/smp-kit/transformations', '/api/smp-kit/booking'), fc.array(fc.tuple(key, value), { maxLength: 4 }), async (path, pairs) => {
        // Keys keep their brackets (qs reads them); everything else is percent-encoded.
        const query = pairs.map(([name, text]) => `${encodeURIComponent(name).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${/^%/.test(text) ? text : encodeURIComponent(text)}`).join('&');
        const url = query ? `${path}?${query}` : path;
        assertJsonAnswer(`GET ${url}`, await sendRaw(app.baseUrl, { method: 'GET', path: url }));
      }),
      { numRuns: runs(300) },
    );
  });
});
