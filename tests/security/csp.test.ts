import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { saveBookingSettings } from '../helpers/booking.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { cmsDir, startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

const PROVIDER = 'https://booking-provider.example';
const STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Opens the demo page, recording every CSP violation from the very first byte. */
async function openDemoPage(browser: Browser, baseUrl: string): Promise<{ page: Page; policy: string; violations: () => Promise<string[]>; pageErrors: string[] }> {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} "${event.sample}"`), true);
  });
  // The provider is not on this machine: answer its page here so the frame loads.
  await page.route(`${PROVIDER}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Provider</title><p>Pick a time</p>' }));
  const response = await page.goto(`${baseUrl}/`);
  return { page, policy: (await response!.headerValue('content-security-policy')) ?? '', violations: () => page.evaluate(() => window.cspViolations), pageErrors };
}

describe('the demo page under a strict Content-Security-Policy', () => {
  let app: RunningStrapi;
  let browser: Browser;

  before(async () => {
    app = await startStrapi({ seed: true });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('has no inline script, style or event handler of its own', async () => {
    const html = await readFile(`${cmsDir}/public/index.html`, 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'every script has a src');
    assert.doesNotMatch(html, /<style[\s>]/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
  });

  it('is served with the strict policy, framing nothing when the clinic books through its own form', async () => {
    const response = await fetch(`${app.baseUrl}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of STRICT_POLICY.split('; ')) assert.ok(policy.includes(directive), `the policy has ${directive}: ${policy}`);
    assert.match(policy, /frame-src 'none'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  });

  it('renders every element and opens the booking form with no policy violation', async () => {
    const { page, violations, pageErrors } = await openDemoPage(browser, app.baseUrl);
    try {
      const questions = page.locator('smp-faq button[part~="question"]');
      await questions.first().waitFor();
      assert.ok((await questions.count()) >= 10, 'the FAQ shows the seeded questions');

      const slider = page.locator('smp-before-after.featured [role="slider"]');
      await slider.waitFor();
      const images = page.locator('smp-before-after.featured img');
      await page.waitForFunction(() => [...document.querySelector('smp-before-after.featured')!.shadowRoot!.querySelectorAll('img')].every((image) => image.complete && image.naturalWidth > 0));
      assert.equal(await images.count(), 2, 'before and after images load');
      const frame = await page.locator('smp-before-after.featured [part~="frame"]').boundingBox();
      assert.ok(frame && frame.height > 100, `the slider has its reserved height (${frame?.height})`);

      const cards = page.locator('smp-transformations li[part~="card"]');
      await cards.first().waitFor();
      assert.ok((await cards.count()) >= 2, 'the gallery shows its cards');
      await cards.last().scrollIntoViewIfNeeded();
      await page.locator('smp-transformations [role="slider"]').first().waitFor();

      await page.locator('smp-booking-button:not([floating]) button[part~="button"]').click();
      const dialog = page.locator('smp-booking-button:not([floating]) dialog[open]');
      await dialog.waitFor();
      await dialog.locator('form[part~="form"] #field-email').waitFor();
      assert.equal(await dialog.locator('#field-consent').count(), 1, 'the form asks for consent');
      await page.waitForTimeout(200); // Violation events are dispatched asynchronously.
      assert.deepEqual(await violations(), []);
      assert.deepEqual(pageErrors, []);

      // The recorder does hear violations: an inline style added now is blocked and reported.
      // (Built through the DOM: the page also enforces Trusted Types, so an HTML string is refused.)
      await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'inline' })));
      await page.evaluate(() => document.body.lastElementChild!.setAttribute('style', 'color: red'));
      await page.waitForFunction(() => window.cspViolations.length > 0);
      assert.match((await violations())[0]!, /^style-src-attr/);
    } finally {
      await page.close();
    }
  });

  it('lets the booking provider\'s page into its frame (embed mode), and nothing else', async () => {
    await saveBookingSettings(app.strapi, { mode: 'embed', url: `${PROVIDER}/northline` });
    const { page, policy, violations, pageErrors } = await openDemoPage(browser, app.baseUrl);
    try {
      assert.match(policy, new RegExp(`frame-src ${PROVIDER.replace(/\./g, '\\.')}(;|$)`));
      await page.locator('smp-booking-button:not([floating]) button[part~="button"]').click();
      const frame = page.locator('smp-booking-button:not([floating]) dialog[open] iframe');
      await frame.waitFor();
      assert.match((await frame.getAttribute('src')) ?? '', /^https:\/\/booking-provider\.example\/northline/);
      await page.frameLocator('smp-booking-button:not([floating]) dialog[open] iframe').getByText('Pick a time').waitFor();
      await page.waitForTimeout(200);
      assert.deepEqual(await violations(), []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await page.close();
    }
  });
});
