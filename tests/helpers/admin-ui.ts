import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface AdminCredentials {
  email: string;
  password: string;
}

/** Signs in through the admin panel's own login form, as an editor does. */
export async function logInThroughAdminForm(page: Page, baseUrl: string, { email, password }: AdminCredentials): Promise<void> {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth'));
}

/** The admin's session token, for API calls the UI would make (read from where the panel keeps it). */
export async function adminTokenOf(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  const fromCookie = cookies.find((cookie) => cookie.name === 'jwtToken')?.value;
  const token = fromCookie ?? (await page.evaluate(() => JSON.parse(localStorage.getItem('jwtToken') ?? 'null') as string | null));
  if (!token) throw new Error('The admin panel holds no session token after signing in.');
  return decodeURIComponent(token);
}

/** Saves a full-page screenshot when SMP_KIT_SCREENSHOT_DIR is set (to look at the pages while developing). */
export async function screenshotIfAsked(page: Page, name: string): Promise<void> {
  const dir = process.env.SMP_KIT_SCREENSHOT_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
