import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { faqCategorySchema, faqSchema, type Faq, type FaqCategory } from '@smp-kit/schema';
import { cmsApiUrl, inheritedLocale } from '../internal/cms-url.js';
import { fetchCmsJson, keepValidEntries } from '../internal/data-client.js';
import { emit } from '../internal/events.js';
import { uiStrings } from '../internal/localize.js';
import { renderBlocks } from '../internal/rich-text.js';
import { faqStyles } from './smp-faq.styles.js';

type LoadState = 'loading' | 'ready' | 'failed';

/**
 * An accessible FAQ accordion fed by the SMP Kit CMS plugin.
 *
 * @summary FAQ accordion (WAI-ARIA APG accordion pattern) with a no-JS fallback.
 *
 * @slot - Fallback content (for example static `<details>` markup). Shown before the
 *   element loads, and again if the CMS cannot be reached.
 *
 * @event smp-toggle - An entry was opened or closed by the user. `detail: { slug, open }`.
 *
 * @csspart list - The list of entries.
 * @csspart item - One entry (question and answer).
 * @csspart question - The button that opens and closes an entry.
 * @csspart icon - The chevron inside the question button.
 * @csspart answer - The answer panel.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssproperty --smp-font-family - Font of the whole element. Default: inherited.
 * @cssproperty --smp-color-text - Text colour. Default: inherited.
 * @cssproperty --smp-color-muted - Colour of secondary text. Default: #555.
 * @cssproperty --smp-color-border - Lines between entries. Default: #d7d7d7.
 * @cssproperty --smp-color-accent - Icon and link colour. Default: #0f5f6b.
 * @cssproperty --smp-focus-ring - Focus outline. Default: 3px solid #1a73e8.
 * @cssproperty --smp-radius - Corner radius of the focus ring and placeholders. Default: 6px.
 */
export class SmpFaq extends LitElement {
  static override styles = faqStyles;

  static override properties = {
    src: { type: String },
    locale: { type: String },
    category: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { attribute: false },
    _state: { state: true },
    _entries: { state: true },
    _openSlugs: { state: true },
  };

  /** Address of the CMS. Default: the server the embed script was loaded from. */
  declare src: string | undefined;
  /** Content language, e.g. `de`. Default: the nearest `lang` attribute. */
  declare locale: string | undefined;
  /** Only entries of this category slug (several separated by commas). */
  declare category: string | undefined;
  /** Level (2–6) of the headings that wrap each question, so the page keeps its outline. */
  declare headingLevel: number;
  /** Entries to show instead of fetching from the CMS. */
  declare data: Faq[] | undefined;

  declare private _state: LoadState;
  declare private _entries: Faq[];
  declare private _openSlugs: ReadonlySet<string>;
  private _categories: FaqCategory[] = [];
  private _request?: AbortController;

  constructor() {
    super();
    this.headingLevel = 3;
    this._state = 'loading';
    this._entries = [];
    this._openSlugs = new Set();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._request?.abort();
    this._request = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move: fetch again if the earlier request was aborted.
    if (this.hasUpdated && this._state === 'loading' && !this._request) this._load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) {
      this._request?.abort();
      this._entries = this.data;
      this._state = 'ready';
    } else if (!this.data && (!this.hasUpdated || changed.has('src') || changed.has('locale') || changed.has('category'))) {
      this._load();
    }
  }

  private async _load(): Promise<void> {
    this._request?.abort();
    const request = new AbortController();
    this._request = request;
    this._state = 'loading';
    const url = cmsApiUrl('faqs', this.src, { locale: this._locale(), category: this.category });
    try {
      const body = (await fetchCmsJson(url, { signal: request.signal })) as { data?: unknown; meta?: { categories?: unknown } } | null;
      this._entries = keepValidEntries(body?.data, (entry) => faqSchema.safeParse(entry), 'FAQ');
      this._categories = Array.isArray(body?.meta?.categories) ? keepValidEntries(body.meta.categories, (c) => faqCategorySchema.safeParse(c), 'FAQ category') : [];
      this._state = 'ready';
    } catch (error) {
      if (request.signal.aborted) return;
      console.warn('[smp-kit] <smp-faq> shows its fallback content:', error);
      this._state = 'failed';
    } finally {
      if (this._request === request) this._request = undefined;
    }
  }

  private _locale(): string | undefined {
    return this.locale || inheritedLocale(this);
  }

  /** Opens or closes the entry with `slug`, as if the user had clicked it. */
  toggle(slug: string, open = !this._openSlugs.has(slug)): void {
    if (open === this._openSlugs.has(slug)) return;
    const next = new Set(this._openSlugs);
    if (open) next.add(slug);
    else next.delete(slug);
    this._openSlugs = next;
    emit(this, 'smp-toggle', { slug, open });
  }

  private _onQuestionKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[part~="question"]')];
    const index = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    const target = { ArrowDown: buttons[index + 1] ?? buttons[0], ArrowUp: buttons[index - 1] ?? buttons.at(-1), Home: buttons[0], End: buttons.at(-1) }[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  private _renderHeading(content: TemplateResult): TemplateResult {
    switch (this.headingLevel) {
      case 2:
        return html`<h2>${content}</h2>`;
      case 4:
        return html`<h4>${content}</h4>`;
      case 5:
        return html`<h5>${content}</h5>`;
      case 6:
        return html`<h6>${content}</h6>`;
      default:
        return html`<h3>${content}</h3>`;
    }
  }

  private _renderEntry(entry: Faq): TemplateResult {
    const open = this._openSlugs.has(entry.slug);
    const questionId = `question-${entry.slug}`;
    const answerId = `answer-${entry.slug}`;
    return html`<div part="item" class="item">
      ${this._renderHeading(html`<button
        part="question"
        id=${questionId}
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${answerId}
        @click=${() => this.toggle(entry.slug)}
        @keydown=${this._onQuestionKeydown}
      >
        <span class="question-text">${entry.question}</span>
        <svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 6l5 5 5-5" /></svg>
      </button>`)}
      <div
        part="answer"
        class="answer"
        id=${answerId}
        role="region"
        aria-labelledby=${questionId}
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.toggle(entry.slug, true)}
      >
        <div class="answer-body">${renderBlocks(entry.answer)}</div>
      </div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const text = uiStrings(this._locale());
    if (this._state === 'loading') {
      return html`<div part="status" class="loading" role="status" aria-busy="true">
        <span class="visually-hidden">${text.loading}</span>
        ${[1, 2, 3, 4].map(() => html`<div class="placeholder" aria-hidden="true"></div>`)}
      </div>`;
    }
    if (this._state === 'failed') {
      return html`<slot><p part="status" class="status">${text.loadFailed}</p></slot>`;
    }
    if (this._entries.length === 0) {
      return html`<p part="status" class="status">${text.empty}</p>`;
    }
    return html`<div part="list" class="list">${this._entries.map((entry) => this._renderEntry(entry))}</div>`;
  }
}
