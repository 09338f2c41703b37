// Renders src/generated/json-schemas.ts: the contract's zod schemas as JSON Schema,
// which the widgets check with the small `conforms` function instead of bundling zod.
import * as z from 'zod/mini';
import { CHECKED_KEYWORDS } from '../src/conforms.ts';
import { availabilityResponseSchema, bookingPhotoUploadedSchema, bookingRequestReceivedSchema, bookingRequestSchema, bookingSettingsSchema, faqCategorySchema, faqSchema, transformationSchema } from '../src/index.ts';

/** The schemas the widgets check, by the name of the generated constant. */
export const widgetContracts: Record<string, z.ZodMiniType> = {
  faqJsonSchema: faqSchema,
  faqCategoryJsonSchema: faqCategorySchema,
  transformationJsonSchema: transformationSchema,
  bookingSettingsJsonSchema: bookingSettingsSchema,
  bookingRequestJsonSchema: bookingRequestSchema,
  bookingRequestReceivedJsonSchema: bookingRequestReceivedSchema,
  bookingPhotoUploadedJsonSchema: bookingPhotoUploadedSchema,
  availabilityResponseJsonSchema: availabilityResponseSchema,
};

// `format` (z.url) is left to the server; a contract that needs its rule in the widgets
// states it as a `pattern` as well (see transformation.ts).
const ignoredKeywords = new Set(['$schema', 'description', 'title', 'format']);
const knownKeywords = new Set<string>(CHECKED_KEYWORDS);

// Leaves out what the checker implies, to keep the bundle small: `integer` is checked as
// a safe integer (zod's bounds on z.int()), and a `const` already fixes the type.
function dropImpliedKeywords(schema: unknown): void {
  if (typeof schema !== 'object' || schema === null) return;
  const record = schema as Record<string, unknown>;
  if (record.type === 'integer') {
    if (record.minimum === Number.MIN_SAFE_INTEGER) delete record.minimum;
    if (record.maximum === Number.MAX_SAFE_INTEGER) delete record.maximum;
  }
  if ('const' in record) delete record.type;
  Object.values(record).forEach(dropImpliedKeywords);
}

/** Removes the ignored keywords, leaving property names (keys of `properties`/`$defs`) alone. */
function stripIgnoredKeywords(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(stripIgnoredKeywords);
  if (typeof schema !== 'object' || schema === null) return;
  for (const [key, value] of Object.entries(schema)) {
    if (ignoredKeywords.has(key)) delete (schema as Record<string, unknown>)[key];
    else if (key === 'properties' || key === '$defs') Object.values(value as object).forEach(stripIgnoredKeywords);
    else stripIgnoredKeywords(value);
  }
}

function assertCheckable(schema: unknown, where: string): void {
  if (Array.isArray(schema)) return schema.forEach((item, index) => assertCheckable(item, `${where}[${index}]`));
  if (typeof schema !== 'object' || schema === null) return;
  for (const [key, value] of Object.entries(schema)) {
    if (ignoredKeywords.has(key)) continue;
    if (!knownKeywords.has(key)) throw new Error(`${where}: JSON Schema keyword "${key}" is not checked by conforms(); teach it before using it in a widget contract.`);
    // Keys of `properties` and `$defs` are names, not keywords.
    if (key === 'properties' || key === '$defs') {
      for (const [name, child] of Object.entries(value as object)) assertCheckable(child, `${where}.${key}.${name}`);
    } else if (typeof value === 'object') {
      assertCheckable(value, `${where}.${key}`);
    }
  }
}

export function renderJsonSchemaModule(): string {
  const constants = Object.entries(widgetContracts).map(([name, schema]) => {
    // Input side: what the widgets receive, before zod would strip unknown keys.
    const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { io: 'input', cycles: 'ref', reused: 'ref', unrepresentable: 'throw' });
    stripIgnoredKeywords(jsonSchema);
    dropImpliedKeywords(jsonSchema);
    assertCheckable(jsonSchema, name);
    return `export const ${name}: JsonSchema = ${JSON.stringify(jsonSchema, null, 2)};\n`;
  });
  return [
    '// Generated from the zod schemas by `npm run generate -w @smp-kit/schema`. Do not edit:',
    '// tests/schema/json-schemas.test.ts fails when this file and the schemas disagree.',
    "import type { JsonSchema } from '../conforms.js';",
    '',
    ...constants,
  ].join('\n');
}
