// Hostile requests against every public SMP Kit route, each with the answer it must get.
// The booking body is otherwise valid, so the one hostile part is the only thing wrong.
import { patientBooking } from '../helpers/booking.ts';

export interface HostileRequest {
  /** What the request tries, for the failure message. */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  /** Raw body; POSTs get a fresh Idempotency-Key unless headers name one (or `noKey`). */
  body?: string;
  noKey?: boolean;
  /** Accepted statuses; every one is a 4xx. */
  status: number[];
  /** What the error's message or details must mention, so a person can act on it. */
  mentions: RegExp;
}

const BOOKING = '/api/smp-kit/booking-requests';
const JSON_TYPE = { 'Content-Type': 'application/json' };
const GET_ROUTES = ['/api/smp-kit/faqs', '/api/smp-kit/transformations', '/api/smp-kit/booking'] as const;

const booking = (overrides: Record<string, unknown>) => JSON.stringify(patientBooking(overrides));
const without = (field: string) => {
  const body = patientBooking();
  delete body[field];
  return JSON.stringify(body);
};
const post = (name: string, body: string, mentions: RegExp, extra: Partial<HostileRequest> = {}): HostileRequest => ({
  name,
  method: 'POST',
  path: BOOKING,
  headers: JSON_TYPE,
  body,
  status: [400],
  mentions,
  ...extra,
});

const STRING_FIELDS = ['name', 'email', 'phone', 'preferredDate', 'preferredTime', 'service', 'message', 'locale', 'pageUrl', 'website'] as const;
const NOT_STRINGS: unknown[] = [42, -1, 1.5, true, false, null, [], ['x'], {}, { $ne: '' }];

/** Wrong JSON types for every field. */
const wrongTypes: HostileRequest[] = [
  ...STRING_FIELDS.flatMap((field) => NOT_STRINGS.map((value) => post(`${field} = ${JSON.stringify(value)}`, booking({ [field]: value }), new RegExp(field)))),
  ...[false, 'true', 1, 0, null, [], {}, 'yes'].map((value) => post(`consent = ${JSON.stringify(value)}`, booking({ consent: value }), /consent/)),
  ...['x', 1, [], null, true, { source: 1 }, { source: [] }, { medium: { $gt: '' } }].map((value) => post(`utm = ${JSON.stringify(value)}`, booking({ utm: value }), /utm/)),
];

/** Required fields left out, and fields nobody asked for. */
const missingAndExtra: HostileRequest[] = [
  ...['name', 'email', 'consent'].map((field) => post(`without ${field}`, without(field), new RegExp(field))),
  post('an empty object', '{}', /name.*email.*consent/s),
  post('only consent', '{"consent":true}', /name.*email/s),
  ...['isAdmin', 'requestStatus', 'id', 'documentId', 'ipHash', 'reference', 'createdAt', 'publishedAt', 'idempotencyKey', 'consentedAt', 'consentText', 'notificationEmail', 'data'].map((field) =>
    post(`an extra field ${field}`, booking({ [field]: field === 'data' ? patientBooking() : 'booked' }), new RegExp(field)),
  ),
  post('an extra utm field', booking({ utm: { source: 'x', evil: 'y' } }), /evil/),
];

/** Keys that pollute Object.prototype in naive merges (JSON.parse keeps them as own keys). */
const prototypeKeys: HostileRequest[] = [
  post('top-level __proto__', booking({}).replace(/^\{/, '{"__proto__":{"polluted":"yes"},'), /__proto__/),
  post('top-level constructor.prototype', booking({}).replace(/^\{/, '{"constructor":{"prototype":{"polluted":"yes"}},'), /constructor/),
  post('top-level prototype', booking({}).replace(/^\{/, '{"prototype":{"polluted":"yes"},'), /prototype/),
  post('__proto__ in utm', booking({}).replace('"utm":{', '"utm":{"__proto__":{"polluted":"yes"},'), /__proto__/),
  post('constructor in utm', booking({}).replace('"utm":{', '"utm":{"constructor":{"prototype":{"polluted":"yes"}},'), /constructor/),
  post('__proto__ as the whole utm', booking({}).replace(/"utm":\{[^}]*\}/, '"utm":{"__proto__":{"source":"x"}}'), /__proto__/),
  post('__proto__ as a string value', booking({}).replace(/^\{/, '{"__proto__":"x",'), /__proto__/),
  post('__proto__ set to null', booking({}).replace(/^\{/, '{"__proto__":null,'), /__proto__/),
  post('a name named __proto__', booking({ name: { __proto__: 'x' } }).replace('"name":{}', '"name":{"__proto__":"x"}'), /name/),
];

/** Strings over their limits (the body itself stays under 16 KB). */
const oversizedStrings: HostileRequest[] = [
  post('a 121-character name', booking({ name: 'n'.repeat(121) }), /name.*120/s),
  post('a 5,000-character name', booking({ name: 'n'.repeat(5000) }), /name/),
  post('a 255-character email', booking({ email: `${'e'.repeat(243)}@example.com` }), /email/),
  post('a 41-character phone', booking({ phone: `+44 ${'1'.repeat(37)}` }), /phone/),
  post('a 2,001-character message', booking({ message: 'm'.repeat(2001) }), /message.*2,000/s),
  post('a 12,000-character message', booking({ message: 'm'.repeat(12_000) }), /message/),
  post('a 2,001-character page address', booking({ pageUrl: `https://example.com/${'p'.repeat(1990)}` }), /pageUrl/),
  post('a 201-character UTM value', booking({ utm: { source: 's'.repeat(201) } }), /utm/),
  post('a 121-character service slug', booking({ service: 's'.repeat(121) }), /service/),
  post('a 36-character locale', booking({ locale: `en-${'x'.repeat(33)}` }), /locale/),
  post('the honeypot filled in', booking({ website: 'http://spam.example' }), /website/),
];

/** Bodies over 16 KB: refused before they are parsed. */
const tooLarge = (name: string, bytes: number): HostileRequest => post(name, booking({ message: 'm'.repeat(bytes) }), /16 KB/, { status: [413] });
const oversizedBodies: HostileRequest[] = [tooLarge('a body of 16 KB + 1', 16 * 1024 + 1 - booking({ message: '' }).length), tooLarge('a 100 KB body', 100_000), tooLarge('a 900 KB body', 900_000), tooLarge('a 3 MB body', 3_000_000)];

/** Deeply nested JSON: must not exhaust the stack or the parser. */
const deeplyNested: HostileRequest[] = [
  post('5,000 nested arrays as utm', booking({}).replace(/"utm":\{[^}]*\}/, `"utm":${'['.repeat(5000)}${']'.repeat(5000)}`), /utm/),
  post('2,000 nested objects as the name', booking({}).replace(/"name":"[^"]*"/, `"name":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`), /name/),
  post('8,000 nested arrays as the body', `${'['.repeat(8000)}${']'.repeat(8000)}`, /JSON object/),
  post('unbalanced nesting', `{"utm":${'['.repeat(8000)}`, /not valid JSON/),
  post('1,000 nested objects in utm.source', booking({}).replace(/"utm":\{[^}]*\}/, `"utm":{"source":${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}}`), /utm/),
];

// Text that cannot be stored faithfully or that spoofs how the inbox shows it.
const LONE_HIGH = '\ud800';
const LONE_LOW = '\udc00';
const unicode: HostileRequest[] = [
  ...['name', 'message'].flatMap((field) => [
    post(`a lone high surrogate in ${field}`, booking({ [field]: `Jane ${LONE_HIGH} Patient` }), new RegExp(field)),
    post(`a lone low surrogate in ${field}`, booking({ [field]: `Jane ${LONE_LOW}` }), new RegExp(field)),
    post(`a reversed surrogate pair in ${field}`, booking({ [field]: `Jane ${LONE_LOW}${LONE_HIGH}` }), new RegExp(field)),
    post(`a right-to-left override in ${field}`, booking({ [field]: 'Jane \u202Egnp.exe' }), new RegExp(field)),
    post(`a left-to-right embedding in ${field}`, booking({ [field]: 'Jane \u202Apatient\u202C' }), new RegExp(field)),
    post(`a right-to-left isolate in ${field}`, booking({ [field]: 'Jane \u2067patient\u2069' }), new RegExp(field)),
    // C0 control characters: PostgreSQL refuses NUL in text; the others hide in the inbox and in CSV.
    post(`a NUL in ${field}`, booking({ [field]: '\u0000' }), new RegExp(field)),
    post(`a NUL inside ${field}`, booking({ [field]: 'Jane\u0000 Patient' }), new RegExp(field)),
    post(`an escape sequence in ${field}`, booking({ [field]: 'Jane \u001b[31mPatient' }), new RegExp(field)),
    post(`a bell in ${field}`, booking({ [field]: 'Jane\u0007' }), new RegExp(field)),
    post(`a backspace in ${field}`, booking({ [field]: 'Jane\bX' }), new RegExp(field)),
    post(`a lone carriage return in ${field}`, booking({ [field]: 'Jane\rPatient' }), new RegExp(field)),
    post(`a vertical tab in ${field}`, booking({ [field]: 'Jane\u000bPatient' }), new RegExp(field)),
  ]),
  post('a NUL in a UTM value', booking({ utm: { campaign: 'spring\u0000' } }), /utm/),
  post('an escape in the page address', booking({ pageUrl: 'https://example.com/\u001b' }), /pageUrl/),
  post('a lone surrogate in a UTM value', booking({ utm: { source: `news${LONE_HIGH}` } }), /utm/),
  post('a lone surrogate in the page address', booking({ pageUrl: `https://example.com/${LONE_HIGH}` }), /pageUrl/),
  post('a zero-width space in the email', booking({ email: 'jane\u200b@example.com' }), /email/),
  post('a zero-width joiner in the service', booking({ service: 'scar\u200dcamouflage' }), /service/),
  post('a zero-width space in the locale', booking({ locale: 'en\u200b' }), /locale/),
  post('a zero-width space in the preferred time', booking({ preferredTime: 'morning\u200b' }), /preferredTime/),
  post('an emoji email', booking({ email: '😀@example.com' }), /email/),
  post('an emoji phone', booking({ phone: '☎️ 020 7946 0555' }), /phone/),
  post('an emoji date', booking({ preferredDate: '2030-01-01😀' }), /preferredDate/),
  post('an emoji service', booking({ service: 'scar-😀' }), /service/),
  post('an emoji locale', booking({ locale: '🇬🇧' }), /locale/),
  post('full-width digits in the phone', booking({ phone: '＋４４ ２０ ７９４６ ０５５５' }), /phone/),
  post('a right-to-left override in the email', booking({ email: 'jane\u202E@example.com' }), /email/),
  post('a NUL byte in the email', booking({ email: 'jane\u0000@example.com' }), /email/),
  post('a NUL byte in the service', booking({ service: 'scar\u0000' }), /service/),
];

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE smp_kit_booking_requests; --",
  '1; SELECT * FROM admin_users',
  '" OR ""="',
  "admin'--",
  '1 UNION SELECT password FROM admin_users',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '../../../../etc/passwd',
  '%00',
  '$where: 1',
];
/** Injection strings in every field with a format: none of them is a valid value there. */
const injections: HostileRequest[] = (['email', 'phone', 'preferredDate', 'preferredTime', 'service', 'locale', 'pageUrl'] as const).flatMap((field) =>
  INJECTIONS.map((payload) => post(`${field} = ${payload}`, booking({ [field]: payload }), new RegExp(field))),
);
const dangerousPageUrls: HostileRequest[] = ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://example.com/x'].map((pageUrl) =>
  post(`pageUrl = ${pageUrl}`, booking({ pageUrl }), /pageUrl/),
);

/** Only uncompressed JSON is read. */
const contentTypes: HostileRequest[] = [
  ['no Content-Type', {}],
  ['text/plain', { 'Content-Type': 'text/plain' }],
  ['text/html', { 'Content-Type': 'text/html' }],
  ['a form', { 'Content-Type': 'application/x-www-form-urlencoded' }],
  ['multipart', { 'Content-Type': 'multipart/form-data; boundary=x' }],
  ['XML', { 'Content-Type': 'application/xml' }],
  ['JSON patch', { 'Content-Type': 'application/json-patch+json' }],
  ['JSON, gzip encoded', { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }],
  ['JSON, deflate encoded', { 'Content-Type': 'application/json', 'Content-Encoding': 'deflate' }],
  ['JSON, brotli encoded', { 'Content-Type': 'application/json', 'Content-Encoding': 'br' }],
].map(([name, headers]) => post(`Content-Type: ${name}`, booking({}), /Content-Type/, { headers: headers as Record<string, string>, status: [415] }));

/** Bodies that are not one JSON object. */
const malformedJson: HostileRequest[] = [
  ['an empty body', '', /not valid JSON/],
  ['a lone brace', '{', /not valid JSON/],
  ['a missing value', '{"name":}', /not valid JSON/],
  ['single quotes', "{'name':'Jane'}", /not valid JSON/],
  ['a trailing comma', '{"name":"Jane",}', /not valid JSON/],
  ['a comment', '{"name":"Jane" /* hi */}', /not valid JSON/],
  ['NaN', '{"name":NaN}', /not valid JSON/],
  ['a truncated literal', 'nul', /not valid JSON/],
  ['an array', '[]', /JSON object/],
  ['an array of bookings', `[${booking({})}]`, /JSON object/],
  ['a string', '"Jane"', /JSON object/],
  ['a number', '123', /JSON object/],
  ['null', 'null', /JSON object/],
  ['true', 'true', /JSON object/],
  ['two objects', `${booking({})}${booking({})}`, /not valid JSON/],
  ['a UTF-8 byte-order mark', `\ufeff${booking({})}`, /not valid JSON/],
].map(([name, body, mentions]) => post(`JSON: ${name}`, body as string, mentions as RegExp));

/** The Idempotency-Key header (body valid): missing, wrong length, wrong characters. */
const key = (name: string, value: string | null): HostileRequest =>
  post(`Idempotency-Key: ${name}`, booking({}), /Idempotency-Key/, value === null ? { noKey: true } : { headers: { ...JSON_TYPE, 'Idempotency-Key': value } });
const idempotencyKeys: HostileRequest[] = [
  key('missing', null),
  key('empty', ''),
  key('7 characters', 'abcdefg'),
  key('129 characters', 'k'.repeat(129)),
  key('8 KB', 'k'.repeat(8192)),
  key('spaces', 'key with spaces'),
  key('a path', '../../etc/passwd'),
  key('SQL', "x' OR '1'='1"),
  key('HTML', '<script>alert(1)</script>'),
  key('a tab', 'abcd\tefgh'),
  key('Latin-1', 'clé-12345678'),
  key('a percent-encoded NUL', 'abcd%00efgh'),
  key('JSON', '{"a":"b"}'),
  key('a comma list', 'abcdefgh, ijklmnop'),
];

/** The booking path spelled another way still goes through the same front door (the router ignores case and a trailing slash). */
const bookingPathVariants: HostileRequest[] = ['/api/smp-kit/booking-requests/', '/API/SMP-KIT/BOOKING-REQUESTS', '/api/smp-kit/Booking-Requests/'].flatMap((path) => [
  post(`form data to ${path}`, 'name=Jane&email=jane%40example.com&consent=true', /Content-Type/, { path, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, status: [415] }),
  post(`a 100 KB body to ${path}`, booking({ message: 'm'.repeat(100_000) }), /16 KB/, { path, status: [413] }),
  post(`an extra field to ${path}`, booking({ isAdmin: true }), /isAdmin/, { path }),
]);

/** Methods the booking route does not have. */
const methods: HostileRequest[] = (['GET', 'PUT', 'PATCH', 'DELETE'] as const).map((method) => ({
  name: `${method} ${BOOKING}`,
  method,
  path: BOOKING,
  headers: JSON_TYPE,
  body: method === 'GET' ? undefined : booking({}),
  status: [405],
  mentions: /not allowed/i,
}));

const BAD_LOCALES: Array<[string, string]> = [
  ['empty', 'locale='],
  ['upper case', 'locale=EN'],
  ['an underscore', 'locale=en_GB'],
  ['one letter', 'locale=e'],
  ['a trailing hyphen', 'locale=en-'],
  ['36 characters', `locale=en-${'x'.repeat(33)}`],
  ['a path', 'locale=..%2F..%2Fetc%2Fpasswd'],
  ['SQL', "locale=en'%20OR%20'1'%3D'1"],
  ['HTML', 'locale=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['a NUL byte', 'locale=en%00'],
  ['an emoji', 'locale=%F0%9F%87%AC%F0%9F%87%A7'],
  ['a right-to-left override', 'locale=%E2%80%AEen'],
  ['a zero-width space', 'locale=en%E2%80%8B'],
  ['broken percent-encoding', 'locale=%E0%A4%A'],
  ['a list', 'locale[]=en&locale[]=de'],
  ['repeated', 'locale=en&locale=de'],
  ['an operator object', 'locale[$ne]=x'],
  ['a nested object', 'locale[a][b][c]=x'],
];
const badLocales: HostileRequest[] = GET_ROUTES.flatMap((path) =>
  BAD_LOCALES.map(([name, query]) => ({ name: `${path} with a locale: ${name}`, method: 'GET' as const, path: `${path}?${query}`, status: [400], mentions: /locale/ })),
);
const BAD_FILTERS: Array<[string, string]> = [
  ['upper case', 'X=Treatment'],
  ['a space', 'X=after%20care'],
  ['SQL', "X=treatment'%20OR%201%3D1--"],
  ['HTML', 'X=%3Csvg%20onload%3Dalert(1)%3E'],
  ['an operator object', 'X[$ne]=x'],
  ['a nested object', 'X[a][b]=1'],
  ['121 characters', `X=${'c'.repeat(121)}`],
  ['a path', 'X=..%2F..%2F'],
  ['an emoji', 'X=%F0%9F%98%80'],
  ['a NUL byte', 'X=treatment%00'],
];
const badFilters: HostileRequest[] = [
  ...BAD_FILTERS.map(([name, query]) => ({ name: `faqs with a category: ${name}`, method: 'GET' as const, path: `/api/smp-kit/faqs?${query.replace('X', 'category')}`, status: [400], mentions: /category/ })),
  ...BAD_FILTERS.map(([name, query]) => ({ name: `transformations with a tag: ${name}`, method: 'GET' as const, path: `/api/smp-kit/transformations?${query.replace('X', 'tag')}`, status: [400], mentions: /tag/ })),
  { name: 'transformations with two tags', method: 'GET', path: '/api/smp-kit/transformations?tag=a&tag=b', status: [400], mentions: /tag/ },
];

/** Paths next to the widget bundles: none may reach a file outside the bundle list. */
const bundlePaths: HostileRequest[] = [
  '/smp-kit/nope.js',
  '/smp-kit/widgets.js.map',
  '/smp-kit/WIDGETS.JS',
  '/smp-kit/widgets.js/',
  '/smp-kit/widgets.js%00.html',
  '/smp-kit/widgets.js;.html',
  '/smp-kit/%2e%2e/package.json',
  '/smp-kit/..%2F..%2Fpackage.json',
  '/smp-kit/%2e%2e%2f%2e%2e%2fcms%2fpackage.json',
  '/smp-kit/widgets.js/..%2f..%2f..%2fpackage.json',
  '/smp-kit/index.js',
  '/smp-kit/dist/widgets.js',
  '/smp-kit/%77idgets.js',
  '/smp-kit/smp-faq.ts',
  '/smp-kit/.env',
  '/smp-kit/%3Cscript%3E.js',
].map((path) => ({ name: `GET ${path}`, method: 'GET' as const, path, status: [400, 403, 404], mentions: /Not Found|No widget bundle|Malicious Path|Forbidden/ }));

export const hostileCorpus: HostileRequest[] = [
  ...wrongTypes,
  ...missingAndExtra,
  ...prototypeKeys,
  ...oversizedStrings,
  ...oversizedBodies,
  ...deeplyNested,
  ...unicode,
  ...injections,
  ...dangerousPageUrls,
  ...contentTypes,
  ...malformedJson,
  ...idempotencyKeys,
  ...bookingPathVariants,
  ...methods,
  ...badLocales,
  ...badFilters,
  ...bundlePaths,
];

/** Query parameters the routes do not know are ignored: they must not pollute or leak. */
export const ignoredQueries = GET_ROUTES.flatMap((path) =>
  ['__proto__[polluted]=yes', 'locale[__proto__]=x', 'constructor[prototype][polluted]=yes', '__proto__.polluted=yes', 'populate=*', 'filters[id][$gt]=0', 'a[b][c][d][e][f][g][h][i]=deep'].map((query) => `${path}?${query}`),
);
