import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SmpBeforeAfter, SmpBookingButton, SmpFaq, SmpTransformations } from '@smp-kit/widgets';
import { bookingSettingsFixtures } from '../fixtures/booking-fixtures.ts';
import { faqResponseEn } from '../fixtures/faq-fixtures.ts';
import { transformationResponse } from '../fixtures/transformation-fixtures.ts';

// The all-in-one embed a clinic pastes (`widgets.js`), as built: it carries the four elements in
// one file beside the shared runtime, loads their on-demand parts from the same chunks the
// element files use, and shares Lit with an element file on the same page. Trusted Types are
// enforced with one policy name, so a second Lit would fail here. No Lit-based test helper.
document.head.append(Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "require-trusted-types-for 'script'; trusted-types lit-html" }));

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`), true);
const definitions: Record<string, number> = {};
const define = customElements.define.bind(customElements);
customElements.define = (name, ...rest) => ((definitions[name] = (definitions[name] ?? 0) + 1), define(name, ...rest));

const BUILT = '/packages/widgets/dist/cdn/';
const scriptsRequested = async () => (((await executeServerCommand('network-requests')) as string[] | undefined) ?? []).map((url) => new URL(url).pathname).filter((path) => path.startsWith(BUILT)).map((path) => path.slice(BUILT.length));
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
const until = async (condition: () => unknown, what: string) => {
  for (let tries = 0; tries < 150; tries++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting until ${what}`);
};

describe('widgets.js, the all-in-one embed', () => {
  before(async () => {
    await executeServerCommand('network-record');
    const allInOne = `${BUILT}widgets.js`; // A variable: the file is served, not a module TypeScript knows.
    await import(allInOne);
  });

  it('downloads itself and the runtime, nothing else, and defines the four elements once', async () => {
    const scripts = await scriptsRequested();
    expect(scripts.filter((file) => !/^chunks\/runtime-[\w-]{8}\.js$/.test(file)), scripts.join(', ')).to.deep.equal(['widgets.js']);
    expect(scripts.filter((file) => file.startsWith('chunks/runtime-'))).to.have.length(1);
    expect(definitions).to.deep.equal({ 'smp-faq': 1, 'smp-booking-button': 1, 'smp-before-after': 1, 'smp-transformations': 1 });
  });

  it('renders all four, and the booking form opens from the shared on-demand chunks without any element file', async () => {
    const faq = Object.assign(document.createElement('smp-faq') as SmpFaq, { data: faqResponseEn });
    const slider = Object.assign(document.createElement('smp-before-after') as SmpBeforeAfter, { data: transformationResponse(location.origin).data[0] });
    const gallery = Object.assign(document.createElement('smp-transformations') as SmpTransformations, { data: transformationResponse(location.origin) });
    const booking = Object.assign(document.createElement('smp-booking-button') as SmpBookingButton, { settings: bookingSettingsFixtures.form.data });
    document.body.append(faq, slider, gallery, booking);
    await Promise.all([faq, slider, gallery, booking].map((element) => element.updateComplete));
    expect(faq.shadowRoot!.querySelectorAll('button[part~="question"]')).to.have.length(faqResponseEn.data.length);
    expect(slider.shadowRoot!.querySelector('[role="slider"]')).to.exist;
    // Each card shows a placeholder until it nears the viewport, then its slider.
    expect(gallery.shadowRoot!.querySelectorAll('.slot-placeholder, smp-before-after').length).to.equal(transformationResponse(location.origin).data.length);

    booking.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!.click();
    await until(() => booking.shadowRoot!.querySelector('#field-name'), 'the form opens');
    booking.close();
    const scripts = await scriptsRequested();
    expect(scripts.some((file) => file.startsWith('chunks/booking-dialog-'))).to.equal(true);
    expect(scripts.some((file) => file.startsWith('chunks/booking-form-controller-'))).to.equal(true);
    expect(scripts.filter((file) => file.startsWith('smp-')), 'no element file').to.deep.equal([]);
    await settle();
    expect(violations).to.deep.equal([]);
  });

  it('shares Lit with an element file on the same page: no second runtime, no second definition, still renders', async () => {
    await import('@smp-kit/widgets/smp-faq');
    const scripts = await scriptsRequested();
    expect(scripts).to.include('smp-faq.js');
    expect(scripts.filter((file) => file.startsWith('chunks/runtime-'))).to.have.length(1);
    expect(definitions['smp-faq']).to.equal(1);
    const faq = Object.assign(document.createElement('smp-faq') as SmpFaq, { data: faqResponseEn });
    document.body.append(faq);
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelectorAll('button[part~="question"]')).to.have.length(faqResponseEn.data.length);
    await settle();
    expect(violations).to.deep.equal([]);
  });
});
