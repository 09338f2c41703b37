import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Faq } from '@smp-kit/schema';
import { emit } from '../internal/events.js';
import { faqPageJsonLd, upsertJsonLdScript } from './faq-json-ld.js';
import { foldForSearch, searchIndex } from './faq-search.js';
import { faqSearchStringsFor } from './faq-search-strings.js';
import { faqSearchStyles } from './faq-search.styles.js';

/**
 * <smp-faq>'s opt-in features: the search box (matching without case or accents, the
 * live announcement, `smp-search`), the FAQPage structured data and the URL hash that
 * follows the open entry. A chunk of its own, imported only by elements with `search`,
 * `json-ld` or `link-hash`, so most pages never download it.
 */
export class FaqExtras {
  private _query = '';
  private _entries?: Faq[];
  private _index: string[] = [];
  private _matchedQuery?: string;
  private _matches: boolean[] = [];
  private _jsonLdScript?: HTMLScriptElement;

  constructor(private readonly _host: ReactiveElement) {
    // Through adoptedStyleSheets (as Lit adopts the element's own), so a strict CSP allows them too.
    const root = _host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, faqSearchStyles.styleSheet!];
  }

  /** Which of `entries` match the search: worked out once per list and query, not once per entry and binding. */
  matches(entries: Faq[]): boolean[] {
    if (entries !== this._entries) {
      this._entries = entries;
      this._index = searchIndex(entries);
      this._matchedQuery = undefined;
    }
    if (this._matchedQuery !== this._query) {
      const query = foldForSearch(this._query.trim());
      this._matchedQuery = this._query;
      this._matches = this._index.map((text) => !query || text.includes(query));
    }
    return this._matches;
  }

  /** The labelled search box. */
  searchBox(locale: string | undefined): TemplateResult {
    return html`<label class="search">${faqSearchStringsFor(locale).label}<input part="search" type="search" .value=${this._query} @input=${this._onInput} /></label>`;
  }

  /** The live region announcing how many questions match, and the message when none does. */
  searchStatus(locale: string | undefined): TemplateResult {
    const text = faqSearchStringsFor(locale);
    const searching = !!this._query.trim();
    const count = this._matches.filter(Boolean).length;
    return html`<div class="visually-hidden" role="status">${searching ? text.matches(count) : ''}</div>
      ${searching && !count ? html`<p part="status">${text.matches(0)}</p>` : nothing}`;
  }

  private _onInput = (event: Event): void => {
    this._query = (event.target as HTMLInputElement).value;
    const matches = this.matches(this._entries ?? []);
    emit(this._host, 'smp-search', { query: this._query, matches: matches.filter(Boolean).length });
    this._host.requestUpdate();
  };

  /** Keeps the URL hash on the open entry (`#<slug>`), so it can be shared. */
  followHash(slug: string, open: boolean): void {
    const url = new URL(location.href);
    if (open) url.hash = slug;
    else if (decodeURIComponent(url.hash.slice(1)) === slug) url.hash = '';
    else return;
    // replaceState: no history entry per click, and no jump to a fragment.
    history.replaceState(history.state, '', url.hash ? url : url.href.replace(/#$/, ''));
  }

  /** One FAQPage script in the document head for `entries`; removed when there are none. */
  showJsonLd(entries?: Faq[]): void {
    if (entries?.length) this._jsonLdScript = upsertJsonLdScript(this._jsonLdScript, faqPageJsonLd(entries));
    else this._jsonLdScript?.remove();
  }
}
