// How a clinic page pays for the built widget files (packages/widgets/dist/cdn/): what a script
// tag downloads before anything is clicked (the entry and its static imports, each once), and
// what its elements load on demand (dynamic imports), each file compressed apart, as served.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

export const CDN_DIR = fileURLToPath(new URL('../../packages/widgets/dist/cdn/', import.meta.url));
export const ELEMENT_FILES = ['smp-faq.js', 'smp-before-after.js', 'smp-transformations.js', 'smp-booking-button.js'] as const;

export function readBuilt(file: string): Buffer {
  try {
    return readFileSync(CDN_DIR + file);
  } catch {
    throw new Error(`packages/widgets/dist/cdn/${file} is missing: run "npm run build" first.`);
  }
}

export const brotliSize = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The files `file` imports, as paths under dist/cdn/: `static` (fetched before it runs) or `lazy` (`import("…")`). */
export function importsOf(file: string): { static: string[]; lazy: string[] } {
  const code = readBuilt(file).toString('utf8');
  const resolve = (specifier: string) => posix.normalize(posix.join(posix.dirname(file), specifier));
  const lazy = [...code.matchAll(/import\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g)].map(([, specifier]) => resolve(specifier!));
  const staticImports = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?"(\.{1,2}\/[^"]+)"/g)].map(([, specifier]) => resolve(specifier!));
  return { static: [...new Set(staticImports)], lazy: [...new Set(lazy)] };
}

/** Every file a page downloads up front for these entries (each once, however many entries share it). */
export function upFrontFiles(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(file).static.forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

/**
 * The chunks these entries load on demand, at any depth (the booking dialog loads the form), with
 * what those import up front, minus what the entries already load up front.
 */
export function onDemandFiles(entries: readonly string[]): string[] {
  const upFront = new Set(upFrontFiles(entries));
  const lazy = new Set<string>();
  const visit = (file: string) => {
    for (const chunk of importsOf(file).lazy) {
      for (const needed of upFrontFiles([chunk])) {
        if (upFront.has(needed) || lazy.has(needed)) continue;
        lazy.add(needed);
        visit(needed);
      }
    }
  };
  upFront.forEach(visit);
  return [...lazy];
}

/** Elements whose files another element loads because it renders them (the gallery its sliders). */
const ELEMENTS_USED: Record<string, string[]> = { 'smp-transformations.js': ['smp-before-after.js'] };

/** An element's own code: what its script tag loads up front besides the runtime and the elements it renders. */
export function ownFiles(entry: string): string[] {
  const others = new Set([runtimeFile(), ...upFrontFiles(ELEMENTS_USED[entry] ?? [])]);
  return upFrontFiles([entry]).filter((file) => !others.has(file));
}

export const totalBrotli = (files: readonly string[]) => files.reduce((sum, file) => sum + brotliSize(readBuilt(file)), 0);

/** The one shared runtime chunk (Lit, data client, events, shared styles). */
export function runtimeFile(): string {
  const runtimes = upFrontFiles(['widgets.js']).filter((file) => /^chunks\/runtime-[\w-]{8}\.js$/.test(file));
  if (runtimes.length !== 1) throw new Error(`widgets.js should import exactly one runtime chunk, found: ${runtimes.join(', ') || 'none'}`);
  return runtimes[0]!;
}
