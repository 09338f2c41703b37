import { createHash } from 'node:crypto';
import { escapeHtml } from '../http/escape-html';
import type { PreviewQuery } from './preview-query';

const PAGE_STYLE = 'body{margin:0;padding:1.5rem;font-family:system-ui,sans-serif;color:#1d2326;background:#fff}';
const styleHash = createHash('sha256').update(PAGE_STYLE).digest('base64');

/** Only our own script and the CMS's own API and images; the one inline style is pinned by its hash. */
export const PREVIEW_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  `style-src 'self' 'sha256-${styleHash}'`,
  // The booking button's embed mode shows the clinic's booking provider in a dialog.
  'frame-src https:',
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');


/** The element's attributes, in snippet order, from validated options (names are never taken from input). */
function elementAttributes(query: PreviewQuery): Array<[name: string, value: string | true]> {
  const attributes: Array<[string, string | true | number | boolean | string[] | undefined]> = [];
  switch (query.element) {
    case 'smp-faq':
      attributes.push(['category', query.category?.join(',')], ['locale', query.locale], ['heading-level', query['heading-level']]);
      attributes.push(['search', query.search], ['single', query.single], ['expand-all', query['expand-all']], ['json-ld', query['json-ld']]);
      break;
    case 'smp-before-after':
      attributes.push(['slug', query.slug], ['locale', query.locale]);
      break;
    case 'smp-transformations':
      attributes.push(['tag', query.tag], ['locale', query.locale], ['heading-level', query['heading-level']]);
      break;
    case 'smp-booking-button':
      attributes.push(['locale', query.locale], ['floating', query.floating]);
      break;
  }
  return attributes.flatMap(([name, value]): Array<[string, string | true]> => {
    if (value === undefined || value === false || value === '') return [];
    return [[name, value === true ? true : String(value)]];
  });
}

/** A minimal page that loads the widget bundle and renders only the chosen element. */
export function renderPreviewPage(query: PreviewQuery): string {
  const attributes = elementAttributes(query)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const content = query.element === 'smp-booking-button' && query.label ? escapeHtml(query.label) : '';
  const lang = escapeHtml(query.locale ?? 'en');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>SMP Kit preview</title>
<style>${PAGE_STYLE}</style>
<script type="module" src="/smp-kit/widgets.js"></script>
</head>
<body>
<${query.element}${attributes}>${content}</${query.element}>
</body>
</html>
`;
}
