import { css } from 'lit';
import { visuallyHidden } from '../internal/shared-styles.js';

export const faqStyles = css`
  ${visuallyHidden}
  /* light-dark() picks a colour by color-scheme: light by default, dark or the visitor's choice by theme. */
  :host {
    --_muted: var(--smp-color-muted, light-dark(#555, #b8c0c4));
    --_border: var(--smp-color-border, light-dark(#d7d7d7, #4a5256));
    --_accent: var(--smp-color-accent, light-dark(#0f5f6b, #7cc7d1));
    --_radius: var(--smp-radius, 6px);
    color-scheme: light;
    display: block;
    font-family: var(--smp-font-family, inherit);
    /* Without --smp-color-text this is invalid, so the page's colour is inherited. */
    color: var(--smp-color-text);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    color: var(--smp-color-text, #f1f3f4);
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color: var(--smp-color-text, #f1f3f4);
    }
  }
  :host([hidden]) {
    display: none;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font: inherit;
  }
  [part='group-heading'] {
    margin: 1.5rem 0 0.25rem;
    font-size: 1.15em;
    font-weight: 700;
  }
  /* Long lists: entries off screen are not styled or laid out until needed. */
  .item {
    border-bottom: 1px solid var(--_border);
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5rem;
  }
  button {
    border-radius: var(--_radius);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--smp-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }
  [part='question'] {
    display: flex;
    width: 100%;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 1rem 0.25rem;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
  }
  svg {
    flex: none;
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    transition: transform var(--smp-duration, 0.2s) ease;
  }
  [aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  /* Padding sits inside, so a closed (hidden="until-found") panel takes no space. */
  .answer-body {
    padding: 0 0.25rem 1rem;
    line-height: 1.55;
  }
  .answer-body > :first-child {
    margin-top: 0;
  }
  .answer-body > :last-child {
    margin-bottom: 0;
  }
  .answer a {
    color: var(--_accent);
  }
  .answer img {
    max-width: 100%;
    height: auto;
  }
  /* The search box's own rules come with its code (faq-search.styles.ts). */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin-bottom: 0.5rem;
  }
  .expand-all {
    padding: 0.55rem 0.9rem;
    border: 1px solid var(--_accent);
    background: none;
    color: var(--_accent);
  }
  [part='status'] {
    color: var(--_muted);
  }
  /* Four grey bars, about the height of four closed questions. */
  .placeholder {
    height: 14rem;
    background: repeating-linear-gradient(var(--_border) 0 1.25rem, transparent 0 3.5rem) 0 1rem / 100% no-repeat;
    opacity: 0.5;
  }
  @media (prefers-reduced-motion: reduce) {
    svg {
      transition: none;
    }
  }
`;
