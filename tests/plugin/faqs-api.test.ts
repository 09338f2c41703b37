import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { apiErrorResponseSchema, faqListResponseSchema } from '@smp-kit/schema';
import { createCategory, createFaq, FAQ_UID } from '../helpers/faq-documents.ts';
import { header } from '../helpers/http.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

describe('GET /api/smp-kit/faqs on a real Strapi', () => {
  let app: RunningStrapi;

  before(async () => {
    app = await startStrapi();
    const { strapi } = app;
    await strapi.plugin('i18n').service('locales').create({ code: 'de', name: 'German (de)' });

    const about = await createCategory(strapi, { name: 'About SMP', slug: 'about-smp', order: 1 });
    const treatment = await createCategory(strapi, { name: 'The treatment', slug: 'treatment', order: 2 });
    await createFaq(strapi, { question: 'How long does a session take?', slug: 'session-length', order: 1, category: treatment });
    await createFaq(strapi, { question: 'Does SMP look real?', slug: 'does-it-look-real', order: 2, category: about });
    await createFaq(strapi, { question: 'What is SMP?', slug: 'what-is-smp', order: 1, category: about });
    await createFaq(strapi, { question: 'Can I email you?', slug: 'email-us', order: 0 });
    await createFaq(strapi, { question: 'Unpublished draft question', slug: 'draft-only', order: 0, category: about }, { status: 'draft' });

    // A published entry whose newer draft must stay private until it is published.
    const edited = await createFaq(strapi, { question: 'Published wording', slug: 'edited-entry', order: 3, category: about });
    await strapi.documents(FAQ_UID).update({ documentId: edited, locale: 'en', data: { question: 'Draft wording, not yet published' } });

    // The German version of one entry.
    const whatIs = (await strapi.documents(FAQ_UID).findFirst({ locale: 'en', filters: { slug: 'what-is-smp' } }))!.documentId;
    await strapi.documents(FAQ_UID).update({
      documentId: whatIs,
      locale: 'de',
      status: 'published',
      data: { question: 'Was ist SMP?', answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Eine kosmetische Tätowierung.' }] }], slug: 'what-is-smp', order: 1 },
    });
  });

  after(() => app?.stop());

  it('answers the published entries in category order, then entry order, uncategorised last', async () => {
    const response = await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200).expect('Content-Type', /application\/json/);
    const body = faqListResponseSchema.parse(response.body);
    assert.deepEqual(
      body.data.map((faq) => faq.slug),
      ['what-is-smp', 'does-it-look-real', 'edited-entry', 'session-length', 'email-us'],
    );
    assert.deepEqual(body.data.map((faq) => faq.category), ['about-smp', 'about-smp', 'about-smp', 'treatment', null]);
    assert.equal(body.meta.locale, 'en');
    assert.deepEqual(body.meta.categories, [
      { slug: 'about-smp', name: 'About SMP', order: 1 },
      { slug: 'treatment', name: 'The treatment', order: 2 },
    ]);
  });

  it('never shows drafts: neither unpublished entries nor unpublished edits', async () => {
    const { body } = await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200);
    const questions = body.data.map((faq: { question: string }) => faq.question);
    assert.ok(!questions.includes('Unpublished draft question'));
    assert.ok(questions.includes('Published wording'));
    assert.ok(!questions.includes('Draft wording, not yet published'));
  });

  it('sends exactly the contract fields: no internal ids, timestamps or creator fields', async () => {
    const { body } = await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200);
    for (const faq of body.data) {
      assert.deepEqual(Object.keys(faq).sort(), ['answer', 'category', 'id', 'order', 'question', 'slug']);
      assert.equal(typeof faq.id, 'string', 'id is the public documentId, not the numeric row id');
    }
    assert.deepEqual(Object.keys(body).sort(), ['data', 'meta']);
  });

  it('answers the requested locale', async () => {
    const { body } = await request(app.baseUrl).get('/api/smp-kit/faqs?locale=de').expect(200);
    assert.deepEqual(
      body.data.map((faq: { question: string }) => faq.question),
      ['Was ist SMP?'],
    );
    assert.equal(body.meta.locale, 'de');
  });

  it('filters by one or several category slugs', async () => {
    const one = await request(app.baseUrl).get('/api/smp-kit/faqs?category=treatment').expect(200);
    assert.deepEqual(one.body.data.map((faq: { slug: string }) => faq.slug), ['session-length']);
    assert.deepEqual(one.body.meta.categories.map((category: { slug: string }) => category.slug), ['treatment']);

    const both = await request(app.baseUrl).get('/api/smp-kit/faqs?category=treatment,about-smp').expect(200);
    assert.equal(both.body.data.length, 4);
  });

  it('answers 400 naming the field for an unknown locale or a malformed category', async () => {
    const unknownLocale = await request(app.baseUrl).get('/api/smp-kit/faqs?locale=fr').expect(400);
    const localeError = apiErrorResponseSchema.parse(unknownLocale.body);
    assert.deepEqual(localeError.error.details?.errors?.[0]?.path, ['locale']);
    assert.match(localeError.error.message, /Unknown locale "fr".*en, de/);

    const badCategory = await request(app.baseUrl).get('/api/smp-kit/faqs?category=%3Cscript%3E').expect(400);
    const categoryError = apiErrorResponseSchema.parse(badCategory.body);
    assert.deepEqual(categoryError.error.details?.errors?.[0]?.path, ['category']);

    const twoLocales = await request(app.baseUrl).get('/api/smp-kit/faqs?locale=en&locale=de').expect(400);
    assert.deepEqual(apiErrorResponseSchema.parse(twoLocales.body).error.details?.errors?.[0]?.path, ['locale']);
  });

  it('is cacheable: ETag and Cache-Control, and 304 for a matching If-None-Match', async () => {
    const first = await request(app.baseUrl).get('/api/smp-kit/faqs').expect(200);
    assert.match(header(first, 'cache-control'), /public, max-age=60/);
    const etag = header(first, 'etag');
    const again = await request(app.baseUrl).get('/api/smp-kit/faqs').set('If-None-Match', etag).expect(304);
    assert.equal(again.text, '');
    const otherLocale = await request(app.baseUrl).get('/api/smp-kit/faqs?locale=de').set('If-None-Match', etag).expect(200);
    assert.notEqual(header(otherLocale, 'etag'), etag);
  });
});
