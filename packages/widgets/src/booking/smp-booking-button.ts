import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { BookingSettings } from '@smp-kit/schema';
import { bookingSettingsJsonSchema, conforms } from '@smp-kit/schema/widget-contracts';
import { CmsResource } from '../internal/cms-resource.js';
import { cmsApiUrl, inheritedLocale } from '../internal/cms-url.js';
import { announceBookingEvent } from './analytics.js';
import { renderEmbed, renderReachClinic } from './booking-dialog-views.js';
import type { BookingFormHost, BookingFormModule, BookingFormView } from './booking-form-host.js';
import { bookingStringsFor, type BookingStrings } from './booking-strings.js';
import { pageContext, providerUrl, type BookingPrefill } from './page-context.js';
import { bookingButtonStyles } from './smp-booking-button.styles.js';

/** The settings from a `/booking` answer (or inline data); throws when they break the contract. */
function checkedSettings(settings: unknown): BookingSettings {
  const problem = conforms(bookingSettingsJsonSchema, settings);
  if (problem) throw new Error(`invalid booking settings at ${problem}`);
  return settings as BookingSettings;
}
const readBookingSettings = (body: unknown): BookingSettings => checkedSettings((body as { data?: unknown } | null)?.data);

/** Form mode, or a link or embed mode without a booking page: the dialog shows the consultation form. */
const needsForm = (settings: BookingSettings) => settings.mode === 'form' || !settings.url;

/**
 * A "book a consultation" button for a clinic's website, fed by the SMP Kit CMS plugin.
 * Depending on the clinic's booking settings it opens the clinic's own consultation
 * form in a modal dialog, opens the clinic's booking page (Cal.com, Calendly, Fresha…)
 * in a new tab, or shows that page in a dialog. The provider's page is loaded only
 * after the click: no request to a third party before the patient asks.
 *
 * The form never loses what a patient typed: errors are shown at the field, a failed
 * request can be retried (with the same Idempotency-Key, so it is stored once), an
 * offline patient's request is sent when the connection returns, and the clinic's
 * phone number is offered whenever the form cannot do its job.
 *
 * @summary Consultation booking button: form, link or embedded booking page in an accessible dialog.
 *
 * @slot - The button's label. Default: the CTA label from the CMS, else "Book a consultation".
 *
 * @event smp-booking-open - The dialog or the booking page opened. `detail: { mode }`.
 * @event smp-booking-submitted - The CMS stored the request. `detail: { reference, service }` (no personal data).
 * @event smp-booking-error - A request could not be sent; what was typed is kept. `detail: { reason, status? }`.
 *
 * @csspart button - The booking button.
 * @csspart dialog - The modal dialog.
 * @csspart close - The dialog's close button.
 * @csspart form - The consultation form.
 * @csspart error - An error message under a field.
 * @csspart submit - The form's send button.
 * @csspart success - The confirmation with the reference.
 * @csspart failure - The "not sent yet" view with retry.
 * @csspart retry - The "Try again" button.
 * @csspart contact - The clinic's phone number and opening hours.
 * @csspart embed - The booking provider's iframe.
 *
 * @cssproperty --smp-font-family - Font of the button and dialog. Default: inherited.
 * @cssproperty --smp-color-text - Text colour. Default: #1d2326 (light), #f1f3f4 (dark).
 * @cssproperty --smp-color-muted - Secondary text. Default: #555 (light), #b8c0c4 (dark).
 * @cssproperty --smp-color-border - Field borders. Default: #8a9296 (light), #6b7478 (dark).
 * @cssproperty --smp-color-accent - Button background and links. Default: #0f5f6b (light), #7cc7d1 (dark).
 * @cssproperty --smp-color-on-accent - Text on the button. Default: #fff (light), #0b1d20 (dark).
 * @cssproperty --smp-color-surface - Dialog background. Default: #fff (light), #1f2426 (dark).
 * @cssproperty --smp-color-error - Error text and borders. Default: #b3261e (light), #ffb4ab (dark).
 * @cssproperty --smp-focus-ring - Focus outline. Default: 3px solid #1a73e8.
 * @cssproperty --smp-radius - Corner radius. Default: 6px.
 * @cssproperty --smp-floating-offset - Distance of the floating button from the screen corner (plus the safe area). Default: 1rem.
 * @cssproperty --smp-floating-z-index - Stacking of the floating button. Default: 1000.
 */
export class SmpBookingButton extends LitElement {
  static override styles = bookingButtonStyles;

  static override properties = {
    src: {},
    locale: {},
    service: {},
    floating: { type: Boolean, reflect: true },
    dataLayer: { type: Boolean, attribute: 'data-layer' },
    theme: { reflect: true },
    settings: { attribute: false, noAccessor: true },
    prefill: { attribute: false },
    _open: { state: true },
    _hasLabel: { state: true },
  };

  /** Address of the CMS. Default: the server the embed script was loaded from. */
  declare src: string | undefined;
  /** Language of the settings and the form, e.g. `de`. Default: the nearest `lang` attribute. */
  declare locale: string | undefined;
  /** Slug of the service to preselect in the form (for a page about one treatment). */
  declare service: string | undefined;
  /** A round button fixed in the bottom corner of the screen, clear of notches and home bars. */
  declare floating: boolean;
  /** Also push the booking events to Google Tag Manager's `window.dataLayer` (attribute `data-layer`). */
  declare dataLayer: boolean;
  /** `light` (default), `dark`, or `auto` to follow the visitor's colour scheme. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Known patient details to fill in (form) or pass to the booking page (link, embed). */
  declare prefill: BookingPrefill | undefined;

  /** Booking settings to use instead of asking the CMS (the `data` of `GET /api/smp-kit/booking`). */
  get settings(): BookingSettings | undefined {
    return this._inlineSettings;
  }
  set settings(value: BookingSettings | undefined) {
    const old = this._inlineSettings;
    this._inlineSettings = value;
    // Applied here rather than during an update, so showing them needs no second render.
    if (value) {
      try {
        this._settings.set(checkedSettings(value));
      } catch (error) {
        console.warn('[smp-kit] <smp-booking-button> ignored invalid inline settings:', error);
      }
    }
    this.requestUpdate('settings', old);
  }

  declare private _open: boolean;
  declare private _hasLabel: boolean;
  private _settings = new CmsResource<BookingSettings>(this, readBookingSettings);
  private _inlineSettings?: BookingSettings;
  private _context = pageContext();
  private _savedOverflow?: string;
  private _awaitingSettings = false;
  /** The form's half of the element, loaded on the first opening (or on hover or focus just before). */
  private _form?: BookingFormView;
  private _formLoading?: Promise<void>;
  private _formFailed = false;

  constructor() {
    super();
    this.floating = false;
    this.dataLayer = false;
    this._open = false;
    this._hasLabel = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so the default label never flashes next to the page's own.
    this._hasLabel = [...this.childNodes].some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._dialog?.close();
    this._unlockScroll();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.settings && (!this.hasUpdated || changed.has('src') || changed.has('locale') || changed.has('settings'))) {
      this._settings.load(String(cmsApiUrl('booking', this.src, { locale: this._locale() })));
    }
  }

  private get _dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  private _locale(): string | undefined {
    return this.locale || inheritedLocale(this);
  }

  private _track(type: string, detail: object): void {
    announceBookingEvent(this, type, detail, this.dataLayer);
  }

  /** Loads the form's code once; a failure leaves the dialog offering the clinic's phone, email and page instead. */
  private _loadForm(): void {
    if (this._form || this._formLoading) return;
    this._formFailed = false;
    const host: BookingFormHost = {
      element: this,
      styles: (this.constructor as typeof SmpBookingButton).elementStyles,
      locale: () => this._locale(),
      context: () => this._context,
      focus: (selector) => {
        // The form changed what it shows: focus once that is rendered.
        this.requestUpdate();
        void this._focusInDialog(selector);
      },
      track: (type, detail) => this._track(type, detail),
      close: () => this.close(),
      isOpen: () => this._open,
    };
    this._formLoading = (import('./booking-form-controller.js') as Promise<BookingFormModule>)
      .then(
        ({ BookingForm }) => {
          this._form = new BookingForm(host);
          if (this._open) this._form.opened();
        },
        (error) => {
          console.warn('[smp-kit] <smp-booking-button> could not load its form:', error);
          this._formFailed = true;
        },
      )
      .finally(() => {
        this._formLoading = undefined;
        this.requestUpdate();
      });
  }

  /** A pointer or focus on the button: the click is probably next, so the form's code starts loading now. */
  private _prefetch(): void {
    const settings = this._settings.value;
    if (settings && needsForm(settings)) this._loadForm();
  }

  /** Opens the booking: the form or embedded page in a dialog, or the booking page in a new tab. */
  async open(): Promise<void> {
    const settings = this._settings.value;
    this._context = pageContext();
    if (settings?.mode === 'link' && settings.url) {
      window.open(providerUrl(settings.url, this._context.utm, this.prefill), '_blank', 'noopener');
      this._track('smp-booking-open', { mode: 'link' });
      return;
    }
    if (this._dialog?.open) return;
    // A form that could not load is asked for again (browsers that cache failed imports answer from that cache).
    this._formFailed = false;
    this._form?.opened();
    // Also when the dialog closes and opens again before its close event: updated() must run to load the form.
    this.requestUpdate();
    // Rendered only now: an embedded provider's page is requested after the click, not before.
    this._open = true;
    await this.updateComplete;
    this._dialog?.showModal();
    this._lockScroll();
    this._awaitingSettings = true;
    this._onDialogReady();
  }

  /** Once the settings (and in form mode the form) are there with the dialog open: focus the first control and say what opened. */
  private _onDialogReady(): void {
    const settings = this._settings.value;
    const formPending = settings && needsForm(settings) && !this._form && !this._formFailed;
    if (!this._awaitingSettings || !this._open || this._settings.state === 'loading' || formPending) return;
    this._awaitingSettings = false;
    void this._focusInDialog();
    if (settings && !(this._formFailed && needsForm(settings))) this._track('smp-booking-open', { mode: settings.mode });
    else this._track('smp-booking-error', { reason: 'unavailable' });
  }

  protected override updated(): void {
    const settings = this._settings.value;
    // The settings may arrive after the click (a slow CMS): the dialog then shows them in place.
    if (this._open && settings && needsForm(settings) && !this._formFailed) this._loadForm();
    this._onDialogReady();
  }

  /** Closes the dialog (what was typed is kept unless it was sent). */
  close(): void {
    this._dialog?.close();
  }

  private _onDialogClose(): void {
    // The close event is queued: the dialog may have been opened again in the meantime.
    if (this._dialog?.open) return;
    this._open = false;
    this._awaitingSettings = false;
    this._unlockScroll();
    this._form?.closed();
    this.renderRoot.querySelector<HTMLButtonElement>('button[part~="button"]')?.focus();
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
    await this.updateComplete;
    // A result that arrives after the patient closed the dialog must not pull focus back in.
    if (!this._dialog?.open) return;
    const candidates = [selector, '.result-title', '#field-name', 'iframe', 'a', '.close'];
    for (const candidate of candidates) {
      const target = candidate ? this.renderRoot.querySelector<HTMLElement>(`dialog ${candidate}`) : null;
      if (target) return target.focus();
    }
  }

  private _onSlotChange(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this._hasLabel = nodes.some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  private _renderBody(text: BookingStrings, settings: BookingSettings | undefined): TemplateResult {
    const loading = html`<p class="status" aria-busy="true">${text.loading}</p>`;
    if (!settings) return this._settings.state === 'loading' ? loading : html`<p class="status">${text.unavailable}</p>`;
    if (needsForm(settings)) return this._form?.render(text, settings) ?? (this._formFailed ? renderReachClinic(text, settings) : loading);
    const url = providerUrl(settings.url!, this._context.utm, this.prefill);
    // Link mode lands here only when the settings arrived after the click (a new tab needs a click of its own).
    return settings.mode === 'embed'
      ? renderEmbed(text, settings, url)
      : html`<p>
          <a class="primary" href=${url} target="_blank" rel="noopener">${settings.ctaLabel}<span class="visually-hidden"> ${text.opensInNewTab}</span></a>
        </p>`;
  }

  protected override render(): TemplateResult {
    const text = bookingStringsFor(this._locale());
    const settings = this._settings.value;
    const label = settings?.ctaLabel ?? text.bookCta;
    const isLink = settings?.mode === 'link' && settings.url;
    return html`<button
        part="button"
        class="trigger"
        type="button"
        aria-haspopup=${isLink ? nothing : 'dialog'}
        @click=${() => this.open()}
        @pointerenter=${this._prefetch}
        @focus=${this._prefetch}
      >
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 3v3M17 3v3M4 9h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z" /></svg>
        <span class="label"><slot @slotchange=${this._onSlotChange}></slot>${this._hasLabel ? nothing : label}</span>
        ${isLink ? html`<span class="visually-hidden">${text.opensInNewTab}</span>` : nothing}
      </button>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this._onDialogClose}>
        <div class="dialog-header">
          <div>
            <h2 id="dialog-title">${label}</h2>
            ${settings ? html`<p class="clinic">${settings.clinicName}</p>` : nothing}
          </div>
          <button type="button" part="close" class="close" @click=${() => this.close()}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" /></svg>
            <span class="visually-hidden">${text.close}</span>
          </button>
        </div>
        <p class="visually-hidden" role="status">${this._form?.announcement}</p>
        ${this._open ? this._renderBody(text, settings) : nothing}
      </dialog>`;
  }
}
