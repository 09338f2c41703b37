import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkSavedRows } from '../content-types/check-saved-rows';
import { TRANSFORMATION_UID } from '../uids';
import { CONSENT_FIELDS, consentStatusOf, dayOf, type ConsentRecord } from './consent-rules';

const RESULTS = TRANSFORMATION_UID as UID.CollectionType;
/** Name of the job in `strapi.cron` that takes results whose consent lapsed off the website. */
export const CONSENT_JOB_NAME = 'smp-kit-result-consent';
// Every hour at :07 (consents end by the day; the public routes check on every read as well).
const CONSENT_JOB_RULE = '7 * * * *';

type ResultRow = ConsentRecord & { documentId: string; publishedAt?: string | null };
/** The field an editor fixes for each status, for the Content Manager to mark. */
const FIELD_TO_FIX = { missing: 'consentGivenOn', expired: 'consentExpiresOn', withdrawn: 'consentWithdrawnOn' } as const;

/**
 * Before/after photos show a patient: the website may show a result only while the patient's
 * consent for it is current. Publishing without one is refused with the reason; a withdrawal or
 * expiry recorded on a published result takes it offline at once; an hourly job and every public
 * read take results off whose consent ran out with time. Each row keeps its `consentStatus` (a
 * Content Manager column) and, when the plugin unpublished it, `unpublishedReason`.
 */
function consentEnforcement(strapi: Core.Strapi) {
  const rows = () => strapi.db.query(RESULTS);

  /** Marks the document's rows (every locale, draft and published) with the status and why it went offline. */
  async function record(documentId: string, status: string, unpublishedReason: string | null): Promise<void> {
    await rows().updateMany({ where: { documentId }, data: { consentStatus: status, unpublishedReason } });
  }

  async function takeOffline(documentId: string, reason: string, status: string, now: Date): Promise<void> {
    await strapi.documents(RESULTS).unpublish({ documentId, locale: '*' });
    await record(documentId, status, `Taken off the website on ${dayOf(now)}: ${reason}`);
    strapi.log.info(`[smp-kit] Before/after result ${documentId} unpublished: ${reason}`);
  }

  /** Published results whose consent is not current today, taken offline; returns how many. */
  async function takeOffLapsed(now = new Date()): Promise<number> {
    const published = (await rows().findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId', ...CONSENT_FIELDS] })) as ResultRow[];
    const lapsed = new Map<string, ReturnType<typeof consentStatusOf>>();
    for (const row of published) {
      const consent = consentStatusOf(row, now);
      if (consent.status !== 'current') lapsed.set(row.documentId, consent);
    }
    for (const [documentId, { status, reason }] of lapsed) await takeOffline(documentId, reason, status, now);
    return lapsed.size;
  }

  /** Never throws: a failed run is retried by the next read or the next hour. */
  async function takeOffLapsedAndLog(): Promise<number> {
    try {
      return await takeOffLapsed();
    } catch (error) {
      strapi.log.warn(`[smp-kit] Results with lapsed consent could not be unpublished (${String((error as { code?: unknown; message?: unknown })?.code ?? (error as Error)?.message ?? 'unknown')}).`);
      return 0;
    }
  }

  return {
    takeOffLapsed,
    takeOffLapsedAndLog,

    schedule(): void {
      strapi.cron.add({ [CONSENT_JOB_NAME]: { task: takeOffLapsedAndLog, options: { rule: CONSENT_JOB_RULE } } });
    },

    /** The Document Service check on every save and publish of a result. */
    guardWrites(): void {
      checkSavedRows(strapi, TRANSFORMATION_UID, async (ids) => {
        const written = (await rows().findMany({ where: { id: { $in: ids } }, select: ['documentId', 'publishedAt', ...CONSENT_FIELDS] })) as ResultRow[];
        const now = new Date();
        for (const row of written) {
          const { status, reason } = consentStatusOf(row, now);
          if (row.publishedAt && status !== 'current') {
            const message = `This result cannot be published: ${reason}`;
            throw new errors.ValidationError(message, { errors: [{ path: [FIELD_TO_FIX[status]], message }] });
          }
        }
        // The consent fields are shared by a document's locales: one status per document saved.
        for (const row of new Map(written.map((saved) => [saved.documentId, saved])).values()) {
          const { status, reason } = consentStatusOf(row, now);
          const stillPublished = await rows().findOne({ where: { documentId: row.documentId, publishedAt: { $notNull: true } }, select: ['id'] });
          if (status !== 'current' && stillPublished) await takeOffline(row.documentId, reason, status, now);
          // A current consent makes an old "taken off the website" note stale.
          else await rows().updateMany({ where: { documentId: row.documentId }, data: status === 'current' ? { consentStatus: status, unpublishedReason: null } : { consentStatus: status } });
        }
      });
    },
  };
}

/** The `result-consent` service: `takeOffLapsed()` (public reads call it), and the hourly job. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { takeOffLapsed, takeOffLapsedAndLog, schedule } = consentEnforcement(strapi);
  return { takeOffLapsed, takeOffLapsedAndLog, schedule };
};

/** Registers the publish and save checks (in the plugin's register phase, like the other Document Service middlewares). */
export const guardResultConsent = (strapi: Core.Strapi) => consentEnforcement(strapi).guardWrites();
