import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { BookingRequestInput, BookingSettings } from '@smp-kit/schema';
import { bookingRequestJsonSchema, bookingSettingsJsonSchema, conforms, failingFields } from '@smp-kit/schema/widget-contracts';
import { CmsResource } from '../internal/cms-resource.js';
import { cmsApiUrl, inheritedLocale } from '../internal/cms-url.js';
import { announceBookingEvent } from './analytics.js';
import { emptyFormValues, FORM_FIELDS, readControl, renderBookingForm, type BookingFormValues, type FieldErrors } from './booking-form.js';
import { bookingStringsFor, type BookingStrings } from './booking-strings.js';
import { newIdempotencyKey, submitBookingRequest, type SubmitResult } from './booking-submit.js';
import { failureMessage, renderContact, renderEmbed, renderFailure, renderSuccess, type FailureReason } from './booking-views.js';
import { pageContext, providerUrl, type BookingPrefill } from './page-context.js';
import { bookingButtonStyles } from './smp-booking-button.styles.js';

type Stage = 'form' | 'sending' | 'success' | 'failure';

/** Reads a `GET /booking` answer; throws when it breaks the contract. */
/** The settings from a `/booking` answer (or inline data); throws when they break the contract. */
function checkedSettings(settings: unknown): BookingSettings {
  const problem = conforms(bookingSettingsJsonSchema, settings);
  if (problem) throw new Error(`invalid booking settings at ${problem}`);
  return settings as BookingSettings;
}
const readBookingSettings = (body: unknown): BookingSettings => checkedSettings((body as { data?: unknown } | null)?.data);

function localIsoDate(date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

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
    _stage: { state: true },
    _values: { state: true },
    _errors: { state: true },
    _announcement: { state: true },
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
  declare private _stage: Stage;
  declare private _values: BookingFormValues;
  declare private _errors: FieldErrors;
  declare private _announcement: string;
  declare private _hasLabel: boolean;
  private _settings = new CmsResource<BookingSettings>(this, readBookingSettings);
  private _inlineSettings?: BookingSettings;
  private _context = pageContext();
  private _key?: string;
  /** The request of the last attempt that did not succeed: a retry sends exactly it again. */
  private _pending?: { request: BookingRequestInput; fingerprint: string };
  private _reference = '';
  private _failure: FailureReason = 'server';
  private _retryAfterSeconds = 0;
  private _savedOverflow?: string;
  private _awaitingSettings = false;
  private _resultSeen = false;
  private _onOnline = () => {
    if (this._stage === 'failure' && this._failure === 'offline') this._retry();
  };

  constructor() {
    super();
    this.floating = false;
    this.dataLayer = false;
    this._open = false;
    this._stage = 'form';
    this._values = emptyFormValues();
    this._errors = {};
    this._announcement = '';
    this._hasLabel = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this._onOnline);
    // Known before the first render, so the default label never flashes next to the page's own.
    this._hasLabel = [...this.childNodes].some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this._onOnline);
    this._dialog?.close();
    this._unlockScroll();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('service') && !this._values.service) this._values = { ...this._values, service: this.service ?? '' };
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

  private _text(): BookingStrings {
    return bookingStringsFor(this._locale());
  }

  private _track(type: string, detail: object): void {
    announceBookingEvent(this, type, detail, this.dataLayer);
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
    if (this._stage === 'success') {
      // A confirmation the patient has seen is done with; one that arrived while closed is shown now.
      if (this._resultSeen) this._startNewRequest();
      this._resultSeen = true;
    }
    this._prefillOnce();
    // Rendered only now: an embedded provider's page is requested after the click, not before.
    this._open = true;
    await this.updateComplete;
    this._dialog?.showModal();
    this._lockScroll();
    this._awaitingSettings = true;
    this._onSettingsSettled();
  }

  /** Once the settings are known with the dialog open: focus the first control and say what opened. */
  private _onSettingsSettled(): void {
    if (!this._awaitingSettings || !this._open || this._settings.state === 'loading') return;
    this._awaitingSettings = false;
    void this._focusInDialog();
    const settings = this._settings.value;
    if (settings) this._track('smp-booking-open', { mode: settings.mode });
    else this._track('smp-booking-error', { reason: 'unavailable' });
  }

  protected override updated(): void {
    // The settings may arrive after the click (a slow CMS): the dialog then shows them in place.
    this._onSettingsSettled();
  }

  /** Closes the dialog (what was typed is kept unless it was sent). */
  close(): void {
    this._dialog?.close();
  }

  private _startNewRequest(): void {
    this._stage = 'form';
    this._values = emptyFormValues(this.service);
    this._key = undefined;
  }

  private _prefillOnce(): void {
    const { name = '', email = '', phone = '' } = this.prefill ?? {};
    const values = this._values;
    if (!values.name && !values.email && !values.phone) this._values = { ...values, name, email, phone };
  }

  private _onDialogClose(): void {
    // The close event is queued: the dialog may have been opened again in the meantime.
    if (this._dialog?.open) return;
    this._open = false;
    this._awaitingSettings = false;
    this._unlockScroll();
    this._errors = {};
    this._announcement = '';
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

  private _onInput(event: Event): void {
    this._values = readControl(this._values, event.target);
    // Once a field was marked, it is re-checked as the patient corrects it.
    const field = (event.target as HTMLInputElement).name as keyof FieldErrors;
    if (this._errors[field] && !this._problemFields(this._request()).includes(field)) {
      const { [field]: _fixed, ...rest } = this._errors;
      this._errors = rest;
    }
  }

  /** What the form sends: the typed values plus the page's language, address and UTM parameters. */
  private _request(): BookingRequestInput {
    const { website, consent, preferredTime, ...typed } = this._values;
    const locale = this._locale();
    return {
      // Trimmed here as the server's schema trims, so "   " is caught before sending.
      ...(Object.fromEntries(Object.entries(typed).map(([field, value]) => [field, value.trim()])) as typeof typed),
      preferredTime: preferredTime as BookingRequestInput['preferredTime'],
      consent: consent as true,
      website,
      // The patient cannot correct these, so they are only sent when valid.
      ...(locale && !conforms(bookingRequestJsonSchema.properties!.locale!, locale) ? { locale } : {}),
      ...(/^https?:/.test(this._context.pageUrl) ? { pageUrl: this._context.pageUrl } : {}),
      ...(this._context.utm ? { utm: this._context.utm } : {}),
    };
  }

  private _problemFields(request: BookingRequestInput): string[] {
    return failingFields(bookingRequestJsonSchema, request as unknown as Record<string, unknown>);
  }

  private async _onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this._stage === 'sending') return;
    const request = this._request();
    const problems = this._problemFields(request);
    if (problems.length) return this._showFieldErrors(problems);
    this._errors = {};
    const fingerprint = JSON.stringify(request);
    // Changed after a failed attempt: that attempt may have arrived, so this is a new request.
    if (this._pending && this._pending.fingerprint !== fingerprint) this._key = undefined;
    this._pending = { request, fingerprint };
    await this._send();
  }

  private _retry(): void {
    if (this._pending && this._stage !== 'sending') void this._send();
  }

  private async _send(): Promise<void> {
    const pending = this._pending;
    if (!pending) return;
    this._key ??= newIdempotencyKey();
    const text = this._text();
    this._stage = 'sending';
    this._announcement = text.sending;
    const result = await submitBookingRequest(cmsApiUrl('booking-requests', this.src), pending.request, this._key);
    this._handleResult(result, pending.request);
  }

  private _handleResult(result: SubmitResult, request: BookingRequestInput): void {
    const text = this._text();
    if (result.kind === 'received') {
      this._stage = 'success';
      this._resultSeen = this._open;
      this._reference = result.reference;
      this._pending = undefined;
      this._announcement = `${text.successTitle}. ${text.reference(result.reference)}`;
      this._track('smp-booking-submitted', { reference: result.reference, service: request.service || null });
      void this._focusInDialog('.result-title');
      return;
    }
    const status = 'status' in result ? result.status : undefined;
    if (result.kind === 'invalid' && result.fields.some((field) => (FORM_FIELDS as readonly string[]).includes(field))) {
      this._stage = 'form';
      this._track('smp-booking-error', { reason: 'invalid', status });
      return this._showFieldErrors(result.fields);
    }
    // 422: the CMS holds a different request under this key, so the retry needs a key of its own.
    if (status === 422) this._key = undefined;
    this._failure = result.kind === 'invalid' ? 'server' : result.kind;
    this._retryAfterSeconds = result.kind === 'rate-limited' ? result.retryAfterSeconds : 0;
    this._stage = 'failure';
    this._announcement = `${text.failureTitle}. ${failureMessage(text, this._failure, this._retryAfterSeconds)}`;
    this._track('smp-booking-error', { reason: this._failure, ...(status ? { status } : {}) });
    void this._focusInDialog('.result-title');
  }

  private _showFieldErrors(fields: string[]): void {
    const text = this._text();
    const marked = FORM_FIELDS.filter((field) => fields.includes(field));
    // Only a field nobody can see or change (the honeypot) is wrong: nothing a person can fix.
    if (!marked.length) return this._handleResult({ kind: 'server', status: 400 }, this._request());
    this._errors = Object.fromEntries(marked.map((field) => [field, text.errors[field]]));
    this._stage = 'form';
    this._announcement = text.fixFields(marked.length);
    void this._focusInDialog(`#field-${marked[0]}`);
  }

  private _onSlotChange(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this._hasLabel = nodes.some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  private _renderBody(text: BookingStrings, settings: BookingSettings | undefined): TemplateResult | typeof nothing {
    if (!settings) {
      return this._settings.state === 'loading'
        ? html`<p class="status" aria-busy="true">${text.loading}</p>`
        : html`<p class="status">${text.unavailable}</p>`;
    }
    const locale = this._locale();
    if (settings.mode !== 'form' && settings.url) {
      const url = providerUrl(settings.url, this._context.utm, this.prefill);
      // Link mode lands here only when the settings arrived after the click (a new tab needs a click of its own).
      return settings.mode === 'embed' ? renderEmbed(text, settings, url) : html`<p>
            <a class="primary" href=${url} target="_blank" rel="noopener">${settings.ctaLabel}<span class="visually-hidden"> ${text.opensInNewTab}</span></a>
          </p>`;
    }
    switch (this._stage) {
      case 'success':
        return renderSuccess(text, this._reference, renderContact(text, settings, locale, text.successNext), () => this.close());
      case 'failure':
        return renderFailure(text, failureMessage(text, this._failure, this._retryAfterSeconds), renderContact(text, settings, locale, text.callUs), {
          onRetry: () => this._retry(),
          onEdit: () => {
            this._stage = 'form';
            void this._focusInDialog('#field-name');
          },
        });
      default:
        return renderBookingForm({
          text,
          settings,
          values: this._values,
          errors: this._errors,
          sending: this._stage === 'sending',
          today: localIsoDate(),
          onInput: (event) => this._onInput(event),
          onSubmit: (event) => this._onSubmit(event),
        });
    }
  }

  protected override render(): TemplateResult {
    const text = this._text();
    const settings = this._settings.value;
    const label = settings?.ctaLabel ?? text.bookCta;
    const isLink = settings?.mode === 'link' && settings.url;
    return html`<button part="button" class="trigger" type="button" aria-haspopup=${isLink ? nothing : 'dialog'} @click=${() => this.open()}>
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
        <p class="visually-hidden" role="status">${this._announcement}</p>
        ${this._open ? this._renderBody(text, settings) : nothing}
      </dialog>`;
  }
}
