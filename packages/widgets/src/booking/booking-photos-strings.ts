import { pickStrings } from '../internal/localize.js';

/** Text of the photo field, loaded with it (only for clinics that accept photos). */
const bookingPhotosStrings = {
  en: {
    optional: 'optional',
    label: 'Photos of your scalp',
    hint: (max: number) => `Up to ${max} photos, 10 MB each (JPEG, PNG, WebP or HEIC). Location and camera data are removed; only the clinic’s staff see them.`,
    uploading: (name: string) => `Uploading ${name}…`,
    uploadingShort: 'Uploading…',
    ready: 'Attached',
    attached: (name: string) => `${name} attached.`,
    removed: (name: string) => `${name} removed.`,
    removeLabel: (name: string) => `Remove ${name}`,
    remove: 'Remove',
    tooLarge: 'This photo is larger than 10 MB. Please choose a smaller one.',
    tooMany: (max: number) => `You can attach up to ${max} photos.`,
    failed: 'This photo could not be uploaded. Please try again.',
    expired: 'This photo was kept for an hour only. Please attach it again.',
  },
  de: {
    optional: 'optional',
    label: 'Fotos Ihrer Kopfhaut',
    hint: (max: number) => `Bis zu ${max} Fotos, je 10 MB (JPEG, PNG, WebP oder HEIC). Standort- und Kameradaten werden entfernt; nur das Team der Praxis sieht sie.`,
    uploading: (name: string) => `${name} wird hochgeladen …`,
    uploadingShort: 'Wird hochgeladen …',
    ready: 'Angehängt',
    attached: (name: string) => `${name} angehängt.`,
    removed: (name: string) => `${name} entfernt.`,
    removeLabel: (name: string) => `${name} entfernen`,
    remove: 'Entfernen',
    tooLarge: 'Dieses Foto ist größer als 10 MB. Bitte wählen Sie ein kleineres.',
    tooMany: (max: number) => `Sie können bis zu ${max} Fotos anhängen.`,
    failed: 'Dieses Foto konnte nicht hochgeladen werden. Bitte versuchen Sie es erneut.',
    expired: 'Dieses Foto wurde nur eine Stunde aufbewahrt. Bitte hängen Sie es erneut an.',
  },
};

export type BookingPhotosStrings = (typeof bookingPhotosStrings)['en'];
export const bookingPhotosStringsFor = (locale: string | undefined): BookingPhotosStrings => pickStrings(bookingPhotosStrings, locale);
