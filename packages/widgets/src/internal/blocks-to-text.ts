import type { Blocks, InlineNode, ListBlock } from '@smp-kit/schema';

/** The plain text of a blocks document (for search and structured data). */
export function blocksToText(blocks: Blocks): string {
  const inlineText = (nodes: InlineNode[] | undefined): string => (nodes ?? []).map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');
  const listText = (block: ListBlock): string => block.children.map((item) => (item.type === 'list' ? listText(item) : inlineText(item.children))).join('\n');
  return blocks
    .map((block) => (block.type === 'list' ? listText(block) : block.type === 'image' ? '' : inlineText(block.children)))
    .filter(Boolean)
    .join('\n');
}
