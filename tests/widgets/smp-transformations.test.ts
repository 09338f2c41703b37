import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@smp-kit/widgets/smp-transformations';
import type { SmpBeforeAfter, SmpTransformations } from '@smp-kit/widgets';
import { transformationResponse, xssCaption, xssTitle } from '../fixtures/transformation-fixtures.ts';

const cms = (scenario: string) => `${location.origin}/fixture-cms/${scenario}`;

async function loaded(element: SmpTransformations): Promise<SmpTransformations> {
  await waitUntil(() => !element.shadowRoot!.querySelector('[aria-busy="true"]'), 'the gallery never finished loading', { timeout: 9000 });
  await element.updateComplete;
  return element;
}

const cards = (element: SmpTransformations) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]')];
const titles = (element: SmpTransformations) => cards(element).map((card) => card.querySelector('[part~="title"]')!.textContent!.trim());
const filters = (element: SmpTransformations) => [...element.shadowRoot!.querySelectorAll<HTMLLabelElement>('[part~="filter"]')];
/** The checkbox of the option whose label starts with `name` ("Crown" in "Crown (1)"). */
const filterNamed = (element: SmpTransformations, name: string) => {
  const label = filters(element).find((option) => option.textContent!.trim().replace(/\s*\(\d+\)$/, '') === name);
  if (!label) throw new Error(`no filter option "${name}" among: ${filters(element).map((option) => option.textContent!.trim()).join(' | ')}`);
  return label.querySelector('input')!;
};
const facets = (element: SmpTransformations) =>
  [...element.shadowRoot!.querySelectorAll('fieldset[part~="facet"]')].map((fieldset) => ({
    legend: fieldset.querySelector('legend')!.textContent!.trim(),
    options: [...fieldset.querySelectorAll('label')].map((label) => label.textContent!.replace(/\s+/g, ' ').trim()),
  }));
const checked = (element: SmpTransformations) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="filter"] input:checked')].map((input) => input.value);
/** The filter arrives in its own chunk, with or just after the results. */
async function withFilters(element: SmpTransformations): Promise<SmpTransformations> {
  await loaded(element);
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="filters"]'), 'the filter never appeared');
  return element;
}
const sliderOf = (card: HTMLElement) => card.querySelector<SmpBeforeAfter>('smp-before-after');

/** Scrolls past each card (as a visitor would) until `count` cards have their slider. */
async function slidersMounted(element: SmpTransformations, count: number): Promise<SmpBeforeAfter[]> {
  for (const card of cards(element).slice(0, count)) {
    card.scrollIntoView();
    await waitUntil(() => sliderOf(card), 'a card in view never got its slider');
  }
  window.scrollTo(0, 0);
  await waitUntil(() => cards(element).filter((card) => sliderOf(card)).length === count, `expected ${count} sliders`);
  const sliders = cards(element).map(sliderOf).filter((slider): slider is SmpBeforeAfter => !!slider);
  await Promise.all(sliders.map((slider) => slider.updateComplete));
  return sliders;
}

const english = () => transformationResponse(location.origin).data;

describe('<smp-transformations>', () => {
  beforeEach(() => localStorage.clear());

  it('shows one card per published result: title, slider, caption and sessions', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    expect(titles(gallery)).to.deep.equal(english().map((item) => item.title));
    const [hairline, , scar] = cards(gallery);
    expect(hairline!.querySelector('[part~="title"]')!.tagName).to.equal('H3');
    expect(hairline!.querySelector('[part~="caption"]')!.textContent).to.equal(english()[0]!.caption);
    expect(hairline!.querySelector('[part~="sessions"]')!.textContent).to.equal('3 sessions');
    expect(scar!.querySelector('[part~="caption"]'), 'an empty caption leaves no empty paragraph').to.equal(null);
    const [slider] = await slidersMounted(gallery, 3);
    const image = slider!.shadowRoot!.querySelector('img')!;
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(slider!.shadowRoot!.querySelector('[role="slider"]')!.getAttribute('aria-label')).to.equal(`Before/after divider: ${english()[0]!.title}`);
  });

  it('uses the heading level the page asks for', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')} heading-level="2"></smp-transformations>`));
    expect(cards(gallery).map((card) => card.querySelector('[part~="title"]')!.tagName)).to.deep.equal(['H2', 'H2', 'H2']);
  });

  it('offers a fieldset of checkboxes per fact on which the results differ, each option with its count, none checked', async () => {
    const gallery = await withFilters(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    const group = gallery.shadowRoot!.querySelector('[part~="filters"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Filter results');
    expect(facets(gallery)).to.deep.equal([
      { legend: 'Treated area', options: ['Hairline (1)', 'Crown (1)', 'Density (1)', 'Scars (1)'] },
      { legend: 'Hair-loss pattern', options: ['Norwood 3 vertex (1)', 'Norwood 4 (1)', 'No pattern hair loss (1)'] },
      { legend: 'Skin tone', options: ['Type II (2)', 'Type V (1)'] },
      { legend: 'Hair colour', options: ['Black (2)', 'Dark brown (1)'] },
      { legend: 'Photos', options: ['Unretouched (2)', 'Edited or illustrated (1)'] },
    ]);
    expect(checked(gallery)).to.deep.equal([]);
    expect(gallery.shadowRoot!.querySelector('[part~="clear"]'), 'nothing to clear yet').to.equal(null);
  });

  it('shows results with any checked option of a fact and all checked facts, recounts the options and announces how many are shown', async () => {
    const gallery = await withFilters(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    const status = gallery.shadowRoot!.querySelector('[role="status"]')!;

    filterNamed(gallery, 'Type II').click();
    await gallery.updateComplete;
    expect(titles(gallery)).to.deep.equal(['A defined hairline', 'Blending a scar']);
    expect(status.textContent).to.equal('2 results shown.');
    expect(facets(gallery)[3], 'counts say what checking an option of another fact would show').to.deep.equal({ legend: 'Hair colour', options: ['Black (1)', 'Dark brown (1)'] });
    expect(facets(gallery)[2], 'options of the checked fact keep counting without it').to.deep.equal({ legend: 'Skin tone', options: ['Type II (2)', 'Type V (1)'] });

    filterNamed(gallery, 'Black').click();
    await gallery.updateComplete;
    expect(titles(gallery), 'every checked fact must match').to.deep.equal(['Blending a scar']);
    expect(status.textContent).to.equal('1 result shown.');

    filterNamed(gallery, 'Type V').click();
    await gallery.updateComplete;
    expect(titles(gallery), 'within a fact, any checked option matches').to.deep.equal(['More density at the crown', 'Blending a scar']);
    expect(checked(gallery)).to.deep.equal(['fitzpatrick-2', 'fitzpatrick-5', 'black']);

    gallery.toggleTag('scar');
    await gallery.updateComplete;
    expect(titles(gallery)).to.deep.equal(['Blending a scar']);
    expect(filterNamed(gallery, 'Scars').checked, 'toggleTag checks the treated-area option').to.equal(true);
  });

  it('says no result matches, and "Clear filters" shows every result again with focus on the first option', async () => {
    const gallery = await withFilters(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    filterNamed(gallery, 'Hairline').click();
    filterNamed(gallery, 'Edited or illustrated').click();
    await gallery.updateComplete;
    expect(cards(gallery)).to.have.length(0);
    expect(gallery.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal('No result matches these filters. Clear one to see more.');
    expect(gallery.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('0 results shown.');

    const clear = gallery.shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear"]')!;
    expect(clear.textContent).to.equal('Clear filters');
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await gallery.updateComplete;
    expect(titles(gallery)).to.have.length(3);
    expect(checked(gallery)).to.deep.equal([]);
    expect(gallery.shadowRoot!.activeElement, 'focus is not lost with the button').to.equal(filterNamed(gallery, 'Hairline'));
  });

  it('keeps the filter in a disclosure, closed on a phone so the first result shows, saying how many options are checked', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const phone = await withFilters(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
      const disclosure = phone.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="filter-toggle"]')!;
      expect(disclosure.open, 'closed on a narrow screen').to.equal(false);
      const summary = disclosure.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal('Filter results');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => disclosure.open, 'Enter did not open the filter');
      filterNamed(phone, 'Crown').click();
      filterNamed(phone, 'Black').click();
      await phone.updateComplete;
      expect(disclosure.open, 'it stays open while the visitor filters').to.equal(true);
      expect(summary.textContent!.trim()).to.equal('Filter results (2 checked)');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    const wide = await withFilters(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    expect(wide.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="filter-toggle"]')!.open, 'open on a wide screen').to.equal(true);
  });

  it('checks options from the keyboard', async () => {
    const gallery = await withFilters(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    filterNamed(gallery, 'Hairline').focus();
    await sendKeys({ press: 'Space' });
    await gallery.updateComplete;
    expect(titles(gallery)).to.deep.equal(['A defined hairline']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await gallery.updateComplete;
    expect(gallery.shadowRoot!.activeElement).to.equal(filterNamed(gallery, 'Crown'));
    expect(titles(gallery)).to.deep.equal(['A defined hairline', 'More density at the crown']);
  });

  it('lists each result’s treatment facts on its card, in the page’s language', async () => {
    const gallery = await withFilters(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    const factsOf = (card: HTMLElement) => [...card.querySelectorAll('[part~="facts"] li')].map((item) => item.textContent);
    const [hairline, crown, scar] = cards(gallery);
    expect(factsOf(hairline!)).to.deep.equal(['Photographed 6 weeks after the last session', 'Norwood 4', 'Skin type II (Fitzpatrick)', 'Dark brown hair', 'Unretouched photos']);
    expect(factsOf(crown!)[0]).to.equal('Photographed 1 week after the last session');
    expect(factsOf(scar!)).to.deep.equal(['Photographed 12 weeks after the last session', 'No pattern hair loss', 'Skin type II (Fitzpatrick)', 'Black hair', 'Edited or illustrated images']);

    const german = await withFilters(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')} locale="de" .data=${english()}></smp-transformations>`));
    expect(factsOf(cards(german)[0]!)).to.deep.equal(['Aufgenommen 6 Wochen nach der letzten Sitzung', 'Norwood 4', 'Hauttyp II (Fitzpatrick)', 'Haarfarbe Dunkelbraun', 'Unbearbeitete Fotos']);
    expect(facets(german).map((facet) => facet.legend)).to.deep.equal(['Behandelter Bereich', 'Haarausfall-Muster', 'Hautton', 'Haarfarbe', 'Fotos']);
    expect(facets(german)[4]!.options).to.deep.equal(['Unbearbeitet (2)', 'Bearbeitet oder gezeichnet (1)']);
  });

  it('shows results without facts (inline data from older plugins) unfiltered by them', async () => {
    const bare = english().map(({ weeksSinceLastSession, hairLossPattern, skinTone, hairColour, unretouched, ...item }) => item);
    const gallery = await withFilters(await fixture<SmpTransformations>(html`<smp-transformations .data=${bare}></smp-transformations>`));
    expect(titles(gallery)).to.have.length(3);
    expect(facets(gallery).map((facet) => facet.legend)).to.deep.equal(['Treated area']);
    expect(gallery.shadowRoot!.querySelector('[part~="facts"]')).to.equal(null);
  });

  it('asks the CMS for one tag with the tag attribute, and shows no filter for a single result', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')} tag="scar"></smp-transformations>`));
    expect(titles(gallery)).to.deep.equal(['Blending a scar']);
    await waitUntil(() => gallery.shadowRoot!.querySelector('[part~="facts"]'), 'the facts never appeared');
    expect(filters(gallery)).to.have.length(0);
  });

  it('creates the sliders of cards far below the fold only when they come near, in a space already reserved', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 3000px">Tall content above the gallery</div>
      <smp-transformations style="width: 600px; --smp-card-min-width: 600px" src=${cms('ok')}></smp-transformations>
    </div>`);
    const gallery = await loaded(wrapper.querySelector('smp-transformations')!);
    await aTimeout(200);
    expect(cards(gallery).filter((card) => sliderOf(card))).to.have.length(0);
    const [first] = cards(gallery);
    const heightBefore = first!.getBoundingClientRect().height;

    first!.scrollIntoView();
    await waitUntil(() => sliderOf(first!), 'the first card never got its slider');
    await sliderOf(first!)!.updateComplete;
    expect(first!.getBoundingClientRect().height, 'the card does not grow when its slider arrives').to.be.closeTo(heightBefore, 0.5);
    expect(cards(gallery).at(-1)!.querySelector('smp-before-after'), 'the last card is still far away').to.equal(null);
    window.scrollTo(0, 0);
  });

  it('gives every card a working slider', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    const [, crown] = await slidersMounted(gallery, 3);
    const handle = crown!.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
    handle.focus();
    await sendKeys({ press: 'End' });
    expect(crown!.value).to.equal(100);
    expect(crown!.shadowRoot!.querySelector('img')!.alt).to.equal(english()[1]!.after.alt);
  });

  it('renders results given as the data property without asking the CMS', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('server-error')} .data=${english().slice(1)}></smp-transformations>`));
    expect(titles(gallery)).to.deep.equal(english().slice(1).map((item) => item.title));
  });

  it('shows results in the language of the nearest lang attribute, sliders included', async () => {
    const wrapper = await fixture(html`<div lang="de"><smp-transformations src=${cms('ok')}></smp-transformations></div>`);
    const gallery = await loaded(wrapper.querySelector('smp-transformations')!);
    expect(titles(gallery)).to.deep.equal(['Eine klare Haarlinie']);
    expect(cards(gallery)[0]!.querySelector('[part~="sessions"]')!.textContent).to.equal('3 Sitzungen');
    const [slider] = await slidersMounted(gallery, 1);
    const labels = [...slider!.shadowRoot!.querySelectorAll('[part~="label"]')].map((label) => label.textContent);
    expect(labels).to.deep.equal(['Vorher', 'Nachher']);
  });

  describe('fallbacks', () => {
    for (const scenario of ['server-error', 'malformed']) {
      it(`shows its light-DOM fallback when the CMS answer is unusable (${scenario})`, async () => {
        const gallery = await loaded(
          await fixture<SmpTransformations>(html`<smp-transformations src=${cms(scenario)}><p>Ask us for photos of healed results.</p></smp-transformations>`),
        );
        const slot = gallery.shadowRoot!.querySelector('slot')!;
        expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal(['Ask us for photos of healed results.']);
        expect(cards(gallery)).to.have.length(0);
      });
    }

    it('says the results could not be loaded when it has no fallback content', async () => {
      const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('server-error')}></smp-transformations>`));
      expect(gallery.shadowRoot!.textContent).to.contain('The results could not be loaded.');
    });

    it('keeps the valid results when the CMS sends some invalid ones (no alt text, a script URL)', async () => {
      const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('invalid-entries')}></smp-transformations>`));
      expect(titles(gallery)).to.deep.equal(['Blending a scar']);
    });

    it('shows its fallback, not "no results", when its data holds results but none is valid', async () => {
      const [first] = english();
      const invalid = [{ ...first!, before: { ...first!.before, alt: '' } }, { nonsense: true }] as unknown as ReturnType<typeof english>;
      const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations .data=${invalid}><p>Ask us for photos of healed results.</p></smp-transformations>`));
      expect(gallery.shadowRoot!.querySelector('slot')!.assignedElements().map((element) => element.textContent)).to.deep.equal(['Ask us for photos of healed results.']);
      expect(gallery.shadowRoot!.textContent).not.to.contain('No results have been published');
    });

    it('says so when no results are published', async () => {
      const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('empty')}></smp-transformations>`));
      expect(gallery.shadowRoot!.textContent).to.contain('No results have been published yet.');
    });

    it('shows a busy placeholder while the CMS is answering', async () => {
      const gallery = await fixture<SmpTransformations>(html`<smp-transformations src=${cms('slow')}></smp-transformations>`);
      const status = gallery.shadowRoot!.querySelector('[aria-busy="true"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('Loading results');
    });
  });

  it('shows markup and script in CMS text as plain text', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('hostile')}></smp-transformations>`));
    const [card] = cards(gallery);
    expect(titles(gallery)).to.deep.equal([xssTitle]);
    expect(card!.querySelector('[part~="caption"]')!.textContent).to.equal(xssCaption);
    expect(card!.querySelector('script, b, [part~="title"] img')).to.equal(null);
    expect((window as { __smpXss?: number }).__smpXss).to.equal(undefined);
  });

  it('passes axe unfiltered, filtered and with no result matching', async () => {
    const gallery = await withFilters(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    await slidersMounted(gallery, 3);
    await expect(gallery).to.be.accessible();
    filterNamed(gallery, 'Density').click();
    await gallery.updateComplete;
    await expect(gallery).to.be.accessible();
    filterNamed(gallery, 'Edited or illustrated').click();
    await gallery.updateComplete;
    await expect(gallery).to.be.accessible();
  });
});
