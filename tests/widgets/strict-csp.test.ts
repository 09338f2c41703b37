import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@smp-kit/widgets/smp-faq';
import '@smp-kit/widgets/smp-booking-button';
import '@smp-kit/widgets/smp-transformations';
import type { SmpBeforeAfter, SmpBookingButton, SmpFaq, SmpTransformations } from '@smp-kit/widgets';
import { bookingSettingsFixtures } from '../fixtures/booking-fixtures.ts';
import { faqResponseEn } from '../fixtures/faq-fixtures.ts';
import { transformationResponse } from '../fixtures/transformation-fixtures.ts';

// A clinic whose site sends `Content-Security-Policy: style-src 'self'`: no inline styles and no
// style attributes. Set once for this whole file (a policy cannot be lifted), before anything renders.
const policy = Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "style-src 'self'" });
document.head.append(policy);

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} (${event.sample || event.blockedURI})`), true);

/** Violations are reported asynchronously: give the browser a moment before reading them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/** A sized box made through the CSSOM (a style attribute would be blocked here too). */
async function boxOfWidth(width: number): Promise<HTMLDivElement> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.width = `${width}px`;
  return box;
}

describe('under a strict CSP (style-src \'self\')', () => {
  beforeEach(() => {
    localStorage.clear();
    violations.length = 0;
  });

  it('is really in force: a style attribute is blocked and reported', async () => {
    const probe = await fixture<HTMLDivElement>(html`<div></div>`);
    probe.setAttribute('style', 'width: 123px');
    await settle();
    expect(probe.getBoundingClientRect().width).not.to.equal(123);
    expect(violations.length, 'the blocked attribute was reported').to.be.greaterThan(0);
  });

  it('<smp-before-after> reserves the before image’s ratio and styles itself without a violation', async () => {
    const [, crown] = transformationResponse(location.origin, { imageDelayMs: 700 }).data;
    const box = await boxOfWidth(360);
    const element = document.createElement('smp-before-after') as SmpBeforeAfter;
    element.data = crown;
    box.append(element);
    await element.updateComplete;
    const frame = element.shadowRoot!.querySelector<HTMLElement>('[part~="frame"]')!;
    expect(frame.getBoundingClientRect().height, 'the 800×1000 before image’s box, before it loaded').to.be.closeTo(450, 0.5);
    // The divider position, also set through the CSSOM, reaches the clip of the before image.
    element.value = 30;
    expect(getComputedStyle(element.shadowRoot!.querySelector('.layer.before')!).clipPath).to.equal('inset(0px 70% 0px 0px)');
    await settle();
    expect(violations).to.deep.equal([]);
  });

  it('<smp-transformations> keeps the space of sliders not yet created, without a violation', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div></div>`);
    wrapper.querySelector<HTMLElement>('.spacer')!.style.height = '3000px';
    const gallery = document.createElement('smp-transformations') as SmpTransformations;
    gallery.style.width = '600px';
    gallery.style.setProperty('--smp-card-min-width', '600px');
    gallery.data = transformationResponse(location.origin);
    wrapper.append(gallery);
    await gallery.updateComplete;
    const placeholders = [...gallery.shadowRoot!.querySelectorAll<HTMLElement>('.slot-placeholder')];
    expect(placeholders).to.have.length(3);
    expect(placeholders.map((placeholder) => Math.round(placeholder.getBoundingClientRect().height))).to.deep.equal(
      transformationResponse(location.origin).data.map((item) => Math.round((600 * item.before.height) / item.before.width)),
    );
    await settle();
    expect(violations).to.deep.equal([]);
  });

  it('<smp-faq> renders, opens and searches without a violation', async () => {
    const element = await fixture<SmpFaq>(html`<smp-faq search expand-all .data=${faqResponseEn}></smp-faq>`);
    await element.updateComplete;
    element.toggle('what-is-smp', true);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#a-what-is-smp')!.hasAttribute('hidden')).to.equal(false);
    await settle();
    expect(violations).to.deep.equal([]);
  });

  it('<smp-booking-button> opens its form dialog and locks the page scroll without a violation', async () => {
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button .settings=${bookingSettingsFixtures.form.data}></smp-booking-button>`);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('#field-name'), 'the form did not open');
    expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
    element.close();
    await waitUntil(() => getComputedStyle(document.documentElement).overflow !== 'hidden', 'the page scroll stayed locked');
    await settle();
    expect(violations).to.deep.equal([]);
  });
});
