import { html, nothing, type TemplateResult } from 'lit';
import type { BookingSettings } from '@smp-kit/schema';
import { safeLinkUrl } from '../internal/safe-url.js';
import type { BookingStrings } from './booking-strings.js';

/** The clinic's phone number, as a tel: link when it makes one. */
export function phoneLink(phone: string): TemplateResult | string {
  const tel = safeLinkUrl(`tel:${phone.replace(/[^\d+]/g, '')}`);
  return tel ? html`<a href=${tel}>${phone}</a>` : phone;
}

/** When online booking cannot work (its code did not load): the other ways to reach the clinic, so the button never leads nowhere. */
export function renderReachClinic(text: BookingStrings, { phone, email, url }: BookingSettings): TemplateResult {
  const mail = email && safeLinkUrl(`mailto:${email}`);
  const page = url && safeLinkUrl(url);
  return html`<div class="contact" part="contact">
    <p class="status">${text.unavailable}</p>
    ${phone ? html`<p>${text.callUs} ${phoneLink(phone)}</p>` : nothing}
    ${mail ? html`<p>${text.writeUs} <a href=${mail}>${email}</a></p>` : nothing}
    ${page ? html`<p><a href=${page} target="_blank" rel="noopener">${text.embedOpenInTab}</a></p>` : nothing}
  </div>`;
}
