import type { Core, UID } from '@strapi/strapi';
import { faqCategorySchema, faqSchema, type Faq, type FaqCategory, type FaqListResponse, type FaqQuery } from '@smp-kit/schema';
import { FAQ_CATEGORY_UID, FAQ_UID } from '../uids';

interface FaqDocument {
  documentId: string;
  slug: string;
  question: string;
  answer: unknown;
  order: number | null;
  category?: { slug: string; order: number | null } | null;
}

interface CategoryDocument {
  documentId: string;
  slug: string;
  name: string;
  order: number | null;
}

const byOrderThen = <T>(order: (item: T) => number, tieBreak: (item: T) => string) => (a: T, b: T) =>
  order(a) - order(b) || tieBreak(a).localeCompare(tieBreak(b));

/** Published FAQ entries and categories of one locale, as public DTOs. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findPublished({ locale, category }: Required<Pick<FaqQuery, 'locale'>> & Pick<FaqQuery, 'category'>): Promise<FaqListResponse> {
    const categoryFilter = category?.length ? { slug: { $in: category } } : undefined;
    const [entries, categories] = (await Promise.all([
      strapi.documents(FAQ_UID as UID.CollectionType).findMany({
        locale,
        status: 'published',
        fields: ['slug', 'question', 'answer', 'order'],
        populate: { category: { fields: ['slug', 'order'] } },
        ...(categoryFilter ? { filters: { category: categoryFilter } } : {}),
      }),
      strapi.documents(FAQ_CATEGORY_UID as UID.CollectionType).findMany({
        locale,
        status: 'published',
        fields: ['slug', 'name', 'order'],
        ...(categoryFilter ? { filters: categoryFilter } : {}),
      }),
    ])) as unknown as [FaqDocument[], CategoryDocument[]];

    // Entries follow their category's order (entries without one come last), then their own.
    const categoryOrder = (entry: FaqDocument) => (entry.category ? (entry.category.order ?? 0) : Number.MAX_SAFE_INTEGER);
    entries.sort((a, b) => categoryOrder(a) - categoryOrder(b) || (a.order ?? 0) - (b.order ?? 0) || a.question.localeCompare(b.question));
    categories.sort(byOrderThen((c: CategoryDocument) => c.order ?? 0, (c) => c.name));

    return {
      data: keepValid(entries.map(toFaqDto), (dto) => faqSchema.safeParse(dto), strapi),
      meta: { locale, categories: keepValid(categories.map(toCategoryDto), (dto) => faqCategorySchema.safeParse(dto), strapi) },
    };
  },
});

function toFaqDto(entry: FaqDocument): unknown {
  return {
    id: entry.documentId,
    slug: entry.slug,
    question: entry.question,
    answer: entry.answer ?? [],
    category: entry.category?.slug ?? null,
    order: entry.order ?? 0,
  };
}

function toCategoryDto(category: CategoryDocument): unknown {
  return { slug: category.slug, name: category.name, order: category.order ?? 0 };
}

// An entry the contract cannot describe (say, a slug typed with capitals) is left out
// and logged by id, so one bad entry never takes the whole FAQ down.
function keepValid<T extends Faq | FaqCategory>(dtos: unknown[], parse: (dto: unknown) => { success: boolean; data?: T }, strapi: Core.Strapi): T[] {
  const valid: T[] = [];
  for (const dto of dtos) {
    const result = parse(dto);
    if (result.success && result.data) valid.push(result.data);
    else strapi.log.warn(`[smp-kit] Left out of the public API, does not match the contract: ${(dto as { id?: string }).id ?? JSON.stringify((dto as { slug?: string }).slug)}`);
  }
  return valid;
}
