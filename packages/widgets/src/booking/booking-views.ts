import { html, nothing, type TemplateResult } from 'lit';
import type { BookingSettings } from '@smp-kit/schema';
import { safeLinkUrl } from '../internal/safe-url.js';
import type { BookingStrings } from './booking-strings.js';
import { formatOpeningHours } from './opening-hours.js';

export type FailureReason = 'offline' | 'network' | 'server' | 'rate-limited';

/** The clinic's phone (as a tel: link) and opening hours: the way to book when the form cannot. */
export function renderContact(text: BookingStrings, settings: BookingSettings | undefined, locale: string | undefined, lead: string): TemplateResult | typeof nothing {
  if (!settings?.phone) return nothing;
  const tel = safeLinkUrl(`tel:${settings.phone.replace(/[^\d+]/g, '')}`);
  const hours = formatOpeningHours(settings.openingHours, locale);
  return html`<div class="contact" part="contact">
    <p>${lead} ${tel ? html`<a href=${tel}>${settings.phone}</a>` : settings.phone}</p>
    ${hours.length
      ? html`<p class="hours-title">${text.openingHours}</p>
          <ul class="hours">
            ${hours.map((line) => html`<li>${line}</li>`)}
          </ul>`
      : nothing}
  </div>`;
}

export function renderSuccess(text: BookingStrings, reference: string, contact: TemplateResult | typeof nothing, onClose: () => void): TemplateResult {
  return html`<div class="result" part="success">
    <h3 class="result-title" tabindex="-1">${text.successTitle}</h3>
    <p class="reference">${text.reference(reference)}</p>
    ${contact}
    <button type="button" class="primary" @click=${onClose}>${text.close}</button>
  </div>`;
}

export function failureMessage(text: BookingStrings, reason: FailureReason, retryAfterSeconds: number): string {
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
  text: BookingStrings,
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

/** The provider's page, created only now that the patient asked for it. */
export function renderEmbed(text: BookingStrings, settings: BookingSettings, src: string): TemplateResult {
  return html`<iframe part="embed" class="embed" src=${src} title=${text.embedTitle(settings.clinicName)} allow="payment" referrerpolicy="strict-origin-when-cross-origin"></iframe>
    <p class="embed-fallback"><a href=${src} target="_blank" rel="noopener">${text.embedOpenInTab}</a></p>`;
}
