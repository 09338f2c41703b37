import type { Core } from '@strapi/strapi';

/**
 * Creates the local development admin from SMP_KIT_ADMIN_EMAIL / SMP_KIT_ADMIN_PASSWORD
 * (generated into cms/.env by `npm start`) when the database has no admin yet.
 * Never in production: there the first admin registers through the admin panel.
 */
export async function ensureDevelopmentAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.SMP_KIT_ADMIN_EMAIL;
  const password = process.env.SMP_KIT_ADMIN_PASSWORD;
  if (!email || !password || process.env.NODE_ENV === 'production') return;

  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) return;
  await users.create({
    email,
    firstname: 'Demo',
    lastname: 'Editor',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`[smp-kit demo] Created the development admin ${email}.`);
}
