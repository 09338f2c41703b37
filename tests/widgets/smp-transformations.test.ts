import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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
const filters = (element: SmpTransformations) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="filter"]')];
const filterNamed = (element: SmpTransformations, name: string) => filters(element).find((button) => button.textContent!.trim() === name)!;
const sliderOf = (card: HTMLElement) => card.querySelector<SmpBeforeAfter>('smp-before-after');

/** Waits until every card near the viewport has its slider. */
async function slidersMounted(element: SmpTransformations, count: number): Promise<SmpBeforeAfter[]> {
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

  it('offers one toggle button per tag in use, in a named group, none pressed', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    const group = gallery.shadowRoot!.querySelector('[part~="filters"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Show results for');
    expect(filters(gallery).map((button) => button.textContent!.trim())).to.deep.equal(['Hairline', 'Crown', 'Density', 'Scars']);
    expect(filters(gallery).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'false']);
    expect(filters(gallery).every((button) => button.type === 'button')).to.equal(true);
  });

  it('filters by the pressed tags, announces how many results are shown, and shows all again', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    const status = gallery.shadowRoot!.querySelector('[role="status"]')!;

    filterNamed(gallery, 'Scars').click();
    await gallery.updateComplete;
    expect(titles(gallery)).to.deep.equal(['Blending a scar']);
    expect(filterNamed(gallery, 'Scars').getAttribute('aria-pressed')).to.equal('true');
    expect(status.textContent).to.equal('1 result shown.');

    filterNamed(gallery, 'Crown').click();
    await gallery.updateComplete;
    expect(titles(gallery), 'a result shows when it has any pressed tag').to.deep.equal(['More density at the crown', 'Blending a scar']);
    expect(status.textContent).to.equal('2 results shown.');

    filterNamed(gallery, 'Scars').click();
    filterNamed(gallery, 'Crown').click();
    await gallery.updateComplete;
    expect(titles(gallery)).to.have.length(3);
    expect(filters(gallery).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'false']);
  });

  it('toggles a filter from the keyboard', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    filterNamed(gallery, 'Hairline').focus();
    await sendKeys({ press: 'Space' });
    await gallery.updateComplete;
    expect(titles(gallery)).to.deep.equal(['A defined hairline']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await gallery.updateComplete;
    expect(gallery.shadowRoot!.activeElement).to.equal(filterNamed(gallery, 'Crown'));
    expect(titles(gallery)).to.deep.equal(['A defined hairline', 'More density at the crown']);
  });

  it('asks the CMS for one tag with the tag attribute, and shows no filter for a single tag', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')} tag="scar"></smp-transformations>`));
    expect(titles(gallery)).to.deep.equal(['Blending a scar']);
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

  it('passes axe unfiltered and filtered', async () => {
    const gallery = await loaded(await fixture<SmpTransformations>(html`<smp-transformations src=${cms('ok')}></smp-transformations>`));
    await slidersMounted(gallery, 3);
    await expect(gallery).to.be.accessible();
    filterNamed(gallery, 'Density').click();
    await gallery.updateComplete;
    await expect(gallery).to.be.accessible();
  });
});
