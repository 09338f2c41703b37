import type { Plugin } from 'vite';
import { illustrationSvgs, type IllustrationKind } from '../cms/src/seed/illustrations.ts';
import { plainImagePair, storyTransformations } from '../stories/fixtures/before-after.ts';

/**
 * Serves the before/after fixtures' images (`…/fixture-cms/images/<slug>-<side>-<w>x<h>.svg`,
 * the URLs tests/fixtures/transformation-fixtures.ts builds) with the demo CMS's own
 * illustrations, so the stories need no CMS. Served by the dev and test servers, and
 * written into the static build for every image the stories use.
 */
const IMAGE_PATH = /\/fixture-cms\/images\/([a-z-]+)-(before|after)-(\d+)x(\d+)\.svg$/;
const KINDS: IllustrationKind[] = ['hairline', 'crown', 'scar', 'parting'];

const drawings = new Map<IllustrationKind, { before: string; after: string }>();

function fixtureImageSvg(slug: string, side: 'before' | 'after', width: number, height: number): string {
  const kind = KINDS.find((candidate) => slug.includes(candidate)) ?? 'hairline';
  if (!drawings.has(kind)) drawings.set(kind, illustrationSvgs(kind));
  // The drawing is 1200×900; "slice" crops it to any requested size, so each ratio looks intended.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 900" preserveAspectRatio="xMidYMid slice">${drawings.get(kind)![side]}</svg>`;
}

function svgFor(path: string): string | undefined {
  const match = IMAGE_PATH.exec(path);
  return match ? fixtureImageSvg(match[1]!, match[2] as 'before' | 'after', Number(match[3]), Number(match[4])) : undefined;
}

/** Every image path the stories' fixtures point at. */
function storyImagePaths(): string[] {
  const origin = 'http://stories.invalid';
  const urls = storyTransformations(origin).flatMap((item) => [item.before, item.after].flatMap((image) => [image.url, ...image.sources.map((source) => source.url)]));
  urls.push(...Object.values(plainImagePair(origin)));
  return [...new Set(urls.map((url) => new URL(url).pathname.slice(1)))];
}

export function fixtureImages(): Plugin {
  return {
    name: 'smp-kit-fixture-images',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const svg = svgFor((request.url ?? '').split('?')[0]!);
        if (!svg) return next();
        response.setHeader('Content-Type', 'image/svg+xml');
        response.setHeader('Cache-Control', 'no-store');
        response.end(svg);
      });
    },
    generateBundle() {
      for (const fileName of storyImagePaths()) this.emitFile({ type: 'asset', fileName, source: svgFor(`/${fileName}`)! });
    },
  };
}
