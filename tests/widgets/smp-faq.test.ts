import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@smp-kit/widgets/smp-faq';
import type { SmpFaq } from '@smp-kit/widgets';
import { faqResponseEn, xssAnswerText, xssQuestion } from '../fixtures/faq-fixtures.ts';

const cms = (scenario: string) => `${location.origin}/fixture-cms/${scenario}`;

async function loaded(element: SmpFaq): Promise<SmpFaq> {
  await waitUntil(() => !element.shadowRoot!.querySelector('[aria-busy="true"]'), 'the FAQ never finished loading', { timeout: 9000 });
  await element.updateComplete;
  return element;
}

const questions = (element: SmpFaq) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="question"]')];
/** Whether a person sees the panel: a closed one takes no space at all. */
const isShown = (panel: HTMLElement) => panel.getBoundingClientRect().height > 0;
const panelOf = (element: SmpFaq, button: HTMLButtonElement) => element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;

describe('<smp-faq>', () => {
  beforeEach(() => localStorage.clear());

  it('renders the published questions from the CMS in the order it sends them', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
    expect(questions(faq).map((button) => button.textContent!.trim())).to.deep.equal(faqResponseEn.data.map((entry) => entry.question));
  });

  it('shows a busy placeholder while the CMS is answering', async () => {
    const faq = await fixture<SmpFaq>(html`<smp-faq src=${cms('slow')}></smp-faq>`);
    const status = faq.shadowRoot!.querySelector('[role="status"]');
    expect(status).to.exist;
    expect(status!.getAttribute('aria-busy')).to.equal('true');
    expect(status!.textContent).to.contain('Loading questions');
  });

  it('wraps each question button alone in a heading of the chosen level', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} category="treatment" heading-level="4"></smp-faq>`));
    for (const button of questions(faq)) {
      expect(button.parentElement!.tagName).to.equal('H4');
      expect(button.parentElement!.children.length).to.equal(1);
    }
    const defaultLevel = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} category="treatment"></smp-faq>`));
    expect(questions(defaultLevel)[0]!.parentElement!.tagName).to.equal('H3');
  });

  it('groups several categories under their own headings, questions one level below', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} heading-level="2"></smp-faq>`));
    const groupHeadings = [...faq.shadowRoot!.querySelectorAll('[part~="group-heading"]')];
    expect(groupHeadings.map((heading) => [heading.tagName, heading.textContent!.trim()])).to.deep.equal([
      ['H2', 'About SMP'],
      ['H2', 'The treatment'],
    ]);
    expect(questions(faq).map((button) => button.parentElement!.tagName)).to.deep.equal(['H3', 'H3', 'H3']);
  });

  it('links every question to its answer panel with ARIA, all closed at first', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
    for (const button of questions(faq)) {
      const panel = panelOf(faq, button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(isShown(panel)).to.equal(false);
      expect(panel.getAttribute('hidden'), 'closed answers stay findable with Ctrl+F').to.equal('until-found');
    }
  });

  it('opens and closes an answer with Enter and Space', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
    const [first] = questions(faq);
    first!.focus();

    await sendKeys({ press: 'Enter' });
    await faq.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(panelOf(faq, first!))).to.equal(true);
    expect(panelOf(faq, first!).textContent).to.contain('cosmetic tattoo');

    await sendKeys({ press: 'Space' });
    await faq.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(panelOf(faq, first!))).to.equal(false);
  });

  it('moves focus between questions with the arrow keys, Home and End', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
    const buttons = questions(faq);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(faq.shadowRoot!.activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(faq.shadowRoot!.activeElement).to.equal(buttons.at(-1));
    await sendKeys({ press: 'ArrowDown' });
    expect(faq.shadowRoot!.activeElement).to.equal(buttons[0], 'ArrowDown on the last question wraps to the first');
    await sendKeys({ press: 'ArrowUp' });
    expect(faq.shadowRoot!.activeElement).to.equal(buttons.at(-1));
    await sendKeys({ press: 'Home' });
    expect(faq.shadowRoot!.activeElement).to.equal(buttons[0]);
  });

  it('announces each toggle with a bubbling, composed smp-toggle event', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
    const heard = oneEvent(document, 'smp-toggle');
    questions(faq)[1]!.click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ slug: 'does-it-grow-hair', open: true });
  });

  it('renders rich answers structurally: lists, bold text and safe links', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
    const panel = panelOf(faq, questions(faq)[1]!);
    expect(panel.querySelectorAll('ul > li')).to.have.length(2);
    expect(panel.querySelector('strong')!.textContent).to.equal('not');
    expect(panel.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/dermatology');
  });

  it('shows questions in the language of the nearest lang attribute', async () => {
    const wrapper = await fixture(html`<div lang="de"><smp-faq src=${cms('ok')}></smp-faq></div>`);
    const faq = await loaded(wrapper.querySelector('smp-faq')!);
    expect(questions(faq).map((button) => button.textContent!.trim())).to.deep.equal(['Was ist Skalp-Mikropigmentierung?']);
  });

  it('shows only the entries of the chosen category', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} category="treatment"></smp-faq>`));
    expect(questions(faq).map((button) => button.textContent!.trim())).to.deep.equal(['How many sessions are needed?']);
  });

  it('renders entries given as the data property without asking the CMS', async () => {
    const faq = document.createElement('smp-faq');
    const locale = `en-x${Date.now()}`;
    faq.src = cms('server-error');
    faq.locale = locale;
    faq.data = faqResponseEn.data.slice(0, 1);
    document.body.append(faq);
    try {
      await faq.updateComplete;
      expect(questions(faq).map((button) => button.textContent!.trim())).to.deep.equal([faqResponseEn.data[0]!.question]);
      const response = await fetch(`/fixture-cms/requests?url=${encodeURIComponent(`/fixture-cms/server-error/api/smp-kit/faqs?locale=${locale}`)}`);
      expect((await response.json()).count).to.equal(0);
    } finally {
      faq.remove();
    }
  });

  for (const scenario of ['server-error', 'malformed']) {
    it(`shows its light-DOM fallback when the CMS answer is unusable (${scenario})`, async () => {
      const faq = await loaded(
        await fixture<SmpFaq>(html`<smp-faq src=${cms(scenario)}><details><summary>Static question</summary><p>Static answer</p></details></smp-faq>`),
      );
      const slot = faq.shadowRoot!.querySelector('slot')!;
      expect(slot).to.exist;
      expect(slot.assignedElements().map((element) => element.tagName)).to.deep.equal(['DETAILS']);
      expect(questions(faq)).to.have.length(0);
    });
  }

  it('says the questions could not be loaded when it has no fallback content', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('server-error')}></smp-faq>`));
    expect(faq.shadowRoot!.textContent).to.contain('could not be loaded');
  });

  it('keeps the valid entries when the CMS sends some invalid ones', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('invalid-entries')}></smp-faq>`));
    expect(questions(faq).map((button) => button.textContent!.trim())).to.deep.equal([faqResponseEn.data[0]!.question]);
  });

  it('says so when no questions are published', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('empty')}></smp-faq>`));
    expect(faq.shadowRoot!.textContent).to.contain('No questions have been published yet.');
  });

  it('shows markup and script in CMS text as plain text and neutralises javascript: links', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('hostile')}></smp-faq>`));
    const [button] = questions(faq);
    button!.click();
    await faq.updateComplete;
    const panel = panelOf(faq, button!);
    expect(button!.textContent!.trim()).to.equal(xssQuestion);
    expect(panel.textContent).to.contain(xssAnswerText);
    expect(faq.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(panel.querySelector('a')).to.equal(null);
    expect(panel.textContent).to.contain('click me');
    expect((window as { __smpXss?: number }).__smpXss).to.equal(undefined);
  });

  it('passes axe with answers closed and open', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
    await expect(faq).to.be.accessible();
    questions(faq).forEach((button) => button.click());
    await faq.updateComplete;
    await expect(faq).to.be.accessible();
  });
});
