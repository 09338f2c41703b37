import type { Blocks, InlineNode, ListBlock } from '@smp-kit/schema';
import { safeImageUrl, safeLinkUrl } from './safe-url.js';

// Rich text is built node by node with DOM APIs, never parsed from an HTML string,
// so text from the CMS can only ever become text nodes.

type Child = Node | string;

function element(tag: string, children: Child[], attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const textMarks = [
  ['code', 'code'],
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
] as const;

function inline(nodes: InlineNode[] | undefined): Child[] {
  return (nodes ?? []).map((node) => {
    if (node.type === 'link') {
      const href = safeLinkUrl(node.url);
      const children = inline(node.children);
      return href ? element('a', children, { href, rel: 'noopener noreferrer' }) : element('span', children);
    }
    return textMarks.reduce<Child>((content, [mark, tag]) => (node[mark] ? element(tag, [content]) : content), node.text);
  });
}

function list(block: ListBlock): HTMLElement {
  const items = block.children.map((item) => element('li', item.type === 'list' ? [list(item)] : inline(item.children)));
  return element(block.format === 'ordered' ? 'ol' : 'ul', items);
}

/** Renders Strapi blocks rich text as DOM nodes (Lit renders them as children). Unknown node types render nothing. */
export function renderBlocks(blocks: Blocks): Node[] {
  return blocks.flatMap((block): Node[] => {
    switch (block.type) {
      case 'paragraph':
        return [element('p', inline(block.children))];
      case 'heading':
        return [element(`h${Math.min(Math.max(block.level, 2), 6)}`, inline(block.children))];
      case 'quote':
        return [element('blockquote', inline(block.children))];
      case 'code':
        return [element('pre', [element('code', inline(block.children))])];
      case 'list':
        return [list(block)];
      case 'image': {
        const src = safeImageUrl(block.image.url);
        if (!src) return [];
        const { alternativeText, width, height } = block.image;
        return [element('img', [], { src, alt: alternativeText ?? '', loading: 'lazy', decoding: 'async', ...(width && height ? { width: `${width}`, height: `${height}` } : {}) })];
      }
      default:
        return [];
    }
  });
}
