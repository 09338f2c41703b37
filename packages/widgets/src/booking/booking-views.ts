import { html, nothing, type TemplateResult } from 'lit';
import type { BookingSettings } from '@smp-kit/schema';
import type { BookingFormStrings } from './booking-form-strings.js';
import { formatOpeningHours } from './opening-hours.js';

export type FailureReason = 'offline' | 'network' | 'server' | 'rate-limited';

/** The clinic's phone (as a tel: link) and opening hours: the way to book when the form cannot. */
export function renderContact(
  text: BookingFormStrings,
  settings: BookingSettings,
  locale: string | undefined,
  lead: string,
  phoneLink: (phone: string) => TemplateResult | string,
): TemplateResult | typeof nothing {
  if (!settings.phone) return nothing;
  const hours = formatOpeningHours(settings.openingHours, locale);
  return html`<div class="contact" part="contact">
    <p>${lead} ${phoneLink(settings.phone)}</p>
    ${hours.length
      ? html`<p class="hours-title">${text.openingHours}</p>
          <ul class="hours">
            ${hours.map((line) => html`<li>${line}</li>`)}
          </ul>`
      : nothing}
  </div>`;
}

export function renderSuccess(text: BookingFormStrings, close: string, reference: string, contact: TemplateResult | typeof nothing, onClose: () => void): TemplateResult {
  return html`<div class="result" part="success">
    <h3 class="result-title" tabindex="-1">${text.successTitle}</h3>
    <p class="reference">${text.reference(reference)}</p>
    ${contact}
    <button type="button" class="primary" @click=${onClose}>${close}</button>
  </div>`;
}

export function failureMessage(text: BookingFormStrings, reason: FailureReason, retryAfterSeconds: number): string {
  switch (reason) {
    case 'offline':
      return text.failureOffline;
    case 'network':
      return text.failureNetwork;
    case 'rate-limited':
      return text.failureRateLimited(Math.max(1, Math.ceil(retryAfterSeconds / 60)));
    default:
      return text.failureServer;
  }
}

export function renderFailure(
  text: BookingFormStrings,
  message: string,
  contact: TemplateResult | typeof nothing,
  { onRetry, onEdit }: { onRetry: () => void; onEdit: () => void },
): TemplateResult {
  return html`<div class="result" part="failure">
    <h3 class="result-title" tabindex="-1">${text.failureTitle}</h3>
    <p>${message}</p>
    <div class="actions">
      <button type="button" class="primary" part="retry" @click=${onRetry}>${text.retry}</button>
      <button type="button" class="secondary" @click=${onEdit}>${text.edit}</button>
    </div>
    ${contact}
  </div>`;
}
