/** Detail of `smp-toggle`: an FAQ entry was opened or closed. */
export interface SmpToggleDetail {
  slug: string;
  open: boolean;
}

/** Detail of `smp-search`: the FAQ search changed. */
export interface SmpSearchDetail {
  query: string;
  matches: number;
}

/** Detail of `smp-booking-open`: the booking button opened its dialog or the booking page. */
export interface SmpBookingOpenDetail {
  mode: 'form' | 'link' | 'embed';
}

/** Detail of `smp-booking-submitted`: the CMS stored a booking request. No personal data. */
export interface SmpBookingSubmittedDetail {
  reference: string;
  /** Slug of the chosen service, or null. */
  service: string | null;
}

/** Detail of `smp-booking-error`: why a booking could not be sent (what was typed is kept). */
export interface SmpBookingErrorDetail {
  reason: 'offline' | 'network' | 'server' | 'rate-limited' | 'invalid' | 'unavailable';
  /** The HTTP status, when the CMS answered. */
  status?: number;
}

declare global {
  interface HTMLElementEventMap {
    'smp-booking-open': CustomEvent<SmpBookingOpenDetail>;
    'smp-booking-submitted': CustomEvent<SmpBookingSubmittedDetail>;
    'smp-booking-error': CustomEvent<SmpBookingErrorDetail>;
    'smp-toggle': CustomEvent<SmpToggleDetail>;
    'smp-search': CustomEvent<SmpSearchDetail>;
  }
}

/** Our events bubble out of shadow roots so a page can listen on `document`. */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
