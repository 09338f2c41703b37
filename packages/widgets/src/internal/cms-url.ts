/**
 * Where the widgets find their CMS. The CMS serves the embed scripts at `/smp-kit/<file>.js`
 * and the build places this module in `/smp-kit/chunks/runtime-<hash>.js`, so by default the
 * CMS root is two levels above this module. An element's `src` attribute (the CMS address)
 * overrides that; bundled into an app from npm, this module lives among the app's assets, so
 * there `src` is needed (the comment tells Vite this URL is not an asset to copy).
 */
const scriptCmsRoot = new URL(/* @vite-ignore */ '../../', import.meta.url);

export function cmsApiUrl(path: string, src?: string | null, params: Record<string, string | undefined> = {}): URL {
  const root = src ? new URL(src.endsWith('/') ? src : `${src}/`, document.baseURI) : scriptCmsRoot;
  const url = new URL(`api/smp-kit/${path}`, root);
  for (const [key, value] of Object.entries(params)) {
    if (value) url.searchParams.set(key, value);
  }
  return url;
}

/** The language of the closest ancestor with `lang`, or the document's. */
export function inheritedLocale(element: Element): string | undefined {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return lang ? lang : undefined;
}
