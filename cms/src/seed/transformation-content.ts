import type { IllustrationKind } from './illustrations';

/** The plugin's tags (TRANSFORMATION_TAGS in @smp-kit/schema); each is a boolean field. */
type TransformationTag = 'hairline' | 'crown' | 'density' | 'scar' | 'alopecia' | 'women';

/**
 * Demo before/after results. The pictures are drawn illustrations (see illustrations.ts),
 * and every caption and alternative text says so: a visitor deciding on a permanent
 * procedure must never mistake a drawing for a patient's result. Facts follow the shared
 * SMP brief: SMP adds pigment dots; it grows no hair and removes no scar.
 */
export interface LocalizedTransformation {
  title: string;
  caption: string;
  beforeAlt: string;
  afterAlt: string;
}

/**
 * The treatment facts of a demo result. The drawings are nobody's treatment, so these describe
 * the kind of case each one illustrates; `unretouched` stays false, as for any illustration.
 */
export interface SeedFacts {
  weeksSinceLastSession: number;
  hairLossPattern: string;
  skinTone: string;
  hairColour: string;
  unretouched: false;
}

export interface SeedTransformation {
  slug: string;
  order: number;
  sessions: number;
  facts: SeedFacts;
  tags: TransformationTag[];
  illustration: IllustrationKind;
  en: LocalizedTransformation;
  de: LocalizedTransformation;
}

export const transformationEntries: SeedTransformation[] = [
  {
    slug: 'hairline-restoration',
    order: 1,
    sessions: 3,
    facts: { weeksSinceLastSession: 6, hairLossPattern: 'norwood-4', skinTone: 'fitzpatrick-2', hairColour: 'dark-brown', unretouched: false },
    tags: ['hairline'],
    illustration: 'hairline',
    en: {
      title: 'A defined hairline on a shaved head',
      caption: 'Illustration, not a patient photograph. Tiny pigment dots recreate the look of a closely shaved head with a soft front hairline.',
      beforeAlt: "Illustration of a man's head from the front: shaved, with a receding hairline and a bare top of the head.",
      afterAlt: 'The same illustration after SMP: fine dots cover the top of the head and form a soft, even front hairline.',
    },
    de: {
      title: 'Eine klare Haarlinie bei rasiertem Kopf',
      caption: 'Illustration, kein Patientenfoto. Winzige Pigmentpunkte erzeugen den Eindruck eines kurz rasierten Kopfes mit einer weichen vorderen Haarlinie.',
      beforeAlt: 'Illustration eines Männerkopfes von vorn: kurz rasiert, mit zurückweichendem Haaransatz und kahlem Oberkopf.',
      afterAlt: 'Dieselbe Illustration nach SMP: Feine Punkte bedecken den Oberkopf und bilden eine weiche, gleichmäßige vordere Haarlinie.',
    },
  },
  {
    slug: 'crown-density',
    order: 2,
    sessions: 3,
    facts: { weeksSinceLastSession: 8, hairLossPattern: 'norwood-3v', skinTone: 'fitzpatrick-4', hairColour: 'black', unretouched: false },
    tags: ['crown', 'density'],
    illustration: 'crown',
    en: {
      title: 'More density at the crown',
      caption: 'Illustration, not a patient photograph. Dots between the remaining hairs make a thinning crown look fuller. SMP does not grow hair, and it works best with hair kept short.',
      beforeAlt: 'Illustration of a head seen from above with short hair that thins out at the crown, where the scalp shows through.',
      afterAlt: 'The same illustration after SMP: added dots at the crown match the short hair around it, so less scalp shows through.',
    },
    de: {
      title: 'Mehr Dichte am Oberkopf',
      caption: 'Illustration, kein Patientenfoto. Punkte zwischen den verbliebenen Haaren lassen einen lichten Oberkopf voller wirken. SMP lässt keine Haare wachsen und wirkt am besten bei kurz getragenem Haar.',
      beforeAlt: 'Illustration eines Kopfes von oben mit kurzem Haar, das am Oberkopf lichter wird, sodass die Kopfhaut durchscheint.',
      afterAlt: 'Dieselbe Illustration nach SMP: Zusätzliche Punkte am Oberkopf passen zum kurzen Haar ringsum, die Kopfhaut scheint weniger durch.',
    },
  },
  {
    slug: 'scar-camouflage',
    order: 3,
    sessions: 4,
    facts: { weeksSinceLastSession: 12, hairLossPattern: 'none', skinTone: 'fitzpatrick-3', hairColour: 'brown', unretouched: false },
    tags: ['scar'],
    illustration: 'scar',
    en: {
      title: 'Blending a hair-transplant scar',
      caption: 'Illustration, not a patient photograph. Dots placed over and around a linear donor scar help it blend into short hair. The scar itself remains, and scar tissue can need a fourth session.',
      beforeAlt: 'Illustration of the back of a head with short hair and a pale horizontal scar across the lower back of the head.',
      afterAlt: 'The same illustration after SMP: dots also cover the scar, so the pale line blends into the short hair around it.',
    },
    de: {
      title: 'Eine Narbe nach Haartransplantation kaschieren',
      caption: 'Illustration, kein Patientenfoto. Punkte auf und neben einer linearen Entnahmenarbe lassen sie mit kurzem Haar verschmelzen. Die Narbe selbst bleibt, und Narbengewebe braucht manchmal eine vierte Sitzung.',
      beforeAlt: 'Illustration eines Hinterkopfes mit kurzem Haar und einer hellen, waagerechten Narbe über dem unteren Hinterkopf.',
      afterAlt: 'Dieselbe Illustration nach SMP: Punkte bedecken auch die Narbe, sodass die helle Linie mit dem kurzen Haar ringsum verschmilzt.',
    },
  },
  {
    slug: 'parting-density',
    order: 4,
    sessions: 2,
    facts: { weeksSinceLastSession: 6, hairLossPattern: 'ludwig-2', skinTone: 'fitzpatrick-2', hairColour: 'light-brown', unretouched: false },
    tags: ['women', 'density'],
    illustration: 'parting',
    en: {
      title: 'A less visible parting',
      caption: 'Illustration, not a patient photograph. Dots along a widening parting soften the contrast between hair and scalp. With longer hair, SMP adds the look of density; it does not add hair.',
      beforeAlt: 'Illustration of long hair seen from above with a wide centre parting where the pale scalp shows.',
      afterAlt: 'The same illustration after SMP: fine dots along the parting make the scalp show less, so the parting looks narrower.',
    },
    de: {
      title: 'Ein weniger sichtbarer Scheitel',
      caption: 'Illustration, kein Patientenfoto. Punkte entlang eines breiter werdenden Scheitels mildern den Kontrast zwischen Haar und Kopfhaut. Bei längerem Haar erzeugt SMP den Eindruck von Dichte; es fügt kein Haar hinzu.',
      beforeAlt: 'Illustration von langem Haar von oben mit einem breiten Mittelscheitel, in dem die helle Kopfhaut zu sehen ist.',
      afterAlt: 'Dieselbe Illustration nach SMP: Feine Punkte entlang des Scheitels lassen weniger Kopfhaut sehen, der Scheitel wirkt schmaler.',
    },
  },
];
