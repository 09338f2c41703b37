import { pickStrings } from '../internal/localize.js';

/**
 * Text <smp-booking-button> shows before its dialog loads: the button, and the other ways to
 * reach the clinic when online booking is unavailable. The dialog's and the form's own text load
 * with them; the clinic's own text (label, services, consent) comes from the CMS.
 */
export interface BookingStrings {
  bookCta: string;
  opensInNewTab: string;
  unavailable: string;
  callUs: string;
  writeUs: string;
  embedOpenInTab: string;
}

const bookingStrings = {
  en: {
    bookCta: 'Book a consultation',
    opensInNewTab: '(opens in a new tab)',
    unavailable: 'Online booking is not available right now. Please try again later.',
    callUs: 'Or call us:',
    writeUs: 'Or write to us:',
    embedOpenInTab: 'Open the booking page in a new tab',
  },
  de: {
    bookCta: 'Beratungstermin anfragen',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    unavailable: 'Die Online-Terminanfrage ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut.',
    callUs: 'Oder rufen Sie uns an:',
    writeUs: 'Oder schreiben Sie uns:',
    embedOpenInTab: 'Buchungsseite in einem neuen Tab öffnen',
  },
} satisfies { en: BookingStrings } & Record<string, BookingStrings>;

export const bookingStringsFor = (locale: string | undefined): BookingStrings => pickStrings(bookingStrings, locale);
