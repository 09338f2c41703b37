import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { apiErrorResponseSchema, transformationListResponseSchema, type TransformationListResponse } from '@smp-kit/schema';
import { header } from '../helpers/http.ts';
import { solidPng } from '../helpers/png.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';
import { createTransformation, removeUploads, TRANSFORMATION_UID, uploadImage, type UploadedFile } from '../helpers/transformation-documents.ts';

async function published(app: RunningStrapi, query = ''): Promise<TransformationListResponse> {
  const response = await request(app.baseUrl).get(`/api/smp-kit/transformations${query}`).expect(200).expect('Content-Type', /application\/json/);
  return transformationListResponseSchema.parse(response.body);
}

describe('GET /api/smp-kit/transformations on a real Strapi', () => {
  let app: RunningStrapi;
  const uploads: UploadedFile[] = [];
  let image: Buffer;
  const upload = async (name: string, alternativeText?: string) => {
    const file = await uploadImage(app.strapi, image, { name: `${name}.png`, ...(alternativeText ? { alternativeText } : {}) });
    uploads.push(file);
    return file;
  };
  const clearAltText = (file: UploadedFile) => app.strapi.plugin('upload').service('upload').updateFileInfo(file.id, { alternativeText: '' });

  before(async () => {
    app = await startStrapi();
    const { strapi } = app;
    await strapi.plugin('i18n').service('locales').create({ code: 'de', name: 'German (de)' });
    image = solidPng(1200, 900, [200, 170, 150]);

    const hairlineBefore = await upload('hairline-before', 'Drawing of a shaved head before SMP');
    const hairlineAfter = await upload('hairline-after', 'Drawing of the same head with a dotted hairline');
    const crownBefore = await upload('crown-before', 'Drawing of a thinning crown');
    const crownAfter = await upload('crown-after', 'Drawing of the crown with dots');

    const hairline = await createTransformation(strapi, { title: 'Hairline', slug: 'hairline', before: hairlineBefore.id, after: hairlineAfter.id, order: 2, hairline: true, caption: 'A soft hairline.' });
    await strapi.documents(TRANSFORMATION_UID).update({
      documentId: hairline,
      locale: 'de',
      status: 'published',
      data: { title: 'Haarlinie', slug: 'hairline', caption: 'Eine weiche Haarlinie.', beforeAlt: 'Zeichnung eines rasierten Kopfes vor SMP', afterAlt: 'Derselbe Kopf mit gepunkteter Haarlinie', before: hairlineBefore.id, after: hairlineAfter.id, sessions: 3, order: 2, hairline: true },
    });
    await createTransformation(strapi, {
      title: 'Crown',
      slug: 'crown',
      before: crownBefore.id,
      after: crownAfter.id,
      order: 1,
      sessions: 2,
      crown: true,
      density: true,
      ...{ weeksSinceLastSession: 10, hairLossPattern: 'norwood-5', skinTone: 'fitzpatrick-6', hairColour: 'black', unretouched: false },
    });
    await createTransformation(strapi, { title: 'Unpublished draft', slug: 'draft-only', before: crownBefore.id, after: crownAfter.id, order: 0 }, { status: 'draft' });

    // A published result whose newer draft must stay private until it is published.
    const edited = await createTransformation(strapi, { title: 'Published wording', slug: 'edited', before: crownBefore.id, after: crownAfter.id, order: 3, scar: true });
    await strapi.documents(TRANSFORMATION_UID).update({ documentId: edited, locale: 'en', data: { title: 'Draft wording, not yet published' } });
  });

  after(async () => {
    if (app) await removeUploads(app.strapi, uploads);
    await app?.stop();
  });

  it('answers the published results in their order, shaped exactly by the contract', async () => {
    const body = await published(app);
    assert.deepEqual(body.data.map((item) => item.slug), ['crown', 'hairline', 'edited']);
    const crown = body.data[0]!;
    assert.deepEqual(Object.keys(crown).sort(), ['after', 'before', 'caption', 'hairColour', 'hairLossPattern', 'id', 'sessions', 'skinTone', 'slug', 'tags', 'title', 'unretouched', 'weeksSinceLastSession']);
    assert.deepEqual(Object.keys(crown.before).sort(), ['alt', 'height', 'sources', 'url', 'width']);
    assert.deepEqual(crown.tags, ['crown', 'density']);
    assert.equal(crown.sessions, 2);
    assert.equal(crown.caption, '', 'no caption is an empty string');
    assert.deepEqual(
      { weeks: crown.weeksSinceLastSession, pattern: crown.hairLossPattern, skin: crown.skinTone, hair: crown.hairColour, unretouched: crown.unretouched },
      { weeks: 10, pattern: 'norwood-5', skin: 'fitzpatrick-6', hair: 'black', unretouched: false },
      'the treatment facts as the editor stated them',
    );
    const stored = await app.strapi.documents(TRANSFORMATION_UID).findFirst({ filters: { slug: 'crown' } });
    assert.equal(crown.id, stored!.documentId, 'id is the public documentId, not the numeric row id');
  });

  it('never shows drafts: neither unpublished results nor unpublished edits', async () => {
    const titles = (await published(app)).data.map((item) => item.title);
    assert.ok(!titles.includes('Unpublished draft'));
    assert.ok(titles.includes('Published wording'));
    assert.ok(!titles.includes('Draft wording, not yet published'));
  });

  it('sends absolute image URLs with alt text, size and srcset sources (Strapi’s formats plus the original)', async () => {
    const [crown] = (await published(app)).data;
    const { before: image } = crown!;
    assert.equal(image.alt, 'Drawing of a thinning crown');
    assert.deepEqual([image.width, image.height], [1200, 900]);
    assert.match(image.url, new RegExp(`^${app.baseUrl}/uploads/crown_before_\\w+\\.png$`));
    // thumbnail (fits 245×156, so 208 wide), small, medium, large, then the original.
    assert.deepEqual(image.sources.map((source) => source.width), [208, 500, 750, 1000, 1200]);
    assert.equal(image.sources.at(-1)!.url, image.url, 'the widest source is the original');
    for (const source of image.sources) {
      const file = await request(source.url).get('').expect(200);
      assert.match(header(file, 'content-type'), /^image\/png/);
    }
  });

  it('builds image URLs on the configured public address when server.url is set', async () => {
    app.strapi.config.set('server.url', 'https://cms.clinic.example');
    try {
      const [crown] = (await published(app)).data;
      assert.match(crown!.after.url, /^https:\/\/cms\.clinic\.example\/uploads\/crown_after_\w+\.png$/);
      assert.ok(crown!.after.sources.every((source) => source.url.startsWith('https://cms.clinic.example/uploads/')));
    } finally {
      app.strapi.config.set('server.url', '');
    }
  });

  it('filters by tag, and answers 400 naming the field for an unknown one', async () => {
    assert.deepEqual((await published(app, '?tag=density')).data.map((item) => item.slug), ['crown']);
    assert.deepEqual((await published(app, '?tag=scar')).data.map((item) => item.slug), ['edited']);
    assert.deepEqual((await published(app, '?tag=women')).data, []);

    const unknown = await request(app.baseUrl).get('/api/smp-kit/transformations?tag=%3Cscript%3E').expect(400);
    const error = apiErrorResponseSchema.parse(unknown.body);
    assert.deepEqual(error.error.details?.errors?.[0]?.path, ['tag']);
    assert.match(error.error.message, /hairline, crown, density, scar, alopecia, women/);
    const twoTags = await request(app.baseUrl).get('/api/smp-kit/transformations?tag=scar&tag=crown').expect(400);
    assert.deepEqual(apiErrorResponseSchema.parse(twoTags.body).error.details?.errors?.[0]?.path, ['tag']);
  });

  it('answers the requested locale, with the alternative text written for that language', async () => {
    const german = await published(app, '?locale=de');
    assert.deepEqual(german.data.map((item) => [item.title, item.caption]), [['Haarlinie', 'Eine weiche Haarlinie.']]);
    assert.equal(german.data[0]!.before.alt, 'Zeichnung eines rasierten Kopfes vor SMP');
    assert.equal(german.data[0]!.after.alt, 'Derselbe Kopf mit gepunkteter Haarlinie');
    const english = await published(app, '?locale=en');
    assert.equal(english.data.find((item) => item.slug === 'hairline')!.before.alt, 'Drawing of a shaved head before SMP');

    const unknownLocale = await request(app.baseUrl).get('/api/smp-kit/transformations?locale=fr').expect(400);
    assert.deepEqual(apiErrorResponseSchema.parse(unknownLocale.body).error.details?.errors?.[0]?.path, ['locale']);
  });

  it('is cacheable: ETag and Cache-Control, and 304 for a matching If-None-Match', async () => {
    const first = await request(app.baseUrl).get('/api/smp-kit/transformations').expect(200);
    assert.match(header(first, 'cache-control'), /public, max-age=60/);
    const etag = header(first, 'etag');
    const again = await request(app.baseUrl).get('/api/smp-kit/transformations').set('If-None-Match', etag).expect(304);
    assert.equal(again.text, '');
    const filtered = await request(app.baseUrl).get('/api/smp-kit/transformations?tag=scar').set('If-None-Match', etag).expect(200);
    assert.notEqual(header(filtered, 'etag'), etag);
  });

  it('refuses to publish a result without its treatment facts, naming each missing one, and keeps the draft', async () => {
    const beforeImage = await upload('facts-before', 'A described drawing');
    const afterImage = await upload('facts-after', 'Another described drawing');
    const missing = { weeksSinceLastSession: null, hairLossPattern: null, skinTone: null, hairColour: null };
    await assert.rejects(
      createTransformation(app.strapi, { title: 'No facts', slug: 'no-facts', before: beforeImage.id, after: afterImage.id, ...missing }),
      (error: Error & { name: string; details?: { errors?: { path: string[] }[] } }) => {
        assert.equal(error.name, 'ValidationError');
        assert.deepEqual(error.details?.errors?.map((problem) => problem.path.join('.')).sort(), ['hairColour', 'hairLossPattern', 'skinTone', 'weeksSinceLastSession']);
        return true;
      },
    );
    const draft = await createTransformation(app.strapi, { title: 'No facts yet', slug: 'no-facts-yet', before: beforeImage.id, after: afterImage.id, ...missing }, { status: 'draft' });
    assert.ok(draft, 'a draft may be saved before the facts are known');
    assert.ok(!(await published(app)).data.some((item) => item.slug.startsWith('no-facts')));
  });

  describe('alternative text is required', () => {
    it('refuses to save a result whose image has no alternative text, names the field, and stores nothing', async () => {
      const described = await upload('described', 'A described drawing');
      const undescribed = await upload('undescribed');
      const before = await app.strapi.documents(TRANSFORMATION_UID).count({});
      await assert.rejects(
        createTransformation(app.strapi, { title: 'No alt', slug: 'no-alt', before: undescribed.id, after: described.id }, { status: 'draft' }),
        (error: Error & { name: string; details?: { errors?: { path: string[] }[] } }) => {
          assert.equal(error.name, 'ValidationError');
          assert.match(error.message, /The before image \("undescribed\.png"\) has no alternative text/);
          assert.match(error.message, /Media Library/);
          assert.deepEqual(error.details?.errors?.map((problem) => problem.path), [['before']]);
          return true;
        },
      );
      assert.equal(await app.strapi.documents(TRANSFORMATION_UID).count({}), before, 'the refused save left no draft behind');
      assert.ok(!(await app.strapi.documents(TRANSFORMATION_UID).findFirst({ filters: { slug: 'no-alt' } })));
    });

    it('accepts an image without file alt text when the entry describes it in its own language', async () => {
      const described = await upload('described-2', 'A described drawing');
      const undescribed = await upload('undescribed-2');
      await createTransformation(app.strapi, { title: 'Own alt', slug: 'own-alt', before: undescribed.id, beforeAlt: 'A drawing described on the entry', after: described.id, order: 9 });
      const item = (await published(app)).data.find((result) => result.slug === 'own-alt');
      assert.equal(item?.before.alt, 'A drawing described on the entry');
    });

    it('refuses to swap in an undescribed image on update, keeping the published version', async () => {
      const undescribed = await upload('undescribed-3');
      const crown = await app.strapi.documents(TRANSFORMATION_UID).findFirst({ filters: { slug: 'crown' }, status: 'published' });
      await assert.rejects(
        app.strapi.documents(TRANSFORMATION_UID).update({ documentId: crown!.documentId, locale: 'en', status: 'published', data: { after: undescribed.id } }),
        /The after image \("undescribed-3\.png"\) has no alternative text/,
      );
      const [crownNow] = (await published(app)).data;
      assert.equal(crownNow!.after.alt, 'Drawing of the crown with dots');
    });

    it('refuses to publish a draft whose image lost its alternative text meanwhile', async () => {
      const before = await upload('publish-before', 'Described at first');
      const after_ = await upload('publish-after', 'Described too');
      const documentId = await createTransformation(app.strapi, { title: 'To publish', slug: 'to-publish', before: before.id, after: after_.id }, { status: 'draft' });
      await clearAltText(before);
      await assert.rejects(app.strapi.documents(TRANSFORMATION_UID).publish({ documentId, locale: 'en' }), /The before image \("publish-before\.png"\) has no alternative text/);
      assert.ok(!(await published(app)).data.some((item) => item.slug === 'to-publish'));
    });

    it('leaves a published result out of the API when its image loses its alternative text in the Media Library', async () => {
      const before = await upload('loses-alt-before', 'Described');
      const after_ = await upload('loses-alt-after', 'Described');
      await createTransformation(app.strapi, { title: 'Loses alt', slug: 'loses-alt', before: before.id, after: after_.id, order: 10 });
      assert.ok((await published(app)).data.some((item) => item.slug === 'loses-alt'));
      await clearAltText(after_);
      const slugs = (await published(app)).data.map((item) => item.slug);
      assert.ok(!slugs.includes('loses-alt'));
      assert.ok(slugs.includes('crown'), 'the other results are still there');
    });
  });
});
