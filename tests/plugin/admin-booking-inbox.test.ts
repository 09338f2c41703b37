import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { apiErrorResponseSchema, type AdminBookingRequest } from '@smp-kit/schema';
import { bearer, signInSuperAdmin, type AdminSession } from '../helpers/admin-auth.ts';
import { BOOKING_REQUEST_UID, patientBooking, postBooking, startBookingStrapi } from '../helpers/booking.ts';
import { header } from '../helpers/http.ts';
import type { RunningStrapi } from '../helpers/strapi-harness.ts';

const INBOX = '/smp-kit/admin/booking-requests';
const CONTRACT_FIELDS = ['appointment', 'consentAt', 'createdAt', 'documentId', 'email', 'locale', 'message', 'name', 'note', 'pageUrl', 'phone', 'preferredDate', 'preferredTime', 'reference', 'service', 'serviceName', 'status', 'updatedAt', 'utm'];

/** RFC 4180 reader: what a spreadsheet makes of the file, cell by cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (cell += '"'), (index += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[index + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (index += 1);
    else cell += char;
  }
  assert.equal(cell + row.join(''), '', 'the file ends with CRLF after the last row');
  return rows;
}

describe('SMP Kit booking inbox (admin API), on a real Strapi with a signed-in admin', () => {
  let app: RunningStrapi;
  let admin: AdminSession;
  const get = (path: string) => request(app.baseUrl).get(path).set(...bearer(admin));
  const put = (path: string, body: unknown) => request(app.baseUrl).put(path).set(...bearer(admin)).send(body as object);

  /** Sends a booking through the public form and answers its inbox entry's documentId. */
  async function book(overrides: Parameters<typeof patientBooking>[0] = {}): Promise<{ documentId: string; reference: string }> {
    const { body } = await postBooking(app.baseUrl, patientBooking(overrides)).expect(201);
    const stored = await app.strapi.documents(BOOKING_REQUEST_UID).findFirst({ filters: { reference: body.data.reference } });
    return { documentId: stored!.documentId, reference: body.data.reference };
  }
  const arrivedOn = (documentId: string, createdAt: string) => app.strapi.db.query(BOOKING_REQUEST_UID).update({ where: { documentId }, data: { createdAt } });

  before(async () => {
    app = await startBookingStrapi();
    admin = await signInSuperAdmin(app.strapi, app.baseUrl);
  });
  after(() => app?.stop());

  it('lists requests newest first with the contract fields only (no IP hash, no Idempotency-Key), a page at a time', async () => {
    const sent = [];
    for (let index = 1; index <= 5; index += 1) sent.push(await book({ name: `Paging Patient ${index}` }));
    const first = await get(`${INBOX}?q=paging&pageSize=2`).expect(200);
    assert.deepEqual(first.body.meta.pagination, { page: 1, pageSize: 2, pageCount: 3, total: 5 });
    assert.deepEqual(first.body.data.map((entry: AdminBookingRequest) => entry.name), ['Paging Patient 5', 'Paging Patient 4']);
    assert.deepEqual(Object.keys(first.body.data[0]).sort(), CONTRACT_FIELDS);
    assert.ok(!/ipHash|idempotency|payloadHash/i.test(first.text), 'no private column leaks');

    const last = await get(`${INBOX}?q=paging&pageSize=2&page=3`).expect(200);
    assert.deepEqual(last.body.data.map((entry: AdminBookingRequest) => entry.reference), [sent[0]!.reference]);
    const oldestFirst = await get(`${INBOX}?q=paging&sort=createdAt:asc&pageSize=1`).expect(200);
    assert.equal(oldestFirst.body.data[0].name, 'Paging Patient 1');
  });

  it('filters by status', async () => {
    const contacted = await book({ name: 'Status Filter Contacted' });
    const booked = await book({ name: 'Status Filter Booked' });
    await book({ name: 'Status Filter New' });
    await put(`${INBOX}/${contacted.documentId}`, { status: 'contacted' }).expect(200);
    await put(`${INBOX}/${booked.documentId}`, { status: 'booked' }).expect(200);
    const response = await get(`${INBOX}?q=status%20filter&status=contacted,booked&sort=name:asc`).expect(200);
    assert.deepEqual(response.body.data.map((entry: AdminBookingRequest) => [entry.name, entry.status]), [
      ['Status Filter Booked', 'booked'],
      ['Status Filter Contacted', 'contacted'],
    ]);
  });

  it('filters by the day a request arrived, both ends included', async () => {
    const march10 = await book({ name: 'Dated Patient March 10' });
    const march20 = await book({ name: 'Dated Patient March 20' });
    await arrivedOn(march10.documentId, '2024-03-10T23:30:00.000Z');
    await arrivedOn(march20.documentId, '2024-03-20T00:15:00.000Z');
    const names = async (query: string) => (await get(`${INBOX}?q=dated&${query}`).expect(200)).body.data.map((entry: AdminBookingRequest) => entry.name);
    assert.deepEqual(await names('from=2024-03-10&to=2024-03-10'), ['Dated Patient March 10']);
    assert.deepEqual(await names('from=2024-03-11&to=2024-03-20'), ['Dated Patient March 20']);
    assert.deepEqual(await names('to=2024-03-19'), ['Dated Patient March 10']);
    assert.deepEqual(await names('from=2024-03-21'), []);
  });

  it('finds a request by name, email, phone, reference or message, ignoring case', async () => {
    const target = await book({ name: 'Quentin Xylander', email: 'q.xylander@mailbox.example', phone: '+44 20 7946 0999', message: 'Interested in crown density work.' });
    await book({ name: 'Someone Else', email: 'else@other.example', phone: '+44 20 7946 0111', message: 'Scar camouflage please.' });
    for (const query of ['xylANDER', 'MAILBOX.example', '7946 0999', target.reference.toLowerCase(), 'CROWN DENSITY']) {
      const response = await get(`${INBOX}?q=${encodeURIComponent(query)}`).expect(200);
      assert.deepEqual(response.body.data.map((entry: AdminBookingRequest) => entry.reference), [target.reference], `q=${query}`);
    }
  });

  it('answers 400 naming the bad query parameter', async () => {
    for (const [query, param] of [
      ['status=new,spam', 'status'],
      ['from=yesterday', 'from'],
      ['from=2024-03-20&to=2024-03-10', 'to'],
      ['page=0', 'page'],
      ['pageSize=500', 'pageSize'],
      ['sort=ipHash:asc', 'sort'],
    ] as const) {
      const response = await get(`${INBOX}?${query}`).expect(400);
      const { error } = apiErrorResponseSchema.parse(response.body);
      assert.deepEqual(error.details?.errors?.map((detail) => detail.path[0]), [param], query);
      assert.match(error.message, new RegExp(param));
    }
  });

  it('shows one request in full, and 404 with a sentence once it is gone', async () => {
    const { documentId, reference } = await book({ name: 'Detail Patient', preferredTime: 'evening', service: 'hairline-restoration' });
    const { body } = await get(`${INBOX}/${documentId}`).expect(200);
    assert.equal(body.data.reference, reference);
    assert.equal(body.data.name, 'Detail Patient');
    assert.equal(body.data.status, 'new');
    assert.equal(body.data.preferredTime, 'evening');
    assert.equal(body.data.service, 'hairline-restoration');
    assert.equal(body.data.serviceName, 'Hairline restoration', 'the name the patient chose, not only its slug');
    assert.equal(body.data.locale, 'en');
    assert.deepEqual(body.data.utm, { source: 'newsletter', medium: 'email', campaign: 'spring' });
    assert.equal(body.data.note, null);
    assert.ok(!Number.isNaN(Date.parse(body.data.consentAt)));
    const missing = await get(`${INBOX}/doesnotexist0000000000000`).expect(404);
    assert.match(apiErrorResponseSchema.parse(missing.body).error.message, /No booking request/);
  });

  it('changes the status and keeps an internal note; an empty note clears it', async () => {
    const { documentId } = await book({ name: 'Update Patient' });
    const updated = await put(`${INBOX}/${documentId}`, { status: 'contacted', note: 'Called on Tuesday, call back after 5 pm.' }).expect(200);
    assert.equal(updated.body.data.status, 'contacted');
    assert.equal(updated.body.data.note, 'Called on Tuesday, call back after 5 pm.');
    const noteOnly = await put(`${INBOX}/${documentId}`, { note: 'Booked for 12 May.' }).expect(200);
    assert.equal(noteOnly.body.data.status, 'contacted', 'a note alone leaves the status');
    assert.equal((await get(`${INBOX}/${documentId}`).expect(200)).body.data.note, 'Booked for 12 May.');
    assert.equal((await put(`${INBOX}/${documentId}`, { note: '' }).expect(200)).body.data.note, null);
  });

  it('refuses a bad update with 400 naming the field, and changes nothing', async () => {
    const { documentId } = await book({ name: 'Bad Update Patient' });
    for (const [body, field] of [
      [{ status: 'archived' }, 'status'],
      [{ note: 'x'.repeat(2001) }, 'note'],
      [{ note: 42 }, 'note'],
    ] as const) {
      const response = await put(`${INBOX}/${documentId}`, body).expect(400);
      assert.deepEqual(apiErrorResponseSchema.parse(response.body).error.details?.errors?.[0]?.path, [field]);
    }
    const empty = await put(`${INBOX}/${documentId}`, {}).expect(400);
    assert.match(apiErrorResponseSchema.parse(empty.body).error.message, /Send a status, a note, or both/);
    assert.equal((await get(`${INBOX}/${documentId}`).expect(200)).body.data.status, 'new');
    await put(`${INBOX}/doesnotexist0000000000000`, { status: 'closed' }).expect(404);
  });

  it('erases a request: the row is gone from the database', async () => {
    const { documentId, reference } = await book({ name: 'Erasure Patient' });
    const response = await request(app.baseUrl).delete(`${INBOX}/${documentId}`).set(...bearer(admin)).expect(200);
    assert.deepEqual(response.body, { data: { documentId } });
    assert.equal(await app.strapi.db.query(BOOKING_REQUEST_UID).count({ where: { reference } }), 0);
    await get(`${INBOX}/${documentId}`).expect(404);
    await request(app.baseUrl).delete(`${INBOX}/${documentId}`).set(...bearer(admin)).expect(404);
  });

  describe('CSV export', () => {
    it('downloads every matching request (not one page) as UTF-8 CSV with a header row', async () => {
      for (let index = 1; index <= 23; index += 1) await book({ name: `Export Patient ${String(index).padStart(2, '0')}` });
      const response = await get(`${INBOX}/export.csv?q=export%20patient&sort=name:asc`).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      assert.equal(header(response, 'content-type'), 'text/csv; charset=utf-8');
      assert.equal(header(response, 'content-disposition'), `attachment; filename="booking-requests-${new Date().toISOString().slice(0, 10)}.csv"`);
      const bytes = response.body as Buffer;
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 byte order mark');
      const rows = parseCsv(bytes.toString('utf8').slice(1));
      assert.deepEqual(rows[0]!.slice(0, 5), ['Reference', 'Status', 'Received', 'Name', 'Email']);
      assert.ok(!rows[0]!.some((cell) => /ip|idempotency/i.test(cell)));
      assert.deepEqual(rows.slice(1).map((row) => row[3]), Array.from({ length: 23 }, (_, index) => `Export Patient ${String(index + 1).padStart(2, '0')}`));
      assert.ok(rows.every((row) => row.length === rows[0]!.length), 'every row has every column');
    });

    it('exports only what the filters match', async () => {
      const { documentId } = await book({ name: 'Export Filter Closed' });
      await book({ name: 'Export Filter Open' });
      await put(`${INBOX}/${documentId}`, { status: 'closed' }).expect(200);
      const response = await get(`${INBOX}/export.csv?q=export%20filter&status=closed`).expect(200);
      const rows = parseCsv(response.text.replace(/^\uFEFF/, ''));
      assert.deepEqual(rows.slice(1).map((row) => [row[1], row[3]]), [['closed', 'Export Filter Closed']]);
    });

    it('quotes commas, quotes and line breaks, and keeps spreadsheets from running formulas', async () => {
      const tricky = await book({
        name: '=HYPERLINK("https://evil.example","Click")',
        email: 'csv.patient@example.com',
        phone: '+44 20 7946 0321',
        message: 'Line one, with a comma\nand "quotes" on line two',
      });
      const atSign = await book({ name: '@SUM(1+1)', message: '-2+3' });
      await put(`${INBOX}/${tricky.documentId}`, { note: '\t=cmd|" /C calc"!A0' }).expect(200);
      await put(`${INBOX}/${atSign.documentId}`, { note: '\r=1+1' }).expect(200);

      const response = await get(`${INBOX}/export.csv?q=${encodeURIComponent(tricky.reference)}`).expect(200);
      const text = response.text.replace(/^\uFEFF/, '');
      assert.ok(text.includes('"\'=HYPERLINK(""https://evil.example"",""Click"")"'), 'the quotes are doubled inside a quoted cell');
      const [headerRow, row] = parseCsv(text);
      const cell = (name: string) => row![headerRow!.indexOf(name)];
      assert.equal(cell('Name'), '\'=HYPERLINK("https://evil.example","Click")');
      assert.equal(cell('Phone'), "'+44 20 7946 0321");
      assert.equal(cell('Message'), 'Line one, with a comma\nand "quotes" on line two');
      assert.equal(cell('Internal note'), '\'\t=cmd|" /C calc"!A0');
      assert.equal(cell('Email'), 'csv.patient@example.com', 'ordinary text stays as it is');

      const second = parseCsv((await get(`${INBOX}/export.csv?q=${encodeURIComponent(atSign.reference)}`).expect(200)).text.replace(/^\uFEFF/, ''));
      const secondCell = (name: string) => second[1]![second[0]!.indexOf(name)];
      assert.equal(secondCell('Name'), "'@SUM(1+1)");
      assert.equal(secondCell('Message'), "'-2+3");
      assert.equal(secondCell('Internal note'), "'\r=1+1");
    });

    it('answers 400 naming a bad filter instead of exporting everything', async () => {
      const response = await get(`${INBOX}/export.csv?status=everything`).expect(400);
      assert.deepEqual(apiErrorResponseSchema.parse(response.body).error.details?.errors?.[0]?.path, ['status']);
    });
  });
});
