import { pickStrings } from '../internal/localize.js';

/** Text of the consultation form and its results, loaded with the form on the first opening. */
export interface BookingFormStrings {
  required: string;
  optional: string;
  name: string;
  email: string;
  phone: string;
  service: string;
  serviceUnsure: string;
  date: string;
  time: string;
  timeAny: string;
  times: { morning: string; afternoon: string; evening: string };
  message: string;
  honeypot: string;
  submit: string;
  sending: string;
  /** One message per field, covering every rule the field has. */
  errors: { name: string; email: string; phone: string; preferredDate: string; preferredTime: string; service: string; slot: string; message: string; photos: string; consent: string };
  fixFields: (count: number) => string;
  successTitle: string;
  reference: (reference: string) => string;
  successNext: string;
  failureTitle: string;
  failureOffline: string;
  failureNetwork: string;
  failureServer: string;
  failureRateLimited: (minutes: number) => string;
  retry: string;
  edit: string;
  openingHours: string;
}

const bookingFormStrings = {
  en: {
    required: 'required',
    optional: 'optional',
    name: 'Your name',
    email: 'Email',
    phone: 'Phone',
    service: 'Treatment you are interested in',
    serviceUnsure: 'Not sure yet',
    date: 'Preferred date',
    time: 'Preferred time of day',
    timeAny: 'Any time',
    times: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' },
    message: 'Message',
    honeypot: 'Leave this field empty',
    submit: 'Send request',
    sending: 'Sending your request…',
    errors: {
      name: 'Please enter your name (at most 120 characters).',
      email: 'Please enter an email address like name@example.com.',
      phone: 'Please enter a phone number with digits, like +44 20 7946 0000, or leave it empty.',
      preferredDate: 'Please choose today or a later date, within the next two years.',
      preferredTime: 'Please choose a time of day from the list.',
      service: 'Please choose a treatment from the list.',
      message: 'Please shorten your message to 2,000 characters.',
      slot: 'Please choose a day and one of its free times.',
      photos: 'Please wait until your photos are uploaded, or remove the ones that failed.',
      consent: 'Please tick this box so that we may contact you.',
    },
    fixFields: (count: number) => (count === 1 ? 'Please correct the highlighted field.' : `Please correct the ${count} highlighted fields.`),
    successTitle: 'Thank you, your request has been sent',
    reference: (reference: string) => `Your reference: ${reference}`,
    successNext: 'We will get back to you soon. If you prefer, call us:',
    failureTitle: 'Your request has not been sent yet',
    failureOffline: 'You seem to be offline. What you typed is kept, and it is sent as soon as you are back online.',
    failureNetwork: 'We could not reach the clinic’s server. What you typed is kept: please try again.',
    failureServer: 'Something went wrong on our side. What you typed is kept: please try again.',
    failureRateLimited: (minutes: number) => `Too many requests were sent from this connection. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    retry: 'Try again',
    edit: 'Edit your request',
    openingHours: 'Opening hours',
  },
  de: {
    required: 'Pflichtfeld',
    optional: 'optional',
    name: 'Ihr Name',
    email: 'E-Mail',
    phone: 'Telefon',
    service: 'Behandlung, die Sie interessiert',
    serviceUnsure: 'Noch nicht sicher',
    date: 'Wunschtermin',
    time: 'Bevorzugte Tageszeit',
    timeAny: 'Egal',
    times: { morning: 'Vormittags', afternoon: 'Nachmittags', evening: 'Abends' },
    message: 'Nachricht',
    honeypot: 'Dieses Feld bitte leer lassen',
    submit: 'Anfrage senden',
    sending: 'Ihre Anfrage wird gesendet …',
    errors: {
      name: 'Bitte geben Sie Ihren Namen ein (höchstens 120 Zeichen).',
      email: 'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
      phone: 'Bitte geben Sie eine Telefonnummer aus Ziffern ein, z. B. +49 30 1234567, oder lassen Sie das Feld leer.',
      preferredDate: 'Bitte wählen Sie heute oder ein späteres Datum innerhalb der nächsten zwei Jahre.',
      preferredTime: 'Bitte wählen Sie eine Tageszeit aus der Liste.',
      service: 'Bitte wählen Sie eine Behandlung aus der Liste.',
      message: 'Bitte kürzen Sie Ihre Nachricht auf 2.000 Zeichen.',
      slot: 'Bitte wählen Sie einen Tag und einen seiner freien Termine.',
      photos: 'Bitte warten Sie, bis Ihre Fotos hochgeladen sind, oder entfernen Sie die fehlgeschlagenen.',
      consent: 'Bitte setzen Sie das Häkchen, damit wir Sie kontaktieren dürfen.',
    },
    fixFields: (count: number) => (count === 1 ? 'Bitte korrigieren Sie das markierte Feld.' : `Bitte korrigieren Sie die ${count} markierten Felder.`),
    successTitle: 'Vielen Dank, Ihre Anfrage wurde gesendet',
    reference: (reference: string) => `Ihre Referenznummer: ${reference}`,
    successNext: 'Wir melden uns bald bei Ihnen. Wenn Sie möchten, rufen Sie uns an:',
    failureTitle: 'Ihre Anfrage wurde noch nicht gesendet',
    failureOffline: 'Sie scheinen offline zu sein. Ihre Eingaben bleiben erhalten und werden gesendet, sobald Sie wieder online sind.',
    failureNetwork: 'Der Server der Praxis war nicht erreichbar. Ihre Eingaben bleiben erhalten: Bitte versuchen Sie es erneut.',
    failureServer: 'Bei uns ist etwas schiefgelaufen. Ihre Eingaben bleiben erhalten: Bitte versuchen Sie es erneut.',
    failureRateLimited: (minutes: number) => `Von dieser Verbindung kamen zu viele Anfragen. Bitte versuchen Sie es in ${minutes} Minute${minutes === 1 ? '' : 'n'} erneut.`,
    retry: 'Erneut versuchen',
    edit: 'Anfrage bearbeiten',
    openingHours: 'Öffnungszeiten',
  },
} satisfies { en: BookingFormStrings } & Record<string, BookingFormStrings>;

export const bookingFormStringsFor = (locale: string | undefined): BookingFormStrings => pickStrings(bookingFormStrings, locale);
