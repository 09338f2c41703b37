import type { Faq } from '@smp-kit/schema';
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

export function upsertJsonLdScript(script: HTMLScriptElement | undefined, json: string): HTMLScriptElement {
  const element = script ?? Object.assign(document.createElement('script'), { type: 'application/ld+json' });
  if (element.textContent !== json) element.textContent = json;
  if (!element.isConnected) document.head.append(element);
  return element;
}
