import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { isHeic, sharpFromHeic } from './heic';

/** What the upload plugin hands to `optimize` and stores afterwards (the fields this module reads or sets). */
export interface UploadedImage {
  hash: string;
  filepath?: string;
  tmpWorkingDirectory?: string;
  getStream(): NodeJS.ReadableStream;
  width?: number | null;
  height?: number | null;
  size?: number;
  sizeInBytes?: number;
  name?: string;
  ext?: string;
  mime?: string;
}

/** The formats the upload plugin optimizes (sharp reports AVIF as heif, which Strapi stores untouched). */
const REWRITTEN = ['jpeg', 'png', 'webp', 'tiff'] as const;
type RewrittenFormat = (typeof REWRITTEN)[number];
const isRewritten = (format: Metadata['format'] | undefined): format is RewrittenFormat => REWRITTEN.includes(format as RewrittenFormat);

/** EXIF (camera, GPS, time), XMP, IPTC, an ICC profile naming the device, or a rotation left to the viewer. */
export const carriesMetadata = (metadata: Metadata) => Boolean(metadata.exif || metadata.xmp || metadata.iptc || metadata.icc || metadata.comments?.length || (metadata.orientation ?? 1) > 1);

const streamToBuffer = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
};

/**
 * The image rewritten without metadata: turned upright first (so dropping the orientation tag
 * changes nothing a viewer sees), then encoded in its own format. sharp writes no metadata unless
 * asked, so the thumbnail and responsive formats Strapi makes from this file carry none either.
 */
export async function withoutMetadata<File extends UploadedImage>(file: File): Promise<File> {
  const input = file.filepath ?? (await streamToBuffer(file.getStream()));
  const metadata = await sharp(input).metadata();
  if (!isRewritten(metadata.format) || !carriesMetadata(metadata)) return file;

  const output = join(file.tmpWorkingDirectory ?? tmpdir(), `without-metadata-${file.hash}`);
  const image = sharp(input, { animated: true }).autoOrient();
  const encoded = metadata.format === 'png' || metadata.format === 'tiff' ? image.toFormat(metadata.format) : image.toFormat(metadata.format, { quality: 90 });
  return rewritten(file, output, await encoded.toFile(output));
}

/** sharp reads no metadata from GIFs: an XMP block (GPS, camera) or a comment shows in the bytes. */
const gifCarriesMetadata = (bytes: Buffer) => bytes.includes('XMP DataXMP', 0, 'latin1') || bytes.includes(Buffer.from([0x21, 0xfe]));

/** What a rewritten file now is, in the fields the upload plugin stores. */
function rewritten<File extends UploadedImage>(file: File, output: string, info: OutputInfo): File {
  return Object.assign(file, {
    filepath: output,
    getStream: () => createReadStream(output),
    width: info.width,
    height: info.height,
    size: Math.round((info.size / 1000) * 100) / 100,
    sizeInBytes: info.size,
  });
}

/**
 * The images the upload plugin stores without its `optimize` step, without metadata too: GIF and
 * AVIF rewritten in their own format, HEIC (which no browser but Safari shows) as a JPEG, so the
 * Media Library also makes its formats from it.
 */
export async function unoptimizedWithoutMetadata<File extends UploadedImage>(file: File): Promise<File> {
  const input = file.filepath ?? (await streamToBuffer(file.getStream()));
  const metadata = await sharp(input).metadata().catch(() => null);
  if (!metadata) return file;
  const output = join(file.tmpWorkingDirectory ?? tmpdir(), `without-metadata-${file.hash}`);
  if (isHeic(metadata)) {
    const bytes = typeof input === 'string' ? await readFile(input) : input;
    const info = await (await sharpFromHeic(bytes)).jpeg({ quality: 90 }).toFile(output);
    const name = file.name?.replace(/\.(heic|heif)$/i, '') ?? file.hash;
    return Object.assign(rewritten(file, output, info), { name: `${name}.jpg`, ext: '.jpg', mime: 'image/jpeg' });
  }
  const avif = metadata.format === 'heif' && metadata.compression === 'av1';
  const bytes = typeof input === 'string' ? await readFile(input) : input;
  const hidden = avif ? carriesMetadata(metadata) : metadata.format === 'gif' && gifCarriesMetadata(bytes);
  if (!hidden) return file;
  const image = sharp(input, { animated: true }).autoOrient();
  return rewritten(file, output, await (avif ? image.avif({ quality: 60 }) : image.gif()).toFile(output));
}

type ImageManipulation = { optimize(file: UploadedImage): Promise<UploadedImage>; isImage(file: UploadedImage): Promise<boolean> };

/**
 * Before/after photos are health data: no upload may keep the camera's EXIF, GPS position, XMP
 * or IPTC. Wraps the upload plugin's `optimize` step, which every image upload and replacement
 * passes through (whatever the Media Library's optimisation settings), so the original is stored
 * clean and upright, and every format is made from it.
 */
export function stripUploadedImageMetadata(strapi: Core.Strapi): void {
  const imageManipulation = strapi.plugin('upload')?.service('image-manipulation') as ImageManipulation | undefined;
  if (!imageManipulation) return;
  const optimize = imageManipulation.optimize.bind(imageManipulation);
  // Before Strapi's step: its size optimisation drops the EXIF orientation without turning the
  // pixels (a portrait photo would be stored sideways), and keeps the original when re-encoding
  // makes it larger.
  imageManipulation.optimize = async (file) => optimize(await withoutMetadata(file));
  // GIF, AVIF and HEIC never reach `optimize`. Asking whether a file is an image is the one step
  // every upload takes before it is stored; rewriting is a no-op the second time it is asked.
  const isImage = imageManipulation.isImage.bind(imageManipulation);
  imageManipulation.isImage = async (file) => isImage(await unoptimizedWithoutMetadata(file));
}
