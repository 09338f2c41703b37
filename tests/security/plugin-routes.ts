import type { RunningStrapi } from '../helpers/strapi-harness.ts';

export interface RegisteredRoute {
  method: string;
  /** As registered, with `:params`. */
  path: string;
  /** Declared with `auth: false`. */
  public: boolean;
}

const PREFIXES = { 'content-api': '/api/smp-kit', admin: '/smp-kit' } as const;
type DeclaredRouter = { type: keyof typeof PREFIXES; routes: Array<{ method: string; path: string; config?: { auth?: unknown } }> };

/**
 * The plugin's routes as the running server has them: every router layer under
 * /smp-kit or /api/smp-kit, public when its declaration says `auth: false`.
 * A layer without a declaration counts as private, so it must refuse strangers.
 */
export function pluginRoutes(app: RunningStrapi): RegisteredRoute[] {
  const declared = new Map<string, boolean>();
  for (const router of Object.values(app.strapi.plugin('smp-kit').routes as Record<string, DeclaredRouter>)) {
    for (const route of router.routes) declared.set(`${route.method} ${PREFIXES[router.type]}${route.path}`, route.config?.auth === false);
  }
  return app.strapi.server
    .listRoutes()
    .filter((layer) => /^\/(api\/)?smp-kit(\/|$)/.test(layer.path))
    .flatMap((layer) => layer.methods.filter((method: string) => method !== 'HEAD').map((method: string) => ({ method, path: layer.path, public: declared.get(`${method} ${layer.path}`) ?? false })));
}
