import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@smp-kit/widgets/smp-faq';
import type { SmpFaq } from '@smp-kit/widgets';
import { faqResponseEn } from '../fixtures/faq-fixtures.ts';
import { loaded, openSlugs, questionButtons, questionTexts } from '../helpers/faq-test-helpers.ts';

// Search, json-ld and link-hash are a module of their own, loaded only by an element with one of
// those attributes. These tests run in order in one page: a module, once loaded (or failed), stays so.
const EXTRAS_CODE = '*faq-extras*';
const extrasRequests = async () => ((await executeServerCommand('network-requests')) as string[]).filter((url) => url.includes('faq-extras'));
const jsonLdScripts = () => document.head.querySelectorAll('script[type="application/ld+json"]');

describe('<smp-faq> loads search, json-ld and link-hash on demand', () => {
  before(() => executeServerCommand('network-record'));
  after(() => executeServerCommand('network-block', { urls: [] }));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('downloads no code for them when the element uses none of them', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq expand-all single .data=${faqResponseEn}></smp-faq>`));
    await aTimeout(300);
    expect(questionTexts(faq)).to.have.length(3);
    expect(await extrasRequests()).to.deep.equal([]);
  });

  it('still shows, opens and closes the questions when that code cannot load, without a page error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    await executeServerCommand('network-block', { urls: [EXTRAS_CODE] });
    try {
      // Given the code for search, json-ld and link-hash fails to load
      const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq search json-ld link-hash expand-all .data=${faqResponseEn}></smp-faq>`));
      // The browser reports requests to the test server on its own channel: wait for it.
      await waitUntil(async () => (await extrasRequests()).length > 0, 'the element never asked for the code');

      // Then the questions work as without those attributes
      expect(questionTexts(faq)).to.deep.equal(faqResponseEn.data.map((entry) => entry.question));
      expect(faq.shadowRoot!.querySelector('input[part~="search"]'), 'no search box that cannot search').to.equal(null);
      expect(faq.shadowRoot!.querySelector('[part~="expand-all"]')).to.exist;
      expect(jsonLdScripts()).to.have.length(0);
      questionButtons(faq)[0]!.click();
      await faq.updateComplete;
      expect(openSlugs(faq)).to.deep.equal(['what-is-smp']);
      questionButtons(faq)[0]!.click();
      await faq.updateComplete;
      expect(openSlugs(faq)).to.deep.equal([]);
      await aTimeout(100);
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  });
});
