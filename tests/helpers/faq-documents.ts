import type { Core, UID } from '@strapi/strapi';

export const FAQ_UID = 'plugin::smp-kit.faq' as UID.CollectionType;
export const CATEGORY_UID = 'plugin::smp-kit.faq-category' as UID.CollectionType;

export const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** Creates a category (published unless `status: 'draft'`) and returns its documentId. */
export async function createCategory(strapi: Core.Strapi, data: { name: string; slug: string; order: number }, { locale = 'en', status = 'published' as 'published' | 'draft' } = {}) {
  const category = await strapi.documents(CATEGORY_UID).create({ locale, status, data });
  return category.documentId;
}

export async function createFaq(
  strapi: Core.Strapi,
  data: { question: string; slug: string; answer?: unknown; order: number; category?: string },
  { locale = 'en', status = 'published' as 'published' | 'draft' } = {},
) {
  const faq = await strapi.documents(FAQ_UID).create({ locale, status, data: { answer: paragraph(`Answer to ${data.question}`), ...data } });
  return faq.documentId;
}
