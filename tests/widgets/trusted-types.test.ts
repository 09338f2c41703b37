import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SmpBookingButton } from '@smp-kit/widgets';
import { appendFourElements } from '../helpers/four-elements.ts';
import { definitions, settle, until, violations } from '../helpers/trusted-types-page.ts';

// A clinic page that enforces Trusted Types and allows exactly one policy name, without
// 'allow-duplicates' (set up by the helper): the only Lit here is the widgets' runtime.

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
    await appendFourElements(['search', 'json-ld']);
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
