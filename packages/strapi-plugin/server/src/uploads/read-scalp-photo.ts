import { errors } from '@strapi/utils';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { isHeic, sharpFromHeic } from './heic';

/** What a patient's upload becomes: an upright JPEG without metadata. */
export interface ScalpPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
}

/** Today's phones take 12 to 50 megapixels; more from a 10 MB file is a decompression bomb. */
export const MAX_PHOTO_PIXELS = 64_000_000;
// Enough to judge a scalp on a screen; smaller rows, faster inbox.
const STORED_LONG_SIDE = 2560;

type PhotoKind = 'JPEG' | 'PNG' | 'WebP' | 'HEIC';
const KIND_OF_FORMAT: Partial<Record<string, PhotoKind>> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };
const KIND_OF_MEDIA_TYPE: Record<string, PhotoKind> = { 'image/jpeg': 'JPEG', 'image/jpg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/heic': 'HEIC', 'image/heif': 'HEIC' };
const KIND_OF_EXTENSION: Record<string, PhotoKind> = { jpg: 'JPEG', jpeg: 'JPEG', jfif: 'JPEG', png: 'PNG', webp: 'WebP', heic: 'HEIC', heif: 'HEIC' };
// A browser sends these when it does not know the type: nothing is claimed, so nothing can be wrong.
const UNDECLARED = new Set(['', 'application/octet-stream']);

/**
 * Bytes another program would read as something else: markup a browser would run, PHP, or a
 * ZIP (Java archives, Office files) or PDF riding inside the picture. Re-encoding drops them,
 * but a file built to be two things at once is an attack, not a photo.
 */
const SMUGGLED = [/<script/i, /<html/i, /<svg/i, /<iframe/i, /<!doctype/i, /<\?php/i, /javascript:/i, /%PDF-/, /PK\x03\x04[\s\S]*PK\x05\x06/];

const refuse = (message: string): never => {
  throw new errors.ValidationError(message, { errors: [{ path: ['photo'], message }] });
};

/** JPEG, PNG, WebP or HEIC as the bytes say; HEIF files hold HEVC (HEIC) or AV1 (AVIF). */
function kindOf(metadata: Metadata): PhotoKind | null {
  if (metadata.format === 'heif') return isHeic(metadata) ? 'HEIC' : null;
  return KIND_OF_FORMAT[metadata.format] ?? null;
}

/** Refuses a file whose name or declared type says another kind than its bytes (a renamed file). */
function checkDeclared(kind: PhotoKind, declaredType: string, fileName: string | undefined): void {
  const mediaType = declaredType.split(';')[0]!.trim().toLowerCase();
  const claimed = UNDECLARED.has(mediaType) ? undefined : (KIND_OF_MEDIA_TYPE[mediaType] ?? mediaType);
  if (claimed && claimed !== kind) refuse(`This file is a ${kind} image but was sent as ${claimed}. Please send the photo as it came from your camera or phone.`);
  const extension = fileName?.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase();
  if (extension && KIND_OF_EXTENSION[extension] !== kind) {
    refuse(`"${fileName}" is named like a .${extension} file but is a ${kind} image. Please send the photo as it came from your camera or phone, without renaming it.`);
  }
}

async function decoded(bytes: Buffer, kind: PhotoKind): Promise<Sharp> {
  const options = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' } as const;
  return kind === 'HEIC' ? sharpFromHeic(bytes, options) : sharp(bytes, options);
}

/**
 * Reads a patient's scalp photo: its type from the bytes (JPEG, PNG, WebP, or HEIC, which is
 * converted), refusing renamed files, smuggled content and decompression bombs, then stores it
 * upright, at most 2560 px on its long side, as a JPEG without EXIF, GPS, XMP or ICC data.
 */
export async function readScalpPhoto(bytes: Buffer, { declaredType, fileName }: { declaredType: string; fileName: string | undefined }): Promise<ScalpPhoto> {
  if (!bytes.length) refuse('The photo is empty. Please choose the photo again.');
  let metadata: Metadata;
  try {
    // The header only, so no pixel limit yet: a bomb is refused below with its size named.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return refuse('This file is not a photo we can read. Please send a JPEG, PNG, WebP or HEIC photo.');
  }
  const kind = kindOf(metadata);
  if (!kind) return refuse(`This is a ${String(metadata.format).toUpperCase()} file. Please send a JPEG, PNG, WebP or HEIC photo.`);
  checkDeclared(kind, declaredType, fileName);
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (!pixels || pixels > MAX_PHOTO_PIXELS || (metadata.pages ?? 1) > 1) {
    refuse(`This image is ${metadata.width} × ${metadata.height} pixels; photos of at most ${MAX_PHOTO_PIXELS / 1_000_000} megapixels are accepted. Please send a smaller photo.`);
  }
  const text = bytes.toString('latin1');
  if (SMUGGLED.some((pattern) => pattern.test(text))) refuse('This file holds more than a photo, so it was not accepted. Please send the photo as it came from your camera or phone.');

  try {
    const image = await decoded(bytes, kind);
    const { data, info } = await image
      .rotate()
      .resize({ width: STORED_LONG_SIDE, height: STORED_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { jpeg: data, width: info.width, height: info.height };
  } catch {
    return refuse('This photo is damaged and could not be read. Please take or choose it again.');
  }
}
