import type { Faq } from '@smp-kit/schema';
import { html, render } from 'lit';
import { blocksToText } from '../internal/blocks-to-text.js';

/**
 * schema.org FAQPage data for the entries an element shows, kept in one script in
 * the document head (read by search engines and assistants).
 */
export function faqPageJsonLd(entries: Faq[]): string {
  const page = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: blocksToText(entry.answer) },
    })),
  };
  // "<" escaped so a serialised page can never see "</script>" inside the data.
  return JSON.stringify(page).replace(/</g, '\\u003c');
}

// Parsed by Lit's template (through its one Trusted Types policy), the script comes out marked
// as already started: it is inert data, so giving it text is no TrustedScript sink on pages that
// enforce Trusted Types, where a document.createElement('script') would report a violation.
const inertJsonLdScript = html`<script type="application/ld+json"></script>`;

function createInertJsonLdScript(): HTMLScriptElement {
  const holder = document.createElement('div');
  render(inertJsonLdScript, holder);
  return holder.querySelector('script')!;
}

export function upsertJsonLdScript(script: HTMLScriptElement | undefined, json: string): HTMLScriptElement {
  const element = script ?? createInertJsonLdScript();
  if (element.textContent !== json) element.replaceChildren(json);
  if (!element.isConnected) document.head.append(element);
  return element;
}
