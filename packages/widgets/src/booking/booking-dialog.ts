import { adoptStyles, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { BookingSettings } from '@smp-kit/schema';
import { bookingDialogStringsFor } from './booking-dialog-strings.js';
import { bookingDialogStyles } from './booking-dialog.styles.js';
import type { BookingDialogHost, BookingDialogText, BookingDialogView, BookingFormHost, BookingFormModule, BookingFormView } from './booking-form-host.js';

// The dialog half of <smp-booking-button>, loaded on the first opening (or on hover or focus just
// before): a page that only shows the button downloads none of it.

/** Form or slots mode, or a link or embed mode without a booking page: the dialog shows the consultation form. */
export const needsForm = (settings: BookingSettings) => settings.mode === 'form' || settings.mode === 'slots' || !settings.url;

/**
 * The booking dialog: a modal `<dialog>` with the consultation form (itself loaded on demand),
 * the booking provider's page, or the other ways to reach the clinic when the form cannot load.
 * Locks the page's scroll while open and moves focus in, and back to the button when it closes.
 */
export class BookingDialog implements ReactiveController, BookingDialogView {
  isOpen = false;

  private _context;
  private _styles;
  private _savedOverflow?: string;
  private _awaitingSettings = false;
  private _form?: BookingFormView;
  private _formLoading?: Promise<void>;
  private _formFailed = false;

  constructor(private readonly _host: BookingDialogHost) {
    const element = _host.element;
    this._context = _host.pageContext();
    // Through adoptedStyleSheets like the element's own styles, so a strict CSP allows them too.
    this._styles = [..._host.styles, bookingDialogStyles];
    adoptStyles(element.renderRoot as ShadowRoot, this._styles);
    element.addController(this);
  }

  hostDisconnected(): void {
    this._dialog()?.close();
    this._unlockScroll();
  }

  hostUpdated(): void {
    const { value: settings } = this._host.settings();
    // The settings may arrive after the click (a slow CMS): the dialog then shows them in place.
    if (this.isOpen && settings && needsForm(settings) && !this._formFailed) this._loadForm();
    this._onDialogReady();
  }

  private _dialog(): HTMLDialogElement | null {
    return this._host.element.renderRoot.querySelector('dialog');
  }

  private _text(): BookingDialogText {
    const locale = this._host.locale();
    return { ...this._host.text(), ...bookingDialogStringsFor(locale) };
  }

  prepare(): void {
    const { value: settings } = this._host.settings();
    if (settings && needsForm(settings)) this._loadForm();
  }

  /** Loads the form's code once; a failure leaves the dialog offering the clinic's phone, email and page instead. */
  private _loadForm(): void {
    if (this._form || this._formLoading) return;
    this._formFailed = false;
    const host = this._host;
    const formHost: BookingFormHost = {
      element: host.element,
      styles: this._styles,
      locale: () => host.locale(),
      context: () => this._context,
      phoneLink: host.phoneLink,
      focus: (selector) => {
        // The form changed what it shows: focus once that is rendered.
        host.element.requestUpdate();
        void this._focusInDialog(selector);
      },
      track: (type, detail) => host.track(type, detail),
      close: () => this.close(),
      isOpen: () => this.isOpen,
    };
    this._formLoading = (import('./booking-form-controller.js') as Promise<BookingFormModule>)
      .then(
        ({ BookingForm }) => {
          this._form = new BookingForm(formHost);
          if (this.isOpen) this._form.opened();
        },
        (error) => {
          console.warn('[smp-kit] <smp-booking-button> could not load its form:', error);
          this._formFailed = true;
        },
      )
      .finally(() => {
        this._formLoading = undefined;
        host.element.requestUpdate();
      });
  }

  async open(): Promise<void> {
    if (this._dialog()?.open) return;
    this._context = this._host.pageContext();
    // A form that could not load is asked for again (browsers that cache failed imports answer from that cache).
    this._formFailed = false;
    this._form?.opened();
    // Rendered only now: an embedded provider's page is requested after the click, not before.
    this.isOpen = true;
    const element = this._host.element;
    element.requestUpdate();
    await element.updateComplete;
    this._dialog()?.showModal();
    this._lockScroll();
    this._awaitingSettings = true;
    this._onDialogReady();
  }

  close(): void {
    this._dialog()?.close();
  }

  /** Once the settings (and in form mode the form) are there with the dialog open: focus the first control and say what opened. */
  private _onDialogReady(): void {
    const { value: settings, state } = this._host.settings();
    const formPending = settings && needsForm(settings) && !this._form && !this._formFailed;
    if (!this._awaitingSettings || !this.isOpen || state === 'loading' || formPending) return;
    this._awaitingSettings = false;
    void this._focusInDialog();
    if (settings && !(this._formFailed && needsForm(settings))) this._host.track('smp-booking-open', { mode: settings.mode });
    else this._host.track('smp-booking-error', { reason: 'unavailable' });
  }

  private _onClose(): void {
    // The close event is queued: the dialog may have been opened again in the meantime.
    if (this._dialog()?.open) return;
    this.isOpen = false;
    this._awaitingSettings = false;
    this._unlockScroll();
    this._form?.closed();
    this._host.element.requestUpdate();
    this._host.closed();
  }

  private _lockScroll(): void {
    if (this._savedOverflow !== undefined) return;
    this._savedOverflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
  }

  private _unlockScroll(): void {
    if (this._savedOverflow === undefined) return;
    document.documentElement.style.overflow = this._savedOverflow;
    this._savedOverflow = undefined;
  }

  /** Focuses `selector`, else the first of: a result heading, the first field, the provider's page, a link, the close button. */
  private async _focusInDialog(selector?: string): Promise<void> {
    await this._host.element.updateComplete;
    // A result that arrives after the patient closed the dialog must not pull focus back in.
    if (!this._dialog()?.open) return;
    for (const candidate of [selector, '.result-title', '#field-name', 'iframe', 'a', '.close']) {
      const target = candidate ? this._host.element.renderRoot.querySelector<HTMLElement>(`dialog ${candidate}`) : null;
      if (target) return target.focus();
    }
  }

  private _renderBody(text: BookingDialogText, settings: BookingSettings | undefined): TemplateResult {
    const loading = html`<p class="status" aria-busy="true">${text.loading}</p>`;
    if (!settings) return this._host.settings().state === 'loading' ? loading : html`<p class="status">${text.unavailable}</p>`;
    if (needsForm(settings)) return this._form?.render(text, settings) ?? (this._formFailed ? this._host.renderReachClinic(settings) : loading);
    const url = this._host.providerUrl(settings.url!, this._context.utm);
    // Link mode lands here only when the settings arrived after the click (a new tab needs a click of its own).
    return settings.mode === 'embed'
      ? html`<iframe part="embed" class="embed" src=${url} title=${text.embedTitle(settings.clinicName)} allow="payment" referrerpolicy="strict-origin-when-cross-origin"></iframe>
          <p class="embed-fallback"><a href=${url} target="_blank" rel="noopener">${text.embedOpenInTab}</a></p>`
      : html`<p>
          <a class="primary" href=${url} target="_blank" rel="noopener">${settings.ctaLabel}<span class="visually-hidden"> ${text.opensInNewTab}</span></a>
        </p>`;
  }

  render(): TemplateResult {
    const text = this._text();
    const { value: settings } = this._host.settings();
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${() => this._onClose()}>
      <div class="dialog-header">
        <div>
          <h2 id="dialog-title">${settings?.ctaLabel ?? text.bookCta}</h2>
          ${settings ? html`<p class="clinic">${settings.clinicName}</p>` : nothing}
        </div>
        <button type="button" part="close" class="close" @click=${() => this.close()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" /></svg>
          <span class="visually-hidden">${text.close}</span>
        </button>
      </div>
      <p class="visually-hidden" role="status">${this._form?.announcement}</p>
      ${this.isOpen ? this._renderBody(text, settings) : nothing}
    </dialog>`;
  }
}
