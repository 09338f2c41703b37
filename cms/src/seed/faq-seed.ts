import type { Core, UID } from '@strapi/strapi';
import { toBlocks } from './blocks';
import { faqCategories, faqEntries } from './faq-content';
import { SEED_LOCALES } from './locales';

const FAQ_UID = 'plugin::smp-kit.faq' as UID.CollectionType;
const CATEGORY_UID = 'plugin::smp-kit.faq-category' as UID.CollectionType;

/** Creates and publishes the demo FAQ (categories first) in every seed locale. */
export async function seedFaqs(strapi: Core.Strapi): Promise<void> {
  const [defaultLocale, ...otherLocales] = SEED_LOCALES.map((locale) => locale.code);
  const categoryIds = new Map<string, string>();

  for (const category of faqCategories) {
    const created = await strapi.documents(CATEGORY_UID).create({
      locale: defaultLocale,
      status: 'published',
      data: { name: category.name.en, slug: category.slug, order: category.order },
    });
    categoryIds.set(category.slug, created.documentId);
    for (const locale of otherLocales) {
      await strapi.documents(CATEGORY_UID).update({
        documentId: created.documentId,
        locale,
        status: 'published',
        data: { name: category.name[locale], slug: category.slug, order: category.order },
      });
    }
  }

  for (const entry of faqEntries) {
    const category = categoryIds.get(entry.category);
    const created = await strapi.documents(FAQ_UID).create({
      locale: defaultLocale,
      status: 'published',
      data: { question: entry.en.question, answer: toBlocks(entry.en.answer), slug: entry.slug, order: entry.order, category },
    });
    for (const locale of otherLocales) {
      await strapi.documents(FAQ_UID).update({
        documentId: created.documentId,
        locale,
        status: 'published',
        data: { question: entry[locale].question, answer: toBlocks(entry[locale].answer), slug: entry.slug, order: entry.order, category },
      });
    }
  }
}
