import type { Core, UID } from '@strapi/strapi';
import { seedBookingLocationOnce, seedBookingSettingsOnce } from './booking-seed';
import { seedFaqs } from './faq-seed';
import { ensureSeedLocales } from './locales';
import { seedDemoTransformations } from './transformation-seed';

/**
 * Seeds the demo clinic's content once. A flag in Strapi's store remembers that it
 * ran, so an editor who deletes or rewrites the demo content never sees it come back.
 */
export async function seedDemoContent(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'smp-kit-demo' });
  // Each part has its own flag, so a database seeded before a part existed still gets it.
  await seedBookingSettingsOnce(strapi, store);
  await seedBookingLocationOnce(strapi, store);
  await seedDemoTransformations(strapi);
  if (await store.get({ key: 'faqs-seeded' })) return;

  const existing = await strapi.documents('plugin::smp-kit.faq' as UID.CollectionType).count({});
  if (existing === 0) {
    strapi.log.info('[smp-kit demo] Seeding the demo FAQ (English and German)…');
    await ensureSeedLocales(strapi);
    await seedFaqs(strapi);
  }
  await store.set({ key: 'faqs-seeded', value: true });
}
