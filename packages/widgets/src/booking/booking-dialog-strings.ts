import { pickStrings } from '../internal/localize.js';

/** Text of the booking dialog's frame (title bar, loading, embedded booking page); loaded with the dialog. */
export interface BookingDialogStrings {
  close: string;
  loading: string;
  embedTitle: (clinic: string) => string;
}

const bookingDialogStrings = {
  en: {
    close: 'Close',
    loading: 'Loading…',
    embedTitle: (clinic: string) => `Book a consultation with ${clinic}`,
  },
  de: {
    close: 'Schließen',
    loading: 'Wird geladen …',
    embedTitle: (clinic: string) => `Beratungstermin bei ${clinic} buchen`,
  },
} satisfies { en: BookingDialogStrings } & Record<string, BookingDialogStrings>;

export const bookingDialogStringsFor = (locale: string | undefined): BookingDialogStrings => pickStrings(bookingDialogStrings, locale);
