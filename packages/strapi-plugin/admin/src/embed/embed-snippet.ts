export const EMBED_ELEMENTS = ['smp-faq', 'smp-before-after', 'smp-transformations', 'smp-booking-button'] as const;
export type EmbedElement = (typeof EMBED_ELEMENTS)[number];

/** Everything the Embed page lets an editor choose; each element reads its own part. */
export interface EmbedChoices {
  element: EmbedElement;
  locale: string;
  categories: string[];
  headingLevel: number;
  search: boolean;
  single: boolean;
  expandAll: boolean;
  jsonLd: boolean;
  slug: string;
  tag: string;
  floating: boolean;
  label: string;
}

export const DEFAULT_HEADING_LEVEL = 3;

export const initialChoices: EmbedChoices = {
  element: 'smp-faq',
  locale: '',
  categories: [],
  headingLevel: DEFAULT_HEADING_LEVEL,
  search: false,
  single: false,
  expandAll: false,
  jsonLd: false,
  slug: '',
  tag: '',
  floating: false,
  label: '',
};

type Attribute = [name: string, value: string | true];

/** The element's attributes in a stable order; defaults are left out so the snippet stays short. */
export function embedAttributes(choices: EmbedChoices): Attribute[] {
  const headingLevel = choices.headingLevel !== DEFAULT_HEADING_LEVEL ? String(choices.headingLevel) : '';
  const candidates: Array<[string, string | boolean]> = (() => {
    switch (choices.element) {
      case 'smp-faq':
        return [
          ['category', choices.categories.join(',')],
          ['locale', choices.locale],
          ['heading-level', headingLevel],
          ['search', choices.search],
          ['single', choices.single],
          ['expand-all', choices.expandAll],
          ['json-ld', choices.jsonLd],
        ];
      case 'smp-before-after':
        return [['slug', choices.slug], ['locale', choices.locale]];
      case 'smp-transformations':
        return [['tag', choices.tag], ['locale', choices.locale], ['heading-level', headingLevel]];
      case 'smp-booking-button':
        return [['locale', choices.locale], ['floating', choices.floating]];
    }
  })();
  return candidates.flatMap(([name, value]): Attribute[] => (value === false || value === '' ? [] : [[name, value]]));
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

/** The two lines an editor pastes: the script from this CMS and the element. */
export function embedSnippet(publicUrl: string, choices: EmbedChoices): string {
  const origin = publicUrl.replace(/\/+$/, '');
  const attributes = embedAttributes(choices)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const label = choices.element === 'smp-booking-button' ? escapeHtml(choices.label.trim()) : '';
  return `<script type="module" src="${origin}/smp-kit/widgets.js"></script>\n<${choices.element}${attributes}>${label}</${choices.element}>`;
}

/** Query of the plugin's preview page for the same choices (GET /smp-kit/preview). */
export function previewSearch(choices: EmbedChoices): string {
  const params = new URLSearchParams({ element: choices.element });
  for (const [name, value] of embedAttributes(choices)) params.set(name, value === true ? 'true' : value);
  if (choices.element === 'smp-booking-button' && choices.label.trim()) params.set('label', choices.label.trim());
  return params.toString();
}

/** Whether the element has what it needs to render (before/after needs a result). */
export function isComplete(choices: EmbedChoices): boolean {
  return choices.element !== 'smp-before-after' || Boolean(choices.slug);
}
