import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { header } from '../helpers/http.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

const builtBundle = (file: string) => readFile(new URL(`../../packages/widgets/dist/${file}`, import.meta.url), 'utf8');

const builtFiles = (await readdir(new URL('../../packages/widgets/dist/', import.meta.url))).filter((file) => file.endsWith('.js'));
const builtChunks = (await readdir(new URL('../../packages/widgets/dist/chunks/', import.meta.url)).catch(() => [] as string[])).filter((file) => file.endsWith('.js'));

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
      assert.match(header(response, 'cache-control'), /public/);
      assert.equal(response.headers['access-control-allow-origin'], '*');
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['cross-origin-resource-policy'], 'cross-origin');
    });
  }

  it('has the booking form as a chunk of its own, imported by the booking bundles', async () => {
    for (const bundle of ['smp-booking-button.js', 'widgets.js']) {
      const imported = [...(await builtBundle(bundle)).matchAll(/import\("\.\/chunks\/([^"]+)"\)/g)].map(([, file]) => file!);
      assert.ok(imported.length > 0, `${bundle} imports no chunk`);
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

  it('serves no chunk that is not built, and nothing else from the widgets folder', async () => {
    await request(app.baseUrl).get('/smp-kit/chunks/smp-booking-button.booking-form-controller-AAAAAAAA.js').expect(404);
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
