import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ImageSource, Transformation } from '@smp-kit/schema';
import { CmsResource } from '../internal/cms-resource.js';
import { cmsApiUrl, inheritedLocale } from '../internal/cms-url.js';
import { safeImageUrl } from '../internal/safe-url.js';
import { beforeAfterStringsFor } from './before-after-strings.js';
import { keepTransformations, readTransformation } from './transformation-response.js';
import { beforeAfterStyles } from './smp-before-after.styles.js';

// The treatment facts' words, fetched once a result is shown: the caption sits below the images.
let facts: typeof import('./result-facts.js') | undefined;
let factsLoading: Promise<unknown> | undefined;

type Side = 'before' | 'after';

interface ShownImage {
  url: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
  sources?: ImageSource[] | undefined;
}

interface Drag {
  pointerId: number;
  /** Measured once when the drag starts, so moves never ask for layout. */
  rect: DOMRect;
  /** Where on the handle it was grabbed, so it does not jump under the finger. */
  offset: number;
  startValue: number;
}

const HINT_MS = 1400;
const HINT_SWING = 12;

const clampPercent = (value: number) => Math.min(100, Math.max(0, Math.round(value * 10) / 10));

function formatPercent(value: number, locale: string | undefined): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
  } catch {
    return `${Math.round(value)}%`; // A lang attribute that is no valid language tag.
  }
}

/**
 * A before/after comparison: two images, one divider the visitor drags, or moves with
 * the keyboard (WAI-ARIA APG slider on the handle).
 *
 * The images come from the CMS by `slug`, from the `before`/`after` attributes, or from
 * slotted `<img slot="before">` / `<img slot="after">`, which are also what a visitor
 * sees without JavaScript. `value` is the share of the before image shown, counted from
 * the start edge (left, right in `dir="rtl"`, the bottom when vertical). Moving the
 * divider changes one CSS custom property: no re-render, no layout.
 *
 * @summary Before/after image comparison slider, accessible, with a no-JS fallback.
 *
 * @slot before - An `<img>` for the before side (used without a CMS, and as the no-JS fallback).
 * @slot after - An `<img>` for the after side.
 * @slot - Fallback content shown when no images are available (for example when the CMS
 *   cannot be reached and nothing is slotted).
 *
 * @event input - While the divider moves (drag, hover, keyboard). Read `event.target.value`.
 * @event change - When the visitor lets go of the divider, or after each key press.
 *
 * @csspart base - The `<figure>` around everything.
 * @csspart frame - The image area; its aspect ratio is the before image's.
 * @csspart image - Both images. Also `before-image` and `after-image`.
 * @csspart label - Both corner labels. Also `before-label` and `after-label`.
 * @csspart divider - The line between the images.
 * @csspart handle - The draggable, focusable handle (`role="slider"`).
 * @csspart caption - The caption below the images (caption and number of sessions).
 * @csspart sessions - The number of sessions inside the caption.
 * @csspart facts - The list of treatment facts inside the caption (time since the last session, hair-loss pattern, skin tone, hair colour, retouching).
 * @csspart status - Loading and error messages.
 *
 * @cssproperty --smp-font-family - Font of labels and caption. Default: inherited.
 * @cssproperty --smp-color-text - Caption colour. Default: inherited.
 * @cssproperty --smp-color-muted - Colour of the session count. Default: #555.
 * @cssproperty --smp-aspect-ratio - Frame ratio while the before image's size is unknown. Default: 4 / 3.
 * @cssproperty --smp-divider-color - Divider line and handle border. Default: #fff.
 * @cssproperty --smp-divider-width - Width of the divider line. Default: 2px.
 * @cssproperty --smp-handle-size - Diameter of the handle (a touch target). Default: 2.75rem.
 * @cssproperty --smp-handle-background - Handle fill. Default: rgb(0 0 0 / 0.55).
 * @cssproperty --smp-handle-color - Handle arrows. Default: #fff.
 * @cssproperty --smp-label-background - Corner label fill. Default: rgb(0 0 0 / 0.6).
 * @cssproperty --smp-label-color - Corner label text. Default: #fff.
 * @cssproperty --smp-focus-ring - Focus outline of the handle. Default: 3px solid #1a73e8.
 * @cssproperty --smp-radius - Corner radius of the frame and labels. Default: 6px.
 */
export class SmpBeforeAfter extends LitElement {
  static override styles = beforeAfterStyles;

  static override properties = {
    src: {},
    locale: {},
    slug: {},
    // Element already has before(), after() and animate(): these attributes get other property names.
    beforeSrc: { attribute: 'before' },
    afterSrc: { attribute: 'after' },
    beforeAlt: { attribute: 'before-alt' },
    afterAlt: { attribute: 'after-alt' },
    beforeLabel: { attribute: 'before-label' },
    afterLabel: { attribute: 'after-label' },
    // Reflected by hand: moves must not schedule a Lit update.
    value: { type: Number, noAccessor: true },
    orientation: { reflect: true },
    hover: { type: Boolean },
    handleOnly: { type: Boolean, attribute: 'handle-only', reflect: true },
    hint: { type: Boolean, attribute: 'animate' },
    sizes: {},
    timeout: { type: Number },
    data: { attribute: false },
    _ratio: { state: true },
  };

  /** Address of the CMS. Default: the server the embed script was loaded from. */
  declare src: string | undefined;
  /** Content language, e.g. `de`. Default: the nearest `lang` attribute. */
  declare locale: string | undefined;
  /** Slug of a published before/after result in the CMS. */
  declare slug: string | undefined;
  /** URL of the before image, instead of the CMS (attribute `before`). */
  declare beforeSrc: string | undefined;
  /** URL of the after image, instead of the CMS (attribute `after`). */
  declare afterSrc: string | undefined;
  /** Alternative text of the `before` image: what it shows. */
  declare beforeAlt: string | undefined;
  /** Alternative text of the `after` image. */
  declare afterAlt: string | undefined;
  /** Corner label of the before side. Default: "Before" in the page's language; empty hides it. */
  declare beforeLabel: string | undefined;
  /** Corner label of the after side. Default: "After" in the page's language; empty hides it. */
  declare afterLabel: string | undefined;
  /** `horizontal` (default: before on the start side) or `vertical` (before at the bottom). */
  declare orientation: 'horizontal' | 'vertical';
  /** The divider follows the mouse without pressing a button. */
  declare hover: boolean;
  /** Only the handle starts a drag; elsewhere the images scroll and click as usual. */
  declare handleOnly: boolean;
  /** Swing the divider once when the slider first comes into view, to show it moves; never under prefers-reduced-motion (attribute `animate`). */
  declare hint: boolean;
  /** The images' `sizes`, for picking a `srcset` candidate. Default: `auto, 100vw`. */
  declare sizes: string;
  /** Milliseconds to wait for the CMS before showing the fallback. Default 8000. */
  declare timeout: number;
  /** A before/after result (as the CMS sends it) to show instead of asking the CMS. */
  declare data: Transformation | undefined;

  declare private _ratio: string | undefined;
  private _value = 50;
  private _dataItem?: Transformation | undefined;
  private _content = new CmsResource<Transformation>(this, (body) => readTransformation(body, this.slug ?? ''));
  private _frame?: HTMLElement | null;
  private _handle?: HTMLElement | null;
  private _drag?: Drag;
  private _hoverRect?: DOMRect;
  private _hoverStartValue?: number;
  private _hintFrame = 0;
  private _hintObserver?: IntersectionObserver;
  private _hinted = false;
  // `load` does not bubble: a slot hears its image's load only while capturing.
  private _onSlottedBeforeLoad = { handleEvent: (event: Event) => this._learnRatio(event), capture: true };

  constructor() {
    super();
    this.orientation = 'horizontal';
    this.hover = this.handleOnly = this.hint = false;
    this.sizes = 'auto, 100vw';
    this.timeout = 8000;
  }

  /** Share of the before image shown, 0–100. Default 50. */
  get value(): number {
    return this._value;
  }

  set value(next: number) {
    // A removed attribute arrives as null: back to the default, like a native range input.
    const value = clampPercent(next === null || next === undefined ? 50 : Number(next));
    if (Number.isNaN(value) || value === this._value) return;
    this._value = value;
    if (this.hasUpdated) this._showValue();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._drag = undefined;
    this._stopHint();
    this._hintObserver?.disconnect();
    this._hintObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._content.timeoutMs = this.timeout;
    // Inline data is checked like the CMS's answer; an invalid object counts as none.
    if (changed.has('data')) this._dataItem = this.data ? keepTransformations([this.data])[0] : undefined;
    if (!this.data && this.slug && (changed.has('slug') || changed.has('src') || changed.has('locale'))) {
      this._content.load(String(cmsApiUrl('transformations', this.src, { locale: this.locale || inheritedLocale(this) })));
    }
    if (changed.has('beforeSrc') || changed.has('slug') || changed.has('data')) this._ratio = undefined;
  }

  protected override updated(): void {
    this._frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    this._handle = this.renderRoot.querySelector<HTMLElement>('[role="slider"]');
    // Through the CSSOM, not a style attribute: a strict CSP (style-src 'self') blocks those.
    if (this._frame) this._frame.style.aspectRatio = this._frameRatio() ?? '';
    this._showValue();
    // Only once the real slider is there: a loading placeholder has no divider to swing.
    if (this.hint && !this._hinted && this._handle && !this._hintObserver) this._watchForHint(this._frame!);
  }

  /** The result shown (inline data, else the CMS answer), if any. */
  private _item(): Transformation | undefined {
    return this._dataItem ?? (this.slug && this._content.state === 'ready' ? this._content.value : undefined);
  }

  private _image(side: Side): ShownImage | undefined {
    const item = this._item();
    if (item) return item[side];
    const url = side === 'before' ? this.beforeSrc : this.afterSrc;
    if (!url || this.slug) return undefined;
    return { url, alt: (side === 'before' ? this.beforeAlt : this.afterAlt) ?? '' };
  }

  private _slotted(side: Side): HTMLImageElement | null {
    return this.querySelector<HTMLImageElement>(`:scope > [slot="${side}"]`);
  }

  // --- position -------------------------------------------------------------

  /** Paints a divider position: the one CSS custom property clip-path and transform read. */
  private _paint(position: number): void {
    this._frame?.style.setProperty('--_pos', `${clampPercent(position)}%`);
  }

  private _showValue(): void {
    const value = this._value;
    this._paint(value);
    const handle = this._handle;
    if (handle) {
      handle.setAttribute('aria-valuenow', String(value));
      handle.setAttribute('aria-valuetext', this._valueText(value));
    }
    if (this.getAttribute('value') !== String(value)) this.setAttribute('value', String(value));
  }

  /** "Before: 30%, After: 70%" in the page's language: what a screen reader says for the handle. */
  private _valueText(value: number): string {
    const locale = this.locale || inheritedLocale(this);
    const text = beforeAfterStringsFor(locale);
    return `${this.beforeLabel || text.before}: ${formatPercent(value, locale)}, ${this.afterLabel || text.after}: ${formatPercent(100 - value, locale)}`;
  }

  /** Sets the value as the visitor's action: `input` when it changed. */
  private _userSets(value: number): void {
    const previous = this._value;
    this.value = value;
    if (this._value !== previous) this._fire('input');
  }

  private _fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  private _rtl(): boolean {
    return this.orientation !== 'vertical' && this.matches(':dir(rtl)');
  }

  /** The pointer's position as a value, measured in a rect read earlier. */
  private _valueAt(event: PointerEvent, rect: DOMRect): number {
    if (this.orientation === 'vertical') return ((rect.bottom - event.clientY) / rect.height) * 100;
    return ((this._rtl() ? rect.right - event.clientX : event.clientX - rect.left) / rect.width) * 100;
  }

  // --- keyboard ---------------------------------------------------------------

  private _onKeyDown(event: KeyboardEvent): void {
    const step = event.shiftKey ? 10 : 1;
    const forward = this._rtl() ? 'ArrowLeft' : 'ArrowRight';
    const backward = this._rtl() ? 'ArrowRight' : 'ArrowLeft';
    const targets: Record<string, number> = {
      [forward]: this._value + step,
      ArrowUp: this._value + step,
      [backward]: this._value - step,
      ArrowDown: this._value - step,
      PageUp: this._value + 10,
      PageDown: this._value - 10,
      Home: 0,
      End: 100,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this._stopHint();
    const previous = this._value;
    this._userSets(Math.round(target));
    if (this._value !== previous) this._fire('change');
  }

  // --- pointer ------------------------------------------------------------------

  private _onPointerDown(event: PointerEvent): void {
    if (this._drag || !event.isPrimary || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const onHandle = !!this._handle && event.composedPath().includes(this._handle);
    if (this.handleOnly && !onHandle) return;
    const frame = this._frame!;
    // No text selection or native image drag; focus moves to the handle below.
    event.preventDefault();
    this._stopHint();
    const rect = frame.getBoundingClientRect();
    this._drag = { pointerId: event.pointerId, rect, offset: onHandle ? this._valueAt(event, rect) - this._value : 0, startValue: this._value };
    try {
      frame.setPointerCapture(event.pointerId);
    } catch {
      // The pointer is already gone (or the event is synthetic): the drag still works inside the frame.
    }
    this._handle?.focus({ preventScroll: true });
    if (!onHandle) this._userSets(this._valueAt(event, rect));
  }

  private _onPointerMove(event: PointerEvent): void {
    const drag = this._drag;
    if (drag) {
      if (event.pointerId === drag.pointerId) this._userSets(this._valueAt(event, drag.rect) - drag.offset);
      return;
    }
    if (!this.hover || this.handleOnly || event.pointerType !== 'mouse') return;
    this._stopHint();
    this._hoverRect ??= this._frame!.getBoundingClientRect();
    this._hoverStartValue ??= this._value;
    this._userSets(this._valueAt(event, this._hoverRect));
  }

  private _onPointerEnd(event: PointerEvent): void {
    const drag = this._drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this._drag = undefined;
    if (this._value !== drag.startValue) this._fire('change');
  }

  private _onPointerLeave(): void {
    const start = this._hoverStartValue;
    this._hoverRect = this._hoverStartValue = undefined;
    if (start !== undefined && !this._drag && this._value !== start) this._fire('change');
  }

  // --- hint -------------------------------------------------------------------------

  private _watchForHint(frame: HTMLElement): void {
    this._hintObserver = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this._hintObserver?.disconnect();
        this._hinted = true;
        this._playHint();
      },
      { threshold: 0.6 },
    );
    this._hintObserver.observe(frame);
  }

  /** Swings the divider once around its value; the value itself (and ARIA) stays put. */
  private _playHint(): void {
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const start = performance.now();
    const step = (now: number) => {
      const progress = (now - start) / HINT_MS;
      if (progress >= 1) return this._stopHint();
      this._paint(this._value + HINT_SWING * Math.sin(progress * 2 * Math.PI) * (1 - progress));
      this._hintFrame = requestAnimationFrame(step);
    };
    this._hintFrame = requestAnimationFrame(step);
  }

  private _stopHint(): void {
    if (!this._hintFrame) return;
    cancelAnimationFrame(this._hintFrame);
    this._hintFrame = 0;
    this._paint(this._value);
  }

  // --- rendering ----------------------------------------------------------------------

  /** The frame keeps the before image's ratio from the first paint, so nothing below it moves. */
  private _frameRatio(): string | undefined {
    const before = this._image('before');
    if (before?.width && before.height) return `${before.width} / ${before.height}`;
    const slotted = !before ? this._slotted('before') : null;
    const width = Number(slotted?.getAttribute('width')) || slotted?.naturalWidth;
    const height = Number(slotted?.getAttribute('height')) || slotted?.naturalHeight;
    return width && height ? `${width} / ${height}` : this._ratio;
  }

  /** Without a known size, the before image sets the ratio once it has loaded. */
  private _learnRatio(event: Event): void {
    const image = event.target as HTMLImageElement;
    if (image.naturalWidth && image.naturalHeight) this._ratio = `${image.naturalWidth} / ${image.naturalHeight}`;
  }

  private _renderImage(side: Side): TemplateResult {
    const image = this._image(side);
    const url = image && safeImageUrl(image.url);
    if (!image || !url) return html`<slot name=${side} @slotchange=${() => this.requestUpdate()} @load=${side === 'before' ? this._onSlottedBeforeLoad : nothing}></slot>`;
    const srcset = (image.sources ?? [])
      .map((source) => `${safeImageUrl(source.url) ?? ''} ${source.width}w`)
      .filter((candidate) => !candidate.startsWith(' '))
      .join(', ');
    return html`<img
      part="image ${side}-image"
      src=${url}
      srcset=${srcset || nothing}
      sizes=${srcset ? this.sizes : nothing}
      alt=${image.alt}
      width=${image.width ?? nothing}
      height=${image.height ?? nothing}
      loading="lazy"
      decoding="async"
      draggable="false"
      @load=${side === 'before' && !image.width ? this._learnRatio : nothing}
    />`;
  }

  private _facts(item: Transformation, locale: string | undefined): TemplateResult | typeof nothing {
    // Without the chunk (a network error) the caption shows without the facts.
    if (!facts) (factsLoading ??= import('./result-facts.js').then((module) => (facts = module))).then(() => this.requestUpdate(), () => undefined);
    return facts?.factList(item, locale, 'sessions') ?? nothing;
  }

  protected override render(): TemplateResult {
    const locale = this.locale || inheritedLocale(this);
    const text = beforeAfterStringsFor(locale);
    const item = this._item();
    const hasImages = (side: Side) => !!this._image(side) || !!this._slotted(side);
    const loading = !item && !!this.slug && this._content.state === 'loading';

    if (!hasImages('before') || !hasImages('after')) {
      return loading
        ? html`<div part="frame" class="frame placeholder" role="status" aria-busy="true"><span class="visually-hidden">${text.loading}</span></div>`
        : html`<slot><p part="status">${text.loadFailed}</p></slot>`;
    }

    const beforeLabel = this.beforeLabel ?? text.before;
    const afterLabel = this.afterLabel ?? text.after;
    const name = item ? `${text.divider}: ${item.title}` : text.divider;
    return html`<figure part="base">
      <div
        part="frame"
        class="frame"
        @pointerdown=${this._onPointerDown}
        @pointermove=${this._onPointerMove}
        @pointerup=${this._onPointerEnd}
        @pointercancel=${this._onPointerEnd}
        @lostpointercapture=${this._onPointerEnd}
        @pointerleave=${this._onPointerLeave}
      >
        <div class="layer after">${this._renderImage('after')}</div>
        <div class="layer before">${this._renderImage('before')}</div>
        ${beforeLabel ? html`<span part="label before-label" class="label before" aria-hidden="true">${beforeLabel}</span>` : nothing}
        ${afterLabel ? html`<span part="label after-label" class="label after" aria-hidden="true">${afterLabel}</span>` : nothing}
        <div part="divider" class="divider">
          <div
            part="handle"
            class="handle"
            role="slider"
            tabindex="0"
            aria-label=${name}
            aria-orientation=${this.orientation === 'vertical' ? 'vertical' : 'horizontal'}
            aria-valuemin="0"
            aria-valuemax="100"
            @keydown=${this._onKeyDown}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M9 6l-6 6 6 6M15 6l6 6-6 6" /></svg>
          </div>
        </div>
      </div>
      ${item
        ? html`<figcaption part="caption">
            ${item.caption ? html`<span>${item.caption}</span>` : nothing}
            <span part="sessions" class="sessions">${text.sessions(item.sessions)}</span>
            ${this._facts(item, locale)}
          </figcaption>`
        : nothing}
    </figure>`;
  }
}
