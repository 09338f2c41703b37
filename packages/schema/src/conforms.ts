/**
 * The JSON Schema keywords `z.toJSONSchema` emits for the widget contracts. The
 * generator refuses any other keyword, so nothing is silently left unchecked.
 */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: JsonType | JsonType[];
  const?: unknown;
  enum?: readonly unknown[];
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}
type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

export const CHECKED_KEYWORDS = ['$ref', '$defs', 'type', 'const', 'enum', 'anyOf', 'oneOf', 'properties', 'required', 'items', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum'] as const;

const typeOf = (value: unknown): JsonType =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isSafeInteger(value) ? 'integer' : (typeof value as JsonType);

/**
 * Checks `value` against a contract JSON Schema: null when it conforms, else the
 * path of the first problem (for the console warning). Like zod, unknown keys are
 * allowed (zod strips them) and string lengths count UTF-16 units.
 */
export function conforms(schema: JsonSchema, value: unknown, root: JsonSchema = schema, path = '$'): string | null {
  if (schema.$ref) return conforms(root.$defs![schema.$ref.slice(8)]!, value, root, path);
  const type = typeOf(value);
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
  const length = typeof value === 'string' ? value.length : 0;
  // NaN passes both bounds, so only numbers are range-checked (and objects are never coerced).
  const number = typeof value === 'number' ? value : NaN;
  if (
    (types.length && !types.includes(type) && !(type === 'integer' && types.includes('number'))) ||
    ('const' in schema && value !== schema.const) ||
    (schema.enum && !schema.enum.includes(value)) ||
    (schema.anyOf && !schema.anyOf.some((option) => !conforms(option, value, root, path))) ||
    (schema.oneOf && schema.oneOf.filter((option) => !conforms(option, value, root, path)).length !== 1) ||
    length < (schema.minLength ?? 0) ||
    length > (schema.maxLength ?? Infinity) ||
    (schema.pattern && !new RegExp(schema.pattern).test(value as string)) ||
    number < (schema.minimum ?? -Infinity) ||
    number > (schema.maximum ?? Infinity) ||
    number <= (schema.exclusiveMinimum ?? -Infinity)
  ) {
    return path;
  }
  if (type === 'array') {
    const { length: count } = value as unknown[];
    if (count < (schema.minItems ?? 0) || count > (schema.maxItems ?? Infinity)) return path;
    for (const [index, item] of (value as unknown[]).entries()) {
      const problem = schema.items && conforms(schema.items, item, root, `${path}[${index}]`);
      if (problem) return problem;
    }
  }
  if (type === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) return `${path}.${key}`;
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const problem = key in record && conforms(property, record[key], root, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return null;
}
