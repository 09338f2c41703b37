import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { createFaq, FAQ_UID, paragraph } from '../helpers/faq-documents.ts';
import { header } from '../helpers/http.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

// The FAQ route serves pre-serialised responses; every write must show on the very next read.
describe('the cached FAQ response on a real Strapi', () => {
  let app: RunningStrapi;
  let documentId: string;
  const questions = async () => (await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200)).body.data.map((faq: { question: string }) => faq.question);

  before(async () => {
    app = await startStrapi();
    documentId = await createFaq(app.strapi, { question: 'Original question', slug: 'cached-entry', order: 1 });
  });
  after(() => app?.stop());

  it('shows a published edit on the next read, with a new ETag', async () => {
    const before = await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200);
    await app.strapi.documents(FAQ_UID).update({ documentId, locale: 'en', data: { question: 'Edited question' } });
    await app.strapi.documents(FAQ_UID).publish({ documentId, locale: 'en' });
    const after = await request(app.baseUrl).get('/api/smp-kit/faqs').set('If-None-Match', header(before, 'etag')).expect(200);
    assert.deepEqual(after.body.data.map((faq: { question: string }) => faq.question), ['Edited question']);
    assert.notEqual(header(after, 'etag'), header(before, 'etag'));
  });

  it('never leaks a draft edit, before or after a read fills the cache', async () => {
    await app.strapi.documents(FAQ_UID).update({ documentId, locale: 'en', data: { question: 'Secret draft wording' } });
    assert.deepEqual(await questions(), ['Edited question']);
    assert.deepEqual(await questions(), ['Edited question']);
    await app.strapi.documents(FAQ_UID).discardDraft({ documentId, locale: 'en' });
  });

  it('shows a newly published entry and drops an unpublished or deleted one at once', async () => {
    assert.deepEqual(await questions(), ['Edited question']);
    const second = await createFaq(app.strapi, { question: 'Second question', slug: 'second-entry', order: 2 });
    assert.deepEqual(await questions(), ['Edited question', 'Second question']);

    await app.strapi.documents(FAQ_UID).unpublish({ documentId: second, locale: 'en' });
    assert.deepEqual(await questions(), ['Edited question']);

    await app.strapi.documents(FAQ_UID).delete({ documentId, locale: 'en' });
    assert.deepEqual(await questions(), []);
  });

  it('answers 304 from the cache while nothing changed', async () => {
    await createFaq(app.strapi, { question: 'Stable question', slug: 'stable', order: 3, answer: paragraph('Stable answer') });
    const first = await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200);
    await request(app.baseUrl).get('/api/smp-kit/faqs').set('If-None-Match', header(first, 'etag')).expect(304);
  });
});

describe('answering cached reads before routing (plugin::smp-kit.public-cache)', () => {
  let app: RunningStrapi;
  before(async () => {
    app = await startStrapi();
    await createFaq(app.strapi, { question: 'Fast question', slug: 'fast', order: 1 });
  });
  after(() => app?.stop());

  /** How often the FAQ service was asked while `run` ran: 0 means every answer came from the cache. */
  async function faqReadsDuring(run: () => Promise<void>): Promise<number> {
    const service = app.strapi.plugin('smp-kit').service('faqs');
    const original = service.findPublished;
    let calls = 0;
    service.findPublished = (...args: unknown[]) => {
      calls++;
      return original.apply(service, args);
    };
    try {
      await run();
      return calls;
    } finally {
      service.findPublished = original;
    }
  }

  it('serves a repeat of the same request from the cache, same body and ETag, without asking the service', async () => {
    let first!: request.Response;
    let second!: request.Response;
    const reads = await faqReadsDuring(async () => {
      first = await request(app.baseUrl).get('/api/smp-kit/faqs?locale=en').expect(200);
      second = await request(app.baseUrl).get('/api/smp-kit/faqs?locale=en').expect(200);
    });
    assert.equal(reads, 1);
    assert.equal(second.text, first.text);
    assert.equal(header(second, 'etag'), header(first, 'etag'));
    assert.match(header(second, 'cache-control'), /public, max-age=60/);
    assert.equal(header(second, 'x-content-type-options'), 'nosniff', 'global security headers still apply');
    await request(app.baseUrl).get('/api/smp-kit/faqs?locale=en').set('If-None-Match', header(first, 'etag')).expect(304);
  });

  it('answers a flood of never-repeated addresses from the one cached answer, without asking the database again', async () => {
    await request(app.baseUrl).get('/api/smp-kit/faqs?locale=en').expect(200);
    const reads = await faqReadsDuring(async () => {
      // Unknown parameters are ignored: each address is new to the cache, the answer is not.
      for (let i = 0; i < 600; i++) await request(app.baseUrl).get(`/api/smp-kit/faqs?locale=en&utm_content=${i}`).expect(200);
      await request(app.baseUrl).get('/api/smp-kit/faqs?locale=en').expect(200);
    });
    assert.equal(reads, 0, 'the addresses evicted the answer itself, so it was read from the database again');
  });

  it('still validates requests it has not seen', async () => {
    await request(app.baseUrl).get('/api/smp-kit/faqs?locale=en').expect(200);
    await request(app.baseUrl).get('/api/smp-kit/faqs?locale=zz').expect(400);
    await request(app.baseUrl).get('/api/smp-kit/faqs?category=Not%20A%20Slug').expect(400);
  });
});
