import { errors } from '@strapi/utils';
import { describeIssues, summarizeIssues } from '@smp-kit/schema';
import * as z from 'zod/mini';

// zod/mini ships without messages ("Invalid input"); the API answers people, so load English.
z.config(z.locales.en());

/**
 * Parses public input with a shared schema. Bad input becomes Strapi's 400
 * envelope whose `details.errors` names every bad field.
 */
export function parseOrThrow<Schema extends z.ZodMiniType>(schema: Schema, input: unknown, what: string): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = describeIssues(result.error);
  throw new errors.ValidationError(`Invalid ${what}. ${summarizeIssues(details)}`, { errors: details });
}

/** A 400 for one bad field, shaped like a schema failure. */
export function invalidField(path: string, message: string): never {
  throw new errors.ValidationError(`${path}: ${message}`, { errors: [{ path: [path], message }] });
}
