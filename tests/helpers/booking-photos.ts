import { readFile } from 'node:fs/promises';
import sharp from 'sharp';

export const BOOKING_PHOTOS_PATH = '/api/smp-kit/booking-photos';

/** A scalp photo as a phone saves it: camera make and model, GPS position, turned by an EXIF tag (landscape pixels, shown portrait). */
export const phoneScalpPhoto = (width = 1600, height = 1200) =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 140, b: 120 } } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'Apple', Model: 'iPhone 15', Software: 'ScalpCam 1.2' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2634/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3954/100' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

/** A 320 × 240 HEIC, as iPhones save photos (made with libheif's heif-enc). */
export const heicScalpPhoto = () => readFile(new URL('../fixtures/images/scalp-320x240.heic', import.meta.url));

/** Sends one photo as the booking form does: the file's bytes, its type, its name in the query. */
export function uploadPhoto(baseUrl: string, bytes: Buffer, { type = 'image/jpeg', name = 'scalp.jpg', origin }: { type?: string; name?: string; origin?: string } = {}) {
  return fetch(`${baseUrl}${BOOKING_PHOTOS_PATH}?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': type, ...(origin ? { Origin: origin } : {}) },
    body: new Uint8Array(bytes),
  });
}
