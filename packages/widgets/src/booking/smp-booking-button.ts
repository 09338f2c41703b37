import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { BookingSettings } from '@smp-kit/schema';
import { bookingSettingsJsonSchema, conforms } from '@smp-kit/schema/widget-contracts';
import { CmsResource } from '../internal/cms-resource.js';
import { cmsApiUrl, inheritedLocale } from '../internal/cms-url.js';
import { announceBookingEvent } from './analytics.js';
import type { BookingDialogModule, BookingDialogView } from './booking-form-host.js';
import { bookingStringsFor } from './booking-strings.js';
import { pageContext, providerUrl, type BookingPrefill } from './page-context.js';
import { phoneLink, renderReachClinic } from './reach-clinic.js';
import { bookingButtonStyles } from './smp-booking-button.styles.js';

/** The settings from a `/booking` answer (or inline data); throws when they break the contract. */
function checkedSettings(settings: unknown): BookingSettings {
  const problem = conforms(bookingSettingsJsonSchema, settings);
  if (problem) throw new Error(`invalid booking settings at ${problem}`);
  return settings as BookingSettings;
}
const readBookingSettings = (body: unknown): BookingSettings => checkedSettings((body as { data?: unknown } | null)?.data);

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
 * The dialog and the form are loaded on the first opening (or on hover or focus just
 * before), so a page that only shows the button downloads neither.
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
    _hasLabel: { state: true },
    _dialogFailed: { state: true },
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

  declare private _hasLabel: boolean;
  /** The dialog's code could not load: the ways to reach the clinic are shown by the button instead. */
  declare private _dialogFailed: boolean;
  private _settings = new CmsResource<BookingSettings>(this, readBookingSettings);
  private _inlineSettings?: BookingSettings;
  /** The dialog (and through it the form), loaded on the first opening or on hover or focus just before. */
  private _dialog?: BookingDialogView;
  private _dialogLoading?: Promise<BookingDialogView | undefined>;

  constructor() {
    super();
    this.floating = false;
    this.dataLayer = false;
    this._hasLabel = false;
    this._dialogFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so the default label never flashes next to the page's own.
    this._hasLabel = [...this.childNodes].some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.settings && (!this.hasUpdated || changed.has('src') || changed.has('locale') || changed.has('settings'))) {
      this._settings.load(String(cmsApiUrl('booking', this.src, { locale: this._locale() })));
    }
  }

  private _locale(): string | undefined {
    return this.locale || inheritedLocale(this);
  }

  private _track(type: string, detail: object): void {
    announceBookingEvent(this, type, detail, this.dataLayer);
  }

  /** Loads the dialog's code once (again after a failure); resolves to the dialog, or undefined when it could not load. */
  private _loadDialog(): Promise<BookingDialogView | undefined> {
    if (this._dialog) return Promise.resolve(this._dialog);
    return (this._dialogLoading ??= (import('./booking-dialog.js') as Promise<BookingDialogModule>)
      .then(
        ({ BookingDialog }) =>
          (this._dialog = new BookingDialog({
            element: this,
            styles: (this.constructor as typeof SmpBookingButton).elementStyles,
            settings: () => this._settings,
            locale: () => this._locale(),
            text: () => bookingStringsFor(this._locale()),
            track: (type, detail) => this._track(type, detail),
            renderReachClinic: (settings) => renderReachClinic(bookingStringsFor(this._locale()), settings),
            phoneLink,
            pageContext,
            providerUrl: (url, utm) => providerUrl(url, utm, this.prefill),
            closed: () => this.renderRoot.querySelector<HTMLButtonElement>('button[part~="button"]')?.focus(),
          })),
        (error) => {
          console.warn('[smp-kit] <smp-booking-button> could not load its dialog:', error);
          return undefined;
        },
      )
      .finally(() => (this._dialogLoading = undefined)));
  }

  /** A pointer or focus on the button: the click is probably next, so the dialog's (and form's) code starts loading now. */
  private async _prefetch(): Promise<void> {
    const settings = this._settings.value;
    if (settings?.mode === 'link' && settings.url) return;
    (await this._loadDialog())?.prepare();
  }

  /** Opens the booking: the form or embedded page in a dialog, or the booking page in a new tab. */
  async open(): Promise<void> {
    const settings = this._settings.value;
    if (settings?.mode === 'link' && settings.url) {
      const context = pageContext();
      window.open(providerUrl(settings.url, context.utm, this.prefill), '_blank', 'noopener');
      this._track('smp-booking-open', { mode: 'link' });
      return;
    }
    const dialog = await this._loadDialog();
    this._dialogFailed = !dialog;
    if (dialog) return dialog.open();
    this._track('smp-booking-error', { reason: 'unavailable' });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.fallback a')?.focus();
  }

  /** Closes the dialog (what was typed is kept unless it was sent). */
  close(): void {
    this._dialog?.close();
  }

  private _onSlotChange(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this._hasLabel = nodes.some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  protected override render(): TemplateResult {
    const text = bookingStringsFor(this._locale());
    const settings = this._settings.value;
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
        <span class="label"><slot @slotchange=${this._onSlotChange}></slot>${this._hasLabel ? nothing : (settings?.ctaLabel ?? text.bookCta)}</span>
        ${isLink ? html`<span class="visually-hidden">${text.opensInNewTab}</span>` : nothing}
      </button>
      ${this._dialog?.render()}
      ${this._dialogFailed ? html`<div class="fallback" role="alert">${settings ? renderReachClinic(text, settings) : html`<p class="status">${text.unavailable}</p>`}</div>` : nothing}`;
  }
}
