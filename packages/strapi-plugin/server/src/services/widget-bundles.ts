import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { etagOf } from '../http/send-cacheable-json';

/** The built files the plugin serves under /smp-kit/. */
export const WIDGET_BUNDLE_FILES = ['widgets.js', 'smp-faq.js', 'smp-booking-button.js', 'smp-before-after.js', 'smp-transformations.js'] as const;
export type WidgetBundleFile = (typeof WIDGET_BUNDLE_FILES)[number];

/**
 * Code an element loads on demand (the booking form), built by rollup.config.mjs into
 * dist/chunks/ as `<bundle>.<module>-<hash>.js`. Served from /smp-kit/chunks/: content-hashed,
 * so a new build has new names and browsers may keep a chunk for good.
 */
export const WIDGET_CHUNK_PATTERN = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*-[A-Za-z0-9_-]{8}\.js$/;

export interface WidgetBundle {
  body: Buffer;
  etag: string;
}

export function widgetsDistDir(): string {
  return join(dirname(require.resolve('@smp-kit/widgets/package.json')), 'dist');
}

/** Reads a bundle from @smp-kit/widgets' dist, re-reading only when the file changed. */
export default () => {
  const cache = new Map<string, WidgetBundle & { mtimeMs: number }>();
  return {
    read(file: WidgetBundleFile): Promise<WidgetBundle | null> {
      return readCached(join(widgetsDistDir(), file));
    },

    /** A chunk named exactly like one in dist/chunks/ (any other name is null: nothing else in the folder is reachable). */
    async readChunk(file: string): Promise<WidgetBundle | null> {
      if (!WIDGET_CHUNK_PATTERN.test(file)) return null;
      const dir = join(widgetsDistDir(), 'chunks');
      const built = await readdir(dir).catch(() => [] as string[]);
      return built.includes(file) ? readCached(join(dir, file)) : null;
    },
  };

  async function readCached(path: string): Promise<WidgetBundle | null> {
    const info = await stat(path).catch(() => null);
    if (!info) return null;
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs) return cached;
    const body = await readFile(path);
    const bundle = { body, etag: etagOf(body), mtimeMs: info.mtimeMs };
    cache.set(path, bundle);
    return bundle;
  }
};
