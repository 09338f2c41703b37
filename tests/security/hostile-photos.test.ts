// The photo upload is the one public route that takes a file. Hostile files are refused with a
// sentence the patient can act on, and nothing is stored.
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { BOOKING_PHOTO_MAX_BYTES } from '@smp-kit/schema';
import { startBookingStrapi } from '../helpers/booking.ts';
import { phoneScalpPhoto, uploadPhoto } from '../helpers/booking-photos.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';

const PHOTO_UID = 'plugin::smp-kit.booking-photo';

/** A PNG chunk: length, type, data, CRC. */
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let crc = ~0;
  for (const byte of body) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(~crc >>> 0);
  return Buffer.concat([length, body, checksum]);
}

/** A decompression bomb: a valid 30,000 × 30,000 PNG (2.7 GB of pixels) in a few hundred kilobytes. */
function pngBomb(): Buffer {
  const side = 30_000;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = deflateSync(Buffer.alloc((side + 1) * 2_000), { level: 9 }); // the first rows; enough to look real
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', rows), pngChunk('IEND', Buffer.alloc(0))]);
}

describe('hostile photo uploads are refused and leave nothing stored', () => {
  let app: RunningStrapi;
  let jpeg: Buffer;
  let png: Buffer;

  before(async () => {
    app = await startBookingStrapi();
    jpeg = await phoneScalpPhoto(640, 480);
    png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#b08070' } }).png().toBuffer();
  });
  after(async () => {
    await app?.stop();
  });

  const refusals: Array<{ name: string; status: number; message: RegExp; file: () => Buffer | Promise<Buffer>; type?: string; fileName?: string }> = [
    { name: 'a JPEG with an HTML page and script behind it (polyglot)', status: 400, message: /holds more than a photo/, file: () => Buffer.concat([jpeg, Buffer.from('<html><script>alert(document.cookie)</script></html>')]) },
    { name: 'a JPEG that is also a ZIP archive (polyglot)', status: 400, message: /holds more than a photo/, file: () => Buffer.concat([jpeg, Buffer.from('PK\x03\x04\x14\x00payload.jar', 'latin1'), Buffer.from('PK\x05\x06\x00\x00\x00\x00', 'latin1')]) },
    { name: 'a PNG with PHP in a text chunk (polyglot)', status: 400, message: /holds more than a photo/, file: () => Buffer.concat([png.subarray(0, 33), pngChunk('tEXt', Buffer.from('Comment\0<?php system($_GET["c"]); ?>')), png.subarray(33)]), type: 'image/png', fileName: 'scalp.png' },
    { name: 'a decompression bomb (30,000 × 30,000 PNG)', status: 400, message: /at most 64 megapixels/, file: pngBomb, type: 'image/png', fileName: 'scalp.png' },
    { name: 'a PNG renamed .jpg', status: 400, message: /"scalp\.jpg" is named like a \.jpg file but is a PNG image/, file: () => png, type: 'application/octet-stream', fileName: 'scalp.jpg' },
    { name: 'a PNG sent as image/jpeg', status: 400, message: /is a PNG image but was sent as JPEG/, file: () => png, type: 'image/jpeg', fileName: 'scalp' },
    { name: 'an SVG with script', status: 400, message: /This is a SVG file\. Please send a JPEG, PNG, WebP or HEIC photo/, file: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'), type: 'image/svg+xml', fileName: 'scalp.svg' },
    { name: 'a GIF', status: 400, message: /This is a GIF file/, file: () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).gif().toBuffer(), type: 'image/gif', fileName: 'scalp.gif' },
    { name: 'a script named .jpg', status: 400, message: /not a photo we can read/, file: () => Buffer.from('#!/bin/sh\nrm -rf /\n'), fileName: 'scalp.jpg' },
    { name: 'a truncated JPEG', status: 400, message: /damaged/, file: () => jpeg.subarray(0, Math.floor(jpeg.length / 2)) },
    { name: 'an empty file', status: 400, message: /empty/, file: () => Buffer.alloc(0) },
    { name: 'a photo over 10 MB', status: 413, message: /at most 10 MB/, file: () => Buffer.concat([jpeg, Buffer.alloc(BOOKING_PHOTO_MAX_BYTES)]) },
  ];

  for (const { name, status, message, file, type = 'image/jpeg', fileName = 'scalp.jpg' } of refusals) {
    it(`refuses ${name} with ${status} and a clear message`, async () => {
      const before = await app.strapi.db.query(PHOTO_UID).count({});
      const response = await uploadPhoto(app.baseUrl, await file(), { type, name: fileName });
      const body = (await response.json()) as { data: null; error: { status: number; message: string } };
      assert.equal(response.status, status, JSON.stringify(body));
      assert.equal(body.error.status, status);
      assert.match(body.error.message, message);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(await app.strapi.db.query(PHOTO_UID).count({}), before, 'nothing stored');
    });
  }

  it('refuses pages outside allowedOrigins, like the booking route', async () => {
    app.strapi.config.set('plugin::smp-kit.allowedOrigins', ['https://www.example-clinic.com']);
    try {
      const refused = await uploadPhoto(app.baseUrl, jpeg, { origin: 'https://evil.example' });
      assert.equal(refused.status, 403);
      const allowed = await uploadPhoto(app.baseUrl, jpeg, { origin: 'https://www.example-clinic.com' });
      assert.equal(allowed.status, 201);
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.example-clinic.com');
    } finally {
      app.strapi.config.set('plugin::smp-kit.allowedOrigins', []);
    }
  });

  it('limits uploads per connection', async () => {
    let status = 201;
    let answers = 0;
    while (status === 201 && answers < 40) {
      const response = await uploadPhoto(app.baseUrl, png, { type: 'image/png', name: 'scalp.png' });
      status = response.status;
      answers += 1;
      if (status === 429) assert.match(((await response.json()) as { error: { message: string } }).error.message, /Too many photos/);
      else await response.arrayBuffer();
    }
    assert.equal(status, 429, `still accepting after ${answers} uploads`);
    assert.ok(answers <= 31, `refused only after ${answers} uploads in an hour`);
  });
});
