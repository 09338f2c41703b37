import { emit } from '../internal/events.js';

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/**
 * Fires one of the booking events and, when the element asks for it (`data-layer`),
 * pushes the same to Google Tag Manager's `window.dataLayer`. Details carry no personal data.
 */
export function announceBookingEvent<T extends object>(host: HTMLElement, type: string, detail: T, toDataLayer: boolean): void {
  emit(host, type, detail);
  if (toDataLayer) (window.dataLayer ??= []).push({ event: type, ...detail });
}
