import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SmpBeforeAfter, SmpBookingButton, SmpFaq, SmpTransformations } from '@smp-kit/widgets';
import { bookingSettingsFixtures } from '../fixtures/booking-fixtures.ts';
import { faqResponseEn } from '../fixtures/faq-fixtures.ts';
import { transformationResponse } from '../fixtures/transformation-fixtures.ts';

// A clinic page that enforces Trusted Types and allows exactly one policy name, without
// 'allow-duplicates'. This file uses no test helper built on Lit (@open-wc/testing would bring a
// second Lit, and with it a second `lit-html` policy): the only Lit here is the widgets' runtime.
// The policy is set before any element file loads, so the elements are imported dynamically.
document.head.append(
  Object.assign(document.createElement('meta'), {
    httpEquiv: 'Content-Security-Policy',
    content: "require-trusted-types-for 'script'; trusted-types lit-html",
  }),
);

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`), true);
const definitions: Record<string, number> = {};
const define = customElements.define.bind(customElements);
customElements.define = (name, ...rest) => ((definitions[name] = (definitions[name] ?? 0) + 1), define(name, ...rest));

/** Violations are reported asynchronously: give the browser a moment before reading them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

const until = async (condition: () => unknown, what: string) => {
  for (let tries = 0; tries < 100; tries++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting until ${what}`);
};

describe('a page enforcing Trusted Types with one policy name (lit-html)', () => {
  let requests: string[] = [];

  before(async () => {
    await executeServerCommand('network-record');
    // The four element files, one script each, in the order a clinic page might list them.
    await import('@smp-kit/widgets/smp-faq');
    await import('@smp-kit/widgets/smp-before-after');
    await import('@smp-kit/widgets/smp-transformations');
    await import('@smp-kit/widgets/smp-booking-button');
    requests = ((await executeServerCommand('network-requests')) as string[] | undefined) ?? [];
  });

  it('is really enforced: an HTML string is refused where markup is parsed, and reported', async () => {
    expect(() => (document.createElement('div').innerHTML = '<b>bold</b>')).to.throw(TypeError);
    await settle();
    expect(violations).to.deep.equal(['require-trusted-types-for: Element innerHTML|<b>bold</b>']);
    violations.length = 0;
  });

  it('loads the shared runtime once and defines each element once', () => {
    const runtimes = requests.filter((url) => /\/chunks\/runtime-[\w-]{8}\.js$/.test(new URL(url).pathname));
    expect(runtimes, `scripts requested: ${requests.join(', ')}`).to.have.length(1);
    expect(definitions).to.deep.equal({ 'smp-faq': 1, 'smp-before-after': 1, 'smp-transformations': 1, 'smp-booking-button': 1 });
  });

  it('renders all four elements on one page, and the FAQ publishes its FAQPage data, without a violation', async () => {
    const faq = Object.assign(document.createElement('smp-faq') as SmpFaq, { data: faqResponseEn });
    faq.setAttribute('search', '');
    faq.setAttribute('json-ld', '');
    const slider = Object.assign(document.createElement('smp-before-after') as SmpBeforeAfter, { data: transformationResponse(location.origin).data[0] });
    const gallery = Object.assign(document.createElement('smp-transformations') as SmpTransformations, { data: transformationResponse(location.origin) });
    const booking = Object.assign(document.createElement('smp-booking-button') as SmpBookingButton, { settings: bookingSettingsFixtures.form.data });
    document.body.append(faq, slider, gallery, booking);
    await Promise.all([faq, slider, gallery, booking].map((element) => element.updateComplete));

    expect(faq.shadowRoot!.querySelectorAll('button[part~="question"]')).to.have.length(faqResponseEn.data.length);
    expect(slider.shadowRoot!.querySelector('[role="slider"]')).to.exist;
    expect(gallery.shadowRoot!.querySelectorAll('.slot-placeholder, smp-before-after').length).to.equal(transformationResponse(location.origin).data.length);
    await until(() => document.head.querySelector('script[type="application/ld+json"]')?.textContent, 'the FAQPage data is published');
    expect(JSON.parse(document.head.querySelector('script[type="application/ld+json"]')!.textContent!)['@type']).to.equal('FAQPage');
    await settle();
    expect(violations).to.deep.equal([]);
  });

  it('opens the booking form, loaded on demand, without a violation', async () => {
    const booking = document.querySelector('smp-booking-button') as SmpBookingButton;
    booking.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!.click();
    await until(() => booking.shadowRoot!.querySelector('#field-name'), 'the form opens');
    booking.close();
    await settle();
    expect(violations).to.deep.equal([]);
  });
});
