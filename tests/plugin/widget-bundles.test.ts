import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { header } from '../helpers/http.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

const cdn = new URL('../../packages/widgets/dist/cdn/', import.meta.url);
const builtBundle = (file: string) => readFile(new URL(file, cdn), 'utf8');

const builtFiles = (await readdir(cdn)).filter((file) => file.endsWith('.js'));
const builtChunks = (await readdir(new URL('chunks/', cdn)).catch(() => [] as string[])).filter((file) => file.endsWith('.js'));
const chunkArchive = (app: RunningStrapi) => app.strapi.db.query('plugin::smp-kit.widget-chunk');
const DAY_MS = 24 * 60 * 60 * 1000;

describe('GET /smp-kit/<bundle>.js on a real Strapi', () => {
  let app: RunningStrapi;
  before(async () => {
    app = await startStrapi();
  });
  after(() => app?.stop());

  it('has bundles to serve: the all-in-one and one per element', () => {
    assert.ok(builtFiles.includes('widgets.js') && builtFiles.includes('smp-faq.js'), `built: ${builtFiles.join(', ')}`);
  });

  for (const file of builtFiles) {
    it(`serves the built ${file} as JavaScript any clinic site may load`, async () => {
      const response = await request(app.baseUrl).get(`/smp-kit/${file}`).expect(200);
      assert.match(header(response, 'content-type'), /^text\/javascript/);
      assert.equal(response.text, await builtBundle(file));
      assert.ok(header(response, 'etag'));
      // Entry names stay the same across upgrades: browsers revalidate them (cheaply, by ETag).
      assert.equal(header(response, 'cache-control'), 'public, max-age=300, stale-while-revalidate=86400');
      assert.equal(response.headers['access-control-allow-origin'], '*');
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['cross-origin-resource-policy'], 'cross-origin');
    });
  }

  it('has every chunk the entries import, the shared runtime among them', async () => {
    for (const bundle of builtFiles) {
      const imported = [...(await builtBundle(bundle)).matchAll(/"\.\/chunks\/([^"]+)"/g)].map(([, file]) => file!);
      assert.ok(imported.some((file) => file.startsWith('runtime-')), `${bundle} does not import the runtime`);
      for (const file of imported) assert.ok(builtChunks.includes(file), `${bundle} imports chunks/${file}, which is not built`);
    }
  });

  for (const file of builtChunks) {
    it(`serves the chunk ${file} like a bundle, cached for good (its name changes with its content)`, async () => {
      const response = await request(app.baseUrl).get(`/smp-kit/chunks/${file}`).expect(200);
      assert.match(header(response, 'content-type'), /^text\/javascript/);
      assert.equal(response.text, await builtBundle(`chunks/${file}`));
      assert.ok(header(response, 'etag'));
      assert.equal(header(response, 'cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(response.headers['access-control-allow-origin'], '*');
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['cross-origin-resource-policy'], 'cross-origin');
    });
  }

  it('keeps every chunk of this build in the database, so an upgrade cannot strand a page holding this entry file', async () => {
    const archived = (await chunkArchive(app).findMany({ select: ['name', 'code'] })) as Array<{ name: string; code: string }>;
    for (const file of builtChunks) {
      assert.equal(archived.find(({ name }) => name === file)?.code, await builtBundle(`chunks/${file}`), `chunks/${file} is not archived as built`);
    }
  });

  it('still serves a chunk of an earlier build after an upgrade removed it from the files, immutable as before', async () => {
    const earlier = { name: 'runtime-Earlier1.js', code: 'export const fromTheEarlierBuild = true;', lastBuiltAt: new Date(Date.now() - 30 * DAY_MS) };
    await chunkArchive(app).create({ data: earlier });
    const response = await request(app.baseUrl).get(`/smp-kit/chunks/${earlier.name}`).expect(200);
    assert.equal(response.text, earlier.code);
    assert.equal(header(response, 'cache-control'), 'public, max-age=31536000, immutable');
    assert.match(header(response, 'content-type'), /^text\/javascript/);
  });

  it('forgets chunks no build has had for 90 days, and keeps the current ones', async () => {
    await chunkArchive(app).create({ data: { name: 'faq-extras-Forgot01.js', code: 'export {};', lastBuiltAt: new Date(Date.now() - 91 * DAY_MS) } });
    await request(app.baseUrl).get('/smp-kit/chunks/faq-extras-Forgot01.js').expect(200);
    await app.strapi.plugin('smp-kit').service('widget-bundles').archiveBuiltChunks();
    await request(app.baseUrl).get('/smp-kit/chunks/faq-extras-Forgot01.js').expect(404);
    await request(app.baseUrl).get(`/smp-kit/chunks/${builtChunks[0]}`).expect(200);
  });

  it('serves no chunk that is not built or archived, and nothing else from the widgets folder', async () => {
    const missing = await request(app.baseUrl).get('/smp-kit/chunks/booking-form-controller-AAAAAAAA.js').expect(404);
    assert.match(missing.body.error.message, /No widget chunk named "booking-form-controller-AAAAAAAA\.js"/);
    await request(app.baseUrl).get('/smp-kit/chunks/..%2Fsmp-faq.js').expect(404);
    await request(app.baseUrl).get('/smp-kit/chunks/..%2F..%2Fpackage.json').expect(404);
    await request(app.baseUrl).get('/smp-kit/chunks/').expect(404);
  });

  it('answers 304 when the browser already has the current bundle', async () => {
    const first = await request(app.baseUrl).get('/smp-kit/widgets.js').expect(200);
    await request(app.baseUrl).get('/smp-kit/widgets.js').set('If-None-Match', header(first, 'etag')).expect(304);
  });

  it('does not serve other files from the widgets folder', async () => {
    await request(app.baseUrl).get('/smp-kit/package.json').expect(404);
    await request(app.baseUrl).get('/smp-kit/..%2Fpackage.json').expect(404);
  });
});
