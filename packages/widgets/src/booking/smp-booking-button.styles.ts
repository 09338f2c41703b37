import { css } from 'lit';
import { visuallyHidden } from '../internal/shared-styles.js';

// The button and its custom properties; the dialog's and the form's styles load with them.
export const bookingButtonStyles = css`
  ${visuallyHidden}
  /* light-dark() picks a colour by color-scheme: light by default, dark or the visitor's choice by theme. */
  :host {
    display: inline-block;
    font-family: var(--smp-font-family, inherit);
    color-scheme: light;
    --_text: var(--smp-color-text, light-dark(#1d2326, #f1f3f4));
    --_muted: var(--smp-color-muted, light-dark(#555, #b8c0c4));
    --_border: var(--smp-color-border, light-dark(#8a9296, #6b7478));
    --_accent: var(--smp-color-accent, light-dark(#0f5f6b, #7cc7d1));
    --_on-accent: var(--smp-color-on-accent, light-dark(#fff, #0b1d20));
    --_surface: var(--smp-color-surface, light-dark(#fff, #1f2426));
    --_radius: var(--smp-radius, 6px);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  /* Fixed in the corner, clear of notches and home indicators. */
  :host([floating]) {
    position: fixed;
    z-index: var(--smp-floating-z-index, 1000);
    inset-block-end: calc(var(--smp-floating-offset, 1rem) + env(safe-area-inset-bottom, 0px));
    inset-inline-end: calc(var(--smp-floating-offset, 1rem) + env(safe-area-inset-right, 0px));
  }
  :host([floating]:dir(rtl)) {
    inset-inline-end: calc(var(--smp-floating-offset, 1rem) + env(safe-area-inset-left, 0px));
  }
  :host([floating]) .trigger {
    border-radius: 999px;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  }
  button,
  a.primary {
    font: inherit;
    cursor: pointer;
  }
  .trigger,
  .primary {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    padding: 0.625rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }
  .icon {
    width: 1.25rem;
    height: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  :host(:not([floating])) .icon {
    display: none;
  }
  :focus-visible {
    outline: var(--smp-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }
  .status {
    color: var(--_muted);
  }
  .contact a {
    color: var(--_accent);
  }
  /* Online booking unavailable before its dialog could load: the ways to reach the clinic, by the button. */
  .fallback {
    max-width: 24rem;
  }
  :host([floating]) .fallback {
    position: absolute;
    inset-block-end: calc(100% + 0.5rem);
    inset-inline-end: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  }
`;
