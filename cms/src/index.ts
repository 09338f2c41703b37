import { factories, type Core, type UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { ensureDevelopmentAdmin } from './seed/admin-account';
import { seedDemoContent } from './seed';

export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.SMP_KIT_SEED !== 'false') await seedDemoContent(strapi);
    await ensureDevelopmentAdmin(strapi);
    if (process.env.SMP_KIT_BENCH_STOCK_ROUTE === 'true') addBenchStockFaqRoute(strapi);
  },
};

/**
 * `npm run bench` only: GET /api/bench-stock/faqs, Strapi's own core controller and core
 * service for the plugin's FAQ type (which has no core route), public, to compare against.
 */
function addBenchStockFaqRoute(strapi: Core.Strapi): void {
  const uid = 'plugin::smp-kit.faq' as UID.CollectionType;
  const service = factories.createCoreService(uid)({ strapi });
  const controller = factories.createCoreController(uid)({ strapi });
  // Stock find(), step by step, except that it calls the service above: strapi.service(uid) would look for the plugin's own "faq" service.
  const find = async (ctx: Context) => {
    await controller.validateQuery!(ctx);
    const { results, pagination } = await service.find(await controller.sanitizeQuery!(ctx));
    ctx.body = await controller.transformResponse!(await controller.sanitizeOutput!(results, ctx), { pagination });
  };
  strapi.server.routes({
    type: 'content-api',
    routes: [{ method: 'GET', path: '/bench-stock/faqs', handler: find, info: { type: 'content-api' }, config: { auth: false } }],
  });
}
