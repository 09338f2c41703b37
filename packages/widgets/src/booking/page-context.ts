import type { Utm } from '@smp-kit/schema';

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/** Where the patient is booking from: the page address and its UTM parameters (attribution, no personal data). */
export function pageContext(location: Location = window.location): { pageUrl: string; utm: Utm | undefined } {
  const params = new URLSearchParams(location.search);
  const utm: Utm = {};
  for (const key of UTM_KEYS) {
    const value = params.get(`utm_${key}`);
    if (value) utm[key] = value.slice(0, 200);
  }
  return { pageUrl: location.href.slice(0, 2000), utm: Object.keys(utm).length ? utm : undefined };
}

/** What the host page may know about the patient (a logged-in visitor), to save them typing. */
export interface BookingPrefill {
  name?: string;
  email?: string;
  phone?: string;
}

/**
 * The provider's booking page with the page's UTM parameters and the prefill values
 * the common providers read (`name`, `email`: Cal.com and Calendly). Parameters the
 * clinic already put in its URL win.
 */
export function providerUrl(url: string, utm: Utm | undefined, prefill: BookingPrefill | undefined): string {
  const target = new URL(url);
  const add = (key: string, value: string | undefined) => {
    if (value && !target.searchParams.has(key)) target.searchParams.set(key, value);
  };
  for (const key of UTM_KEYS) add(`utm_${key}`, utm?.[key]);
  add('name', prefill?.name);
  add('email', prefill?.email);
  return target.href;
}
