// A before/after result shows a patient: it is published only with the patient's current consent
// for the website, leaves the website when that consent is withdrawn or expires (at once, on the
// hourly job and on every public read, without a restart), and the admin says why.
import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import request from 'supertest';
import { transformationListResponseSchema } from '@smp-kit/schema';
import { signInSuperAdmin, bearer, type AdminSession } from '../helpers/admin-auth.ts';
import { solidPng } from '../helpers/png.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';
import { createTransformation, currentConsent, dayFromToday, removeUploads, TRANSFORMATION_UID, treatmentFacts, uploadImage, type UploadedFile } from '../helpers/transformation-documents.ts';

const CM = `/content-manager/collection-types/${TRANSFORMATION_UID}`;

describe('patient consent on before/after results, on a real Strapi', () => {
  let app: RunningStrapi;
  let admin: AdminSession;
  const uploads: UploadedFile[] = [];
  let images: { before: number; after: number };
  let results = 0;

  const publicSlugs = async () => transformationListResponseSchema.parse((await request(app.baseUrl).get('/api/smp-kit/transformations').expect(200)).body).data.map((result) => result.slug);
  const rowsOf = (documentId: string) => app.strapi.db.query(TRANSFORMATION_UID).findMany({ where: { documentId }, select: ['publishedAt', 'consentStatus', 'unpublishedReason'] });
  const isPublished = async (documentId: string) => (await rowsOf(documentId)).some((row) => row.publishedAt);
  const newResult = async (consent: Record<string, unknown> = currentConsent()) => {
    const slug = `consent-case-${(results += 1)}`;
    return { slug, documentId: await createTransformation(app.strapi, { title: `Consent case ${results}`, slug, ...images, ...consent }) };
  };

  before(async () => {
    app = await startStrapi();
    admin = await signInSuperAdmin(app.strapi, app.baseUrl);
    const image = solidPng(800, 600, [200, 170, 150]);
    const upload = async (name: string) => {
      const file = await uploadImage(app.strapi, image, { name: `${name}.png`, alternativeText: `Drawing of a scalp (${name})` });
      uploads.push(file);
      return file.id;
    };
    images = { before: await upload('consent-before'), after: await upload('consent-after') };
  });

  after(async () => {
    if (app) await removeUploads(app.strapi, uploads);
    await app?.stop();
  });

  it('refuses to publish a result without a consent for the website, saying what to fill in', async () => {
    const draft = await request(app.baseUrl)
      .post(`${CM}?locale=en`)
      .set(...bearer(admin))
      .send({ title: 'No consent yet', slug: 'no-consent-yet', sessions: 3, order: 1, ...treatmentFacts(), ...images })
      .expect(201);
    const documentId = draft.body.data.documentId as string;
    const refused = await request(app.baseUrl).post(`${CM}/${documentId}/actions/publish?locale=en`).set(...bearer(admin)).send({}).expect(400);
    assert.match(refused.body.error.message, /cannot be published: No patient consent for the website is recorded: fill in "Consent given on" and tick "Consent covers the website"/);
    assert.equal(await isPublished(documentId), false);

    const socialOnly = { consentGivenOn: dayFromToday(-3), consentForWebsite: false, consentForSocialMedia: true };
    await assert.rejects(newResult(socialOnly), /No patient consent for the website/, 'a consent for social media alone does not cover the website');
    await assert.rejects(newResult({ ...currentConsent(), consentExpiresOn: dayFromToday(0) }), /consent expired on/);
  });

  it('publishes with a current consent and marks it current for the list view', async () => {
    const { slug, documentId } = await newResult();
    assert.ok((await publicSlugs()).includes(slug));
    assert.deepEqual(new Set((await rowsOf(documentId)).map((row) => row.consentStatus)), new Set(['current']));
  });

  it('takes a result off the website at once when the withdrawal is saved, and says why', async () => {
    const { slug, documentId } = await newResult();
    assert.ok((await publicSlugs()).includes(slug));
    await request(app.baseUrl).put(`${CM}/${documentId}?locale=en`).set(...bearer(admin)).send({ consentWithdrawnOn: dayFromToday(0) }).expect(200);

    assert.equal(await isPublished(documentId), false);
    assert.ok(!(await publicSlugs()).includes(slug), 'the public answer no longer has it (the cache was cleared)');
    const [row] = await rowsOf(documentId);
    assert.equal(row?.consentStatus, 'withdrawn');
    assert.equal(row?.unpublishedReason, `Taken off the website on ${dayFromToday(0)}: The patient withdrew consent on ${dayFromToday(0)}.`);
  });

  it('takes a result off on the first public read after its consent expired, without a restart', async () => {
    const { slug, documentId } = await newResult();
    // Time passes: the stored expiry day arrives (written below the Document Service, as a clock would not).
    await app.strapi.db.query(TRANSFORMATION_UID).updateMany({ where: { documentId }, data: { consentExpiresOn: dayFromToday(0) } });
    assert.ok(!(await publicSlugs()).includes(slug));
    assert.equal(await isPublished(documentId), false);
    assert.match((await rowsOf(documentId))[0]?.unpublishedReason ?? '', /consent expired on/);
  });

  it('never serves a cached answer from the last day of a consent on the day after it', async () => {
    // The consent ends tomorrow (UTC); the clock stops 15 s before midnight and moves 30 s on.
    const tomorrow = dayFromToday(1);
    const { slug, documentId } = await newResult({ ...currentConsent(), consentExpiresOn: tomorrow });
    mock.timers.enable({ apis: ['Date'], now: Date.parse(`${tomorrow}T00:00:00Z`) - 15_000 });
    try {
      assert.ok((await publicSlugs()).includes(slug), 'shown on its last day, and cached');
      mock.timers.tick(30_000);
      assert.ok(!(await publicSlugs()).includes(slug), 'gone at midnight, although the cached answer was only 30 s old');
      assert.equal(await isPublished(documentId), false);
    } finally {
      mock.timers.reset();
    }
  });

  it('the hourly job takes off a result whose consent expired while a cached answer still showed it', async () => {
    const { slug, documentId } = await newResult();
    assert.ok((await publicSlugs()).includes(slug), 'the public answer is cached with it');
    await app.strapi.db.query(TRANSFORMATION_UID).updateMany({ where: { documentId }, data: { consentExpiresOn: dayFromToday(-1) } });

    const jobs = (app.strapi.cron as unknown as { jobs: { name?: string }[] }).jobs.map((job) => job.name);
    assert.ok(jobs.includes('smp-kit-result-consent'), `the job is scheduled (${jobs.join(', ')})`);
    assert.equal(await app.strapi.plugin('smp-kit').service('result-consent').takeOffLapsed(), 1);
    assert.ok(!(await publicSlugs()).includes(slug));
  });

  it('publishes again once a renewed consent is recorded, and forgets the old reason', async () => {
    const { documentId } = await newResult();
    await request(app.baseUrl).put(`${CM}/${documentId}?locale=en`).set(...bearer(admin)).send({ consentWithdrawnOn: dayFromToday(0) }).expect(200);
    await request(app.baseUrl)
      .put(`${CM}/${documentId}?locale=en`)
      .set(...bearer(admin))
      .send({ consentWithdrawnOn: null, consentGivenOn: dayFromToday(0), consentExpiresOn: dayFromToday(365) })
      .expect(200);
    await request(app.baseUrl).post(`${CM}/${documentId}/actions/publish?locale=en`).set(...bearer(admin)).send({}).expect(200);
    assert.equal(await isPublished(documentId), true);
    assert.deepEqual(
      (await rowsOf(documentId)).map((row) => [row.consentStatus, row.unpublishedReason]),
      (await rowsOf(documentId)).map(() => ['current', null]),
    );
  });

  it('shows the consent status as a column of the Content Manager list, set by the plugin only', async () => {
    const response = await request(app.baseUrl).get(`/content-manager/content-types/${TRANSFORMATION_UID}/configuration`).set(...bearer(admin)).expect(200);
    const { layouts, metadatas } = response.body.data.contentType;
    assert.ok(layouts.list.includes('consentStatus'), `list columns: ${layouts.list.join(', ')}`);
    assert.equal(metadatas.consentStatus.list.label, 'Consent');
    assert.equal(metadatas.consentStatus.edit.editable, false);
    assert.equal(metadatas.unpublishedReason.edit.editable, false);
  });
});
