import * as z from 'zod/mini';

export const errorDetailSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

/** Strapi's error envelope: every 4xx/5xx of the public API has this shape. */
export const apiErrorResponseSchema = z.object({
  data: z.null(),
  error: z.object({
    status: z.int(),
    name: z.string(),
    message: z.string(),
    details: z.optional(z.object({ errors: z.optional(z.array(errorDetailSchema)) })),
  }),
});

export type ErrorDetail = z.infer<typeof errorDetailSchema>;
export type ApiErrorResponse = z.infer<typeof apiErrorResponseSchema>;

/** One `{ path, message }` per problem, so a client can point at the field. */
export function describeIssues(error: z.core.$ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
}

/** A single sentence naming every bad field, for the envelope's `message`. */
export function summarizeIssues(details: ErrorDetail[]): string {
  return details
    .map(({ path, message }) => (path.length ? `${path.join('.')}: ${message}` : message))
    .join(' ');
}
