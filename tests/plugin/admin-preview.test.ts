import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { header } from '../helpers/http.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

/** The one element in the preview page's body, as served. */
const bodyOf = (html: string) => html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>')).trim();

describe('GET /smp-kit/preview: the Embed page\'s live preview', () => {
  let app: RunningStrapi;
  before(async () => {
    app = await startStrapi();
  });
  after(() => app?.stop());

  it('renders only the chosen FAQ with its attributes, after the widget script, without signing in', async () => {
    const response = await request(app.baseUrl)
      .get('/smp-kit/preview')
      .query({ element: 'smp-faq', category: 'treatment,aftercare', locale: 'de', 'heading-level': '2', search: 'true', single: 'false', 'json-ld': '' })
      .expect(200);
    assert.match(header(response, 'content-type'), /^text\/html; charset=utf-8/);
    assert.match(response.text, /<script type="module" src="\/smp-kit\/widgets\.js"><\/script>/);
    assert.match(response.text, /<html lang="de">/);
    assert.equal(bodyOf(response.text), '<smp-faq category="treatment,aftercare" locale="de" heading-level="2" search json-ld></smp-faq>');
  });

  it('renders the booking button with its label as escaped text', async () => {
    const response = await request(app.baseUrl)
      .get('/smp-kit/preview')
      .query({ element: 'smp-booking-button', floating: 'true', label: 'Book <b>now</b> & "save"' })
      .expect(200);
    assert.equal(bodyOf(response.text), '<smp-booking-button floating>Book &lt;b&gt;now&lt;/b&gt; &amp; &quot;save&quot;</smp-booking-button>');
  });

  it('is served with a strict content security policy, nosniff and same-origin framing only', async () => {
    const response = await request(app.baseUrl).get('/smp-kit/preview?element=smp-transformations&tag=scar').expect(200);
    const csp = header(response, 'content-security-policy');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(header(response, 'x-content-type-options'), 'nosniff');
    assert.equal(header(response, 'x-frame-options'), 'SAMEORIGIN');
    assert.equal(bodyOf(response.text), '<smp-transformations tag="scar"></smp-transformations>');
  });

  it('refuses an element it does not know, naming the field', async () => {
    const response = await request(app.baseUrl).get('/smp-kit/preview?element=script').expect(400);
    assert.equal(response.body.error.details.errors[0].path[0], 'element');
  });

  it('refuses an attribute the element does not have instead of echoing it', async () => {
    const response = await request(app.baseUrl).get('/smp-kit/preview').query({ element: 'smp-faq', onload: 'alert(1)' }).expect(400);
    assert.doesNotMatch(response.text, /alert\(1\)/);
    assert.match(JSON.stringify(response.body.error.details.errors), /onload/);
  });

  it('refuses markup in a value, naming the field', async () => {
    const response = await request(app.baseUrl).get('/smp-kit/preview').query({ element: 'smp-faq', category: '"><script>alert(1)</script>' }).expect(400);
    assert.deepEqual(response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.')), ['category']);
    assert.doesNotMatch(response.text, /<script>/);
  });

  it('refuses a before/after slider without a result to show', async () => {
    const response = await request(app.baseUrl).get('/smp-kit/preview?element=smp-before-after').expect(400);
    assert.deepEqual(response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.')), ['slug']);
  });
});
