import { pickStrings } from '../internal/localize.js';

/**
 * Text <smp-booking-button> shows before its form loads (button, dialog, embed, fallback);
 * the form's own text is in booking-form-strings.ts, loaded with the form. The clinic's
 * own text (label, services, consent) comes from the CMS.
 */
export interface BookingStrings {
  bookCta: string;
  opensInNewTab: string;
  close: string;
  loading: string;
  unavailable: string;
  embedTitle: (clinic: string) => string;
  embedOpenInTab: string;
  callUs: string;
  writeUs: string;
}

const bookingStrings = {
  en: {
    bookCta: 'Book a consultation',
    opensInNewTab: '(opens in a new tab)',
    close: 'Close',
    loading: 'Loading…',
    unavailable: 'Online booking is not available right now. Please try again later.',
    embedTitle: (clinic: string) => `Book a consultation with ${clinic}`,
    embedOpenInTab: 'Open the booking page in a new tab',
    callUs: 'Or call us:',
    writeUs: 'Or write to us:',
  },
  de: {
    bookCta: 'Beratungstermin anfragen',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    close: 'Schließen',
    loading: 'Wird geladen …',
    unavailable: 'Die Online-Terminanfrage ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut.',
    embedTitle: (clinic: string) => `Beratungstermin bei ${clinic} buchen`,
    embedOpenInTab: 'Buchungsseite in einem neuen Tab öffnen',
    callUs: 'Oder rufen Sie uns an:',
    writeUs: 'Oder schreiben Sie uns:',
  },
} satisfies { en: BookingStrings } & Record<string, BookingStrings>;

export const bookingStringsFor = (locale: string | undefined): BookingStrings => pickStrings(bookingStrings, locale);
