import type { Core, UID } from '@strapi/strapi';
import { TRANSFORMATION_TAGS, transformationSchema, type HairColour, type HairLossPattern, type SkinTone, type Transformation, type TransformationListResponse, type TransformationQuery } from '@smp-kit/schema';
import { CONSENT_FIELDS, consentStatusOf, type ConsentRecord } from '../consent/consent-rules';
import { altTextOf } from '../content-types/transformation/alt-text';
import { TRANSFORMATION_UID } from '../uids';

interface MediaRendition {
  url?: string | null;
  width?: number | null;
}

interface MediaFile extends MediaRendition {
  name?: string | null;
  alternativeText?: string | null;
  height?: number | null;
  formats?: Record<string, MediaRendition> | null;
}

type TransformationDocument = {
  documentId: string;
  slug: string;
  title: string;
  caption?: string | null;
  sessions: number;
  weeksSinceLastSession?: number | null;
  hairLossPattern?: HairLossPattern | null;
  skinTone?: SkinTone | null;
  hairColour?: HairColour | null;
  unretouched?: boolean | null;
  order?: number | null;
  before?: MediaFile | null;
  after?: MediaFile | null;
  beforeAlt?: string | null;
  afterAlt?: string | null;
} & ConsentRecord &
  Partial<Record<(typeof TRANSFORMATION_TAGS)[number], boolean | null>>;

const MEDIA_FIELDS = ['url', 'name', 'alternativeText', 'width', 'height', 'formats'];
const FACT_FIELDS = ['weeksSinceLastSession', 'hairLossPattern', 'skinTone', 'hairColour', 'unretouched'] as const;

/** `/uploads/a.webp` below the CMS's public address; provider URLs (a CDN) stay as they are. */
function absoluteUrl(url: string, base: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  return `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

function toImageDto(file: MediaFile | null | undefined, localizedAlt: string | null | undefined, base: string): unknown {
  if (!file?.url) return null;
  // Strapi's responsive formats keep the original's ratio, so each is one `srcset` candidate.
  const renditions = [...Object.values(file.formats ?? {}), file].filter((rendition): rendition is { url: string; width: number } => Boolean(rendition.url && rendition.width));
  const byWidth = new Map(renditions.map((rendition) => [rendition.width, absoluteUrl(rendition.url, base)]));
  return {
    url: absoluteUrl(file.url, base),
    alt: altTextOf(localizedAlt, file),
    width: file.width,
    height: file.height,
    sources: [...byWidth].sort(([a], [b]) => a - b).map(([width, url]) => ({ url, width })),
  };
}

function toTransformationDto(entry: TransformationDocument, base: string): unknown {
  return {
    id: entry.documentId,
    slug: entry.slug,
    title: entry.title,
    caption: entry.caption ?? '',
    sessions: entry.sessions,
    tags: TRANSFORMATION_TAGS.filter((tag) => entry[tag]),
    // Required to publish; a result published before plugin 0.3 may lack some, which are left out.
    ...Object.fromEntries(FACT_FIELDS.filter((field) => entry[field] != null).map((field) => [field, entry[field]])),
    before: toImageDto(entry.before, entry.beforeAlt, base),
    after: toImageDto(entry.after, entry.afterAlt, base),
  };
}

/** Published before/after cases of one locale, as public DTOs with absolute image URLs. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findPublished({ locale, tag, requestOrigin }: Required<Pick<TransformationQuery, 'locale'>> & Pick<TransformationQuery, 'tag'> & { requestOrigin: string }): Promise<TransformationListResponse> {
    // A configured public URL wins: behind a proxy the request's own origin may be internal.
    const base = (strapi.config.get('server.url') as string | undefined) || requestOrigin;
    const entries = (await strapi.documents(TRANSFORMATION_UID as UID.CollectionType).findMany({
      locale,
      status: 'published',
      fields: ['slug', 'title', 'caption', 'sessions', ...FACT_FIELDS, 'order', 'beforeAlt', 'afterAlt', ...TRANSFORMATION_TAGS, ...CONSENT_FIELDS],
      populate: { before: { fields: MEDIA_FIELDS }, after: { fields: MEDIA_FIELDS } },
      ...(tag ? { filters: { [tag]: true } } : {}),
    } as never)) as unknown as TransformationDocument[];

    // A consent that ran out since the last hourly check is never shown: the result goes offline now.
    const now = new Date();
    const shown = entries.filter((entry) => consentStatusOf(entry, now).status === 'current');
    if (shown.length < entries.length) await strapi.plugin('smp-kit').service('result-consent').takeOffLapsed(now);

    shown.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.title.localeCompare(b.title));
    return { data: keepValid(shown.map((entry) => toTransformationDto(entry, base)), strapi) };
  },
});

// A case the contract cannot describe (most often an image whose alternative text was
// removed in the Media Library after publishing) is left out and logged, never sent half-described.
function keepValid(dtos: unknown[], strapi: Core.Strapi): Transformation[] {
  const valid: Transformation[] = [];
  for (const dto of dtos) {
    const result = transformationSchema.safeParse(dto);
    if (result.success) valid.push(result.data);
    else {
      const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      strapi.log.warn(`[smp-kit] Before/after result ${(dto as { id?: string }).id} left out of the public API (${problems})`);
    }
  }
  return valid;
}
