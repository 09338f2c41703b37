import assert from 'node:assert/strict';

/**
 * Through the admin REST API, as a super admin would in Settings: a role holding exactly
 * `actions`, and an invited user of that role who has registered with `password`.
 * Resolves to the new user's email.
 */
export async function createEditorWithActions(baseUrl: string, superAdminToken: string, { name, actions, password }: { name: string; actions: string[]; password: string }): Promise<string> {
  const call = async (method: string, path: string, body: unknown, token: string | null = superAdminToken) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as { data: Record<string, unknown> };
  };
  const role = await call('POST', '/admin/roles', { name, description: `Test role: ${actions.join(', ') || 'no actions'}` });
  const roleId = role.data.id;
  await call('PUT', `/admin/roles/${roleId}/permissions`, { permissions: actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })) });
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@clinic.example`;
  const user = await call('POST', '/admin/users', { firstname: name, lastname: 'Tester', email, roles: [roleId] });
  await call('POST', '/admin/register', { registrationToken: user.data.registrationToken, userInfo: { firstname: name, lastname: 'Tester', password } }, null);
  return email;
}
