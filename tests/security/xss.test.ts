import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { saveBookingSettings } from '../helpers/booking.ts';
import { KEEP_NAMES_SHIM } from '../bench/keep-names-shim.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { createFaq, FAQ_UID } from '../helpers/faq-documents.ts';
import { solidPng } from '../helpers/png.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';
import { createTransformation, uploadImage } from '../helpers/transformation-documents.ts';

declare global {
  interface Window {
    xssRan?: string[];
  }
}

// Each payload, if it ever ran, would record itself in window.xssRan (and some would open a dialog).
const ran = (id: string) => `(window.xssRan=window.xssRan||[]).push('${id}')`;
const PAYLOADS = {
  script: `<script>${ran('script')}</script>`,
  img: `<img src=x onerror="${ran('img')}">`,
  svg: `<svg onload="${ran('svg')}"><circle r=5></circle></svg>`,
  breakout: `"><img src=x onerror=${ran('breakout')}>`,
  iframe: `<iframe src="javascript:${ran('iframe')}"></iframe>`,
  alert: `<img src=x onerror=alert('xss')>`,
};
const ALL = Object.values(PAYLOADS).join(' ');
const DANGEROUS_LINKS = [`javascript:${ran('javascript-link')}`, 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', `data:text/html,<script>${ran('data-link')}</script>`, 'vbscript:msgbox(1)', `data:image/svg+xml,<svg onload="${ran('svg-link')}"/>`];

const text = (value: string) => ({ type: 'text', text: value });
const link = (url: string, label: string) => ({ type: 'link', url, children: [text(label)] });

/** Everything the visitor can read in an element's shadow DOM (and nested shadow roots). */
function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate((selector) => {
    const collect = (root: ShadowRoot | Element): string =>
      [...root.childNodes].map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : node instanceof Element ? collect(node) + (node.shadowRoot ? collect(node.shadowRoot) : '') : '')).join('');
    return [...document.querySelectorAll(selector)].map((element) => collect(element.shadowRoot!)).join('\n');
  }, selector);
}

describe('content with script in it renders inert in every element', () => {
  let app: RunningStrapi;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    app = await startStrapi();
    // Saved the way an editor (or a compromised editor account) would: through the Document Service.
    await createFaq(app.strapi, { question: `Question ${PAYLOADS.script} ${PAYLOADS.img}`, slug: 'markup-question', order: 1 });
    const answer = (urls: string[]) => [
      { type: 'paragraph', children: [text(`Answer ${PAYLOADS.svg} ${PAYLOADS.breakout}`)] },
      { type: 'paragraph', children: urls.map((url, index) => link(url, `Dangerous link ${index}`)) },
      { type: 'paragraph', children: [link('https://www.example.org/safe', 'Safe link'), link('mailto:clinic@example.org', 'Mail link')] },
      { type: 'heading', level: 3, children: [text(PAYLOADS.iframe)] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text(PAYLOADS.alert)] }] },
    ];
    // Strapi refuses these links on save; content imported or written by older versions can still hold them.
    await assert.rejects(createFaq(app.strapi, { question: 'Refused', slug: 'refused-links', order: 3, answer: answer(DANGEROUS_LINKS) }), (error: { details?: { errors?: Array<{ message: string }> } }) => {
      assert.equal(error.details?.errors?.length, DANGEROUS_LINKS.length, 'each dangerous link is refused');
      return true;
    });
    await createFaq(app.strapi, { question: 'Where do these links go?', slug: 'dangerous-links', order: 2, answer: answer(DANGEROUS_LINKS.map((_, index) => `https://placeholder.example/${index}`)) });
    await app.strapi.db.query(FAQ_UID).updateMany({ where: { slug: 'dangerous-links' }, data: { answer: answer(DANGEROUS_LINKS) } });
    const image = solidPng(800, 600, [180, 150, 130]);
    const beforeImage = await uploadImage(app.strapi, image, { name: 'before.png', alternativeText: `Before ${PAYLOADS.breakout}` });
    const afterImage = await uploadImage(app.strapi, image, { name: 'after.png', alternativeText: `After ${PAYLOADS.img}` });
    for (const [slug, order] of [['hairline-restoration', 0], ['second-case', 1]] as const) {
      await createTransformation(app.strapi, {
        title: `Title ${PAYLOADS.script} ${PAYLOADS.svg}`,
        slug,
        order,
        caption: `Caption ${ALL}`,
        before: beforeImage.id,
        after: afterImage.id,
        beforeAlt: `Before alt ${PAYLOADS.breakout}`,
        afterAlt: `After alt ${PAYLOADS.svg}`,
      });
    }
    await saveBookingSettings(app.strapi, {
      clinicName: `Clinic ${PAYLOADS.img}`,
      ctaLabel: `Book ${PAYLOADS.svg}`.slice(0, 80),
      consentText: `I agree ${ALL}`,
      address: `1 Road ${PAYLOADS.breakout}`,
      services: [{ slug: 'scar-camouflage', name: `Scar ${PAYLOADS.script}` }],
    });

    browser = await launchChromium();
    page = await browser.newPage();
    await page.addInitScript(KEEP_NAMES_SHIM);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The demo page holds every element: FAQ, featured before/after (slug hairline-restoration), gallery, booking buttons.
    await page.goto(`${app.baseUrl}/`);
    await page.locator('smp-faq button[part~="question"]').first().waitFor();
    await page.locator('smp-before-after.featured [role="slider"]').waitFor();
    await page.locator('smp-transformations li[part~="card"]').first().waitFor();
    for (const question of await page.locator('smp-faq button[part~="question"]').all()) await question.click();
    await page.locator('smp-transformations li[part~="card"]').last().scrollIntoViewIfNeeded();
    await page.locator('smp-transformations [role="slider"]').first().waitFor();
    await page.locator('smp-booking-button:not([floating]) button[part~="button"]').click();
    await page.locator('smp-booking-button:not([floating]) dialog[open] #field-consent').waitFor();
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('runs none of it: no flag set, no dialog, no page error', async () => {
    await page.waitForTimeout(300); // An onerror fires after the image request fails.
    assert.deepEqual(await page.evaluate(() => window.xssRan ?? []), []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(pageErrors, []);
  });

  it('shows the markup as text, in the FAQ, the results and the booking dialog', async () => {
    const faq = await shadowText(page, 'smp-faq');
    assert.ok(faq.includes(`Question ${PAYLOADS.script} ${PAYLOADS.img}`), 'the question reads as typed');
    assert.ok(faq.includes(`Answer ${PAYLOADS.svg} ${PAYLOADS.breakout}`), 'the answer reads as typed');
    assert.ok(faq.includes(PAYLOADS.iframe) && faq.includes(PAYLOADS.alert));
    const results = await shadowText(page, 'smp-before-after.featured, smp-transformations');
    assert.ok(results.includes(`Caption ${ALL}`), 'the caption reads as typed');
    assert.ok(results.includes(`Title ${PAYLOADS.script} ${PAYLOADS.svg}`), 'the title reads as typed');
    const booking = await shadowText(page, 'smp-booking-button:not([floating])');
    for (const typed of [`Clinic ${PAYLOADS.img}`, `I agree ${ALL}`, `Scar ${PAYLOADS.script}`]) assert.ok(booking.includes(typed), `"${typed.slice(0, 30)}…" reads as typed`);
  });

  it('adds no element from the content: no script, img, svg or iframe beyond the elements\' own', async () => {
    const injected = await page.evaluate(() => {
      const found: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.matches('script:not([src]):not([type="application/ld+json"]), iframe, object, embed')) found.push(element.outerHTML.slice(0, 120));
          if (element.matches('img') && !(element as HTMLImageElement).src.includes('/uploads/')) found.push(element.outerHTML.slice(0, 120));
          if (element.matches('svg') && element.closest('[aria-hidden="true"]') === null && !element.hasAttribute('aria-hidden')) found.push(element.outerHTML.slice(0, 120));
          for (const attribute of element.getAttributeNames()) if (/^on/i.test(attribute)) found.push(`${element.tagName} ${attribute}`);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      return found;
    });
    assert.deepEqual(injected, []);
  });

  it('neutralises javascript:, data: and vbscript: links and keeps safe ones', async () => {
    const links = await page.evaluate(() => {
      const answer = document.querySelector('smp-faq')!.shadowRoot!;
      return [...answer.querySelectorAll('a')].map((anchor) => ({ text: anchor.textContent!.trim(), href: anchor.getAttribute('href') }));
    });
    const hrefs = links.map((link) => link.href ?? '');
    assert.ok(hrefs.every((href) => /^(https?:|mailto:|tel:|#)/i.test(href)), `only safe links: ${hrefs.join(' ')}`);
    assert.ok(links.some((link) => link.text === 'Safe link' && link.href === 'https://www.example.org/safe'));
    assert.ok(links.some((link) => link.text === 'Mail link' && link.href === 'mailto:clinic@example.org'));
    const faq = await shadowText(page, 'smp-faq');
    for (const index of DANGEROUS_LINKS.keys()) assert.ok(faq.includes(`Dangerous link ${index}`), `the text of dangerous link ${index} is still shown`);
  });

  it('keeps the markup in alt text as alt text', async () => {
    const alts = await page.evaluate(() => [...document.querySelector('smp-before-after.featured')!.shadowRoot!.querySelectorAll('img')].map((image) => image.alt));
    assert.ok(alts.some((alt) => alt.includes(`Before alt ${'"><img src=x onerror='}`)), `alts: ${alts.join(' | ')}`);
  });
});
