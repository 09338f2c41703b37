import { randomBytes } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BOOKING_PHOTO_MAX_COUNT } from '@smp-kit/schema';
import { BOOKING_PHOTO_UID } from '../uids';
import { readScalpPhoto } from '../uploads/read-scalp-photo';

/** An attached photo as the inbox lists it (never its bytes). */
export interface BookingPhotoSummary {
  id: string;
  width: number;
  height: number;
  size: number;
}

interface BookingPhotoRow extends BookingPhotoSummary {
  photoId: string;
  reference: string | null;
  createdAt: string;
}

// Each patient attaches at most 3 per request; a connection may retry and send a few requests.
const UPLOADS_PER_CLIENT_PER_HOUR = 30;
// A photo must be attached to a booking request within an hour, or it is deleted.
const HOUR_MS = 60 * 60 * 1000;
const SUMMARY_FIELDS = ['photoId', 'width', 'height', 'size', 'reference', 'createdAt'];

const summaryOf = (row: BookingPhotoRow): BookingPhotoSummary => ({ id: row.photoId, width: row.width, height: row.height, size: row.size });

/**
 * Scalp photos patients attach to booking requests. They are re-encoded (no metadata) and kept in
 * the database, not in the Media Library: nothing public serves them, erasure and retention
 * delete them with their request, and only the admin inbox reads them.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const photos = () => strapi.db.query(BOOKING_PHOTO_UID as UID.Schema);

  return {
    /** Whether the clinic accepts photos (SMP Kit → Settings). */
    async accepted(): Promise<boolean> {
      return (await strapi.plugin('smp-kit').service('plugin-settings').get()).acceptPhotos;
    },

    /** Checks, converts and stores one uploaded photo; refuses with a message a patient can act on. */
    async receive(bytes: Buffer, { declaredType, fileName, ipHash }: { declaredType: string; fileName: string | undefined; ipHash: string }): Promise<BookingPhotoSummary> {
      const since = new Date(Date.now() - HOUR_MS).toISOString();
      if ((await photos().count({ where: { ipHash, createdAt: { $gt: since } } })) >= UPLOADS_PER_CLIENT_PER_HOUR) {
        throw new errors.RateLimitError('Too many photos from this connection. Please try again in an hour, or call the clinic.');
      }

      const photo = await readScalpPhoto(bytes, { declaredType, fileName });
      const row = (await photos().create({
        data: { photoId: randomBytes(24).toString('base64url'), width: photo.width, height: photo.height, size: photo.jpeg.length, ipHash, jpegBase64: photo.jpeg.toString('base64') },
        select: SUMMARY_FIELDS,
      })) as BookingPhotoRow;
      this.deleteUnattachedOccasionally();
      return summaryOf(row);
    },

    /**
     * Throws a 400 naming `photos.N` for an id that is unknown, attached elsewhere or too old:
     * checked before the booking request is stored, so a refused request stores nothing.
     */
    async checkAttachable(ids: readonly string[]): Promise<void> {
      if (!ids.length) return;
      if (!(await this.accepted())) throw new errors.ValidationError('photos: This clinic does not accept photos with booking requests.', { errors: [{ path: ['photos'], message: 'This clinic does not accept photos with booking requests.' }] });
      const rows = (await photos().findMany({ where: { photoId: { $in: [...ids] } }, select: SUMMARY_FIELDS })) as BookingPhotoRow[];
      const oldest = Date.now() - HOUR_MS;
      ids.forEach((id, index) => {
        const row = rows.find((candidate) => candidate.photoId === id);
        if (!row || row.reference || new Date(row.createdAt).getTime() < oldest) {
          const message = 'This photo is no longer waiting to be sent (uploads are kept for an hour). Please attach it again.';
          throw new errors.ValidationError(`photos.${index}: ${message}`, { errors: [{ path: ['photos', String(index)], message }] });
        }
      });
    },

    /** Attaches checked photos to the stored request. */
    async attach(ids: readonly string[], reference: string): Promise<void> {
      if (ids.length) await photos().updateMany({ where: { photoId: { $in: [...ids] }, reference: null }, data: { reference } });
    },

    /** The photos of a request, oldest first. */
    async listFor(reference: string): Promise<BookingPhotoSummary[]> {
      const rows = (await photos().findMany({ where: { reference }, select: SUMMARY_FIELDS, orderBy: { id: 'asc' }, limit: BOOKING_PHOTO_MAX_COUNT })) as BookingPhotoRow[];
      return rows.map(summaryOf);
    },

    /** The JPEG of one photo of a request, or null. */
    async read(reference: string, id: string): Promise<Buffer | null> {
      const row = (await photos().findOne({ where: { reference, photoId: id }, select: ['jpegBase64'] })) as { jpegBase64: string } | null;
      return row ? Buffer.from(row.jpegBase64, 'base64') : null;
    },

    /** Deletes the photos of these requests (erasure, retention). */
    async deleteFor(references: readonly string[]): Promise<number> {
      if (!references.length) return 0;
      return (await photos().deleteMany({ where: { reference: { $in: [...references] } } })).count;
    },

    /** Deletes photos never attached to a request within the hour they were kept for. */
    async deleteUnattached(now = new Date()): Promise<number> {
      const cutoff = new Date(now.getTime() - HOUR_MS).toISOString();
      return (await photos().deleteMany({ where: { reference: null, createdAt: { $lt: cutoff } } })).count;
    },

    deleteUnattachedOccasionally(): void {
      void this.deleteUnattached().catch((error: { code?: unknown }) => strapi.log.warn(`[smp-kit] Unattached photos could not be deleted (${String(error?.code ?? 'unknown')}).`));
    },
  };
};
