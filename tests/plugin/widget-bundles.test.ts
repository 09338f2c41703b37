import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { header } from '../helpers/http.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

const builtBundle = (file: string) => readFile(new URL(`../../packages/widgets/dist/${file}`, import.meta.url), 'utf8');

const builtFiles = (await readdir(new URL('../../packages/widgets/dist/', import.meta.url))).filter((file) => file.endsWith('.js'));

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

  it('answers 304 when the browser already has the current bundle', async () => {
    const first = await request(app.baseUrl).get('/smp-kit/widgets.js').expect(200);
    await request(app.baseUrl).get('/smp-kit/widgets.js').set('If-None-Match', header(first, 'etag')).expect(304);
  });

  it('does not serve other files from the widgets folder', async () => {
    await request(app.baseUrl).get('/smp-kit/package.json').expect(404);
    await request(app.baseUrl).get('/smp-kit/..%2Fpackage.json').expect(404);
  });
});
