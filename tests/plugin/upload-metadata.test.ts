// Before/after photos are health data: an editor's upload keeps no camera EXIF, GPS position,
// XMP or IPTC in the original or in any format Strapi makes from it, whatever the Media Library's
// optimisation settings, and stays the right way up.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { signInSuperAdmin, type AdminSession } from '../helpers/admin-auth.ts';
import { heicScalpPhoto } from '../helpers/booking-photos.ts';
import { startStrapi, type RunningStrapi } from '../helpers/strapi-harness.ts';

interface StoredFile {
  url: string;
  ext: string;
  mime: string;
  name: string;
  width: number;
  height: number;
  formats: Record<string, { url: string; width: number; height: number }> | null;
}

/** A scalp photo as a phone saves it: camera make and model, GPS position, rotated by an EXIF tag. */
const phonePhoto = () =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 180, g: 140, b: 120 } } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'Canon', Model: 'Canon EOS R6', Software: 'ScalpCam 1.2' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2634/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3954/100' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

/** A PNG with its GPS position in XMP, as photo editors write it. */
const editedPng = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: '#a88' } })
    .png()
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,30.44N" exif:GPSLongitude="0,7.66W"/></rdf:RDF></x:xmpmeta>')
    .toBuffer();

describe('photos uploaded to the Media Library keep no hidden data', () => {
  let app: RunningStrapi;
  let admin: AdminSession;

  /** POST /upload as the admin panel's Media Library sends it. */
  const upload = async (image: Buffer, name: string, type: string): Promise<StoredFile> => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(image)], { type }), name);
    form.append('fileInfo', JSON.stringify({ name, alternativeText: 'Scalp before treatment' }));
    const response = await fetch(`${app.baseUrl}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${admin.token}` }, body: form });
    assert.equal(response.status, 201, await response.clone().text());
    return ((await response.json()) as StoredFile[])[0]!;
  };
  /** The original and every format, as stored in the public upload folder. */
  const storedFiles = (file: StoredFile) => [{ name: 'original', url: file.url }, ...Object.entries(file.formats ?? {}).map(([name, format]) => ({ name, url: format.url }))];
  const read = (url: string) => readFile(join(app.dataDir, 'public', url));

  before(async () => {
    app = await startStrapi();
    admin = await signInSuperAdmin(app.strapi, app.baseUrl);
  });

  after(async () => {
    await app?.stop();
  });

  it('the test photo does carry a GPS position and a camera (so the checks below can fail)', async () => {
    const metadata = await sharp(await phonePhoto()).metadata();
    const exif = exifReader(metadata.exif!);
    assert.equal(exif.Image?.Make, 'Canon');
    assert.deepEqual(exif.GPSInfo?.GPSLatitude, [51, 30, 26.34]);
    assert.ok((await sharp(await editedPng()).metadata()).xmp);
  });

  for (const settings of [
    { label: 'with size optimisation on (Strapi’s default)', sizeOptimization: true, autoOrientation: false },
    { label: 'with size optimisation and auto orientation off', sizeOptimization: false, autoOrientation: false },
  ]) {
    it(`strips EXIF and GPS from a JPEG and all its formats, ${settings.label}`, async () => {
      await app.strapi.plugin('upload').service('upload').setSettings({ responsiveDimensions: true, ...settings });
      const stored = await upload(await phonePhoto(), 'scalp-before.jpg', 'image/jpeg');
      assert.ok(Object.keys(stored.formats ?? {}).length >= 3, `Strapi made its formats (${Object.keys(stored.formats ?? {}).join(', ')})`);
      for (const { name, url } of storedFiles(stored)) {
        const bytes = await read(url);
        const metadata = await sharp(bytes).metadata();
        assert.equal(metadata.exif, undefined, `${name} (${url}) has no EXIF`);
        assert.equal(metadata.xmp, undefined, `${name} has no XMP`);
        assert.equal(metadata.iptc, undefined, `${name} has no IPTC`);
        assert.ok(!bytes.includes('Canon') && !bytes.includes('ScalpCam'), `${name} names no camera or app`);
        assert.ok((metadata.height ?? 0) > (metadata.width ?? 0), `${name} is upright: portrait, as the rotated photo shows (${metadata.width}×${metadata.height})`);
        assert.equal(metadata.orientation, undefined, `${name} needs no rotation tag`);
      }
      assert.deepEqual([stored.width, stored.height], [1200, 1600], 'the Media Library records the upright size');
    });
  }

  it('strips XMP (with its GPS position) from a PNG and all its formats', async () => {
    const stored = await upload(await editedPng(), 'scalp-after.png', 'image/png');
    for (const { name, url } of storedFiles(stored)) {
      const metadata = await sharp(await read(url)).metadata();
      assert.equal(metadata.format, 'png', `${name} stays a PNG`);
      assert.equal(metadata.xmp, undefined, `${name} has no XMP`);
      assert.equal(metadata.exif, undefined, `${name} has no EXIF`);
    }
  });

  it('strips EXIF and GPS from AVIF and GIF images too, which Strapi stores without optimising', async () => {
    const gps = { IFD0: { Make: 'Canon', Model: 'Canon EOS R6' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2634/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3954/100' } };
    const avif = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#a88' } }).avif().withExif(gps).toBuffer();
    // GIF keeps XMP in an application extension block ("XMP DataXMP"), here just before the trailer.
    const plainGif = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#a88' } }).gif().toBuffer();
    const xmp = Buffer.from('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description exif:GPSLatitude="51,30.44N" tiff:Make="Canon"/></rdf:RDF></x:xmpmeta>', 'latin1');
    const xmpBlock = Buffer.concat([Buffer.from([0x21, 0xff, 0x0b]), Buffer.from('XMP DataXMP', 'latin1'), Buffer.from([xmp.length]), xmp, Buffer.from([0x00])]);
    const gif = Buffer.concat([plainGif.subarray(0, -1), xmpBlock, plainGif.subarray(-1)]);
    assert.ok((await sharp(avif).metadata()).exif && gif.includes('GPSLatitude') && (await sharp(gif).metadata()).format === 'gif', 'the test files do carry metadata');
    for (const [bytes, name, type] of [[avif, 'scalp.avif', 'image/avif'], [gif, 'scalp.gif', 'image/gif']] as const) {
      const stored = await upload(bytes, name, type);
      const kept = await read(stored.url);
      const metadata = await sharp(kept).metadata();
      assert.equal(metadata.exif, undefined, `${name} has no EXIF`);
      assert.equal(metadata.xmp, undefined, `${name} has no XMP`);
      assert.ok(!kept.includes('Canon') && !kept.includes('GPSLatitude'), `${name} names no camera and no position`);
      assert.equal(stored.mime, type, `${name} keeps its type`);
    }
  });

  it('removes GPS and camera data once from images uploaded before SMP Kit 0.2, in place', async () => {
    // As 0.1 stored a phone photo: the file as uploaded, and its row in the Media Library.
    await mkdir(join(app.dataDir, 'public', 'uploads'), { recursive: true });
    await writeFile(join(app.dataDir, 'public', 'uploads', 'legacy_scalp.jpg'), await phonePhoto());
    const legacy = await app.strapi.db.query('plugin::upload.file').create({
      data: { name: 'legacy scalp.jpg', hash: 'legacy_scalp', ext: '.jpg', mime: 'image/jpeg', size: 120, width: 1600, height: 1200, url: '/uploads/legacy_scalp.jpg', provider: 'local' },
    });
    const store = app.strapi.store({ type: 'plugin', name: 'smp-kit', key: 'earlier-uploads-without-metadata' });
    await store.delete({});
    const earlier = app.strapi.plugin('smp-kit').service('earlier-uploads');
    assert.ok((await earlier.stripOnce()) >= 1);
    const bytes = await read('/uploads/legacy_scalp.jpg');
    const metadata = await sharp(bytes).metadata();
    assert.equal(metadata.exif, undefined, 'no EXIF (GPS, camera) left');
    assert.ok(!bytes.includes('Canon'));
    assert.deepEqual([metadata.width, metadata.height], [1200, 1600], 'turned upright');
    const row = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: legacy.id } });
    assert.deepEqual([row.width, row.height], [1200, 1600], 'the Media Library records the upright size');
    assert.equal(await earlier.stripOnce(), 0, 'once per database');
  });

  it('stores an iPhone HEIC as a JPEG (which browsers show) with its formats', async () => {
    const stored = await upload(await heicScalpPhoto(), 'IMG_0042.HEIC', 'image/heic');
    assert.deepEqual({ ext: stored.ext, mime: stored.mime, name: stored.name }, { ext: '.jpg', mime: 'image/jpeg', name: 'IMG_0042.jpg' });
    assert.match(stored.url, /\.jpg$/);
    const metadata = await sharp(await read(stored.url)).metadata();
    assert.deepEqual({ format: metadata.format, width: metadata.width, height: metadata.height, exif: metadata.exif }, { format: 'jpeg', width: 320, height: 240, exif: undefined });
    assert.ok(Object.keys(stored.formats ?? {}).includes('thumbnail'), 'the Media Library made its thumbnail from it');
  });
});
