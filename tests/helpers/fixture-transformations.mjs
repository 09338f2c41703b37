// The before/after part of the stand-in CMS (see fixture-cms.mjs):
// /fixture-cms/<scenario>/api/smp-kit/transformations answers with the scenario's behaviour,
// /fixture-cms/images/<name>-<width>x<height>.svg[?delay=ms] is a generated test image.
import { hostileTransformationResponse, invalidTransformationResponse, transformationResponse } from '../fixtures/transformation-fixtures.ts';

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function resultsFor(ctx, options = {}) {
  const response = transformationResponse(ctx.origin, { locale: ctx.query.locale === 'de' ? 'de' : 'en', ...options });
  return ctx.query.tag ? { data: response.data.filter((item) => item.tags.includes(ctx.query.tag)) } : response;
}

const scenarios = {
  ok: (ctx) => json(ctx, 200, resultsFor(ctx)),
  'slow-images': (ctx) => json(ctx, 200, resultsFor(ctx, { imageDelayMs: 700 })),
  'server-error': (ctx) => json(ctx, 500, { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error', details: {} } }),
  malformed: (ctx) => {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '{"data": [';
  },
  'invalid-entries': (ctx) => json(ctx, 200, invalidTransformationResponse(ctx.origin)),
  hostile: (ctx) => json(ctx, 200, hostileTransformationResponse(ctx.origin)),
  empty: (ctx) => json(ctx, 200, { data: [] }),
  slow: async (ctx) => {
    await sleep(5000);
    json(ctx, 200, resultsFor(ctx));
  },
};

/** Requests seen per URL: GET /fixture-cms/transformation-requests?url=<path> counts that path with any query. */
const requestLog = new Map();

// A flat colour per image name, so before and after look different in screenshots.
const colourOf = (name) => `hsl(${[...name].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 360} 45% 60%)`;

async function serveImage(ctx, name, width, height) {
  if (ctx.query.delay) await sleep(Number(ctx.query.delay));
  ctx.status = 200;
  ctx.type = 'image/svg+xml';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${colourOf(name)}"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#fff" fill-opacity="0.5"/></svg>`;
}

/** Answers the request when it is one of ours; returns whether it did. */
export async function serveTransformationFixtures(ctx) {
  if (ctx.path === '/fixture-cms/transformation-requests') {
    const count = [...requestLog].filter(([url]) => url === ctx.query.url || url.startsWith(`${ctx.query.url}?`)).reduce((sum, [, seen]) => sum + seen, 0);
    json(ctx, 200, { count });
    return true;
  }
  const image = /^\/fixture-cms\/images\/([a-z-]+)-(\d+)x(\d+)\.svg$/.exec(ctx.path);
  if (image) {
    await serveImage(ctx, image[1], Number(image[2]), Number(image[3]));
    return true;
  }
  const match = /^\/fixture-cms\/([a-z-]+)\/api\/smp-kit\/transformations$/.exec(ctx.path);
  if (!match) return false;
  requestLog.set(ctx.url, (requestLog.get(ctx.url) ?? 0) + 1);
  const scenario = scenarios[match[1]];
  if (scenario) await scenario(ctx);
  else json(ctx, 404, { data: null, error: { status: 404, name: 'NotFoundError', message: `No fixture scenario "${match[1]}"` } });
  return true;
}
