/** Where a before/after result's patient consent stands, as the Content Manager list shows it (the schema's enum). */
export type ConsentStatus = 'current' | 'missing' | 'expired' | 'withdrawn';

/** The consent fields of a result (dates as `YYYY-MM-DD`, as Strapi stores `date` fields). */
export interface ConsentRecord {
  consentGivenOn?: string | null;
  consentForWebsite?: boolean | null;
  consentExpiresOn?: string | null;
  consentWithdrawnOn?: string | null;
}

export const CONSENT_FIELDS = ['consentGivenOn', 'consentForWebsite', 'consentForSocialMedia', 'consentExpiresOn', 'consentWithdrawnOn'] as const;

/** Today as `YYYY-MM-DD` in UTC: a consent dated D counts from D, and an expiry dated D ends it on D. */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Whether the website may show the result today, and if not, why, in words an editor can act on.
 * A withdrawal wins over everything; the website needs its own scope (social media does not count).
 */
export function consentStatusOf(record: ConsentRecord, now = new Date()): { status: ConsentStatus; reason: string } {
  const today = dayOf(now);
  if (record.consentWithdrawnOn && record.consentWithdrawnOn <= today) {
    return { status: 'withdrawn', reason: `The patient withdrew consent on ${record.consentWithdrawnOn}.` };
  }
  if (!record.consentGivenOn || !record.consentForWebsite) {
    return { status: 'missing', reason: 'No patient consent for the website is recorded: fill in "Consent given on" and tick "Consent covers the website".' };
  }
  if (record.consentGivenOn > today) {
    return { status: 'missing', reason: `The consent is dated ${record.consentGivenOn}, which is after today: it counts from that day.` };
  }
  if (record.consentExpiresOn && record.consentExpiresOn <= today) {
    return { status: 'expired', reason: `The patient's consent expired on ${record.consentExpiresOn}: record a renewed consent to publish it again.` };
  }
  return { status: 'current', reason: '' };
}
