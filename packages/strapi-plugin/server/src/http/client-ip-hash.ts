import { createHash, createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config';

/**
 * The secret salt for IP hashes: `ipHashSalt` from the plugin configuration, else
 * derived from the app's secret APP_KEYS, so a fresh install is salted without a step.
 */
function ipHashSalt(strapi: Core.Strapi): string {
  const configured = pluginConfig(strapi).ipHashSalt;
  if (configured) return configured;
  const appKeys = strapi.config.get('server.app.keys') as string[] | undefined;
  if (!appKeys?.length) throw new Error('[smp-kit] Cannot hash client IPs: set APP_KEYS or the plugin\'s ipHashSalt.');
  return createHash('sha256').update(`smp-kit:client-ip:${appKeys.join(',')}`).digest('hex');
}

/**
 * A salted SHA-256 (HMAC) of the client IP: enough to rate-limit one client, useless
 * for finding out who it was. The raw IP is never stored.
 */
export function hashClientIp(strapi: Core.Strapi, ip: string): string {
  return createHmac('sha256', ipHashSalt(strapi)).update(ip).digest('hex');
}
