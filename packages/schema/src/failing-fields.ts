import { conforms, type JsonSchema } from './conforms.js';

// A module of its own so a bundle that only checks (the booking button) does not carry it: the form loads it later.
/**
 * The top-level fields of an object that break the contract (missing when required, or
 * invalid), for a form that marks every bad field at once. An empty list means it conforms.
 */
export function failingFields(schema: JsonSchema, value: Record<string, unknown>): string[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([key, property]) => (key in value && value[key] !== undefined ? conforms(property, value[key], schema) !== null : required.has(key)))
    .map(([key]) => key);
}
