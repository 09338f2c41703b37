import assert from 'node:assert/strict';

/** A response header that must be present. */
export function header(response: { headers: Record<string, string | undefined> }, name: string): string {
  const value = response.headers[name.toLowerCase()];
  assert.ok(value !== undefined, `expected a ${name} header`);
  return value;
}
