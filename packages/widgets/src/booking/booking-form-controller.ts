import { adoptStyles, type ReactiveController, type TemplateResult } from 'lit';
import type { BookingRequestInput, BookingSettings } from '@smp-kit/schema';
import { bookingRequestJsonSchema, conforms, failingFields } from '@smp-kit/schema/widget-contracts';
import { cmsApiUrl } from '../internal/cms-url.js';
import { emptyFormValues, FORM_FIELDS, readControl, renderBookingForm, type BookingFormValues, type FieldErrors } from './booking-form.js';
import { bookingFormStringsFor, type BookingFormStrings } from './booking-form-strings.js';
import type { PhotoAttachments } from './booking-photos.js';
import type { SlotPicker } from './booking-slots.js';
import { newIdempotencyKey, submitBookingRequest, type SubmitResult } from './booking-submit.js';
import { failureMessage, renderContact, renderFailure, renderSuccess, type FailureReason } from './booking-views.js';
import { bookingFormStyles } from './booking-form.styles.js';
import type { BookingDialogText, BookingFormHost, BookingFormView } from './booking-form-host.js';

// This module is the form's half of <smp-booking-button>, loaded on the first opening (or on
// hover or focus just before): the button's own bundle stays small for every page view.

type Stage = 'form' | 'sending' | 'success' | 'failure';

function localIsoDate(date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The consultation form inside the booking dialog: what the patient typed, validation,
 * sending with an Idempotency-Key (reused on retry), the success and failure views, and
 * the offline retry. Never loses what was typed.
 */
export class BookingForm implements ReactiveController, BookingFormView {
  /** What the dialog's live region says (the element renders it). */
  announcement = '';

  private _stage: Stage = 'form';
  private _values: BookingFormValues;
  private _errors: FieldErrors = {};
  private _service: string | undefined;
  private _key?: string;
  /** The request of the last attempt that did not succeed: a retry sends exactly it again. */
  private _pending?: { request: BookingRequestInput; fingerprint: string };
  private _reference = '';
  private _failure: FailureReason = 'server';
  private _retryAfterSeconds = 0;
  private _resultSeen = false;
  /** The slot picker, once its chunk is here (loaded with the form in slots mode). */
  private _slots?: SlotPicker;
  private _slotsLoading?: Promise<unknown>;
  /** The photo field, once its chunk is here (loaded with the form when the clinic accepts photos). */
  private _photos?: PhotoAttachments;
  private _photosLoading?: Promise<unknown>;
  private _onOnline = () => {
    if (this._stage === 'failure' && this._failure === 'offline') this._retry();
  };

  constructor(private readonly _host: BookingFormHost) {
    const element = _host.element;
    this._service = element.service;
    this._values = emptyFormValues(element.service);
    // Through adoptedStyleSheets like the element's own styles, so a strict CSP allows them too.
    adoptStyles(element.renderRoot as ShadowRoot, [..._host.styles, bookingFormStyles]);
    element.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this._onOnline);
  }

  hostDisconnected(): void {
    removeEventListener('online', this._onOnline);
  }

  hostUpdate(): void {
    // A page that changes `service` preselects it, unless the patient already chose one.
    const service = this._host.element.service;
    if (service === this._service) return;
    this._service = service;
    if (!this._values.service) this._values = { ...this._values, service: service ?? '' };
  }

  /** The dialog opened: a confirmation the patient has seen is done with, and known details are filled in once. */
  opened(): void {
    if (this._stage === 'success') {
      // One that arrived while the dialog was closed is shown now.
      if (this._resultSeen) this._startNewRequest();
      this._resultSeen = true;
    }
    const { name = '', email = '', phone = '' } = this._host.element.prefill ?? {};
    const values = this._values;
    if (!values.name && !values.email && !values.phone) this._values = { ...values, name, email, phone };
    this._update();
  }

  /** The dialog closed: what was typed stays, the error marks and announcement go. */
  closed(): void {
    this._errors = {};
    this.announcement = '';
  }

  private _update(): void {
    this._host.element.requestUpdate();
  }

  private _text(): BookingFormStrings {
    return bookingFormStringsFor(this._host.locale());
  }

  private _startNewRequest(): void {
    this._stage = 'form';
    this._values = emptyFormValues(this._host.element.service);
    this._photos?.clear();
    this._key = undefined;
  }

  private _onInput(event: Event): void {
    const values = readControl(this._values, event.target);
    if (values === this._values) return;
    this._values = values;
    // Once a field was marked, it is re-checked as the patient corrects it.
    const field = (event.target as HTMLInputElement).name as keyof FieldErrors;
    if (this._errors[field] && !this._problemFields(this._request()).includes(field)) {
      const { [field]: _fixed, ...rest } = this._errors;
      this._errors = rest;
    }
    this._update();
  }

  /** What the form sends: the typed values plus the page's language, address and UTM parameters. */
  private _request(): BookingRequestInput {
    const { website, consent, preferredTime, ...typed } = this._values;
    const locale = this._host.locale();
    const context = this._host.context();
    return {
      // Trimmed here as the server's schema trims, so "   " is caught before sending.
      ...(Object.fromEntries(Object.entries(typed).map(([field, value]) => [field, value.trim()])) as typeof typed),
      preferredTime: preferredTime as BookingRequestInput['preferredTime'],
      consent: consent as true,
      website,
      // The patient cannot correct these, so they are only sent when valid.
      ...(locale && !conforms(bookingRequestJsonSchema.properties!.locale!, locale) ? { locale } : {}),
      ...(/^https?:/.test(context.pageUrl) ? { pageUrl: context.pageUrl } : {}),
      ...(context.utm ? { utm: context.utm } : {}),
      ...(this._photos?.ids().length ? { photos: this._photos.ids() } : {}),
      ...(this._slots?.selection() ? { slot: this._slots.selection() } : {}),
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
    if (this._photos?.uploading()) problems.push('photos');
    if (this._slots?.needsChoice()) problems.push('slot');
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
    this._stage = 'sending';
    this.announcement = this._text().sending;
    this._update();
    const result = await submitBookingRequest(cmsApiUrl('booking-requests', this._host.element.src), pending.request, this._key);
    this._handleResult(result, pending.request);
    this._update();
  }

  private _handleResult(result: SubmitResult, request: BookingRequestInput): void {
    const text = this._text();
    const host = this._host;
    if (result.kind === 'received') {
      this._stage = 'success';
      this._resultSeen = host.isOpen();
      this._reference = result.reference;
      this._pending = undefined;
      this.announcement = `${text.successTitle}. ${text.reference(result.reference)}`;
      host.track('smp-booking-submitted', { reference: result.reference, service: request.service || null });
      host.focus('.result-title');
      return;
    }
    const status = 'status' in result ? result.status : undefined;
    if (result.kind === 'invalid' && result.fields.some((field) => (FORM_FIELDS as readonly string[]).includes(field))) {
      this._stage = 'form';
      // The CMS no longer holds a photo (uploads wait an hour): each is marked to attach again.
      if (result.fields.includes('photos')) this._photos?.expire();
      // 409: another patient took the time a moment earlier; the picker shows what is free now.
      if (result.fields.includes('slot')) this._slots?.taken();
      host.track('smp-booking-error', { reason: 'invalid', status });
      return this._showFieldErrors(result.fields);
    }
    // 422: the CMS holds a different request under this key, so the retry needs a key of its own.
    if (status === 422) this._key = undefined;
    this._failure = result.kind === 'invalid' ? 'server' : result.kind;
    this._retryAfterSeconds = result.kind === 'rate-limited' ? result.retryAfterSeconds : 0;
    this._stage = 'failure';
    this.announcement = `${text.failureTitle}. ${failureMessage(text, this._failure, this._retryAfterSeconds)}`;
    host.track('smp-booking-error', { reason: this._failure, ...(status ? { status } : {}) });
    host.focus('.result-title');
  }

  private _showFieldErrors(fields: string[]): void {
    const text = this._text();
    const marked = FORM_FIELDS.filter((field) => fields.includes(field));
    // Only a field nobody can see or change (the honeypot) is wrong: nothing a person can fix.
    if (!marked.length) return this._handleResult({ kind: 'server', status: 400 }, this._request());
    this._errors = Object.fromEntries(marked.map((field) => [field, text.errors[field]]));
    this._stage = 'form';
    this.announcement = text.fixFields(marked.length);
    this._update();
    this._host.focus(`#field-${marked[0]}`);
  }

  /** The slot picker; the first call fetches its chunk, and each asks for the chosen service's times. */
  private _slotField(settings: BookingSettings): SlotPicker | undefined {
    this._slotsLoading ??= import('./booking-slots.js')
      .then(({ SlotPicker, bookingSlotsStyles }) => {
        adoptStyles(this._host.element.renderRoot as ShadowRoot, [...this._host.styles, bookingFormStyles, bookingSlotsStyles]);
        const element = this._host.element;
        this._slots = new SlotPicker(
          (service) => {
            const from = localIsoDate();
            const to = localIsoDate(new Date(Date.now() + 27 * 86_400_000));
            return cmsApiUrl('availability', element.src, { location: element.getAttribute('location') ?? undefined, service, from, to });
          },
          () => this._host.locale(),
          (announcement) => {
            if (announcement) this.announcement = announcement;
            this._update();
          },
          (selector) => this._host.focus(selector),
        );
        this._update();
      })
      // Without the chunk the form asks for a preferred date and time, as in form mode.
      .catch(() => undefined);
    this._slots?.load(this._values.service, settings.phone);
    return this._slots ?? undefined;
  }

  /** The photo field; the first call fetches its chunk and shows the field when it arrives. */
  private _photoField(): PhotoAttachments | undefined {
    this._photosLoading ??= import('./booking-photos.js')
      .then(({ PhotoAttachments }) => {
        this._photos = new PhotoAttachments(
          (name) => cmsApiUrl('booking-photos', this._host.element.src, { name }),
          () => this._host.locale(),
          (announcement) => this._photosChanged(announcement),
        );
        this._update();
      })
      // Without the chunk the form works as before, without photos.
      .catch(() => undefined);
    return this._photos;
  }

  private _photosChanged(announcement: string | undefined): void {
    if (announcement) this.announcement = announcement;
    // The last upload finished: the "wait for your photos" mark goes.
    if (this._errors.photos && !this._photos?.uploading()) {
      const { photos: _done, ...rest } = this._errors;
      this._errors = rest;
    }
    this._update();
  }

  /** The dialog's body in form mode: the form, or the result of sending it. */
  render(dialogText: BookingDialogText, settings: BookingSettings): TemplateResult {
    const text = this._text();
    const locale = this._host.locale();
    switch (this._stage) {
      case 'success':
        return renderSuccess(text, dialogText.close, this._reference, renderContact(text, settings, locale, text.successNext, this._host.phoneLink), () => this._host.close());
      case 'failure':
        return renderFailure(text, failureMessage(text, this._failure, this._retryAfterSeconds), renderContact(text, settings, locale, dialogText.callUs, this._host.phoneLink), {
          onRetry: () => this._retry(),
          onEdit: () => {
            this._stage = 'form';
            this._update();
            this._host.focus('#field-name');
          },
        });
      default:
        return renderBookingForm({
          text,
          settings,
          values: this._values,
          errors: this._errors,
          sending: this._stage === 'sending',
          slots: settings.mode === 'slots' ? this._slotField(settings) : undefined,
          photos: settings.acceptsPhotos ? this._photoField() : undefined,
          today: localIsoDate(),
          onInput: (event) => this._onInput(event),
          onSubmit: (event) => this._onSubmit(event),
        });
    }
  }
}
