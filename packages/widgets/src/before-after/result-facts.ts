import { html, nothing, type TemplateResult } from 'lit';
import type { HairColour, HairLossPattern, SkinTone, Transformation } from '@smp-kit/schema';
import { pickStrings } from '../internal/localize.js';

// Loaded on demand (a chunk of its own) by <smp-before-after> and <smp-transformations>: the facts
// show below the images, so the slider itself does not wait for their words.

/** How a result's treatment facts read, in one language. */
export interface ResultFactsStrings {
  /** "Photographed 6 weeks after the last session". */
  photographed: (weeks: number) => string;
  patterns: Record<HairLossPattern, string>;
  /** Skin type n (1–6) on the Fitzpatrick scale. */
  skinType: (type: string) => string;
  hairColours: Record<HairColour, string>;
  /** In a caption: "Dark brown hair". */
  hair: (colour: string) => string;
  unretouched: string;
  edited: string;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
// Scale names and stages read the same in every language.
const STAGES = {
  'norwood-1': 'Norwood 1',
  'norwood-2': 'Norwood 2',
  'norwood-3': 'Norwood 3',
  'norwood-3v': 'Norwood 3 vertex',
  'norwood-4': 'Norwood 4',
  'norwood-5': 'Norwood 5',
  'norwood-6': 'Norwood 6',
  'norwood-7': 'Norwood 7',
  'ludwig-1': 'Ludwig I',
  'ludwig-2': 'Ludwig II',
  'ludwig-3': 'Ludwig III',
  'alopecia-areata': 'Alopecia areata',
};

const resultFactsStrings = {
  en: {
    photographed: (weeks: number) =>
      weeks === 0 ? 'Photographed on the day of the last session' : `Photographed ${weeks === 1 ? '1 week' : `${weeks} weeks`} after the last session`,
    patterns: { ...STAGES, none: 'No pattern hair loss' },
    skinType: (type: string) => `Skin type ${type} (Fitzpatrick)`,
    hairColours: { black: 'Black', 'dark-brown': 'Dark brown', brown: 'Brown', 'light-brown': 'Light brown', blond: 'Blond', red: 'Red', grey: 'Grey', white: 'White' },
    hair: (colour: string) => `${colour} hair`,
    unretouched: 'Unretouched photos',
    edited: 'Edited or illustrated images',
  },
  de: {
    photographed: (weeks: number) =>
      weeks === 0 ? 'Aufgenommen am Tag der letzten Sitzung' : `Aufgenommen ${weeks === 1 ? '1 Woche' : `${weeks} Wochen`} nach der letzten Sitzung`,
    patterns: { ...STAGES, none: 'Kein erblich bedingter Haarausfall' },
    skinType: (type: string) => `Hauttyp ${type} (Fitzpatrick)`,
    hairColours: { black: 'Schwarz', 'dark-brown': 'Dunkelbraun', brown: 'Braun', 'light-brown': 'Hellbraun', blond: 'Blond', red: 'Rot', grey: 'Grau', white: 'Weiß' },
    hair: (colour: string) => `Haarfarbe ${colour}`,
    unretouched: 'Unbearbeitete Fotos',
    edited: 'Bearbeitete oder gezeichnete Bilder',
  },
} satisfies { en: ResultFactsStrings } & Record<string, ResultFactsStrings>;

export const resultFactsStringsFor = (locale: string | undefined): ResultFactsStrings => pickStrings(resultFactsStrings, locale);

/** "I" to "VI" for `fitzpatrick-1` to `fitzpatrick-6`. */
export const skinTypeNumeral = (tone: SkinTone): string => ROMAN[Number(tone.slice(-1)) - 1]!;

/** The result's treatment facts as short phrases, in the order a caption lists them; facts it lacks are left out. */
export function factPhrases(item: Transformation, locale: string | undefined): string[] {
  const text = resultFactsStringsFor(locale);
  return [
    item.weeksSinceLastSession === undefined ? '' : text.photographed(item.weeksSinceLastSession),
    item.hairLossPattern ? text.patterns[item.hairLossPattern] : '',
    item.skinTone ? text.skinType(skinTypeNumeral(item.skinTone)) : '',
    item.hairColour ? text.hair(text.hairColours[item.hairColour]) : '',
    item.unretouched === undefined ? '' : item.unretouched ? text.unretouched : text.edited,
  ].filter(Boolean);
}

/** The facts as a list (part `facts`), or nothing when the result states none. */
export function factList(item: Transformation, locale: string | undefined, className: string): TemplateResult | typeof nothing {
  const phrases = factPhrases(item, locale);
  return phrases.length ? html`<ul part="facts" class=${className}>${phrases.map((phrase) => html`<li>${phrase}</li>`)}</ul>` : nothing;
}
