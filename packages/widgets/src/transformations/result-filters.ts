import { html, nothing, type TemplateResult } from 'lit';
import type { Transformation } from '@smp-kit/schema';
import { HAIR_COLOURS, HAIR_LOSS_PATTERNS, SKIN_TONES, TRANSFORMATION_TAGS } from '@smp-kit/schema/widget-contracts';
import { factList, resultFactsStringsFor, skinTypeNumeral } from '../before-after/result-facts.js';
import { pickStrings } from '../internal/localize.js';
import { resultFiltersStyles } from './result-filters.styles.js';

// The gallery's filter and its words, loaded on demand with the results: the first cards need neither.
export { factList, resultFiltersStyles };

/** Open on wide screens; on a phone the fieldsets would push the first result below the fold. */
export const startsOpen = (): boolean => matchMedia('(min-width: 40rem)').matches;

/** What the filter reports to its gallery. */
export interface FilterHandlers {
  toggle: (facet: FacetName, value: string, on: boolean) => void;
  clear: () => void;
  /** The disclosure was opened or closed (the gallery keeps it so across renders). */
  disclosed: (open: boolean) => void;
}

/** One group of checkboxes: a result matches when it has any checked value of the group. */
export type FacetName = 'area' | 'pattern' | 'skin' | 'hair' | 'photos';
export type FilterSelection = Partial<Record<FacetName, ReadonlySet<string>>>;

interface Facet {
  name: FacetName;
  values: readonly string[];
  of: (item: Transformation) => readonly string[];
}

const one = (value: string | undefined) => (value ? [value] : []);
const FACETS: Facet[] = [
  { name: 'area', values: TRANSFORMATION_TAGS, of: (item) => item.tags },
  { name: 'pattern', values: HAIR_LOSS_PATTERNS, of: (item) => one(item.hairLossPattern) },
  { name: 'skin', values: SKIN_TONES, of: (item) => one(item.skinTone) },
  { name: 'hair', values: HAIR_COLOURS, of: (item) => one(item.hairColour) },
  { name: 'photos', values: ['unretouched', 'edited'], of: (item) => one(item.unretouched === undefined ? undefined : item.unretouched ? 'unretouched' : 'edited') },
];

const filterStrings = {
  en: {
    label: 'Filter results',
    summaryChecked: (count: number) => `Filter results (${count} checked)`,
    facets: { area: 'Treated area', pattern: 'Hair-loss pattern', skin: 'Skin tone', hair: 'Hair colour', photos: 'Photos' },
    tags: { hairline: 'Hairline', crown: 'Crown', density: 'Density', scar: 'Scars', alopecia: 'Alopecia', women: 'Women' },
    skin: (numeral: string) => `Type ${numeral}`,
    unretouched: 'Unretouched',
    edited: 'Edited or illustrated',
    clear: 'Clear filters',
    shown: (count: number) => (count === 1 ? '1 result shown.' : `${count} results shown.`),
    noMatch: 'No result matches these filters. Clear one to see more.',
  },
  de: {
    label: 'Ergebnisse filtern',
    summaryChecked: (count: number) => `Ergebnisse filtern (${count} ausgewählt)`,
    facets: { area: 'Behandelter Bereich', pattern: 'Haarausfall-Muster', skin: 'Hautton', hair: 'Haarfarbe', photos: 'Fotos' },
    tags: { hairline: 'Haaransatz', crown: 'Oberkopf', density: 'Dichte', scar: 'Narben', alopecia: 'Alopezie', women: 'Frauen' },
    skin: (numeral: string) => `Typ ${numeral}`,
    unretouched: 'Unbearbeitet',
    edited: 'Bearbeitet oder gezeichnet',
    clear: 'Filter zurücksetzen',
    shown: (count: number) => (count === 1 ? '1 Ergebnis angezeigt.' : `${count} Ergebnisse angezeigt.`),
    noMatch: 'Kein Ergebnis passt zu diesen Filtern. Entfernen Sie einen, um mehr zu sehen.',
  },
};
export type FilterStrings = (typeof filterStrings)['en'];
export const filterStringsFor = (locale: string | undefined): FilterStrings => pickStrings(filterStrings, locale);

function valueLabel(facet: FacetName, value: string, locale: string | undefined): string {
  const text = filterStringsFor(locale);
  const facts = resultFactsStringsFor(locale);
  switch (facet) {
    case 'area':
      return text.tags[value as keyof FilterStrings['tags']];
    case 'pattern':
      return facts.patterns[value as keyof typeof facts.patterns];
    case 'skin':
      return text.skin(skinTypeNumeral(value as (typeof SKIN_TONES)[number]));
    case 'hair':
      return facts.hairColours[value as keyof typeof facts.hairColours];
    default:
      return value === 'unretouched' ? text.unretouched : text.edited;
  }
}

/** Whether `item` passes every facet with a checked value (leaving out `except`, for counting that facet's options). */
export function matches(item: Transformation, selection: FilterSelection, except?: FacetName): boolean {
  return FACETS.every(({ name, of }) => name === except || !selection[name]?.size || of(item).some((value) => selection[name]!.has(value)));
}

export const isFiltered = (selection: FilterSelection): boolean => Object.values(selection).some((values) => values.size > 0);

/**
 * The filter, in a disclosure: one fieldset of checkboxes per fact on which the results differ,
 * each option with how many results it would show given the other checked facets.
 */
export function renderFilters(items: Transformation[], selection: FilterSelection, locale: string | undefined, open: boolean, { toggle, clear, disclosed }: FilterHandlers): TemplateResult | typeof nothing {
  const text = filterStringsFor(locale);
  const facets = FACETS.map((facet) => ({ facet, values: facet.values.filter((value) => items.some((item) => facet.of(item).includes(value))) })).filter(
    ({ values }) => values.length > 1,
  );
  if (!facets.length) return nothing;
  const checked = Object.values(selection).reduce((sum, values) => sum + values.size, 0);
  return html`<details part="filter-toggle" ?open=${open} @toggle=${(event: Event) => disclosed((event.target as HTMLDetailsElement).open)}>
    <summary part="filter-summary">${checked ? text.summaryChecked(checked) : text.label}</summary>
    <div part="filters" class="filters" role="group" aria-label=${text.label}>
    ${facets.map(
      ({ facet, values }) => html`<fieldset part="facet">
        <legend part="facet-label">${text.facets[facet.name]}</legend>
        ${values.map((value) => {
          const count = items.filter((item) => matches(item, selection, facet.name) && facet.of(item).includes(value)).length;
          return html`<label part="filter"
            ><input
              type="checkbox"
              name=${facet.name}
              value=${value}
              .checked=${!!selection[facet.name]?.has(value)}
              @change=${(event: Event) => toggle(facet.name, value, (event.target as HTMLInputElement).checked)}
            />${valueLabel(facet.name, value, locale)} <span class="count">(${count})</span></label
          >`;
        })}
      </fieldset>`,
    )}
    ${isFiltered(selection) ? html`<button part="clear" type="button" @click=${clear}>${text.clear}</button>` : nothing}
    </div>
  </details>`;
}
