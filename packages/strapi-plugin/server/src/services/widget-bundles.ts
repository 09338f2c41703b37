import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { etagOf } from '../http/send-cacheable-json';

/** The built files the plugin serves under /smp-kit/. */
export const WIDGET_BUNDLE_FILES = ['widgets.js', 'smp-faq.js', 'smp-booking-button.js', 'smp-before-after.js', 'smp-transformations.js'] as const;
export type WidgetBundleFile = (typeof WIDGET_BUNDLE_FILES)[number];

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
    async read(file: WidgetBundleFile): Promise<WidgetBundle | null> {
      const path = join(widgetsDistDir(), file);
      const info = await stat(path).catch(() => null);
      if (!info) return null;
      const cached = cache.get(file);
      if (cached && cached.mtimeMs === info.mtimeMs) return cached;
      const body = await readFile(path);
      const bundle = { body, etag: etagOf(body), mtimeMs: info.mtimeMs };
      cache.set(file, bundle);
      return bundle;
    },
  };
};
