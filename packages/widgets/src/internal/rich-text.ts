import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Blocks, InlineNode, ListBlock, TextNode } from '@smp-kit/schema';
import { safeImageUrl, safeLinkUrl } from './safe-url.js';

// Rich text is built from nodes with Lit templates, never from HTML strings,
// so text from the CMS can only ever be text.

type Rendered = TemplateResult | string | typeof nothing;

function renderText(node: TextNode): Rendered {
  let out: Rendered = node.text;
  if (node.code) out = html`<code>${out}</code>`;
  if (node.bold) out = html`<strong>${out}</strong>`;
  if (node.italic) out = html`<em>${out}</em>`;
  if (node.underline) out = html`<u>${out}</u>`;
  if (node.strikethrough) out = html`<s>${out}</s>`;
  return out;
}

function renderInline(nodes: InlineNode[] | undefined): Rendered[] {
  return (nodes ?? []).map((node) => {
    if (node.type === 'text') return renderText(node);
    const children = node.children.map(renderText);
    const href = safeLinkUrl(node.url);
    return href ? html`<a href=${href} rel="noopener noreferrer">${children}</a>` : html`<span>${children}</span>`;
  });
}

function renderList(list: ListBlock): TemplateResult {
  const items = list.children.map((item) => (item.type === 'list' ? html`<li>${renderList(item)}</li>` : html`<li>${renderInline(item.children)}</li>`));
  return list.format === 'ordered' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
}

function renderHeading(level: number, content: Rendered[]): TemplateResult {
  switch (level) {
    case 1:
    case 2:
      return html`<h2>${content}</h2>`;
    case 3:
      return html`<h3>${content}</h3>`;
    case 4:
      return html`<h4>${content}</h4>`;
    case 5:
      return html`<h5>${content}</h5>`;
    default:
      return html`<h6>${content}</h6>`;
  }
}

function renderBlock(block: Block): Rendered {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderInline(block.children)}</p>`;
    case 'heading':
      return renderHeading(block.level, renderInline(block.children));
    case 'quote':
      return html`<blockquote>${renderInline(block.children)}</blockquote>`;
    case 'code':
      return html`<pre><code>${renderInline(block.children)}</code></pre>`;
    case 'list':
      return renderList(block);
    case 'image': {
      const src = safeImageUrl(block.image.url);
      if (!src) return nothing;
      return html`<img src=${src} alt=${block.image.alternativeText ?? ''} width=${block.image.width ?? nothing} height=${block.image.height ?? nothing} loading="lazy" decoding="async" />`;
    }
    default:
      return nothing;
  }
}

/** Renders Strapi blocks rich text as Lit templates. Unknown node types render nothing. */
export function renderBlocks(blocks: Blocks): Rendered[] {
  return blocks.map(renderBlock);
}

/** The plain text of a blocks document (for search and structured data). */
export function blocksToText(blocks: Blocks): string {
  const inlineText = (nodes: InlineNode[] | undefined) =>
    (nodes ?? []).map((node) => (node.type === 'text' ? node.text : node.children.map((child) => child.text).join(''))).join('');
  const listText = (list: ListBlock): string => list.children.map((item) => (item.type === 'list' ? listText(item) : inlineText(item.children))).join('\n');
  return blocks
    .map((block) => (block.type === 'list' ? listText(block) : block.type === 'image' ? '' : inlineText(block.children)))
    .filter(Boolean)
    .join('\n');
}
