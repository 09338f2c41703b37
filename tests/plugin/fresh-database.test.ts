import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { faqListResponseSchema } from '@smp-kit/schema';
import { FAQ_UID } from '../helpers/faq-documents.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

// The path a new clinic takes: an empty database, the demo seed, no manual permission step.
describe('a brand-new cms database', () => {
  let app: RunningStrapi;
  before(async () => {
    app = await startStrapi({ seed: true });
  });
  after(() => app?.stop());

  it('serves the twelve seeded patient questions publicly, grouped in categories', async () => {
    const response = await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200);
    const body = faqListResponseSchema.parse(response.body);
    assert.equal(body.data.length, 12);
    assert.deepEqual(body.meta.categories.map((category) => category.slug), ['about-smp', 'treatment', 'aftercare', 'booking']);
    assert.ok(body.data.every((faq) => faq.category !== null && faq.answer.length > 0));
    assert.equal(new Set(body.data.map((faq) => faq.slug)).size, 12, 'slugs are unique');
  });

  it('serves the same questions in German', async () => {
    const english = faqListResponseSchema.parse((await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200)).body);
    const german = faqListResponseSchema.parse((await request(app.baseUrl).get('/api/smp-kit/faqs?locale=de').expect(200)).body);
    assert.deepEqual(german.data.map((faq) => faq.slug), english.data.map((faq) => faq.slug), 'deep links work in both languages');
    assert.notDeepEqual(german.data.map((faq) => faq.question), english.data.map((faq) => faq.question));
  });

  it('does not seed again on the next start: an editor’s deletion stays deleted', async () => {
    const faqs = app.strapi.documents(FAQ_UID);
    const first = await faqs.findFirst({ locale: 'en' });
    await faqs.delete({ documentId: first!.documentId, locale: '*' });

    await app.stop({ keepData: true });
    app = await startStrapi({ seed: true, dataDir: app.dataDir });

    const { body } = await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200);
    assert.equal(body.data.length, 11);
    assert.ok(!body.data.some((faq: { id: string }) => faq.id === first!.documentId));
  });
});
