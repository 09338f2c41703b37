import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** A right-to-left page in `lang` (the element reads the direction and language from its ancestors). */
export const rightToLeft =
  (lang: string): Decorator =>
  (story) => html`<div dir="rtl" lang=${lang}>${story()}</div>`;

/** A dark page, so dark-theme text keeps its contrast (the elements have no background of their own). */
export const darkPage: Decorator = (story) => html`<div style="background: #15191b; color: #f1f3f4; padding: 1.5rem; border-radius: 8px">${story()}</div>`;
