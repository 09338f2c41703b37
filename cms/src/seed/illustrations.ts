import sharp from 'sharp';

/**
 * Before/after illustrations for the demo results, drawn at seed time. They are flat
 * drawings on purpose: a clinic's demo must never pass off pictures as patient photos.
 * Each "after" is its "before" plus pigment dots, because that is all SMP adds.
 */
export type IllustrationKind = 'hairline' | 'crown' | 'scar' | 'parting';

export const ILLUSTRATION_WIDTH = 1200;
export const ILLUSTRATION_HEIGHT = 900;

const SKIN = '#d8b597';
const SKIN_SHADE = '#c49f81';
const OUTLINE = '#8a6a55';
const BACKDROP = '#e6ecef';
const PIGMENT = '#2e2724';
const DOT_SPACING = 7;

/** Deterministic random numbers (mulberry32), so every seed draws the same pictures. */
function randomSequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Dot {
  x: number;
  y: number;
  r: number;
  /** A dot is drawn where the density at its place exceeds this threshold. */
  threshold: number;
}

/** One fixed field of candidate dots: "after" keeps every dot "before" has, and adds more. */
function candidateDots(seed: number): Dot[] {
  const random = randomSequence(seed);
  const dots: Dot[] = [];
  for (let y = DOT_SPACING / 2; y < ILLUSTRATION_HEIGHT; y += DOT_SPACING) {
    for (let x = DOT_SPACING / 2; x < ILLUSTRATION_WIDTH; x += DOT_SPACING) {
      dots.push({ x: x + (random() - 0.5) * DOT_SPACING, y: y + (random() - 0.5) * DOT_SPACING, r: 1.7 + random() * 0.9, threshold: random() });
    }
  }
  return dots;
}

function stipple(dots: Dot[], density: (x: number, y: number) => number): string {
  const drawn = dots.filter((dot) => dot.threshold < density(dot.x, dot.y));
  return `<g fill="${PIGMENT}" fill-opacity="0.82">${drawn.map((dot) => `<circle cx="${dot.x.toFixed(1)}" cy="${dot.y.toFixed(1)}" r="${dot.r.toFixed(2)}"/>`).join('')}</g>`;
}

const insideEllipse = (x: number, y: number, cx: number, cy: number, rx: number, ry: number) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
const smoothstep = (edge0: number, edge1: number, value: number) => {
  const t = Math.min(1, Math.max(0, (value - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
};

interface Scene {
  /** Drawn under the dots. */
  base: string;
  /** Drawn over the dots (faces, ears). */
  overlay: string;
  densityBefore: (x: number, y: number) => number;
  densityAfter: (x: number, y: number) => number;
}

const shoulders = `<path d="M180 900 C220 760 400 700 600 700 C800 700 980 760 1020 900 Z" fill="${SKIN_SHADE}"/><rect x="520" y="600" width="160" height="140" fill="${SKIN_SHADE}"/>`;
const sideEars = (y: number, left: number, right: number) =>
  `<ellipse cx="${left}" cy="${y}" rx="30" ry="58" fill="${SKIN}" stroke="${OUTLINE}" stroke-width="3"/><ellipse cx="${right}" cy="${y}" rx="30" ry="58" fill="${SKIN}" stroke="${OUTLINE}" stroke-width="3"/>`;

/** Front view: a shaved head with a receding hairline; after, a soft even hairline. */
function hairlineScene(): Scene {
  const head = { cx: 600, cy: 420, rx: 230, ry: 290 };
  const hairline = (x: number) => 292 + 0.0019 * (x - 600) ** 2;
  // Hair grows above the hairline and, on the sides, down to the ears.
  const onScalp = (x: number, y: number) => insideEllipse(x, y, head.cx, head.cy, head.rx - 4, head.ry - 4) && (y < hairline(x) || (Math.abs(x - 600) > 190 && y < 510));
  const sides = (x: number) => smoothstep(170, 205, Math.abs(x - 600));
  return {
    base: `${shoulders}<ellipse cx="${head.cx}" cy="${head.cy}" rx="${head.rx}" ry="${head.ry}" fill="${SKIN}" stroke="${OUTLINE}" stroke-width="3"/>`,
    overlay:
      sideEars(455, 372, 828) +
      `<g fill="none" stroke="${OUTLINE}" stroke-width="5" stroke-linecap="round"><path d="M485 430 Q525 412 565 428"/><path d="M635 428 Q675 412 715 430"/>` +
      `<path d="M600 450 L588 540 Q600 552 616 542"/><path d="M548 610 Q600 636 652 610"/></g>` +
      `<g fill="${OUTLINE}"><ellipse cx="525" cy="465" rx="13" ry="8"/><ellipse cx="675" cy="465" rx="13" ry="8"/></g>`,
    // Before: stubble on the sides only; the top and temples are bare.
    densityBefore: (x, y) => (onScalp(x, y) && y > 280 ? 0.85 * sides(x) : 0),
    densityAfter: (x, y) => (onScalp(x, y) ? 0.9 * Math.max(sides(x), smoothstep(-6, 14, hairline(x) - y)) : 0),
  };
}

/** Seen from above: short hair thinning at the crown; after, even density. */
function crownScene(): Scene {
  const head = { cx: 600, cy: 450, rx: 265, ry: 330 };
  const crown = { x: 590, y: 330 };
  // The forehead is at the bottom: hair ends along a curved front hairline.
  const onScalp = (x: number, y: number) => insideEllipse(x, y, head.cx, head.cy, head.rx - 4, head.ry - 4) && y < 705 - 0.0022 * (x - 600) ** 2;
  return {
    base:
      `<path d="M560 770 L600 830 L640 770 Z" fill="${SKIN_SHADE}" stroke="${OUTLINE}" stroke-width="3"/>` +
      `<ellipse cx="${head.cx}" cy="${head.cy}" rx="${head.rx}" ry="${head.ry}" fill="${SKIN}" stroke="${OUTLINE}" stroke-width="3"/>`,
    overlay: sideEars(470, 335, 865),
    densityBefore: (x, y) => (onScalp(x, y) ? 0.9 * (0.15 + 0.85 * smoothstep(60, 200, Math.hypot(x - crown.x, y - crown.y))) : 0),
    densityAfter: (x, y) => (onScalp(x, y) ? 0.9 : 0),
  };
}

/** Back of the head: short hair with a pale linear donor scar; after, dots over the scar too. */
function scarScene(): Scene {
  const head = { cx: 600, cy: 420, rx: 240, ry: 300 };
  const scarY = (x: number) => 560 - 0.0007 * (x - 600) ** 2;
  const onScar = (x: number, y: number) => Math.abs(x - 600) < 200 && Math.abs(y - scarY(x)) < 9;
  const onScalp = (x: number, y: number) => insideEllipse(x, y, head.cx, head.cy, head.rx - 4, head.ry - 4) && y < 665 - 0.0012 * (x - 600) ** 2;
  return {
    base:
      `${shoulders}<ellipse cx="${head.cx}" cy="${head.cy}" rx="${head.rx}" ry="${head.ry}" fill="${SKIN}" stroke="${OUTLINE}" stroke-width="3"/>` +
      `<path d="M400 ${scarY(400)} Q600 ${2 * 560 - scarY(400)} 800 ${scarY(800)}" fill="none" stroke="#efc8bb" stroke-width="16" stroke-linecap="round"/>`,
    overlay: sideEars(450, 362, 838),
    densityBefore: (x, y) => (onScalp(x, y) && !onScar(x, y) ? 0.9 : 0),
    densityAfter: (x, y) => (onScalp(x, y) ? (onScar(x, y) ? 0.75 : 0.9) : 0),
  };
}

/** Long hair from above with a wide centre parting; after, dots along the parting. */
function partingScene(): Scene {
  const head = { cx: 600, cy: 450, rx: 265, ry: 340 };
  const random = randomSequence(7);
  const strands: string[] = [];
  for (const side of [-1, 1]) {
    for (let y = 150; y < 760; y += 9) {
      const start = 600 + side * (34 + random() * 10);
      const reach = 120 + random() * 150;
      strands.push(`<path d="M${start.toFixed(1)} ${y} Q${(start + side * reach * 0.6).toFixed(1)} ${(y - 18).toFixed(1)} ${(start + side * reach).toFixed(1)} ${(y + 60 + random() * 40).toFixed(1)}"/>`);
    }
  }
  const inParting = (x: number, y: number) => insideEllipse(x, y, head.cx, head.cy, head.rx, head.ry) && y > 140 && y < 770 && Math.abs(x - 600) < 46;
  return {
    base:
      `<ellipse cx="${head.cx}" cy="${head.cy}" rx="${head.rx}" ry="${head.ry}" fill="#5b4232"/>` +
      `<path d="M575 120 Q600 110 625 120 L640 790 Q600 800 560 790 Z" fill="${SKIN}"/>`,
    overlay: `<g fill="none" stroke="#6f5240" stroke-width="5" stroke-linecap="round" stroke-opacity="0.9">${strands.join('')}</g>`,
    densityBefore: () => 0,
    densityAfter: (x, y) => (inParting(x, y) ? 0.75 * (1 - smoothstep(10, 46, Math.abs(x - 600)) * 0.5) : 0),
  };
}

const scenes: Record<IllustrationKind, { draw: () => Scene; seed: number }> = {
  hairline: { draw: hairlineScene, seed: 11 },
  crown: { draw: crownScene, seed: 23 },
  scar: { draw: scarScene, seed: 37 },
  parting: { draw: partingScene, seed: 41 },
};

function svgDocument(scene: Scene, dots: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${ILLUSTRATION_WIDTH}" height="${ILLUSTRATION_HEIGHT}" viewBox="0 0 ${ILLUSTRATION_WIDTH} ${ILLUSTRATION_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${BACKDROP}"/>${scene.base}${dots}${scene.overlay}</svg>`
  );
}

/** The before and after SVG of one illustration. */
export function illustrationSvgs(kind: IllustrationKind): { before: string; after: string } {
  const { draw, seed } = scenes[kind];
  const scene = draw();
  const dots = candidateDots(seed);
  return { before: svgDocument(scene, stipple(dots, scene.densityBefore)), after: svgDocument(scene, stipple(dots, scene.densityAfter)) };
}

/** The before and after of one illustration as WebP images, ready for the Media Library. */
export async function renderIllustration(kind: IllustrationKind): Promise<{ before: Buffer; after: Buffer }> {
  const { before, after } = illustrationSvgs(kind);
  const toWebp = (svg: string) => sharp(Buffer.from(svg)).webp({ quality: 82 }).toBuffer();
  const [beforeImage, afterImage] = await Promise.all([toWebp(before), toWebp(after)]);
  return { before: beforeImage, after: afterImage };
}
