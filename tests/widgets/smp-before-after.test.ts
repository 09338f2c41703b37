import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '@smp-kit/widgets/smp-before-after';
import type { SmpBeforeAfter } from '@smp-kit/widgets';
import { transformationResponse, xssCaption } from '../fixtures/transformation-fixtures.ts';

const cms = (scenario: string) => `${location.origin}/fixture-cms/${scenario}`;
const svgImage = (name: string, width: number, height: number) => `${location.origin}/fixture-cms/images/${name}-${width}x${height}.svg`;

const handleOf = (element: SmpBeforeAfter) => element.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
const frameOf = (element: SmpBeforeAfter) => element.shadowRoot!.querySelector<HTMLElement>('[part~="frame"]')!;
const imageOf = (element: SmpBeforeAfter, side: 'before' | 'after') => element.shadowRoot!.querySelector<HTMLImageElement>(`img[part~="${side}-image"]`)!;
const beforeLayerOf = (element: SmpBeforeAfter) => element.shadowRoot!.querySelector<HTMLElement>('.layer.before')!;

/** Waits until the slider is there (the CMS answered) and rendered. */
async function ready(element: SmpBeforeAfter): Promise<SmpBeforeAfter> {
  await waitUntil(() => element.shadowRoot!.querySelector('[role="slider"]'), 'the slider never appeared', { timeout: 9000 });
  await element.updateComplete;
  return element;
}

/** Where the visitor sees the divider, as fractions of the frame from its left and top edges. */
function dividerAt(element: SmpBeforeAfter): { x: number; y: number } {
  const frame = frameOf(element).getBoundingClientRect();
  const handle = handleOf(element).getBoundingClientRect();
  return { x: (handle.left + handle.width / 2 - frame.left) / frame.width, y: (handle.top + handle.height / 2 - frame.top) / frame.height };
}

/** A point inside the frame, as fractions from its left and top edges, in viewport pixels. */
function pointIn(element: SmpBeforeAfter, x: number, y: number): [number, number] {
  const frame = frameOf(element).getBoundingClientRect();
  return [Math.round(frame.left + frame.width * x), Math.round(frame.top + frame.height * y)];
}

function dispatchPointer(target: Element, type: string, [clientX, clientY]: [number, number], init: PointerEventInit = {}): void {
  target.dispatchEvent(
    new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1, clientX, clientY, ...init }),
  );
}

function countEvents(target: EventTarget, type: string): { count: number } {
  const counter = { count: 0 };
  target.addEventListener(type, () => counter.count++);
  return counter;
}

const cases = () => transformationResponse(location.origin).data;

/** How many requests the fixture CMS has answered for `scenario`'s /transformations. */
async function cmsRequests(scenario: string): Promise<number> {
  const url = `/fixture-cms/${scenario}/api/smp-kit/transformations`;
  return (await (await fetch(`/fixture-cms/transformation-requests?url=${encodeURIComponent(url)}`)).json()).count;
}

/** Renders `template`, then resolves once the fixture CMS has answered its request (and the element has heard it). */
async function fixtureAfterCms<T extends Element>(scenario: string, template: Parameters<typeof fixture>[0]): Promise<T> {
  const seen = await cmsRequests(scenario);
  const element = await fixture<T>(template);
  await waitUntil(async () => (await cmsRequests(scenario)) > seen, `no request to the ${scenario} scenario`, { timeout: 9000 });
  await aTimeout(100);
  return element;
}

describe('<smp-before-after>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => resetMouse());

  describe('content', () => {
    it('shows the CMS result named by slug: both images described, caption and sessions', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      const [hairline] = cases();
      expect(imageOf(element, 'before').alt).to.equal(hairline!.before.alt);
      expect(imageOf(element, 'after').alt).to.equal(hairline!.after.alt);
      const caption = element.shadowRoot!.querySelector('figcaption')!;
      expect(caption.textContent).to.contain(hairline!.caption);
      expect(caption.querySelector('[part~="sessions"]')!.textContent!.trim()).to.equal('3 sessions');
      expect(handleOf(element).getAttribute('aria-label')).to.equal('Before/after divider: A defined hairline');
      const labels = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="label"]')];
      expect(labels.map((label) => [label.textContent, getComputedStyle(label).clipPath])).to.deep.equal([
        ['Before', 'none'],
        ['After', 'none'],
      ]);
    });

    it('loads images lazily and asynchronously, with srcset, sizes and their intrinsic size', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="crown-density"></smp-before-after>`));
      const [, crown] = cases();
      const before = imageOf(element, 'before');
      expect(before.getAttribute('loading')).to.equal('lazy');
      expect(before.getAttribute('decoding')).to.equal('async');
      expect(before.getAttribute('srcset')).to.equal(crown!.before.sources.map((source) => `${source.url} ${source.width}w`).join(', '));
      expect(before.getAttribute('sizes')).to.equal('auto, 100vw');
      expect([before.getAttribute('width'), before.getAttribute('height')]).to.deep.equal(['800', '1000']);
      expect([imageOf(element, 'after').getAttribute('width'), imageOf(element, 'after').getAttribute('height')]).to.deep.equal(['1000', '600']);
    });

    it('frames a before and after of different sizes by the before image’s ratio', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after style="width: 400px" src=${cms('ok')} slug="crown-density"></smp-before-after>`));
      const frame = frameOf(element).getBoundingClientRect();
      expect(frame.width).to.equal(400);
      expect(frame.height).to.be.closeTo(500, 0.5);
      await waitUntil(() => imageOf(element, 'after').complete);
      const after = imageOf(element, 'after').getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([frame.width, frame.height]);
      expect(getComputedStyle(imageOf(element, 'after')).objectFit).to.equal('cover');
    });

    it('keeps the page still while the images load: no layout shift at all', async () => {
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value)));
      observer.observe({ type: 'layout-shift' });
      try {
        // Images answer 700 ms late; the element must hold their space from the first paint.
        const [, crown] = transformationResponse(location.origin, { imageDelayMs: 700 }).data;
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">
          <smp-before-after .data=${crown}></smp-before-after>
          <p id="below">Text under the slider</p>
        </div>`);
        const element = wrapper.querySelector('smp-before-after')!;
        await element.updateComplete;
        const belowAtFirstPaint = wrapper.querySelector('#below')!.getBoundingClientRect().top;
        expect(frameOf(element).getBoundingClientRect().height, 'the 800×1000 before image’s box, before it loaded').to.be.closeTo(450, 0.5);
        expect(imageOf(element, 'before').complete, 'the image is still loading when measured').to.equal(false);
        await waitUntil(() => imageOf(element, 'before').complete && imageOf(element, 'after').complete, 'the images never loaded', { timeout: 5000 });
        await aTimeout(100);
        expect(wrapper.querySelector('#below')!.getBoundingClientRect().top).to.equal(belowAtFirstPaint);
        expect(shifts, 'layout-shift entries').to.deep.equal([]);
      } finally {
        observer.disconnect();
      }
    });

    it('renders the result given as the data property without asking the CMS', async () => {
      const [, , scar] = cases();
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after .data=${scar}></smp-before-after>`));
      expect(imageOf(element, 'before').alt).to.equal(scar!.before.alt);
      expect(element.shadowRoot!.querySelector('[part~="sessions"]')!.textContent!.trim()).to.equal('4 sessions');
    });

    it('states the treatment facts in its caption as a list, and leaves out the ones a result lacks', async () => {
      const factsOf = async (element: SmpBeforeAfter) => {
        await waitUntil(() => element.shadowRoot!.querySelector('[part~="facts"]'), 'the facts never appeared');
        return [...element.shadowRoot!.querySelectorAll('figcaption [part~="facts"] > li')].map((item) => item.textContent);
      };
      const [hairline, , scar] = cases();
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after .data=${hairline}></smp-before-after>`));
      expect(await factsOf(element)).to.deep.equal(['Photographed 6 weeks after the last session', 'Norwood 4', 'Skin type II (Fitzpatrick)', 'Dark brown hair', 'Unretouched photos']);

      const { hairColour: _left, ...withoutHairColour } = scar!;
      const german = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after locale="de" .data=${{ ...withoutHairColour, weeksSinceLastSession: 0 }}></smp-before-after>`));
      expect(await factsOf(german)).to.deep.equal(['Aufgenommen am Tag der letzten Sitzung', 'Kein erblich bedingter Haarausfall', 'Hauttyp II (Fitzpatrick)', 'Bearbeitete oder gezeichnete Bilder']);
      await expect(german).to.be.accessible();
    });

    it('uses the before and after attributes with before-alt and after-alt', async () => {
      const element = await ready(
        await fixture<SmpBeforeAfter>(html`<smp-before-after
          before=${svgImage('plain-before', 600, 400)}
          after=${svgImage('plain-after', 600, 400)}
          before-alt="Drawing of a bare scalp"
          after-alt="Drawing of a dotted scalp"
        ></smp-before-after>`),
      );
      expect(imageOf(element, 'before').src).to.equal(svgImage('plain-before', 600, 400));
      expect(imageOf(element, 'before').alt).to.equal('Drawing of a bare scalp');
      expect(imageOf(element, 'after').alt).to.equal('Drawing of a dotted scalp');
      // Without a known size, the before image sets the frame's ratio once it has loaded.
      await waitUntil(() => Math.abs(frameOf(element).getBoundingClientRect().height - (frameOf(element).getBoundingClientRect().width * 2) / 3) < 1, 'the frame never took the 3:2 ratio');
    });

    it('turns slotted images into the slider (they are also the no-JS fallback)', async () => {
      const element = await ready(
        await fixture<SmpBeforeAfter>(html`<smp-before-after>
          <img slot="before" src=${svgImage('slot-before', 500, 500)} alt="Slotted before" width="500" height="500" />
          <img slot="after" src=${svgImage('slot-after', 500, 500)} alt="Slotted after" width="500" height="500" />
        </smp-before-after>`),
      );
      const slots = [...element.shadowRoot!.querySelectorAll<HTMLSlotElement>('slot[name]')];
      expect(slots.map((slot) => slot.assignedElements()[0]?.getAttribute('alt'))).to.deep.equal(['Slotted after', 'Slotted before']);
      const frame = frameOf(element).getBoundingClientRect();
      expect(frame.height).to.be.closeTo(frame.width, 0.5);
      handleOf(element).focus();
      await sendKeys({ press: 'End' });
      expect(element.value).to.equal(100);
    });

    it('shows markup and script in CMS text as plain text', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('hostile')} slug="hairline-restoration"></smp-before-after>`));
      const caption = element.shadowRoot!.querySelector('figcaption')!;
      expect(caption.textContent).to.contain(xssCaption);
      expect(caption.querySelector('script, b, img')).to.equal(null);
      expect(handleOf(element).getAttribute('aria-label')).to.contain('<img src=x');
      expect((window as { __smpXss?: number }).__smpXss).to.equal(undefined);
    });

    it('speaks the page’s language: labels, value text and sessions', async () => {
      const wrapper = await fixture(html`<div lang="de"><smp-before-after src=${cms('ok')} slug="hairline-restoration"></smp-before-after></div>`);
      const element = await ready(wrapper.querySelector('smp-before-after')!);
      expect(imageOf(element, 'before').alt).to.equal(transformationResponse(location.origin, { locale: 'de' }).data[0]!.before.alt);
      const labels = [...element.shadowRoot!.querySelectorAll('[part~="label"]')].map((label) => label.textContent);
      expect(labels).to.deep.equal(['Vorher', 'Nachher']);
      expect(handleOf(element).getAttribute('aria-valuetext')).to.equal('Vorher: 50\u00a0%, Nachher: 50\u00a0%');
      expect(element.shadowRoot!.querySelector('[part~="sessions"]')!.textContent!.trim()).to.equal('3 Sitzungen');
    });

    it('takes custom labels, and hides a label set to empty', async () => {
      const element = await ready(
        await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration" before-label="Day 1" after-label=""></smp-before-after>`),
      );
      expect([...element.shadowRoot!.querySelectorAll('[part~="label"]')].map((label) => label.textContent)).to.deep.equal(['Day 1']);
      expect(handleOf(element).getAttribute('aria-valuetext')).to.equal('Day 1: 50%, After: 50%');
    });
  });

  describe('fallbacks', () => {
    for (const scenario of ['server-error', 'malformed', 'invalid-entries']) {
      it(`keeps the slotted images working when the CMS answer is unusable (${scenario})`, async () => {
        // invalid-entries: the hairline result's before image has no alt text, so it is dropped.
        const element = await fixtureAfterCms<SmpBeforeAfter>(
          scenario,
          html`<smp-before-after src=${cms(scenario)} slug="hairline-restoration">
            <img slot="before" src=${svgImage('static-before', 400, 300)} alt="Static before" width="400" height="300" />
            <img slot="after" src=${svgImage('static-after', 400, 300)} alt="Static after" width="400" height="300" />
          </smp-before-after>`,
        );
        await ready(element);
        expect(element.shadowRoot!.querySelectorAll('img')).to.have.length(0);
        const slotted = [...element.shadowRoot!.querySelectorAll<HTMLSlotElement>('slot[name]')].map((slot) => slot.assignedElements()[0]?.getAttribute('alt'));
        expect(slotted).to.deep.equal(['Static after', 'Static before']);
        expect(element.shadowRoot!.querySelector('figcaption')).to.equal(null);
      });
    }

    it('replaces the slotted images with the CMS result once it arrives', async () => {
      const element = await fixtureAfterCms<SmpBeforeAfter>(
        'ok',
        html`<smp-before-after src=${cms('ok')} slug="hairline-restoration">
          <img slot="before" src=${svgImage('static-before', 400, 300)} alt="Static before" width="400" height="300" />
          <img slot="after" src=${svgImage('static-after', 400, 300)} alt="Static after" width="400" height="300" />
        </smp-before-after>`,
      );
      await element.updateComplete;
      expect(imageOf(element, 'before').alt).to.equal(cases()[0]!.before.alt);
      expect(element.shadowRoot!.querySelector('slot[name]')).to.equal(null);
    });

    it('says the images could not be loaded when the CMS is down and nothing is slotted', async () => {
      const element = await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('server-error')} slug="hairline-restoration"></smp-before-after>`);
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="status"]:not([aria-busy])'), 'no error message', { timeout: 9000 });
      expect(element.shadowRoot!.textContent).to.contain('could not be loaded');
      expect(element.shadowRoot!.querySelector('[role="slider"]')).to.equal(null);
    });

    it('shows page-provided fallback content instead of its own message', async () => {
      const element = await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('server-error')} slug="x"><p>See our results in the clinic.</p></smp-before-after>`);
      await waitUntil(() => element.shadowRoot!.querySelector('slot:not([name])'), 'no fallback slot', { timeout: 9000 });
      expect(element.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!.assignedElements()[0]!.textContent).to.equal('See our results in the clinic.');
    });

    it('falls back when the CMS has no result with that slug', async () => {
      const element = await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="no-such-result"></smp-before-after>`);
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="status"]:not([aria-busy])'), 'no error message', { timeout: 9000 });
      expect(element.shadowRoot!.textContent).to.contain('could not be loaded');
    });

    it('shows a sized, busy placeholder while the CMS is answering', async () => {
      const element = await fixture<SmpBeforeAfter>(html`<smp-before-after style="width: 400px" src=${cms('slow')} slug="hairline-restoration"></smp-before-after>`);
      const placeholder = element.shadowRoot!.querySelector('[aria-busy="true"]')!;
      expect(placeholder.textContent).to.contain('Loading');
      expect(placeholder.getBoundingClientRect().height).to.equal(300);
    });
  });

  describe('slider semantics', () => {
    it('is an APG slider: role, name, orientation, min, max, now and a readable value text', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      const handle = handleOf(element);
      expect(handle.tabIndex).to.equal(0);
      expect(handle.getAttribute('aria-orientation')).to.equal('horizontal');
      expect([handle.getAttribute('aria-valuemin'), handle.getAttribute('aria-valuemax'), handle.getAttribute('aria-valuenow')]).to.deep.equal(['0', '100', '50']);
      expect(handle.getAttribute('aria-valuetext')).to.equal('Before: 50%, After: 50%');
      element.value = 30;
      expect(handle.getAttribute('aria-valuenow')).to.equal('30');
      expect(handle.getAttribute('aria-valuetext')).to.equal('Before: 30%, After: 70%');
    });

    it('reflects value, takes it as attribute or property, and keeps it within 0–100', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration" value="20"></smp-before-after>`));
      expect(element.value).to.equal(20);
      expect(dividerAt(element).x).to.be.closeTo(0.2, 0.01);
      element.value = 65;
      expect(element.getAttribute('value')).to.equal('65');
      expect(dividerAt(element).x).to.be.closeTo(0.65, 0.01);
      element.setAttribute('value', '140');
      expect(element.value).to.equal(100);
      expect(element.getAttribute('value')).to.equal('100');
      element.value = -5;
      expect(element.value).to.equal(0);
      element.setAttribute('value', 'not a number');
      expect(element.value).to.equal(0);
      element.removeAttribute('value');
      expect(element.value, 'a removed value is the default again').to.equal(50);
      expect(element.getAttribute('value')).to.equal('50');
    });

    it('defaults to the middle and reflects that', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      expect(element.getAttribute('value')).to.equal('50');
      expect(dividerAt(element).x).to.be.closeTo(0.5, 0.01);
    });
  });

  describe('keyboard', () => {
    /** Presses `key` ("Shift+ArrowRight" holds Shift) and answers the value after it. */
    async function pressed(element: SmpBeforeAfter, key: string): Promise<number> {
      const [modifier, plainKey] = key.includes('+') ? key.split('+') : [undefined, key];
      if (modifier) await sendKeys({ down: modifier });
      await sendKeys({ press: plainKey! });
      if (modifier) await sendKeys({ up: modifier });
      return element.value;
    }

    it('moves by 1 with the arrows, by 10 with Shift+arrows and Page keys, to the ends with Home and End', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      handleOf(element).focus();
      expect(await pressed(element, 'ArrowRight')).to.equal(51);
      expect(await pressed(element, 'ArrowUp')).to.equal(52);
      expect(await pressed(element, 'ArrowLeft')).to.equal(51);
      expect(await pressed(element, 'ArrowDown')).to.equal(50);
      expect(await pressed(element, 'Shift+ArrowRight')).to.equal(60);
      expect(await pressed(element, 'Shift+ArrowLeft')).to.equal(50);
      expect(await pressed(element, 'PageUp')).to.equal(60);
      expect(await pressed(element, 'PageDown')).to.equal(50);
      expect(await pressed(element, 'End')).to.equal(100);
      expect(await pressed(element, 'ArrowRight')).to.equal(100);
      expect(await pressed(element, 'Home')).to.equal(0);
      expect(await pressed(element, 'ArrowLeft')).to.equal(0);
      expect(dividerAt(element).x).to.be.closeTo(0, 0.01);
    });

    it('fires input and change for each key that moves the divider, and nothing at the end', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration" value="99"></smp-before-after>`));
      const inputs = countEvents(document, 'input');
      const changes = countEvents(document, 'change');
      handleOf(element).focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect([inputs.count, changes.count]).to.deep.equal([1, 1]);
    });

    it('mirrors the horizontal keys and the layout in dir="rtl"', async () => {
      const wrapper = await fixture(html`<div dir="rtl"><smp-before-after src=${cms('ok')} slug="hairline-restoration"></smp-before-after></div>`);
      const element = await ready(wrapper.querySelector('smp-before-after')!);
      handleOf(element).focus();
      expect(await pressed(element, 'ArrowLeft')).to.equal(51);
      expect(await pressed(element, 'ArrowRight')).to.equal(50);
      expect(await pressed(element, 'Shift+ArrowLeft')).to.equal(60);
      // Before sits on the right: at 60 the divider is 60% from the right edge.
      expect(dividerAt(element).x).to.be.closeTo(0.4, 0.01);
      expect(getComputedStyle(beforeLayerOf(element)).clipPath).to.equal('inset(0px 0px 0px 40%)');
      const labels = [...element.shadowRoot!.querySelectorAll('[part~="label"]')].map((label) => label.getBoundingClientRect().left);
      expect(labels[0]!, 'the before label is on the right').to.be.greaterThan(labels[1]!);
    });

    it('moves up with ArrowUp and down with ArrowDown when vertical, before image at the bottom', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration" orientation="vertical"></smp-before-after>`));
      expect(handleOf(element).getAttribute('aria-orientation')).to.equal('vertical');
      handleOf(element).focus();
      expect(await pressed(element, 'ArrowUp')).to.equal(51);
      expect(await pressed(element, 'PageUp')).to.equal(61);
      expect(await pressed(element, 'ArrowDown')).to.equal(60);
      expect(dividerAt(element).y, 'the divider is 60% up from the bottom').to.be.closeTo(0.4, 0.01);
      expect(dividerAt(element).x).to.be.closeTo(0.5, 0.01);
      expect(getComputedStyle(beforeLayerOf(element)).clipPath).to.equal('inset(40% 0px 0px)');
    });
  });

  describe('pointer and touch', () => {
    it('follows a pointer drag: input while moving, one change on release, value reflected', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after style="width: 500px" src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      const frame = frameOf(element);
      const inputs = countEvents(element, 'input');
      const changes = countEvents(element, 'change');

      dispatchPointer(frame, 'pointerdown', pointIn(element, 0.25, 0.5));
      expect(element.value).to.be.closeTo(25, 0.2);
      dispatchPointer(frame, 'pointermove', pointIn(element, 0.5, 0.7));
      dispatchPointer(frame, 'pointermove', pointIn(element, 0.8, 0.2));
      expect(element.value).to.be.closeTo(80, 0.2);
      expect(element.getAttribute('value')).to.equal(String(element.value));
      expect(inputs.count).to.equal(3);
      expect(changes.count, 'no change before release').to.equal(0);

      const change = oneEvent(document, 'change');
      dispatchPointer(frame, 'pointerup', pointIn(element, 0.8, 0.2), { buttons: 0 });
      const event = await change;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(changes.count).to.equal(1);
      expect(dividerAt(element).x).to.be.closeTo(0.8, 0.01);
      expect(element.shadowRoot!.activeElement, 'the handle has focus for the keyboard').to.equal(handleOf(element));
    });

    it('grabs the handle where it is held, without jumping', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after style="width: 500px" src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      const handle = handleOf(element);
      const box = handle.getBoundingClientRect();
      // Held 10 px right of the handle's centre.
      dispatchPointer(handle, 'pointerdown', [Math.round(box.left + box.width / 2 + 10), Math.round(box.top + box.height / 2)]);
      expect(element.value).to.equal(50);
      dispatchPointer(frameOf(element), 'pointermove', [Math.round(box.left + box.width / 2 + 60), Math.round(box.top)]);
      expect(element.value).to.be.closeTo(60, 0.2);
      dispatchPointer(frameOf(element), 'pointerup', [0, 0], { buttons: 0 });
    });

    it('keeps following a real mouse dragged beyond the frame (pointer capture)', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after style="width: 300px; margin: 40px" src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      await sendMouse({ type: 'move', position: pointIn(element, 0.5, 0.5) });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: pointIn(element, 0.3, 0.5) });
      expect(element.value).to.be.closeTo(30, 0.5);
      const [, y] = pointIn(element, 0, 2);
      await sendMouse({ type: 'move', position: [Math.round(frameOf(element).getBoundingClientRect().right + 30), y] });
      expect(element.value).to.equal(100);
      await sendMouse({ type: 'up' });
      await sendMouse({ type: 'move', position: pointIn(element, 0.1, 0.5) });
      expect(element.value, 'moves after release do nothing').to.equal(100);
    });

    it('with handle-only, a press on the images does nothing and the handle still drags', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after style="width: 500px" src=${cms('ok')} slug="hairline-restoration" handle-only></smp-before-after>`));
      const frame = frameOf(element);
      dispatchPointer(frame, 'pointerdown', pointIn(element, 0.1, 0.5));
      dispatchPointer(frame, 'pointermove', pointIn(element, 0.2, 0.5));
      dispatchPointer(frame, 'pointerup', pointIn(element, 0.2, 0.5), { buttons: 0 });
      expect(element.value).to.equal(50);
      dispatchPointer(handleOf(element), 'pointerdown', pointIn(element, 0.5, 0.5));
      dispatchPointer(frame, 'pointermove', pointIn(element, 0.7, 0.5));
      dispatchPointer(frame, 'pointerup', pointIn(element, 0.7, 0.5), { buttons: 0 });
      expect(element.value).to.be.closeTo(70, 0.2);
      expect(getComputedStyle(frame).touchAction, 'the page scrolls freely over the images').to.equal('auto');
    });

    it('with hover, the divider follows the mouse without a button, and change comes on leaving', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after style="width: 400px; margin: 20px" src=${cms('ok')} slug="hairline-restoration" hover></smp-before-after>`));
      const changes = countEvents(element, 'change');
      await sendMouse({ type: 'move', position: pointIn(element, 0.2, 0.5) });
      await sendMouse({ type: 'move', position: pointIn(element, 0.35, 0.5) });
      expect(element.value).to.be.closeTo(35, 0.5);
      expect(changes.count).to.equal(0);
      await sendMouse({ type: 'move', position: [1, 1] });
      await waitUntil(() => changes.count === 1, 'no change after the mouse left');
    });

    it('without hover, a passing mouse moves nothing', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after style="width: 400px" src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      await sendMouse({ type: 'move', position: pointIn(element, 0.2, 0.5) });
      await sendMouse({ type: 'move', position: pointIn(element, 0.3, 0.5) });
      expect(element.value).to.equal(50);
    });

    it('moves only the slider being dragged when two are on the page', async () => {
      const wrapper = await fixture(html`<div style="width: 400px">
        <smp-before-after id="first" src=${cms('ok')} slug="hairline-restoration"></smp-before-after>
        <smp-before-after id="second" src=${cms('ok')} slug="crown-density"></smp-before-after>
      </div>`);
      const [first, second] = await Promise.all([...wrapper.querySelectorAll('smp-before-after')].map(ready));
      await sendMouse({ type: 'move', position: pointIn(first!, 0.5, 0.5) });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: pointIn(second!, 0.9, 0.5) });
      await sendMouse({ type: 'up' });
      expect(first!.value).to.be.closeTo(90, 0.5);
      expect(second!.value).to.equal(50);
    });

    it('lets the page scroll across it: touch-action pan-y when horizontal, pan-x when vertical', async () => {
      const horizontal = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      expect(getComputedStyle(frameOf(horizontal)).touchAction).to.equal('pan-y');
      expect(getComputedStyle(handleOf(horizontal)).touchAction).to.equal('pan-y');
      const vertical = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration" orientation="vertical"></smp-before-after>`));
      expect(getComputedStyle(frameOf(vertical)).touchAction).to.equal('pan-x');
      expect(getComputedStyle(handleOf(vertical)).touchAction).to.equal('pan-x');
    });

    it('ends a touch drag the browser takes over (pointercancel) without a stuck drag', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after style="width: 500px" src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      const frame = frameOf(element);
      const touch = { pointerId: 9, pointerType: 'touch' };
      dispatchPointer(frame, 'pointerdown', pointIn(element, 0.4, 0.5), touch);
      dispatchPointer(frame, 'pointercancel', pointIn(element, 0.4, 0.5), touch);
      dispatchPointer(frame, 'pointermove', pointIn(element, 0.9, 0.5), touch);
      expect(element.value).to.be.closeTo(40, 0.2);
    });

    it('never re-renders while the divider moves: one custom property per move', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after style="width: 500px" src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      const frame = frameOf(element);
      let renders = 0;
      const render = (element as unknown as { render: () => unknown }).render.bind(element);
      (element as unknown as { render: () => unknown }).render = () => {
        renders++;
        return render();
      };
      const styleBefore = frame.getAttribute('style');
      dispatchPointer(frame, 'pointerdown', pointIn(element, 0.1, 0.5));
      for (let step = 1; step <= 20; step++) dispatchPointer(frame, 'pointermove', pointIn(element, 0.1 + step * 0.04, 0.5));
      dispatchPointer(frame, 'pointerup', pointIn(element, 0.9, 0.5), { buttons: 0 });
      await element.updateComplete;
      expect(renders).to.equal(0);
      expect(frame.getAttribute('style')).to.equal(styleBefore!.replace(/--_pos: [\d.]+%/, `--_pos: ${element.value}%`));
    });
  });

  describe('motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    async function dividerPositionsOver(element: SmpBeforeAfter, ms: number): Promise<number[]> {
      const positions: number[] = [];
      const until = performance.now() + ms;
      while (performance.now() < until) {
        positions.push(dividerAt(element).x);
        await new Promise(requestAnimationFrame);
      }
      return positions;
    }

    it('with animate, swings the divider once when it comes into view, leaving value alone', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const inputs = countEvents(document, 'input');
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration" animate></smp-before-after>`));
      const positions = await dividerPositionsOver(element, 700);
      expect(Math.max(...positions) - Math.min(...positions)).to.be.greaterThan(0.05);
      expect(element.value).to.equal(50);
      expect(handleOf(element).getAttribute('aria-valuenow')).to.equal('50');
      expect(inputs.count).to.equal(0);
      await aTimeout(900);
      expect(dividerAt(element).x, 'back at its value').to.be.closeTo(0.5, 0.01);
    });

    it('does not move by itself under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration" animate></smp-before-after>`));
      const positions = await dividerPositionsOver(element, 600);
      expect(new Set(positions.map((x) => x.toFixed(3)))).to.deep.equal(new Set(['0.500']));
    });

    it('does not move by itself without animate', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      const positions = await dividerPositionsOver(element, 400);
      expect(new Set(positions.map((x) => x.toFixed(3)))).to.deep.equal(new Set(['0.500']));
    });
  });

  describe('accessibility', () => {
    it('passes axe horizontally, vertically and with slotted images', async () => {
      const horizontal = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      await expect(horizontal).to.be.accessible();
      const vertical = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="crown-density" orientation="vertical"></smp-before-after>`));
      await expect(vertical).to.be.accessible();
      const slotted = await ready(
        await fixture<SmpBeforeAfter>(html`<smp-before-after>
          <img slot="before" src=${svgImage('axe-before', 400, 300)} alt="Before" width="400" height="300" />
          <img slot="after" src=${svgImage('axe-after', 400, 300)} alt="After" width="400" height="300" />
        </smp-before-after>`),
      );
      await expect(slotted).to.be.accessible();
    });

    it('shows a focus ring on the handle for keyboard users', async () => {
      const element = await ready(await fixture<SmpBeforeAfter>(html`<smp-before-after src=${cms('ok')} slug="hairline-restoration"></smp-before-after>`));
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(handleOf(element));
      expect(getComputedStyle(handleOf(element)).outlineStyle).to.equal('solid');
    });
  });
});
