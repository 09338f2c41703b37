import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Transformation, TransformationTag } from '@smp-kit/schema';
import { beforeAfterStringsFor } from '../before-after/before-after-strings.js';
import { readTransformations } from '../before-after/transformation-response.js';
import { CmsResource } from '../internal/cms-resource.js';
import { cmsApiUrl, inheritedLocale } from '../internal/cms-url.js';
import { transformationsStringsFor } from './transformations-strings.js';
import { transformationsStyles } from './smp-transformations.styles.js';

// Cards this close to the viewport get their slider; farther ones keep a sized placeholder.
const NEAR_VIEWPORT = '300px 0px';

type Filters = typeof import('./result-filters.js');
type FacetName = import('./result-filters.js').FacetName;
type FilterSelection = import('./result-filters.js').FilterSelection;
// The filter and the facts' words: fetched while the results load, shared by every gallery on the page.
let filters: Filters | undefined;
let filtersLoading: Promise<Filters> | undefined;

/**
 * A gallery of before/after results from the SMP Kit CMS plugin: one card per result
 * (title, comparison slider, caption, treatment facts), with an accessible filter by treated area,
 * hair-loss pattern, skin tone, hair colour and retouching.
 * Sliders are created only when their card comes near the viewport.
 *
 * @summary Before/after results gallery with accessible fact filters and lazy sliders.
 *
 * @slot - Fallback content, shown when the CMS cannot be reached.
 *
 * @csspart filter-toggle - The filter's disclosure (`<details>`): open on wide screens, closed on phones.
 * @csspart filter-summary - Its summary: "Filter results", with how many options are checked.
 * @csspart filters - The filter: a group of fieldsets, shown when results differ.
 * @csspart facet - One fieldset of the filter (treated area, hair-loss pattern, skin tone, hair colour, photos).
 * @csspart facet-label - The legend of a fieldset.
 * @csspart filter - One option: a label around its checkbox, with how many results it shows.
 * @csspart clear - The "Clear filters" button, shown while a filter is checked.
 * @csspart list - The list of cards.
 * @csspart card - One result.
 * @csspart title - The heading of a card.
 * @csspart slider - The `<smp-before-after>` inside a card (style its own parts through it).
 * @csspart caption - The caption of a card.
 * @csspart sessions - The number of sessions of a card.
 * @csspart facts - The list of a card's treatment facts.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssproperty --smp-font-family - Font of the whole element. Default: inherited.
 * @cssproperty --smp-color-text - Text colour. Default: inherited.
 * @cssproperty --smp-color-muted - Secondary text. Default: #555.
 * @cssproperty --smp-color-accent - Checked filter options. Default: #0f5f6b.
 * @cssproperty --smp-color-border - Filter option borders and placeholders. Default: #d7d7d7.
 * @cssproperty --smp-card-min-width - Narrowest a card gets before the grid wraps. Default: 18rem.
 * @cssproperty --smp-focus-ring - Focus outline. Default: 3px solid #1a73e8.
 * @cssproperty --smp-radius - Corner radius. Default: 6px.
 */
export class SmpTransformations extends LitElement {
  static override styles = transformationsStyles;

  static override properties = {
    src: {},
    locale: {},
    tag: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    sizes: {},
    timeout: { type: Number },
    data: { attribute: false },
    _selection: { state: true },
    _filters: { state: true },
    _near: { state: true },
  };

  /** Address of the CMS. Default: the server the embed script was loaded from. */
  declare src: string | undefined;
  /** Content language, e.g. `de`. Default: the nearest `lang` attribute. */
  declare locale: string | undefined;
  /** Only results with this tag (`hairline`, `crown`, `density`, `scar`, `alopecia`, `women`), asked of the CMS. */
  declare tag: TransformationTag | undefined;
  /** Level (2–6) of the card headings, so the page keeps its outline. Default 3. */
  declare headingLevel: number;
  /** `sizes` of the slider images. Default: `auto, (min-width: 40rem) 50vw, 100vw`. */
  declare sizes: string;
  /** Milliseconds to wait for the CMS before showing the fallback. Default 8000. */
  declare timeout: number;
  /** Results (or a whole `/transformations` answer) to show instead of asking the CMS. */
  declare data: Transformation[] | { data: Transformation[] } | undefined;

  declare private _selection: FilterSelection;
  declare private _filters: Filters | undefined;
  private _filtersOpen?: boolean;
  declare private _near: ReadonlySet<string>;
  private _content = new CmsResource<Transformation[]>(this, readTransformations);
  private _observer?: IntersectionObserver;

  constructor() {
    super();
    this.headingLevel = 3;
    this.sizes = 'auto, (min-width: 40rem) 50vw, 100vw';
    this.timeout = 8000;
    this._selection = {};
    this._filters = filters;
    this._near = new Set();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._content.timeoutMs = this.timeout;
    if (!this._filters) {
      filtersLoading ??= import('./result-filters.js').then((module) => (filters = module));
      // Without the chunk (a network error) the gallery shows every result, unfiltered.
      filtersLoading.then((module) => (this._filters = module)).catch(() => undefined);
    } else if (this._filtersOpen === undefined) {
      // The filter's styles arrive with it: the gallery's first paint does not wait for them.
      adoptStyles(this.renderRoot as ShadowRoot, [...SmpTransformations.elementStyles, this._filters.resultFiltersStyles]);
      this._filtersOpen = this._filters.startsOpen();
    }
    if (changed.has('data') && this.data) {
      let items: Transformation[] | undefined;
      try {
        items = readTransformations(this.data);
      } catch (error) {
        console.warn('[smp-kit] <smp-transformations> cannot use its data, showing the fallback:', error);
      }
      this._content.set(items);
    } else if (!this.data && (!this.hasUpdated || changed.has('src') || changed.has('locale') || changed.has('tag'))) {
      this._content.load(String(cmsApiUrl('transformations', this.src, { locale: this.locale || inheritedLocale(this), tag: this.tag })));
    }
  }

  protected override updated(): void {
    this._observer ??= new IntersectionObserver((entries) => this._onCardsSeen(entries), { rootMargin: NEAR_VIEWPORT });
    for (const card of this.renderRoot.querySelectorAll<HTMLElement>('.card[data-waiting]')) this._observer.observe(card);
    // The slider's space, reserved through the CSSOM: a strict CSP (style-src 'self') blocks style attributes.
    for (const placeholder of this.renderRoot.querySelectorAll<HTMLElement>('[data-ratio]')) placeholder.style.aspectRatio = placeholder.dataset.ratio!;
  }

  private _onCardsSeen(entries: IntersectionObserverEntry[]): void {
    const seen = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target as HTMLElement);
    if (!seen.length) return;
    seen.forEach((card) => this._observer?.unobserve(card));
    this._near = new Set([...this._near, ...seen.map((card) => card.dataset.slug!)]);
  }

  /**
   * Checks or unchecks one filter option, as if the visitor had clicked it: `facet` is `area` (a tag),
   * `pattern` (e.g. `norwood-3`), `skin` (e.g. `fitzpatrick-2`), `hair` (e.g. `dark-brown`) or
   * `photos` (`unretouched` or `edited`).
   */
  toggleFilter(facet: FacetName, value: string, on = !this._selection[facet]?.has(value)): void {
    const next = new Set(this._selection[facet]);
    if (on) next.add(value);
    else next.delete(value);
    this._selection = { ...this._selection, [facet]: next };
  }

  /** Checks or unchecks a treated-area option: `toggleFilter('area', tag)`. */
  toggleTag(tag: TransformationTag, on?: boolean): void {
    this.toggleFilter('area', tag, on);
  }

  /** Unchecks every filter option. */
  clearFilters(): void {
    this._selection = {};
  }

  private async _clearAndRefocus(): Promise<void> {
    this.clearFilters();
    await this.updateComplete;
    // The Clear button is gone now: focus moves to the first option instead of the page's start.
    this.renderRoot.querySelector<HTMLInputElement>('[part~="filters"] input')?.focus();
  }

  private _heading(content: string): TemplateResult {
    switch (Math.min(Math.max(this.headingLevel, 2), 6)) {
      case 2:
        return html`<h2 part="title">${content}</h2>`;
      case 4:
        return html`<h4 part="title">${content}</h4>`;
      case 5:
        return html`<h5 part="title">${content}</h5>`;
      case 6:
        return html`<h6 part="title">${content}</h6>`;
      default:
        return html`<h3 part="title">${content}</h3>`;
    }
  }

  private _renderCard(item: Transformation, locale: string | undefined): TemplateResult {
    const near = this._near.has(item.slug);
    return html`<li part="card" class="card" data-slug=${item.slug} ?data-waiting=${!near}>
      ${this._heading(item.title)}
      ${near
        ? // The slider sits in this shadow root, out of reach of the page's lang attributes: pass the language on.
          html`<smp-before-after part="slider" .data=${item} locale=${locale ?? nothing} sizes=${this.sizes}></smp-before-after>`
        : html`<div class="slot-placeholder" data-ratio="${item.before.width} / ${item.before.height}"></div>`}
      ${item.caption ? html`<p part="caption" class="caption">${item.caption}</p>` : nothing}
      <p part="sessions" class="sessions">${beforeAfterStringsFor(locale).sessions(item.sessions)}</p>
      ${this._filters?.factList(item, locale, 'facts') ?? nothing}
    </li>`;
  }

  protected override render(): TemplateResult {
    const locale = this.locale || inheritedLocale(this);
    const text = transformationsStringsFor(locale);
    const items = this._content.value;
    if (!items) {
      return this._content.state === 'failed'
        ? html`<slot><p part="status">${text.loadFailed}</p></slot>`
        : html`<div part="status" class="loading" role="status" aria-busy="true">
            <span class="visually-hidden">${text.loading}</span>
            ${[1, 2].map(() => html`<div class="placeholder"></div>`)}
          </div>`;
    }
    if (!items.length) return html`<p part="status">${text.empty}</p>`;

    const module = this._filters;
    const shown = module ? items.filter((item) => module.matches(item, this._selection)) : items;
    const filtered = !!module?.isFiltered(this._selection);
    return html`
      ${module?.renderFilters(items, this._selection, locale, !!this._filtersOpen, {
        toggle: (facet, value, on) => this.toggleFilter(facet, value, on),
        clear: () => this._clearAndRefocus(),
        disclosed: (open) => (this._filtersOpen = open),
      })}
      <div class="visually-hidden" role="status">${filtered ? module!.filterStringsFor(locale).shown(shown.length) : ''}</div>
      ${shown.length
        ? html`<ul part="list" class="list">
            ${shown.map((item) => this._renderCard(item, locale))}
          </ul>`
        : html`<p part="status">${module!.filterStringsFor(locale).noMatch}</p>`}
    `;
  }
}
