/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name()`; the
 * functions Playwright sends to the page need that helper too. Add with page.addInitScript().
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = (target) => target';
