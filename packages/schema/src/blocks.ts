import * as z from 'zod/mini';

/**
 * Strapi's "blocks" rich text, as the public API sends it. Only the node types
 * Strapi's editor produces are described; unknown keys are stripped.
 */
export const textNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.optional(z.boolean()),
  italic: z.optional(z.boolean()),
  underline: z.optional(z.boolean()),
  strikethrough: z.optional(z.boolean()),
  code: z.optional(z.boolean()),
});

export const linkNodeSchema = z.object({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(textNodeSchema),
});

export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, linkNodeSchema]);
const inlineChildren = z.array(inlineNodeSchema);

export const paragraphBlockSchema = z.object({ type: z.literal('paragraph'), children: inlineChildren });

export const headingBlockSchema = z.object({
  type: z.literal('heading'),
  level: z.int().check(z.gte(1), z.lte(6)),
  children: inlineChildren,
});

export const quoteBlockSchema = z.object({ type: z.literal('quote'), children: inlineChildren });

export const codeBlockSchema = z.object({
  type: z.literal('code'),
  language: z.optional(z.string()),
  children: inlineChildren,
});

export const imageBlockSchema = z.object({
  type: z.literal('image'),
  image: z.object({
    url: z.string(),
    alternativeText: z.nullish(z.string()),
    width: z.nullish(z.number()),
    height: z.nullish(z.number()),
  }),
  children: z.optional(inlineChildren),
});

export const listItemNodeSchema = z.object({ type: z.literal('list-item'), children: inlineChildren });

export type TextNode = z.infer<typeof textNodeSchema>;
export type LinkNode = z.infer<typeof linkNodeSchema>;
export type InlineNode = z.infer<typeof inlineNodeSchema>;
export type ListItemNode = z.infer<typeof listItemNodeSchema>;
export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  children: Array<ListItemNode | ListBlock>;
}

// Lists nest, so the schema refers to itself through a getter.
export const listBlockSchema: z.ZodMiniType<ListBlock> = z.object({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  indentLevel: z.optional(z.number()),
  get children() {
    return z.array(z.union([listItemNodeSchema, listBlockSchema]));
  },
});

export const blockSchema = z.union([
  paragraphBlockSchema,
  headingBlockSchema,
  quoteBlockSchema,
  codeBlockSchema,
  imageBlockSchema,
  listBlockSchema,
]);

export const blocksSchema = z.array(blockSchema);

export type Block = z.infer<typeof blockSchema>;
export type Blocks = z.infer<typeof blocksSchema>;
