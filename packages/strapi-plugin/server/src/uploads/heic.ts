import decodeHeic from 'heic-decode';
import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';

/** HEIF holds HEVC pictures (HEIC, as iPhones save photos) or AV1 ones (AVIF). */
export const isHeic = (metadata: Metadata): boolean => metadata.format === 'heif' && metadata.compression === 'hevc';

/**
 * A HEIC picture, ready for sharp. sharp's own libheif reads HEIC headers but not HEVC pixels (a
 * patent matter): libheif compiled to wasm does.
 */
export async function sharpFromHeic(bytes: Buffer, options: SharpOptions = {}): Promise<Sharp> {
  const { width, height, data } = await decodeHeic({ buffer: bytes });
  return sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { ...options, raw: { width, height, channels: 4 } });
}
