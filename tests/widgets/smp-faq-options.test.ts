import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@smp-kit/widgets/smp-faq';
import type { SmpFaq } from '@smp-kit/widgets';
import { faqResponseEn } from '../fixtures/faq-fixtures.ts';
import { fixtureCms as cms, loaded, openSlugs, questionButtons, shownQuestionTexts } from '../helpers/faq-test-helpers.ts';

describe('<smp-faq> options', () => {
  beforeEach(() => localStorage.clear());

  it('opens the entries named in `open` at start', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} open="how-many-sessions what-is-smp"></smp-faq>`));
    expect(openSlugs(faq).sort()).to.deep.equal(['how-many-sessions', 'what-is-smp']);
  });

  it('keeps only one answer open with `single`', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} single></smp-faq>`));
    const [first, second] = questionButtons(faq);
    first!.click();
    await faq.updateComplete;
    const closing = oneEvent(faq, 'smp-toggle');
    second!.click();
    expect((await closing).detail).to.deep.equal({ slug: 'what-is-smp', open: false });
    await faq.updateComplete;
    expect(openSlugs(faq)).to.deep.equal(['does-it-grow-hair']);
  });

  it('expands and collapses every entry with the expand-all button', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} expand-all></smp-faq>`));
    const toggleAll = faq.shadowRoot!.querySelector<HTMLButtonElement>('[part~="expand-all"]')!;
    expect(toggleAll.textContent!.trim()).to.equal('Expand all');
    toggleAll.click();
    await faq.updateComplete;
    expect(openSlugs(faq)).to.have.length(3);
    expect(toggleAll.textContent!.trim()).to.equal('Collapse all');
    toggleAll.click();
    await faq.updateComplete;
    expect(openSlugs(faq)).to.deep.equal([]);
  });

  describe('search', () => {
    it('shows the search box in the same render as the questions, so nothing moves when its code arrives', async () => {
      const faq = document.createElement('smp-faq');
      faq.search = true;
      faq.data = faqResponseEn;
      const renders: Array<{ questions: number; searchBox: boolean }> = [];
      const observer = new MutationObserver(() =>
        renders.push({ questions: questionButtons(faq).length, searchBox: !!faq.shadowRoot!.querySelector('input[part~="search"]') }),
      );
      document.body.append(faq);
      observer.observe(faq.shadowRoot!, { childList: true, subtree: true });
      try {
        await loaded(faq);
        expect(renders.filter((render) => render.questions > 0 && !render.searchBox), 'questions shown before their search box').to.deep.equal([]);
        expect(renders.at(-1)).to.deep.equal({ questions: 3, searchBox: true });
      } finally {
        observer.disconnect();
        faq.remove();
      }
    });

    it('filters questions and answers as the user types, ignoring case and accents', async () => {
      const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} search></smp-faq>`));
      const input = faq.shadowRoot!.querySelector<HTMLInputElement>('input[part~="search"]')!;
      input.focus();
      await sendKeys({ type: 'SESSIONS' });
      await faq.updateComplete;
      expect(shownQuestionTexts(faq)).to.deep.equal(['How many sessions are needed?']);

      // "dermatologist" only appears in an answer.
      input.select();
      await sendKeys({ type: 'dermatologist' });
      await faq.updateComplete;
      expect(shownQuestionTexts(faq)).to.deep.equal(['Does SMP make hair grow?']);
    });

    it('finds accented text when the visitor types without accents', async () => {
      const wrapper = await fixture(html`<div lang="de"><smp-faq src=${cms('ok')} search></smp-faq></div>`);
      const faq = await loaded(wrapper.querySelector('smp-faq')!);
      faq.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
      // The German answer says "Tätowierung".
      await sendKeys({ type: 'TATOWIERUNG' });
      await faq.updateComplete;
      expect(shownQuestionTexts(faq)).to.deep.equal(['Was ist Skalp-Mikropigmentierung?']);
      await sendKeys({ type: 'x' });
      await faq.updateComplete;
      expect(shownQuestionTexts(faq)).to.deep.equal([]);
    });

    it('announces the number of matches in a live region and fires smp-search', async () => {
      const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} search></smp-faq>`));
      const input = faq.shadowRoot!.querySelector<HTMLInputElement>('input[part~="search"]')!;
      expect(input.labels![0]!.textContent).to.contain('Search the questions');
      input.focus();
      const searched = oneEvent(faq, 'smp-search');
      await sendKeys({ type: 'hair' });
      expect((await searched).detail).to.deep.equal({ query: 'h', matches: 3 });
      await faq.updateComplete;
      const live = faq.shadowRoot!.querySelector('[role="status"]')!;
      // "hair" is in the second question and in the first answer ("closely cut hair").
      expect(live.textContent!.trim()).to.equal('2 questions match.');

      await sendKeys({ type: 'xyz' });
      await faq.updateComplete;
      expect(live.textContent!.trim()).to.equal('No questions match your search.');
      expect(faq.shadowRoot!.querySelector('p[part~="status"]')!.textContent).to.contain('No questions match');
    });

    it('hides a category heading when none of its questions match', async () => {
      const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} search></smp-faq>`));
      faq.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
      await sendKeys({ type: 'sessions' });
      await faq.updateComplete;
      const shownHeadings = [...faq.shadowRoot!.querySelectorAll<HTMLElement>('[part~="group-heading"]')].filter((heading) => heading.getBoundingClientRect().height > 0);
      expect(shownHeadings.map((heading) => heading.textContent!.trim())).to.deep.equal(['The treatment']);
    });

    it('moves arrow-key focus only through the questions that match', async () => {
      const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} search></smp-faq>`));
      faq.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
      await sendKeys({ type: 'hair' });
      await faq.updateComplete;
      const [first, second, third] = questionButtons(faq);
      const focusedId = () => faq.shadowRoot!.activeElement?.id;
      first!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedId()).to.equal(second!.id);
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedId(), 'the hidden third question is skipped').to.equal(first!.id);
      expect(third!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('deep links', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('opens the entry named in the URL hash and scrolls to it', async () => {
      history.replaceState(null, '', '#how-many-sessions');
      const page = await fixture(html`<div><div style="height: 3000px"></div><smp-faq src=${cms('ok')}></smp-faq></div>`);
      const faq = await loaded(page.querySelector('smp-faq')!);
      await faq.updateComplete;
      expect(openSlugs(faq)).to.deep.equal(['how-many-sessions']);
      const item = faq.shadowRoot!.getElementById('how-many-sessions')!;
      const top = item.getBoundingClientRect().top;
      expect(top).to.be.within(-1, window.innerHeight - 10);
    });

    it('opens an entry when the hash changes to its slug', async () => {
      const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
      location.hash = 'does-it-grow-hair';
      await oneEvent(window, 'hashchange');
      await faq.updateComplete;
      expect(openSlugs(faq)).to.deep.equal(['does-it-grow-hair']);
    });

    it('keeps the URL hash on the open entry with link-hash', async () => {
      const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} link-hash></smp-faq>`));
      const historyLength = history.length;
      questionButtons(faq)[2]!.click();
      expect(location.hash).to.equal('#how-many-sessions');
      questionButtons(faq)[2]!.click();
      expect(location.hash).to.equal('');
      expect(history.length, 'no history entry per click').to.equal(historyLength);
    });

    it('gives every entry a stable id from its slug', async () => {
      const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
      expect([...faq.shadowRoot!.querySelectorAll('[part~="item"]')].map((item) => item.id)).to.deep.equal(['what-is-smp', 'does-it-grow-hair', 'how-many-sessions']);
    });
  });

  it('opens a closed answer when find-in-page reveals it (beforematch)', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
    const panel = faq.shadowRoot!.getElementById('a-how-many-sessions')!;
    expect(panel.getAttribute('hidden')).to.equal('until-found');
    // What Chromium dispatches when Ctrl+F finds text inside a hidden="until-found" element.
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await faq.updateComplete;
    expect(openSlugs(faq)).to.deep.equal(['how-many-sessions']);
    expect(panel.hasAttribute('hidden')).to.equal(false);
  });
});
