import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@smp-kit/widgets/smp-faq';
import type { SmpFaq } from '@smp-kit/widgets';
import { faqResponseEn } from '../fixtures/faq-fixtures.ts';
import { fixtureCms as cms, loaded, questionTexts, requestCount, switchFixtureCms } from '../helpers/faq-test-helpers.ts';

const fallback = html`<details><summary>Static question</summary><p>Static answer</p></details>`;
const showsFallback = (faq: SmpFaq) => !!faq.shadowRoot!.querySelector('slot')?.assignedElements().length;

describe('<smp-faq> data', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => switchFixtureCms('up'));

  it('gives up on a CMS slower than its timeout and shows the fallback', async () => {
    const faq = await fixture<SmpFaq>(html`<smp-faq src=${cms('slow')} timeout="300">${fallback}</smp-faq>`);
    await waitUntil(() => showsFallback(faq), 'no fallback after the timeout', { timeout: 3000 });
    expect(questionTexts(faq)).to.deep.equal([]);
  });

  it('sends one request when several elements ask for the same thing', async () => {
    const locale = `en-x${Date.now()}`;
    const page = await fixture(html`<div>
      <smp-faq src=${cms('ok')} locale=${locale}></smp-faq><smp-faq src=${cms('ok')} locale=${locale}></smp-faq><smp-faq src=${cms('ok')} locale=${locale}></smp-faq>
    </div>`);
    const elements = [...page.querySelectorAll('smp-faq')];
    await Promise.all(elements.map(loaded));
    expect(elements.map((faq) => questionTexts(faq).length)).to.deep.equal([3, 3, 3]);
    expect(await requestCount(`/fixture-cms/ok/api/smp-kit/faqs?locale=${locale}`)).to.equal(1);
  });

  it('shows the answer for the latest attribute, not a slower earlier request', async () => {
    const faq = await fixture<SmpFaq>(html`<smp-faq src=${cms('slow')}></smp-faq>`);
    faq.src = cms('ok');
    faq.locale = 'de';
    await loaded(faq);
    await new Promise((resolve) => setTimeout(resolve, 5500)); // The slow answer arrives and must be ignored.
    expect(questionTexts(faq)).to.deep.equal(['Was ist Skalp-Mikropigmentierung?']);
  }).timeout(9000);

  it('renders the last good copy at once on a repeat visit, even when the CMS is down', async () => {
    const first = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('switchable')}></smp-faq>`));
    expect(questionTexts(first)).to.have.length(3);
    first.remove();

    await switchFixtureCms('down');
    const repeat = await fixture<SmpFaq>(html`<smp-faq src=${cms('switchable')}>${fallback}</smp-faq>`);
    expect(questionTexts(repeat), 'rendered on first paint, before any answer').to.have.length(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(showsFallback(repeat)).to.equal(false);
    expect(questionTexts(repeat)).to.have.length(3);
  });

  it('retries quietly and shows the questions when the CMS comes back', async () => {
    await switchFixtureCms('down');
    const faq = await fixture<SmpFaq>(html`<smp-faq src=${cms('switchable')}>${fallback}</smp-faq>`);
    await waitUntil(() => showsFallback(faq), 'no fallback while the CMS is down');
    await switchFixtureCms('up');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => questionTexts(faq).length === 3, 'the questions did not come back');
    expect(showsFallback(faq)).to.equal(false);
  });

  it('uses a <script type="application/json"> child instead of the CMS', async () => {
    const json = JSON.stringify(faqResponseEn);
    const locale = `en-x${Date.now()}`;
    const faq = await loaded(
      await fixture<SmpFaq>(html`<smp-faq src=${cms('server-error')} locale=${locale}><script type="application/json">${json}</script></smp-faq>`),
    );
    expect(questionTexts(faq)).to.deep.equal(faqResponseEn.data.map((entry) => entry.question));
    expect(await requestCount(`/fixture-cms/server-error/api/smp-kit/faqs?locale=${locale}`)).to.equal(0);
  });

  it('shows the fallback, not "no questions", when its data holds entries but none is valid', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    addEventListener('unhandledrejection', onError);
    try {
      const broken = JSON.stringify({ data: [{ nonsense: true }, { ...faqResponseEn.data[0], slug: 'Not A Slug' }] });
      const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('server-error')}>${fallback}<script type="application/json">${broken}</script></smp-faq>`));
      expect(showsFallback(faq)).to.equal(true);
      expect(faq.shadowRoot!.textContent).not.to.contain('No questions have been published');
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('unhandledrejection', onError);
    }
  });

  it('keeps the host page free of uncaught errors when the CMS fails in every way', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const page = await fixture(html`<div>
        ${['server-error', 'malformed', 'invalid-entries', 'empty', 'no-such-scenario'].map((scenario) => html`<smp-faq src=${cms(scenario)}>${fallback}</smp-faq>`)}
        <smp-faq src="http://127.0.0.1:9/unreachable">${fallback}</smp-faq>
      </div>`);
      await Promise.all([...page.querySelectorAll('smp-faq')].map(loaded));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  });
});
