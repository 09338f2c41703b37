import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core, UID } from '@strapi/strapi';

export const TRANSFORMATION_UID = 'plugin::smp-kit.transformation' as UID.CollectionType;

export interface UploadedFile {
  id: number;
  url: string;
}

/** Puts a PNG into the Media Library through Strapi's upload service, as an editor's upload would (formats included). */
export async function uploadImage(strapi: Core.Strapi, image: Buffer, fileInfo: { name: string; alternativeText?: string }): Promise<UploadedFile> {
  const dir = await mkdtemp(join(tmpdir(), 'smp-kit-upload-'));
  try {
    const filepath = join(dir, fileInfo.name);
    await writeFile(filepath, image);
    const [file] = (await strapi
      .plugin('upload')
      .service('upload')
      .upload({ data: { fileInfo }, files: { filepath, originalFilename: fileInfo.name, mimetype: 'image/png', size: image.length } })) as UploadedFile[];
    return file!;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Removes uploaded files and their formats from cms/public/uploads again. */
export async function removeUploads(strapi: Core.Strapi, files: UploadedFile[]): Promise<void> {
  const upload = strapi.plugin('upload').service('upload');
  for (const file of files) {
    const stored = await upload.findOne(file.id);
    if (stored) await upload.remove(stored);
  }
}

export interface TransformationInput {
  title: string;
  slug: string;
  before: number;
  after: number;
  sessions?: number;
  order?: number;
  caption?: string;
  beforeAlt?: string;
  afterAlt?: string;
  [tag: string]: unknown;
}

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A patient consent for the website, given a month ago, expiring in two years: what publishing needs. */
export const currentConsent = () => ({ consentGivenOn: day(-30), consentForWebsite: true, consentForSocialMedia: false, consentExpiresOn: day(730) });
export { day as dayFromToday };

/** The treatment facts publishing needs. */
export const treatmentFacts = () => ({ weeksSinceLastSession: 8, hairLossPattern: 'norwood-3', skinTone: 'fitzpatrick-3', hairColour: 'dark-brown', unretouched: true });

/** Creates a before/after result (published unless `status: 'draft'`) and returns its documentId. */
export async function createTransformation(strapi: Core.Strapi, data: TransformationInput, { locale = 'en', status = 'published' as 'published' | 'draft' } = {}): Promise<string> {
  const created = await strapi.documents(TRANSFORMATION_UID).create({ locale, status, data: { sessions: 3, order: 0, ...treatmentFacts(), ...currentConsent(), ...data } });
  return created.documentId;
}
