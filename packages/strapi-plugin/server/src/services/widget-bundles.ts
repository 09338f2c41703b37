import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { etagOf } from '../http/send-cacheable-json';
import { WIDGET_CHUNK_UID } from '../uids';

/** The entry files the plugin serves under /smp-kit/: what a clinic's script tag names. */
export const WIDGET_BUNDLE_FILES = ['widgets.js', 'smp-faq.js', 'smp-booking-button.js', 'smp-before-after.js', 'smp-transformations.js'] as const;
export type WidgetBundleFile = (typeof WIDGET_BUNDLE_FILES)[number];

/**
 * What the entries import, built by rollup.config.mjs into dist/cdn/chunks/ as `<name>-<hash>.js`:
 * the shared runtime (Lit and our data client) and the code elements load on demand. Served from
 * /smp-kit/chunks/: content-hashed, so a name always means the same bytes.
 */
export const WIDGET_CHUNK_PATTERN = /^[a-z][a-z0-9-]*-[A-Za-z0-9_-]{8}\.js$/;

/**
 * A chunk stays servable this long after the last start whose build had it: longer than any
 * browser keeps an entry file (max-age plus stale-while-revalidate is a day), and than a tab
 * left open stays likely to click.
 */
const KEEP_ARCHIVED_CHUNKS_MS = 90 * 24 * 60 * 60 * 1000;

export interface WidgetBundle {
  body: Buffer;
  etag: string;
}

export function widgetsDistDir(): string {
  return join(dirname(require.resolve('@smp-kit/widgets/package.json')), 'dist', 'cdn');
}

const chunksDir = () => join(widgetsDistDir(), 'chunks');

/**
 * Reads the built widget files from @smp-kit/widgets' dist/cdn (re-reading only when a file
 * changed). Every chunk of the current build is also archived in the database at start, so an
 * entry file a browser cached before an upgrade (or that another instance of a rolling deploy
 * served) still finds the runtime and chunks it imports.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const fileCache = new Map<string, WidgetBundle & { mtimeMs: number }>();
  // Archived chunks never change (their names are content hashes); the map is bounded by the archive itself.
  const archivedCache = new Map<string, WidgetBundle>();
  const archive = () => strapi.db.query(WIDGET_CHUNK_UID as UID.Schema);

  async function readFileCached(path: string): Promise<WidgetBundle | null> {
    const info = await stat(path).catch(() => null);
    if (!info) return null;
    const cached = fileCache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs) return cached;
    const body = await readFile(path);
    const bundle = { body, etag: etagOf(body), mtimeMs: info.mtimeMs };
    fileCache.set(path, bundle);
    return bundle;
  }

  async function builtChunks(): Promise<string[]> {
    return (await readdir(chunksDir()).catch(() => [] as string[])).filter((file) => WIDGET_CHUNK_PATTERN.test(file));
  }

  async function readArchived(file: string): Promise<WidgetBundle | null> {
    const known = archivedCache.get(file);
    if (known) return known;
    const row = (await archive().findOne({ where: { name: file }, select: ['code'] })) as { code: string } | null;
    if (!row) return null;
    const body = Buffer.from(row.code, 'utf8');
    const bundle = { body, etag: etagOf(body) };
    archivedCache.set(file, bundle);
    return bundle;
  }

  return {
    read(file: WidgetBundleFile): Promise<WidgetBundle | null> {
      return readFileCached(join(widgetsDistDir(), file));
    },

    /** A chunk of this build, else of an earlier one this CMS served; any other name is null (nothing else is reachable). */
    async readChunk(file: string): Promise<WidgetBundle | null> {
      if (!WIDGET_CHUNK_PATTERN.test(file)) return null;
      if ((await builtChunks()).includes(file)) return readFileCached(join(chunksDir(), file));
      return readArchived(file);
    },

    /** Stores this build's chunks (new ones added, known ones marked as current) and drops those no build has had for 90 days. */
    async archiveBuiltChunks(now = new Date()): Promise<void> {
      for (const name of await builtChunks()) {
        const where = { name };
        if (await archive().findOne({ where, select: ['id'] })) {
          await archive().updateMany({ where, data: { lastBuiltAt: now } });
          continue;
        }
        const code = await readFile(join(chunksDir(), name), 'utf8');
        // Another instance starting with the same build may insert it first: the unique name keeps one row.
        await archive()
          .create({ data: { name, code, lastBuiltAt: now } })
          .catch(async (error: unknown) => {
            if (!(await archive().findOne({ where, select: ['id'] }))) throw error;
          });
      }
      await archive().deleteMany({ where: { lastBuiltAt: { $lt: new Date(now.getTime() - KEEP_ARCHIVED_CHUNKS_MS) } } });
      archivedCache.clear();
    },
  };
};
