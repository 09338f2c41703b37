import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@smp-kit/widgets/smp-faq';
import type { SmpFaq } from '@smp-kit/widgets';
import { faqResponseEn } from '../fixtures/faq-fixtures.ts';
import { fixtureCms as cms, loaded, questionButtons } from '../helpers/faq-test-helpers.ts';

const jsonLdScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

describe('<smp-faq> presentation', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  describe('structured data (json-ld)', () => {
    it('adds one FAQPage script for the entries shown, and removes it with the element', async () => {
      const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} json-ld></smp-faq>`));
      await faq.updateComplete;
      const scripts = jsonLdScripts();
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.textContent!);
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((question: { name: string }) => question.name)).to.deep.equal(faqResponseEn.data.map((entry) => entry.question));
      expect(data.mainEntity[0].acceptedAnswer).to.deep.equal({ '@type': 'Answer', text: 'A cosmetic tattoo that looks like closely cut hair.' });

      faq.data = faqResponseEn.data.slice(0, 1);
      await faq.updateComplete;
      expect(JSON.parse(jsonLdScripts()[0]!.textContent!).mainEntity).to.have.length(1);

      faq.remove();
      expect(jsonLdScripts()).to.have.length(0);
    });

    it('adds nothing without the json-ld attribute', async () => {
      await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
      expect(jsonLdScripts()).to.have.length(0);
    });

    it('cannot be broken out of by a question containing </script>', async () => {
      const faq = await fixture<SmpFaq>(html`<smp-faq json-ld></smp-faq>`);
      faq.data = [{ ...faqResponseEn.data[0]!, question: '</script><script>window.__smpXss=1</script>' }];
      await faq.updateComplete;
      expect(jsonLdScripts()[0]!.textContent).not.to.contain('</script>');
      expect(JSON.parse(jsonLdScripts()[0]!.textContent!).mainEntity[0].name).to.equal('</script><script>window.__smpXss=1</script>');
    });
  });

  it('mirrors for right-to-left pages: text on the right, the icon on the left', async () => {
    const wrapper = await fixture(html`<div dir="rtl" style="width: 600px"><smp-faq src=${cms('ok')}></smp-faq></div>`);
    const faq = await loaded(wrapper.querySelector('smp-faq')!);
    const button = questionButtons(faq)[0]!;
    const text = button.querySelector('span')!.getBoundingClientRect();
    const icon = button.querySelector('svg')!.getBoundingClientRect();
    expect(icon.right).to.be.lessThan(text.left);
    expect(getComputedStyle(button).textAlign).to.equal('start');
  });

  it('follows the visitor’s dark colour scheme with theme="auto", and stays light by default', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} theme="auto"></smp-faq>`));
    const plain = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} style="color: rgb(10, 10, 10)"></smp-faq>`));
    expect(getComputedStyle(auto).color).to.equal('rgb(241, 243, 244)');
    expect(getComputedStyle(plain).color).to.equal('rgb(10, 10, 10)');
  });

  it('uses the theme colours given as --smp-* custom properties', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} style="--smp-color-text: rgb(1, 2, 3); --smp-color-accent: rgb(200, 0, 0)"></smp-faq>`));
    expect(getComputedStyle(faq).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(questionButtons(faq)[0]!.querySelector('svg')!).stroke).to.equal('rgb(200, 0, 0)');
  });

  it('styles the search box, which brings its rules with its on-demand code', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} search style="--smp-color-surface: rgb(250, 240, 230)"></smp-faq>`));
    const input = faq.shadowRoot!.querySelector<HTMLInputElement>('input[part~="search"]')!;
    expect(getComputedStyle(input).backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(getComputedStyle(input).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(input.closest('label')!).display).to.equal('grid');
  });

  it('does not animate for visitors who ask for reduced motion', async () => {
    const animated = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
    expect(getComputedStyle(questionButtons(animated)[0]!.querySelector('svg')!).transitionDuration).to.equal('0.2s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(questionButtons(animated)[0]!.querySelector('svg')!).transitionDuration).to.equal('0s');
  });

  it('shows a visible focus ring on the question the keyboard reaches', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')}></smp-faq>`));
    questionButtons(faq)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const style = getComputedStyle(questionButtons(faq)[1]!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('exposes parts for page styling', async () => {
    const faq = await loaded(await fixture<SmpFaq>(html`<smp-faq src=${cms('ok')} search expand-all></smp-faq>`));
    for (const part of ['toolbar', 'search', 'expand-all', 'group', 'group-heading', 'item', 'question', 'icon', 'answer']) {
      expect(faq.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('passes axe with search, grouping, an open answer and the German interface', async () => {
    const wrapper = await fixture(html`<div lang="de"><smp-faq src=${cms('ok')} search expand-all></smp-faq></div>`);
    const faq = await loaded(wrapper.querySelector('smp-faq')!);
    questionButtons(faq)[0]!.click();
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelector('label')!.textContent).to.contain('Fragen durchsuchen');
    await expect(faq).to.be.accessible();
  });
});
