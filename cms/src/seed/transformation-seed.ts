import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { renderIllustration } from './illustrations';
import { ensureSeedLocales, SEED_LOCALES } from './locales';
import { transformationEntries, type SeedTransformation } from './transformation-content';

const TRANSFORMATION_UID = 'plugin::smp-kit.transformation' as UID.CollectionType;
const SEEDED_FLAG = 'transformations-seeded';

interface UploadedFile {
  id: number;
}

/** Puts one WebP image into the Media Library through Strapi's upload service (which also makes the responsive formats). */
async function uploadImage(strapi: Core.Strapi, image: Buffer, fileInfo: { name: string; alternativeText: string; caption: string }): Promise<UploadedFile> {
  const dir = await mkdtemp(join(tmpdir(), 'smp-kit-seed-'));
  try {
    const filepath = join(dir, fileInfo.name);
    await writeFile(filepath, image);
    const [file] = (await strapi
      .plugin('upload')
      .service('upload')
      .upload({ data: { fileInfo }, files: { filepath, originalFilename: fileInfo.name, mimetype: 'image/webp', size: image.length } })) as UploadedFile[];
    return file!;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Drawings need no patient's consent, but a result cannot be published without a current one
 * (the plugin takes it offline otherwise), so the demo records one as a clinic would: given on
 * the day of seeding, for the website only, for three years.
 */
function demoConsent() {
  const today = new Date();
  const inThreeYears = new Date(Date.UTC(today.getUTCFullYear() + 3, today.getUTCMonth(), today.getUTCDate()));
  return { consentGivenOn: today.toISOString().slice(0, 10), consentForWebsite: true, consentForSocialMedia: false, consentExpiresOn: inThreeYears.toISOString().slice(0, 10) };
}

async function seedOne(strapi: Core.Strapi, entry: SeedTransformation): Promise<void> {
  const images = await renderIllustration(entry.illustration);
  // The file's own alternative text is English; other languages set theirs on the entry.
  const before = await uploadImage(strapi, images.before, { name: `illustration-${entry.slug}-before.webp`, alternativeText: entry.en.beforeAlt, caption: entry.en.caption });
  const after = await uploadImage(strapi, images.after, { name: `illustration-${entry.slug}-after.webp`, alternativeText: entry.en.afterAlt, caption: entry.en.caption });
  const shared = { slug: entry.slug, order: entry.order, sessions: entry.sessions, ...entry.facts, before: before.id, after: after.id, ...demoConsent(), ...Object.fromEntries(entry.tags.map((tag) => [tag, true])) };

  const [defaultLocale, ...otherLocales] = SEED_LOCALES.map((locale) => locale.code);
  const created = await strapi.documents(TRANSFORMATION_UID).create({
    locale: defaultLocale,
    status: 'published',
    data: { ...shared, title: entry.en.title, caption: entry.en.caption },
  });
  for (const locale of otherLocales) {
    const text = entry[locale];
    await strapi.documents(TRANSFORMATION_UID).update({
      documentId: created.documentId,
      locale,
      status: 'published',
      data: { ...shared, title: text.title, caption: text.caption, beforeAlt: text.beforeAlt, afterAlt: text.afterAlt },
    });
  }
}

/**
 * Seeds the demo before/after results once (English and German), with illustrations
 * drawn now. Its own flag in Strapi's store remembers that it ran, so results an
 * editor deleted never come back; a failure is logged and the missing results are
 * seeded on the next start.
 */
export async function seedDemoTransformations(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'smp-kit-demo' });
  if (await store.get({ key: SEEDED_FLAG })) return;
  try {
    // Per slug, so a run that failed halfway finishes the rest next time.
    const missing = [];
    for (const entry of transformationEntries) {
      if (!(await strapi.documents(TRANSFORMATION_UID).findFirst({ filters: { slug: entry.slug } }))) missing.push(entry);
    }
    if (missing.length) {
      strapi.log.info('[smp-kit demo] Seeding the demo before/after results (illustrations, English and German)…');
      await ensureSeedLocales(strapi);
      for (const entry of missing) await seedOne(strapi, entry);
    }
    await store.set({ key: SEEDED_FLAG, value: true });
  } catch (error) {
    strapi.log.error(`[smp-kit demo] Could not seed the before/after results; will try again on the next start. ${error instanceof Error ? error.stack : String(error)}`);
  }
}
