import { pickStrings } from '../internal/localize.js';

/** Text of the slot picker, loaded with it (slots mode only). */
const bookingSlotsStrings = {
  en: {
    legend: 'Choose a time',
    days: 'Days with free times',
    times: (day: string) => `Free times on ${day}`,
    loading: 'Loading free times…',
    freeTimes: (count: number) => (count === 1 ? '1 free time' : `${count} free times`),
    noTimes: 'no free time',
    pickDay: 'Choose a day to see its free times.',
    empty: (weeks: number) => `There is no free consultation in the next ${weeks} weeks.`,
    callUs: (phone: string) => `Please call us on ${phone}.`,
    yourZone: (zone: string) => `Times are shown in your time zone (${zone}).`,
    taken: 'This time was just booked by someone else. Please choose another.',
    failed: 'The free times could not be loaded. Tell us when suits you, and we will call you back.',
  },
  de: {
    legend: 'Termin wählen',
    days: 'Tage mit freien Terminen',
    times: (day: string) => `Freie Termine am ${day}`,
    loading: 'Freie Termine werden geladen …',
    freeTimes: (count: number) => (count === 1 ? '1 freier Termin' : `${count} freie Termine`),
    noTimes: 'kein freier Termin',
    pickDay: 'Wählen Sie einen Tag, um seine freien Termine zu sehen.',
    empty: (weeks: number) => `In den nächsten ${weeks} Wochen ist kein Beratungstermin frei.`,
    callUs: (phone: string) => `Bitte rufen Sie uns an: ${phone}.`,
    yourZone: (zone: string) => `Die Zeiten sind in Ihrer Zeitzone (${zone}) angegeben.`,
    taken: 'Dieser Termin wurde gerade von jemand anderem gebucht. Bitte wählen Sie einen anderen.',
    failed: 'Die freien Termine konnten nicht geladen werden. Sagen Sie uns, wann es Ihnen passt, wir rufen Sie zurück.',
  },
};

export type BookingSlotsStrings = (typeof bookingSlotsStrings)['en'];
export const bookingSlotsStringsFor = (locale: string | undefined): BookingSlotsStrings => pickStrings(bookingSlotsStrings, locale);
