import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { startCmsProcess, type CmsProcess } from '../helpers/cms-process.ts';

// The clinic's editor, created by the cms in development from these (see cms/src/seed/admin-account.ts).
const EDITOR = { email: 'demo-page@clinic.example', password: 'DemoPage-Passw0rd' };
const RESULTS = '/content-manager/collection-types/plugin::smp-kit.transformation';

describe('the demo clinic page served by a running cms', () => {
  let cms: CmsProcess;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const scriptRequests: string[] = [];

  before(async () => {
    cms = await startCmsProcess({ env: { HOST: '127.0.0.1', SMP_KIT_ADMIN_EMAIL: EDITOR.email, SMP_KIT_ADMIN_PASSWORD: EDITOR.password } });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => request.resourceType() === 'script' && scriptRequests.push(new URL(request.url()).pathname));
    // Counted from the first script on: every custom element definition and CSP report.
    await page.addInitScript(() => {
      const counts: Record<string, number> = ((window as unknown as { definitions: Record<string, number> }).definitions = {});
      const define = customElements.define.bind(customElements);
      customElements.define = (name, ...rest) => ((counts[name] = (counts[name] ?? 0) + 1), define(name, ...rest));
      const violations: string[] = ((window as unknown as { violations: string[] }).violations = []);
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
    });
    await page.goto(`${cms.baseUrl}/`);
  });

  after(async () => {
    await browser?.close();
    await cms?.stop();
  });

  it('prints where the demo page, the API and the embed snippet are', () => {
    assert.match(cms.output(), new RegExp(`Demo clinic page\\s+http://127\\.0\\.0\\.1:\\d+/`));
    assert.match(cms.output(), /FAQ API\s+http:\/\/127\.0\.0\.1:\d+\/api\/smp-kit\/faqs/);
    assert.match(cms.output(), /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/smp-kit\/widgets\.js"><\/script>/);
  });

  it('embeds the widget exactly as a clinic would: one script tag and the element', async () => {
    assert.equal(await page.locator('script[type="module"][src="/smp-kit/widgets.js"]').count(), 1);
    assert.equal(await page.locator('smp-faq').count(), 1);
  });

  it('enforces Trusted Types with one policy name, and loads Lit once for its four kinds of element', async () => {
    const policy = (await page.request.get(`${cms.baseUrl}/`)).headers()['content-security-policy'] ?? '';
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.match(policy, /trusted-types lit-html(;|$)/);
    assert.doesNotMatch(policy, /allow-duplicates/);
    await page.locator('smp-faq button[part~="question"]').first().waitFor();
    await page.locator('smp-before-after [role="slider"]').first().waitFor();
    const runtimes = scriptRequests.filter((path) => /^\/smp-kit\/chunks\/runtime-[\w-]{8}\.js$/.test(path));
    assert.equal(runtimes.length, 1, `runtime requests: ${runtimes.join(', ') || 'none'} (scripts: ${scriptRequests.join(', ')})`);
    const definitions = await page.evaluate(() => (window as unknown as { definitions: Record<string, number> }).definitions);
    assert.deepEqual(definitions, { 'smp-faq': 1, 'smp-booking-button': 1, 'smp-before-after': 1, 'smp-transformations': 1 });
    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
  });

  it('shows the twelve seeded questions from the API, not the static fallback', async () => {
    // Playwright's CSS locators pierce the shadow root; the demo FAQ also has an "Expand all" button.
    const questions = page.locator('smp-faq button[part~="question"]');
    await questions.first().waitFor();
    assert.equal(await questions.count(), 12);
    assert.equal(await questions.first().textContent().then((text) => text?.trim()), 'What is scalp micropigmentation (SMP)?');
    assert.equal(await page.locator('smp-faq details').first().isVisible(), false, 'the light-DOM fallback is no longer shown');
  });

  it('opens a question with the keyboard', async () => {
    const question = page.locator('smp-faq').getByRole('button', { name: 'Does SMP look real?' });
    await question.focus();
    await page.keyboard.press('Enter');
    assert.equal(await question.getAttribute('aria-expanded'), 'true');
    const answer = page.locator('smp-faq').getByRole('region', { name: 'Does SMP look real?' });
    assert.ok(await answer.isVisible());
    assert.ok(((await answer.textContent()) ?? '').length > 100);
  });

  it('searches the questions and publishes FAQPage data, with code the cms serves on demand', async () => {
    // Given the FAQ's search, json-ld and link-hash, which load as a chunk from /smp-kit/chunks/
    const chunkAnswers: number[] = [];
    page.on('response', (response) => {
      if (/\/smp-kit\/chunks\/[^/]*faq-extras[^/]*\.js$/.test(response.url())) chunkAnswers.push(response.status());
    });
    await page.reload();
    await page.locator('smp-faq button[part~="question"]').first().waitFor();
    assert.deepEqual(chunkAnswers, [200]);

    // When the visitor types a word found only in one answer
    await page.locator('smp-faq').getByRole('searchbox').fill('laser');

    // Then only that question is shown, and the count is announced
    const shown = page.locator('smp-faq button[part~="question"]:visible');
    await page.waitForFunction(() => document.querySelector('smp-faq')!.shadowRoot!.querySelector('[role="status"]')?.textContent?.includes('1 question matches.'));
    assert.deepEqual(await shown.allTextContents().then((texts) => texts.map((text) => text.trim())), ['Can SMP be removed or corrected?']);
    const jsonLd = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent()) ?? '{}');
    assert.equal(jsonLd['@type'], 'FAQPage');
    assert.equal(jsonLd.mainEntity.length, 12);
    // Published under Trusted Types without tripping it (a script's text is a TrustedScript sink).
    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
  });

  it('states each result’s treatment facts and filters the gallery by them', async () => {
    const gallery = page.locator('smp-transformations');
    const cards = gallery.locator('[part~="card"]');
    await gallery.locator('[part~="facts"]').first().waitFor();
    assert.equal(await cards.count(), 4);
    const hairline = cards.filter({ hasText: 'A defined hairline on a shaved head' });
    assert.deepEqual(await hairline.locator('[part~="facts"] li').allTextContents(), [
      'Photographed 6 weeks after the last session',
      'Norwood 4',
      'Skin type II (Fitzpatrick)',
      'Dark brown hair',
      'Edited or illustrated images',
    ]);
    // The featured slider above the gallery states them in its caption too.
    await page.locator('smp-before-after.featured [part~="facts"] li').first().waitFor();

    const skinTypeFour = gallery.getByRole('group', { name: 'Skin tone' }).getByRole('checkbox', { name: 'Type IV (1)' });
    await skinTypeFour.check();
    await page.waitForFunction(() => document.querySelector('smp-transformations')!.shadowRoot!.querySelectorAll('[part~="card"]').length === 1);
    assert.deepEqual(await cards.locator('[part~="title"]').allTextContents(), ['More density at the crown']);
    await skinTypeFour.uncheck();
    await page.waitForFunction(() => document.querySelector('smp-transformations')!.shadowRoot!.querySelectorAll('[part~="card"]').length === 4);
  });

  it('takes a result off the page, without a restart, once its consent has expired, and the admin says why', async () => {
    const login = await fetch(`${cms.baseUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(EDITOR) });
    const headers = { Authorization: `Bearer ${((await login.json()) as { data: { token: string } }).data.token}`, 'Content-Type': 'application/json' };
    const list = (await (await fetch(`${cms.baseUrl}${RESULTS}?locale=en&filters[slug][$eq]=scar-camouflage`, { headers })).json()) as { results: Array<{ documentId: string }> };
    const { documentId } = list.results[0]!;
    // The clinic's copy of the consent form says it ran out today: the editor records that.
    const today = new Date().toISOString().slice(0, 10);
    const saved = await fetch(`${cms.baseUrl}${RESULTS}/${documentId}?locale=en`, { method: 'PUT', headers, body: JSON.stringify({ consentExpiresOn: today }) });
    assert.equal(saved.status, 200, await saved.text());

    const api = (await (await fetch(`${cms.baseUrl}/api/smp-kit/transformations`)).json()) as { data: Array<{ slug: string }> };
    assert.deepEqual(api.data.map((result) => result.slug), ['hairline-restoration', 'crown-density', 'parting-density'], 'the public API stops showing it at once');
    // The next visitor (a browser may keep an answer it already has for its max-age of 60 s).
    const visitor = await browser.newPage();
    await visitor.goto(`${cms.baseUrl}/`);
    const titles = visitor.locator('smp-transformations [part~="card"] [part~="title"]');
    await titles.first().waitFor();
    assert.deepEqual(await titles.allTextContents(), ['A defined hairline on a shaved head', 'More density at the crown', 'A less visible parting']);
    await visitor.close();
    const stored = (await (await fetch(`${cms.baseUrl}${RESULTS}/${documentId}?locale=en`, { headers })).json()) as { data: { consentStatus: string; unpublishedReason: string; publishedAt: string | null } };
    assert.equal(stored.data.consentStatus, 'expired');
    assert.match(stored.data.unpublishedReason, new RegExp(`consent expired on ${today}`));
  });

  it('raises no uncaught error in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
