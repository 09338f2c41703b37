import { useAuth } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';

type Allowed = Record<keyof typeof PERMISSIONS, boolean>;

/**
 * Which SMP Kit actions the signed-in admin's roles hold. Read from the live permissions
 * (useRBAC checks once on mount, which after a reload can be before they have loaded).
 */
export function usePluginPermissions(): Allowed & { isLoading: boolean } {
  const permissions = useAuth('usePluginPermissions', (state) => state.permissions);
  const isLoading = useAuth('usePluginPermissions', (state) => state.isLoading);
  const held = new Set((permissions ?? []).map((permission) => permission.action));
  const allowed = Object.fromEntries(
    Object.entries(PERMISSIONS).map(([name, required]) => [name, required.some(({ action }) => held.has(action))]),
  ) as Allowed;
  return { ...allowed, isLoading };
}
