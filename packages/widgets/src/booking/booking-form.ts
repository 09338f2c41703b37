import { html, nothing, type TemplateResult } from 'lit';
import type { BookingSettings } from '@smp-kit/schema';
import { PREFERRED_TIMES } from '@smp-kit/schema/widget-contracts';
import type { BookingFormStrings } from './booking-form-strings.js';
import type { PhotoAttachments } from './booking-photos.js';
import type { SlotPicker } from './booking-slots.js';

/** What the patient typed, kept across failures, retries and closing the dialog. */
export interface BookingFormValues {
  name: string;
  email: string;
  phone: string;
  service: string;
  preferredDate: string;
  preferredTime: string;
  message: string;
  consent: boolean;
  /** Honeypot: people never see it, bots fill it in. */
  website: string;
}

export type FormField = keyof BookingFormStrings['errors'];
export type FieldErrors = Partial<Record<FormField, string>>;

/** The fields in the order they appear, so focus goes to the first error a person would meet. */
export const FORM_FIELDS: readonly FormField[] = ['name', 'email', 'phone', 'service', 'slot', 'preferredDate', 'preferredTime', 'message', 'photos', 'consent'];

export const emptyFormValues = (service = ''): BookingFormValues => ({
  name: '',
  email: '',
  phone: '',
  service,
  preferredDate: '',
  preferredTime: '',
  message: '',
  consent: false,
  website: '',
});

export interface BookingFormContext {
  text: BookingFormStrings;
  settings: BookingSettings;
  values: BookingFormValues;
  errors: FieldErrors;
  sending: boolean;
  /** The slot picker in slots mode (until its times fail to load: then the preferred date and time). */
  slots: SlotPicker | undefined;
  /** The photo field, when the clinic accepts photos. */
  photos: PhotoAttachments | undefined;
  /** The patient's today (YYYY-MM-DD), the earliest date the picker offers. */
  today: string;
  onInput: (event: Event) => void;
  onSubmit: (event: SubmitEvent) => void;
}

const describedBy = (field: FormField, errors: FieldErrors) => (errors[field] ? `${field}-error` : nothing);
const invalid = (field: FormField, errors: FieldErrors) => (errors[field] ? 'true' : nothing);

function errorText(field: FormField, errors: FieldErrors): TemplateResult | typeof nothing {
  return errors[field] ? html`<p class="error" id="${field}-error" part="error">${errors[field]}</p>` : nothing;
}

function label(field: string, text: string, marker: string | undefined): TemplateResult {
  return html`<label for="field-${field}">${text}${marker ? html`&nbsp;<span class="marker">(${marker})</span>` : nothing}</label>`;
}

/** The consultation form. Plain native controls, labelled, with errors tied to their field. */
export function renderBookingForm({ text, settings, values, errors, sending, slots, photos, today, onInput, onSubmit }: BookingFormContext): TemplateResult {
  const input = (field: 'name' | 'email' | 'phone', type: string, autocomplete: string, required: boolean) => html`<div class="field">
    ${label(field, text[field], required ? text.required : text.optional)}
    <input
      id="field-${field}"
      name=${field}
      type=${type}
      autocomplete=${autocomplete}
      ?required=${required}
      .value=${values[field]}
      aria-invalid=${invalid(field, errors)}
      aria-describedby=${describedBy(field, errors)}
    />
    ${errorText(field, errors)}
  </div>`;

  return html`<form novalidate part="form" @input=${onInput} @change=${onInput} @submit=${onSubmit}>
    ${input('name', 'text', 'name', true)} ${input('email', 'email', 'email', true)} ${input('phone', 'tel', 'tel', false)}
    ${settings.services.length
      ? html`<div class="field">
          ${label('service', text.service, text.optional)}
          <select id="field-service" name="service" .value=${values.service} aria-invalid=${invalid('service', errors)} aria-describedby=${describedBy('service', errors)}>
            <option value="" ?selected=${!values.service}>${text.serviceUnsure}</option>
            ${settings.services.map((service) => html`<option value=${service.slug} ?selected=${values.service === service.slug}>${service.name}</option>`)}
          </select>
          ${errorText('service', errors)}
        </div>`
      : nothing}
    ${slots && !slots.failed()
      ? slots.render(errors.slot)
      : html`<div class="row">
      <div class="field">
        ${label('preferredDate', text.date, text.optional)}
        <input
          id="field-preferredDate"
          name="preferredDate"
          type="date"
          min=${today}
          .value=${values.preferredDate}
          aria-invalid=${invalid('preferredDate', errors)}
          aria-describedby=${describedBy('preferredDate', errors)}
        />
        ${errorText('preferredDate', errors)}
      </div>
      <div class="field">
        ${label('preferredTime', text.time, text.optional)}
        <select id="field-preferredTime" name="preferredTime" .value=${values.preferredTime} aria-invalid=${invalid('preferredTime', errors)} aria-describedby=${describedBy('preferredTime', errors)}>
          <option value="" ?selected=${!values.preferredTime}>${text.timeAny}</option>
          ${PREFERRED_TIMES.map((time) => html`<option value=${time} ?selected=${values.preferredTime === time}>${text.times[time]}</option>`)}
        </select>
        ${errorText('preferredTime', errors)}
      </div>
    </div>`}
    <div class="field">
      ${label('message', text.message, text.optional)}
      <textarea id="field-message" name="message" rows="4" .value=${values.message} aria-invalid=${invalid('message', errors)} aria-describedby=${describedBy('message', errors)}></textarea>
      ${errorText('message', errors)}
    </div>
    ${photos?.render(errors.photos) ?? nothing}
    <div class="field consent">
      <input
        id="field-consent"
        name="consent"
        type="checkbox"
        required
        .checked=${values.consent}
        aria-invalid=${invalid('consent', errors)}
        aria-describedby=${describedBy('consent', errors)}
      />
      <label for="field-consent">${settings.consentText} <span class="marker">(${text.required})</span></label>
      ${errorText('consent', errors)}
    </div>
    <div class="honeypot" aria-hidden="true">
      <label for="field-website">${text.honeypot}</label>
      <input id="field-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${values.website} />
    </div>
    <button type="submit" part="submit" class="primary" aria-disabled=${sending ? 'true' : 'false'}>${sending ? text.sending : text.submit}</button>
  </form>`;
}

/** Copies a changed control into the values (the form is the source, the values the memory). */
export function readControl(values: BookingFormValues, target: EventTarget | null): BookingFormValues {
  const control = target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
  if (!control?.name || !(control.name in values)) return values;
  const value = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
  // A control removed while focused fires a late "change" with what we already have.
  if (values[control.name as keyof BookingFormValues] === value) return values;
  return { ...values, [control.name]: value };
}
