import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Faq, FaqListResponse } from '@smp-kit/schema';
import { CmsResource } from '../internal/cms-resource.js';
import { cmsApiUrl, inheritedLocale } from '../internal/cms-url.js';
import { emit } from '../internal/events.js';
import { renderBlocks } from '../internal/rich-text.js';
import type { FaqExtras } from './faq-extras.js';
import { readFaqContent, type FaqContent } from './faq-response.js';
import { faqStringsFor } from './faq-strings.js';
import { faqStyles } from './smp-faq.styles.js';

interface FaqGroup {
  slug: string | null;
  name: string | undefined;
  entries: Faq[];
}

/**
 * An accessible FAQ accordion fed by the SMP Kit CMS plugin (WAI-ARIA APG accordion).
 *
 * @summary FAQ accordion with search, deep links, find-in-page and a no-JS fallback.
 *
 * The code for `search`, `json-ld` and `link-hash` is a chunk loaded only when one of them is
 * set; `updateComplete` resolves after it loaded (or failed: the FAQ then works without them).
 *
 * @slot - Fallback content (for example static `<details>` markup), shown before the
 *   element loads and whenever the CMS cannot be reached. A `<script type="application/json">`
 *   child holding a `/faqs` answer (or a list of entries) is used instead of the CMS.
 *
 * @event smp-toggle - An entry opened or closed. `detail: { slug, open }`.
 * @event smp-search - The search text changed. `detail: { query, matches }`.
 *
 * @csspart toolbar - The row holding the search box and the expand-all button.
 * @csspart search - The search input.
 * @csspart expand-all - The "Expand all / Collapse all" button.
 * @csspart group - One category section (when several categories are shown).
 * @csspart group-heading - The heading of a category section.
 * @csspart item - One entry (question and answer).
 * @csspart question - The button that opens and closes an entry.
 * @csspart icon - The chevron inside the question button.
 * @csspart answer - The answer panel.
 * @csspart status - Loading, empty, no-match and error messages.
 *
 * @cssproperty --smp-font-family - Font of the whole element. Default: inherited.
 * @cssproperty --smp-color-text - Text colour. Default: inherited (light theme), #f1f3f4 (dark).
 * @cssproperty --smp-color-muted - Secondary text. Default: #555 (light), #b8c0c4 (dark).
 * @cssproperty --smp-color-border - Lines between entries. Default: #d7d7d7 (light), #4a5256 (dark).
 * @cssproperty --smp-color-accent - Icons, links and the search focus. Default: #0f5f6b (light), #7cc7d1 (dark).
 * @cssproperty --smp-color-surface - Background of the search box. Default: #fff (light), #1f2426 (dark).
 * @cssproperty --smp-focus-ring - Focus outline. Default: 3px solid #1a73e8.
 * @cssproperty --smp-radius - Corner radius. Default: 6px.
 * @cssproperty --smp-duration - Length of the open/close animation; 0s under prefers-reduced-motion. Default: 0.2s.
 */
export class SmpFaq extends LitElement {
  static override styles = faqStyles;

  static override properties = {
    src: {},
    locale: {},
    category: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    single: { type: Boolean },
    open: {},
    search: { type: Boolean },
    expandAll: { type: Boolean, attribute: 'expand-all' },
    linkHash: { type: Boolean, attribute: 'link-hash' },
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    theme: { reflect: true },
    timeout: { type: Number },
    data: { attribute: false },
    _openSlugs: { state: true },
  };

  /** Address of the CMS. Default: the server the embed script was loaded from. */
  declare src: string | undefined;
  /** Content language, e.g. `de`. Default: the nearest `lang` attribute. */
  declare locale: string | undefined;
  /** Only these categories: one slug, or several separated by commas. */
  declare category: string | undefined;
  /** Level (2–6) of the element's top headings: category headings when grouped, else the questions. Default 3. */
  declare headingLevel: number;
  /** Only one answer open at a time. */
  declare single: boolean;
  /** Slugs (separated by spaces or commas) of the entries open at start. */
  declare open: string | undefined;
  /** Show a search box that filters questions and answers as the user types (its code loads on demand, see `updateComplete`). */
  declare search: boolean;
  /** Show an "Expand all / Collapse all" button. */
  declare expandAll: boolean;
  /** Keep the URL hash on the open entry (`#<slug>`), so it can be shared. */
  declare linkHash: boolean;
  /** Add schema.org FAQPage structured data for the entries shown to the document head. */
  declare jsonLd: boolean;
  /** `light` (default), `dark`, or `auto` to follow the visitor's colour scheme. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Milliseconds to wait for the CMS before showing the fallback. Default 8000. */
  declare timeout: number;
  /** Entries (or a whole `/faqs` answer) to show instead of asking the CMS. */
  declare data: Faq[] | FaqListResponse | undefined;

  declare private _openSlugs: ReadonlySet<string>;
  private _content = new CmsResource<FaqContent>(this, readFaqContent);
  private _shownContent?: FaqContent;
  /** Search, structured data and hash following, from a chunk loaded only for `search`, `json-ld` or `link-hash`; null if it failed to load. */
  private _extras?: FaqExtras | null;
  private _extrasLoading?: Promise<void>;
  /** Per entry, whether the search lets it show (empty without a search). */
  private _shown: boolean[] = [];
  // Each answer's DOM, built once: new nodes on every update would make Lit replace all answers per keystroke.
  // Per element, because two elements may show the same entry objects (one shared request).
  private _answers = new WeakMap<Faq, Node[]>();
  private _onHashChange = () => this._openFromHash();

  constructor() {
    super();
    this.headingLevel = 3;
    this.single = this.search = this.expandAll = this.linkHash = this.jsonLd = false;
    this.timeout = 8000;
    this._openSlugs = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this._onHashChange);
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline && !this.data) {
      try {
        this.data = JSON.parse(inline.textContent ?? '');
      } catch (error) {
        console.warn('[smp-kit] Invalid inline JSON:', error);
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this._onHashChange);
    this._extras?.showJsonLd();
  }

  // Includes loading the opt-in features' code, so after `await faq.updateComplete` they are there.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this._extrasLoading ? this._extrasLoading.then(() => this.getUpdateComplete()) : done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._content.timeoutMs = this.timeout;
    if ((this.search || this.jsonLd || this.linkHash) && this._extras === undefined) {
      this._extrasLoading ??= import('./faq-extras.js')
        .then(
          ({ FaqExtras }) => void (this._extras = new FaqExtras(this)),
          (error) => {
            this._extras = null;
            console.warn('[smp-kit] <smp-faq> runs without search, json-ld and link-hash, their code did not load:', error);
          },
        )
        .then(() => {
          this._extrasLoading = undefined;
          this.requestUpdate();
        });
    }
    if (changed.has('data') && this.data) {
      let content: FaqContent | undefined;
      try {
        content = readFaqContent(this.data);
      } catch (error) {
        console.warn('[smp-kit] <smp-faq> cannot use its data, showing the fallback:', error);
      }
      this._content.set(content);
    } else if (!this.data && (!this.hasUpdated || changed.has('src') || changed.has('locale') || changed.has('category'))) {
      const locale = this.locale || inheritedLocale(this);
      this._content.load(String(cmsApiUrl('faqs', this.src, { locale, category: this.category })));
    }
    const content = this._content.value;
    if (content && content !== this._shownContent) {
      const firstContent = !this._shownContent;
      this._shownContent = content;
      if (firstContent) {
        const initial = (this.open ?? '').split(/[\s,]+/).filter((slug) => content.entries.some((entry) => entry.slug === slug));
        this._openSlugs = new Set(this.single ? initial.slice(0, 1) : initial);
        this._openFromHash();
      }
    }
  }

  protected override updated(): void {
    this._extras?.showJsonLd(this.jsonLd ? this._content.value?.entries : undefined);
  }

  /** Opens or closes the entry with `slug`, as if the user had clicked its question. */
  toggle(slug: string, open = !this._openSlugs.has(slug)): void {
    if (open === this._openSlugs.has(slug)) return;
    const next = new Set(this.single && open ? [] : this._openSlugs);
    if (open) next.add(slug);
    else next.delete(slug);
    for (const closed of this._openSlugs) if (!next.has(closed) && closed !== slug) emit(this, 'smp-toggle', { slug: closed, open: false });
    this._openSlugs = next;
    emit(this, 'smp-toggle', { slug, open });
    if (this.linkHash) this._extras?.followHash(slug, open);
  }

  /** Opens the entry named by the URL hash and scrolls it into view. */
  private _openFromHash(): void {
    const slug = decodeURIComponent(location.hash.slice(1));
    if (!this._content.value?.entries.some((entry) => entry.slug === slug)) return;
    this.toggle(slug, true);
    this.updateComplete.then(() => (this.renderRoot as ShadowRoot).getElementById(slug)?.scrollIntoView({ block: 'start' }));
  }

  private _visible(index: number): boolean {
    return this._shown[index] !== false;
  }

  private _setAll(open: boolean): void {
    const entries = this._content.value?.entries ?? [];
    entries.forEach((entry, index) => this._visible(index) && this.toggle(entry.slug, open));
  }

  private _onQuestionKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) button')];
    const index = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    const target = { ArrowDown: buttons[index + 1] ?? buttons[0], ArrowUp: buttons[index - 1] ?? buttons.at(-1), Home: buttons[0], End: buttons.at(-1) }[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  private _heading(level: number, content: unknown, part?: string): TemplateResult {
    switch (Math.min(Math.max(level, 2), 6)) {
      case 2:
        return html`<h2 part=${part ?? nothing}>${content}</h2>`;
      case 3:
        return html`<h3 part=${part ?? nothing}>${content}</h3>`;
      case 4:
        return html`<h4 part=${part ?? nothing}>${content}</h4>`;
      case 5:
        return html`<h5 part=${part ?? nothing}>${content}</h5>`;
      default:
        return html`<h6 part=${part ?? nothing}>${content}</h6>`;
    }
  }

  private _renderEntry(entry: Faq, index: number, level: number): TemplateResult {
    const open = this._openSlugs.has(entry.slug);
    return html`<div part="item" class="item" id=${entry.slug} ?hidden=${!this._visible(index)}>
      ${this._heading(
        level,
        html`<button
          part="question"
          id="q-${entry.slug}"
          type="button"
          aria-expanded=${open}
          aria-controls="a-${entry.slug}"
          @click=${() => this.toggle(entry.slug)}
          @keydown=${this._onQuestionKeydown}
        >
          <span>${entry.question}</span>
          <svg part="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 6l5 5 5-5" /></svg>
        </button>`,
      )}
      <div
        part="answer"
        class="answer"
        id="a-${entry.slug}"
        role="region"
        aria-labelledby="q-${entry.slug}"
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.toggle(entry.slug, true)}
      >
        <div class="answer-body">${this._answerOf(entry)}</div>
      </div>
    </div>`;
  }

  private _answerOf(entry: Faq): Node[] {
    let answer = this._answers.get(entry);
    if (!answer) this._answers.set(entry, (answer = renderBlocks(entry.answer)));
    return answer;
  }

  private _groups({ entries, categories }: FaqContent): FaqGroup[] {
    const groups = new Map<string | null, FaqGroup>();
    for (const entry of entries) {
      const group = groups.get(entry.category) ?? { slug: entry.category, name: categories.find((c) => c.slug === entry.category)?.name, entries: [] };
      group.entries.push(entry);
      groups.set(entry.category, group);
    }
    const order = (group: FaqGroup) => categories.find((c) => c.slug === group.slug)?.order ?? Infinity;
    return [...groups.values()].sort((a, b) => order(a) - order(b));
  }

  protected override render(): TemplateResult {
    const locale = this.locale || inheritedLocale(this);
    const text = faqStringsFor(locale);
    const content = this._content.value;
    // With `search`, the list waits for the search code (the placeholder keeps its place), so nothing jumps.
    if (!content || (this.search && this._extrasLoading)) {
      return this._content.state === 'failed'
        ? html`<slot><p part="status">${text.loadFailed}</p></slot>`
        : html`<div part="status" class="loading" role="status" aria-busy="true">
            <span class="visually-hidden">${text.loading}</span>
            <div class="placeholder"></div>
          </div>`;
    }
    if (!content.entries.length) return html`<p part="status">${text.empty}</p>`;

    const groups = this._groups(content);
    const grouped = groups.length > 1;
    const indexOf = new Map(content.entries.map((entry, index) => [entry, index]));
    const search = this.search ? this._extras : undefined;
    this._shown = search?.matches(content.entries) ?? [];
    const allOpen = content.entries.every((entry, index) => !this._visible(index) || this._openSlugs.has(entry.slug));
    return html`
      ${search || this.expandAll
        ? html`<div part="toolbar" class="toolbar">
            ${search?.searchBox(locale)}
            ${this.expandAll
              ? html`<button part="expand-all" class="expand-all" type="button" @click=${() => this._setAll(!allOpen)}>
                  ${allOpen ? text.collapseAll : text.expandAll}
                </button>`
              : nothing}
          </div>`
        : nothing}
      ${search?.searchStatus(locale)}
      ${groups.map((group) =>
        grouped
          ? html`<div part="group" class="group" ?hidden=${group.entries.every((entry) => !this._visible(indexOf.get(entry)!))}>
              ${this._heading(this.headingLevel, group.name ?? text.otherQuestions, 'group-heading')}
              ${group.entries.map((entry) => this._renderEntry(entry, indexOf.get(entry)!, this.headingLevel + 1))}
            </div>`
          : group.entries.map((entry) => this._renderEntry(entry, indexOf.get(entry)!, this.headingLevel)),
      )}
    `;
  }
}
