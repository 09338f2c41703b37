import type { AnswerPart } from './faq-content';

/** Turns seed paragraphs and lists into Strapi blocks rich text. */
export function toBlocks(parts: AnswerPart[]) {
  return parts.map((part) =>
    typeof part === 'string'
      ? { type: 'paragraph', children: [{ type: 'text', text: part }] }
      : {
          type: 'list',
          format: 'unordered',
          children: part.list.map((item) => ({ type: 'list-item', children: [{ type: 'text', text: item }] })),
        },
  );
}
