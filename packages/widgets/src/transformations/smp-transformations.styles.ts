import { css } from 'lit';
import { visuallyHidden } from '../internal/shared-styles.js';

export const transformationsStyles = css`
  ${visuallyHidden}
  :host {
    --_border: var(--smp-color-border, #d7d7d7);
    --_accent: var(--smp-color-accent, #0f5f6b);
    --_radius: var(--smp-radius, 6px);
    display: block;
    font-family: var(--smp-font-family, inherit);
    color: var(--smp-color-text);
  }
  :host([hidden]),
  [hidden] {
    display: none;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--smp-card-min-width, 18rem)), 1fr));
    gap: 2rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.6rem;
    font-size: 1.1em;
  }
  /* The card shows caption and sessions itself, so they stay put while the slider arrives. */
  smp-before-after::part(caption) {
    display: none;
  }
  .slot-placeholder,
  .placeholder {
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.5;
  }
  .placeholder {
    aspect-ratio: 4 / 3;
    margin-bottom: 1rem;
  }
  .caption,
  .sessions,
  .facts {
    margin: 0.6rem 0 0;
    line-height: 1.45;
  }
  .sessions,
  .facts {
    color: var(--smp-color-muted, #555);
    font-size: 0.95em;
  }
  .facts {
    padding-left: 1.1rem;
  }
`;
