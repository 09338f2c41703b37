import type { Core } from '@strapi/strapi';
import { ensureDevelopmentAdmin } from './seed/admin-account';
import { seedDemoContent } from './seed';

export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.SMP_KIT_SEED !== 'false') await seedDemoContent(strapi);
    await ensureDevelopmentAdmin(strapi);
  },
};
