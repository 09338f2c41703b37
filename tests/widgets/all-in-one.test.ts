import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SmpFaq } from '@smp-kit/widgets';
import { faqResponseEn } from '../fixtures/faq-fixtures.ts';
import { appendFourElements } from '../helpers/four-elements.ts';
import { definitions, settle, until, violations } from '../helpers/trusted-types-page.ts';

// The all-in-one embed a clinic pastes (`widgets.js`), as built: it carries the four elements in
// one file beside the shared runtime, loads their on-demand parts from the same chunks the
// element files use, and shares Lit with an element file on the same page. Trusted Types are
// enforced with one policy name (the helper), so a second Lit would fail here.

const BUILT = '/packages/widgets/dist/cdn/';
const scriptsRequested = async () => (((await executeServerCommand('network-requests')) as string[] | undefined) ?? []).map((url) => new URL(url).pathname).filter((path) => path.startsWith(BUILT)).map((path) => path.slice(BUILT.length));

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
    const { booking } = await appendFourElements();

    booking.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!.click();
    await until(() => booking.shadowRoot!.querySelector('#field-name'), 'the form opens', 150);
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
