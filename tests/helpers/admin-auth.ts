import assert from 'node:assert/strict';
import type { Core } from '@strapi/strapi';
import request from 'supertest';

// Meets Strapi's admin password rules (8+ characters, upper and lower case, a digit).
const PASSWORD = 'Clinic-Admin-2030';
let admins = 0;

/** An admin user's session token, as the admin panel holds it after signing in. */
export interface AdminSession {
  email: string;
  token: string;
}

/** Signs in through `POST /admin/login`, as the admin panel does, and returns the access token. */
export async function logIn(baseUrl: string, email: string, password = PASSWORD): Promise<string> {
  const response = await request(baseUrl).post('/admin/login').send({ email, password }).expect(200);
  const token = response.body?.data?.token;
  assert.equal(typeof token, 'string', 'the login answers a token');
  return token;
}

async function createAdmin(strapi: Core.Strapi, baseUrl: string, roleId: number | string, label: string): Promise<AdminSession> {
  const email = `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${(admins += 1)}@clinic.example`;
  await strapi.service('admin::user').create({ email, firstname: label, lastname: 'Tester', password: PASSWORD, isActive: true, registrationToken: null, roles: [roleId] });
  return { email, token: await logIn(baseUrl, email) };
}

/** The first administrator of a fresh database (the Super Admin role holds every action). */
export async function signInSuperAdmin(strapi: Core.Strapi, baseUrl: string): Promise<AdminSession> {
  const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
  return createAdmin(strapi, baseUrl, superAdminRole.id, 'Super Admin');
}

/** An admin whose only role grants exactly `actions` (none: signed in, allowed nothing). */
export async function signInWithActions(strapi: Core.Strapi, baseUrl: string, name: string, actions: string[]): Promise<AdminSession> {
  const role = await strapi.service('admin::role').create({ name: `${name} ${(admins += 1)}`, description: `Test role: ${actions.join(', ') || 'no actions'}` });
  await strapi.service('admin::role').assignPermissions(role.id, actions.map((action) => ({ action })));
  return createAdmin(strapi, baseUrl, role.id, name);
}

/** `Authorization: Bearer <token>` for supertest's `.set()`. */
export const bearer = (session: AdminSession) => ['Authorization', `Bearer ${session.token}`] as const;
