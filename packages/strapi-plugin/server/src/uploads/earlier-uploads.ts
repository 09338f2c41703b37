import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { carriesMetadata } from './strip-image-metadata';

interface StoredFile {
  id: number;
  url: string;
  width?: number | null;
  height?: number | null;
  formats?: Record<string, { url: string }> | null;
}

const FILE_UID = 'plugin::upload.file';
const DONE_KEY = 'earlier-uploads-without-metadata';
const REWRITTEN = new Set(['jpeg', 'png', 'webp', 'tiff', 'gif']);

/** The image rewritten upright and without metadata in its own format, or null when it carries none. */
async function cleaned(bytes: Buffer): Promise<{ bytes: Buffer; width: number; height: number } | null> {
  const metadata = await sharp(bytes).metadata();
  const avif = metadata.format === 'heif' && metadata.compression === 'av1';
  if ((!REWRITTEN.has(metadata.format) && !avif) || !carriesMetadata(metadata)) return null;
  const image = sharp(bytes, { animated: true }).autoOrient();
  const { data, info } = await (avif ? image.avif({ quality: 60 }) : image.toFormat(metadata.format, { quality: 90 })).toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

/**
 * Files uploaded before the plugin stripped metadata (SMP Kit 0.1) may still carry a camera's
 * GPS position. Once per database, every image the local upload provider stores (the original
 * and each format) is rewritten without it, in place, keeping its address. Files on other
 * providers (a CDN bucket) cannot be reached from here: the log says to upload them again.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async stripOnce(): Promise<number> {
    const store = strapi.store({ type: 'plugin', name: 'smp-kit', key: DONE_KEY });
    if (await store.get({})) return 0;
    const provider = strapi.config.get('plugin::upload.provider', 'local') as string;
    if (provider !== 'local') {
      strapi.log.warn(`[smp-kit] Images uploaded before SMP Kit 0.2 are on the "${provider}" upload provider and may still carry GPS or camera data: upload before/after photos again to store them clean.`);
      await store.set({ value: { provider, checkedAt: new Date().toISOString(), rewritten: 0 } });
      return 0;
    }
    const files = (await strapi.db.query(FILE_UID).findMany({ where: { mime: { $startsWith: 'image/' } }, select: ['id', 'url', 'width', 'height', 'formats'] })) as StoredFile[];
    let rewritten = 0;
    for (const file of files) {
      for (const [name, url] of [['original', file.url], ...Object.entries(file.formats ?? {}).map(([format, rendition]) => [format, rendition.url])] as const) {
        if (!url?.startsWith('/')) continue;
        const path = join(strapi.dirs.static.public, url);
        try {
          const clean = await cleaned(await readFile(path));
          if (!clean) continue;
          await writeFile(path, clean.bytes);
          rewritten += 1;
          if (name === 'original' && (clean.width !== file.width || clean.height !== file.height)) {
            await strapi.db.query(FILE_UID).update({ where: { id: file.id }, data: { width: clean.width, height: clean.height } });
          }
        } catch (error) {
          strapi.log.warn(`[smp-kit] ${url} could not be checked for metadata (${(error as { code?: string }).code ?? (error as Error).message}).`);
        }
      }
    }
    await store.set({ value: { provider, checkedAt: new Date().toISOString(), rewritten } });
    if (rewritten) strapi.log.info(`[smp-kit] Removed GPS and camera data from ${rewritten} earlier uploaded image file(s).`);
    return rewritten;
  },
});
