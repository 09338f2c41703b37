// The booking part of the stand-in CMS (see fixture-cms.mjs). An element's `src` is
// /fixture-cms/booking-<scenario>/<run>, so each test has its own log:
//   GET  .../api/smp-kit/booking           the settings of the scenario's mode
//   POST .../api/smp-kit/booking-requests  the scenario's behaviour, recording every Idempotency-Key
//   GET  .../api/smp-kit/availability      free times the next days (booking-slots*: -empty has none, -down fails)
//   POST .../api/smp-kit/booking-photos    an id per photo (a name with "refused" is refused, with "slow" takes 800 ms)
//   GET  /fixture-cms/booking-log?run=<run> what was received: { settingsRequests, requests: [{ key, body }] }
//   GET  /fixture-cms/booking-heal?run=<run> the `flaky` scenario's connection works from now on
import { bookingSettingsFixtures, photoIdFor } from '../fixtures/booking-fixtures.ts';

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
};
const error = (status, name, message, details = {}) => ({ data: null, error: { status, name, message, details } });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const logs = new Map();
const logOf = (run) => {
  if (!logs.has(run)) logs.set(run, { settingsRequests: 0, requests: [], references: new Map() });
  return logs.get(run);
};

/** One reference per Idempotency-Key, like the real API. */
function received(ctx, log, key) {
  const replay = log.references.has(key);
  if (!replay) log.references.set(key, `SMP-7K3Q${'23456789ABCDEFGHJKMNPQRSTVWXYZ'[log.references.size % 30]}`);
  json(ctx, replay ? 200 : 201, { data: { reference: log.references.get(key), status: 'received' } });
}

const settingsFor = (scenario, ctx) => {
  if (scenario === 'booking-link') return bookingSettingsFixtures.link;
  if (scenario === 'booking-embed') return bookingSettingsFixtures.embed;
  if (scenario === 'booking-photos') return bookingSettingsFixtures.formWithPhotos;
  if (scenario.startsWith('booking-slots')) return bookingSettingsFixtures.slots;
  return ctx.query.locale === 'de' ? bookingSettingsFixtures.formDe : bookingSettingsFixtures.form;
};

const postScenarios = {
  // The first patient's time goes to someone else a moment earlier: 409, and it is no longer offered.
  'booking-slots-taken': (ctx, log, key) => {
    const body = log.requests.at(-1)?.body;
    if (!log.refusedOnce && body?.slot) {
      log.refusedOnce = true;
      log.taken = [body.slot.start];
      const message = 'This time was just booked by someone else. Please choose another.';
      return json(ctx, 409, error(409, 'ConflictError', message, { slot: body.slot, nextFree: [], errors: [{ path: ['slot', 'start'], message }] }));
    }
    received(ctx, log, key);
  },
  'booking-server-error': (ctx) => json(ctx, 500, error(500, 'InternalServerError', 'Internal Server Error')),
  'booking-invalid': (ctx) => json(ctx, 400, error(400, 'ValidationError', 'email: Please enter an email address like name@example.com.', { errors: [{ path: ['email'], message: 'Please enter an email address like name@example.com.' }] })),
  'booking-rate-limited': (ctx) => {
    ctx.set('Retry-After', '120');
    json(ctx, 429, error(429, 'RateLimitError', 'Too many booking requests.'));
  },
  // Every attempt dies with the connection (a train in a tunnel) until the test heals it;
  // dying until then also defeats the browser's own silent retry of a reset request.
  'booking-flaky': (ctx, log, key) => {
    if (!log.healed) {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    received(ctx, log, key);
  },
  'booking-slow': async (ctx, log, key) => {
    await sleep(1500);
    received(ctx, log, key);
  },
};

async function readBody(ctx) {
  let text = '';
  for await (const chunk of ctx.req) text += chunk;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Answers a booking fixture request; false when the path is not one. */
export async function serveBookingFixtures(ctx) {
  if (ctx.path === '/fixture-cms/booking-heal') {
    logOf(ctx.query.run).healed = true;
    json(ctx, 200, { healed: true });
    return true;
  }
  if (ctx.path === '/fixture-cms/booking-log') {
    const log = logOf(ctx.query.run);
    json(ctx, 200, { settingsRequests: log.settingsRequests, requests: log.requests, photos: log.photos ?? [], availabilityRequests: log.availabilityRequests ?? [] });
    return true;
  }
  const match = /^\/fixture-cms\/(booking-[a-z-]+)\/([a-z0-9-]+)\/api\/smp-kit\/(booking|booking-requests|booking-photos|availability)$/.exec(ctx.path);
  if (!match) return false;
  const [, scenario, run, resource] = match;
  const log = logOf(run);
  if (resource === 'booking') {
    log.settingsRequests += 1;
    if (scenario === 'booking-slow-settings') await sleep(800);
    if (scenario === 'booking-unavailable') json(ctx, 500, error(500, 'InternalServerError', 'Internal Server Error'));
    else json(ctx, 200, settingsFor(scenario, ctx));
    return true;
  }
  if (resource === 'availability') {
    log.availabilityRequests = [...(log.availabilityRequests ?? []), { service: ctx.query.service ?? null, from: ctx.query.from, to: ctx.query.to, location: ctx.query.location ?? null }];
    if (scenario === 'booking-slots-down') {
      json(ctx, 503, error(503, 'ServiceUnavailableError', 'Service Unavailable'));
      return true;
    }
    // Two days from now and the day after, at 10:00, 11:00 and 14:00 UTC; a time once booked is gone.
    const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const starts = scenario === 'booking-slots-empty' ? [] : [2, 3].flatMap((offset) => ['10:00', '11:00', '14:00'].map((time) => `${day(offset)}T${time}:00Z`));
    const slots = starts.filter((start) => !(log.taken ?? []).includes(start)).map((start) => ({ start, end: new Date(Date.parse(start) + 45 * 60_000).toISOString().replace('.000', '') }));
    json(ctx, 200, { data: { location: 'london', locationName: 'London studio', timeZone: 'Europe/London', service: ctx.query.service ?? null, minutes: 45, slots } });
    return true;
  }
  if (resource === 'booking-photos') {
    const name = String(ctx.query.name ?? '');
    let size = 0;
    for await (const chunk of ctx.req) size += chunk.length;
    if (name.includes('slow')) await sleep(800);
    if (name.includes('refused')) {
      const message = `"${name}" is named like a .jpg file but is a PNG image. Please send the photo as it came from your camera or phone, without renaming it.`;
      json(ctx, 400, error(400, 'ValidationError', message, { errors: [{ path: ['photo'], message }] }));
      return true;
    }
    log.photos = [...(log.photos ?? []), { name, size, type: ctx.get('Content-Type') }];
    // The id comes from the name, so a test knows which photo it is whatever order uploads end in.
    json(ctx, 201, { data: { id: photoIdFor(name), width: 1200, height: 1600, size } });
    return true;
  }
  if (ctx.method !== 'POST') {
    json(ctx, 405, error(405, 'MethodNotAllowedError', 'Method Not Allowed'));
    return true;
  }
  const key = ctx.get('Idempotency-Key');
  log.requests.push({ key, body: await readBody(ctx), contentType: ctx.get('Content-Type') });
  await (postScenarios[scenario] ?? ((context) => received(context, log, key)))(ctx, log, key);
  return true;
}
