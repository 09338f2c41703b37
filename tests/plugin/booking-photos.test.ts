// Scalp photos a patient attaches to a booking request: converted and stripped of metadata,
// stored where no public URL reaches them, opened only by admins who may read requests, and
// deleted with the request (erasure, retention). Hostile files: tests/security/hostile-photos.test.ts.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import sharp from 'sharp';
import { bookingPhotoUploadedSchema, type AdminBookingRequest } from '@smp-kit/schema';
import { signInSuperAdmin, signInWithActions, type AdminSession } from '../helpers/admin-auth.ts';
import { BOOKING_REQUEST_UID, patientBooking, postBooking, startBookingStrapi } from '../helpers/booking.ts';
import { heicScalpPhoto, phoneScalpPhoto, uploadPhoto } from '../helpers/booking-photos.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';

const PHOTO_UID = 'plugin::smp-kit.booking-photo';

describe('scalp photos with a booking request, on a real Strapi', () => {
  let app: RunningStrapi;
  let admin: AdminSession;

  const upload = async (bytes: Buffer, options?: Parameters<typeof uploadPhoto>[2]) => {
    const response = await uploadPhoto(app.baseUrl, bytes, options);
    const body = await response.json();
    assert.equal(response.status, 201, JSON.stringify(body));
    return bookingPhotoUploadedSchema.parse(body).data;
  };
  const bookWithPhotos = async (ids: string[]) => {
    const response = await postBooking(app.baseUrl, patientBooking({ photos: ids })).expect(201);
    const stored = await app.strapi.db.query(BOOKING_REQUEST_UID).findOne({ where: { reference: response.body.data.reference } });
    return { reference: response.body.data.reference as string, documentId: stored.documentId as string };
  };
  const detail = async (documentId: string, session = admin) =>
    (await request(app.baseUrl).get(`/smp-kit/admin/booking-requests/${documentId}`).set('Authorization', `Bearer ${session.token}`).expect(200)).body.data as AdminBookingRequest;
  const openPhoto = (documentId: string, photoId: string, session: AdminSession | null = admin) => {
    const get = request(app.baseUrl).get(`/smp-kit/admin/booking-requests/${documentId}/photos/${photoId}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    return session ? get.set('Authorization', `Bearer ${session.token}`) : get;
  };
  const storedPhotos = () => app.strapi.db.query(PHOTO_UID).count({});

  before(async () => {
    app = await startBookingStrapi();
    admin = await signInSuperAdmin(app.strapi, app.baseUrl);
  });
  after(async () => {
    await app?.stop();
  });

  it('tells the booking form that the clinic accepts photos', async () => {
    const response = await request(app.baseUrl).get('/api/smp-kit/booking').expect(200);
    assert.equal(response.body.data.acceptsPhotos, true);
  });

  it('stores a phone photo upright, without EXIF, GPS or camera data, as a JPEG', async () => {
    const photo = await upload(await phoneScalpPhoto(), { name: 'IMG_0042.JPG' });
    assert.deepEqual({ width: photo.width, height: photo.height }, { width: 1200, height: 1600 }, 'turned as the phone showed it');
    const { documentId } = await bookWithPhotos([photo.id]);
    const jpeg = (await openPhoto(documentId, photo.id).expect(200).expect('Content-Type', 'image/jpeg')).body as Buffer;
    const metadata = await sharp(jpeg).metadata();
    assert.equal(metadata.format, 'jpeg');
    assert.deepEqual([metadata.width, metadata.height], [1200, 1600]);
    assert.equal(metadata.exif, undefined, 'no EXIF (camera, GPS, time)');
    assert.equal(metadata.xmp, undefined);
    assert.equal(metadata.icc, undefined);
    assert.equal(metadata.orientation, undefined, 'no rotation left to the viewer');
    assert.equal(jpeg.length, photo.size);
  });

  it('converts an iPhone HEIC photo to JPEG', async () => {
    const photo = await upload(await heicScalpPhoto(), { type: 'image/heic', name: 'IMG_0043.HEIC' });
    assert.deepEqual({ width: photo.width, height: photo.height }, { width: 320, height: 240 });
    const { documentId } = await bookWithPhotos([photo.id]);
    const jpeg = (await openPhoto(documentId, photo.id).expect(200)).body as Buffer;
    const { format, channels } = await sharp(jpeg).metadata();
    assert.deepEqual({ format, channels }, { format: 'jpeg', channels: 3 });
    const { dominant } = await sharp(jpeg).stats();
    assert.ok(dominant.r > dominant.b, `the picture survived conversion (dominant colour ${JSON.stringify(dominant)})`);
  });

  it('accepts PNG and WebP, and reads the type from the bytes when the browser sends none', async () => {
    const png = await sharp({ create: { width: 800, height: 600, channels: 4, background: '#b08070' } }).png().toBuffer();
    const webp = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#b08070' } }).webp().toBuffer();
    assert.equal((await upload(png, { type: 'image/png', name: 'scan.png' })).width, 800);
    assert.equal((await upload(webp, { type: 'application/octet-stream', name: 'photo' })).width, 640);
  });

  it('lists a request’s photos in the inbox and opens them only for admins who may read requests', async () => {
    const photos = [await upload(await phoneScalpPhoto(1000, 800)), await upload(await phoneScalpPhoto(900, 700))];
    const { documentId } = await bookWithPhotos(photos.map((photo) => photo.id));
    assert.deepEqual((await detail(documentId)).photos, photos);

    const response = await openPhoto(documentId, photos[1]!.id).expect(200);
    assert.equal(response.headers['cache-control'], 'private, no-store');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.match(String(response.headers['content-security-policy']), /sandbox/);

    const reader = await signInWithActions(app.strapi, app.baseUrl, 'Reader', ['plugin::smp-kit.requests.read']);
    await openPhoto(documentId, photos[0]!.id, reader).expect(200);
    const embedOnly = await signInWithActions(app.strapi, app.baseUrl, 'Embedder', ['plugin::smp-kit.embed.use']);
    await openPhoto(documentId, photos[0]!.id, embedOnly).expect(403);
    await openPhoto(documentId, photos[0]!.id, null).expect(401);

    const other = await bookWithPhotos([]);
    const missing = await openPhoto(other.documentId, photos[0]!.id).expect(404);
    assert.match(JSON.parse(String(missing.body)).error.message, /No photo .* it may have been deleted/, 'a photo opens only with its own request');
  });

  it('serves no photo publicly: not in the upload folder or the Media Library, no public read route', async () => {
    const before = { files: await app.strapi.db.query('plugin::upload.file').count({}), folder: await readdir(join(app.dataDir, 'public', 'uploads')).catch(() => []) };
    const photo = await upload(await phoneScalpPhoto());
    await bookWithPhotos([photo.id]);
    assert.equal(await app.strapi.db.query('plugin::upload.file').count({}), before.files, 'no Media Library entry');
    assert.deepEqual(await readdir(join(app.dataDir, 'public', 'uploads')).catch(() => []), before.folder, 'nothing in the public upload folder');
    for (const path of [`/api/smp-kit/booking-photos/${photo.id}`, `/api/smp-kit/booking-photos?id=${photo.id}`, `/api/booking-photos/${photo.id}`]) {
      const response = await fetch(`${app.baseUrl}${path}`);
      assert.ok([404, 405].includes(response.status), `${path} answered ${response.status}`);
      assert.ok(!(await response.text()).includes(photo.id.slice(0, 12)));
    }
  });

  it('refuses a booking naming a photo that is unknown or already attached, naming the field, and stores nothing', async () => {
    const photo = await upload(await phoneScalpPhoto());
    await bookWithPhotos([photo.id]);
    const count = await app.strapi.db.query(BOOKING_REQUEST_UID).count({});
    for (const ids of [[photo.id], ['x'.repeat(32)]]) {
      const response = await postBooking(app.baseUrl, patientBooking({ photos: ids })).expect(400);
      assert.deepEqual(response.body.error.details.errors[0].path, ['photos', '0']);
      assert.match(response.body.error.message, /attach it again/);
    }
    const tooMany = await postBooking(app.baseUrl, patientBooking({ photos: ['a', 'b', 'c', 'd'].map((letter) => letter.repeat(32)) })).expect(400);
    assert.match(tooMany.body.error.message, /at most 3 photos/);
    assert.equal(await app.strapi.db.query(BOOKING_REQUEST_UID).count({}), count);
  });

  it('keeps photos out of the CSV export', async () => {
    const photo = await upload(await phoneScalpPhoto());
    await bookWithPhotos([photo.id]);
    const csv = (await request(app.baseUrl).get('/smp-kit/admin/booking-requests/export.csv').set('Authorization', `Bearer ${admin.token}`).expect(200)).text;
    assert.ok(csv.includes('Jane Patient'), 'the export has the requests');
    assert.ok(!csv.includes(photo.id) && !/photo/i.test(csv), 'but nothing of their photos');
  });

  it('erases the photos with their request, and retention deletes them with old requests', async () => {
    const erased = await upload(await phoneScalpPhoto());
    const kept = await upload(await phoneScalpPhoto());
    const first = await bookWithPhotos([erased.id]);
    const second = await bookWithPhotos([kept.id]);
    await request(app.baseUrl).delete(`/smp-kit/admin/booking-requests/${first.documentId}`).set('Authorization', `Bearer ${admin.token}`).expect(200);
    assert.equal(await app.strapi.db.query(PHOTO_UID).count({ where: { photoId: erased.id } }), 0, 'erasure leaves no photo behind');
    assert.equal(await app.strapi.db.query(PHOTO_UID).count({ where: { photoId: kept.id } }), 1);

    await app.strapi.db.query(BOOKING_REQUEST_UID).update({ where: { documentId: second.documentId }, data: { createdAt: new Date(Date.now() - 40 * 86_400_000) } });
    await app.strapi.plugin('smp-kit').service('plugin-settings').set({ ...(await app.strapi.plugin('smp-kit').service('plugin-settings').get()), retentionDays: 30 });
    await app.strapi.plugin('smp-kit').service('booking-retention').purgeExpired();
    assert.equal(await app.strapi.db.query(PHOTO_UID).count({ where: { photoId: kept.id } }), 0, 'retention deletes the photos of expired requests');
  });

  it('deletes photos never attached to a request after an hour', async () => {
    const abandoned = await upload(await phoneScalpPhoto());
    const fresh = await upload(await phoneScalpPhoto());
    await app.strapi.db.query(PHOTO_UID).update({ where: { photoId: abandoned.id }, data: { createdAt: new Date(Date.now() - 61 * 60_000) } });
    const total = await storedPhotos();
    assert.equal(await app.strapi.plugin('smp-kit').service('booking-photos').deleteUnattached(), 1);
    assert.equal(await storedPhotos(), total - 1);
    const late = await postBooking(app.baseUrl, patientBooking({ photos: [abandoned.id] })).expect(400);
    assert.match(late.body.error.message, /kept for an hour/);
    await bookWithPhotos([fresh.id]);
  });

  it('refuses photos when the clinic has turned them off, and says so to the form', async () => {
    const settings = app.strapi.plugin('smp-kit').service('plugin-settings');
    const photo = await upload(await phoneScalpPhoto());
    await settings.set({ ...(await settings.get()), acceptPhotos: false });
    try {
      const response = await uploadPhoto(app.baseUrl, await phoneScalpPhoto());
      assert.equal(response.status, 403);
      assert.match(((await response.json()) as { error: { message: string } }).error.message, /does not accept photos/);
      assert.equal((await request(app.baseUrl).get('/api/smp-kit/booking').expect(200)).body.data.acceptsPhotos, false);
      const booking = await postBooking(app.baseUrl, patientBooking({ photos: [photo.id] })).expect(400);
      assert.deepEqual(booking.body.error.details.errors[0].path, ['photos']);
    } finally {
      await settings.set({ ...(await settings.get()), acceptPhotos: true });
    }
  });
});
