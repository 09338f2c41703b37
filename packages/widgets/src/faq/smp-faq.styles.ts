import { css } from 'lit';

export const faqStyles = css`
  :host {
    display: block;
    font-family: var(--smp-font-family, inherit);
    color: var(--smp-color-text, inherit);
    --_border: var(--smp-color-border, #d7d7d7);
    --_accent: var(--smp-color-accent, #0f5f6b);
    --_radius: var(--smp-radius, 6px);
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
  .item {
    border-bottom: 1px solid var(--_border);
  }
  button {
    display: flex;
    width: 100%;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 1rem 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  button:focus-visible {
    outline: var(--smp-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }
  .icon {
    flex: none;
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    transition: transform 0.2s ease;
  }
  [aria-expanded='true'] .icon {
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
  .status {
    color: var(--smp-color-muted, #555);
  }
  .placeholder {
    height: 1.25rem;
    margin: 1.1rem 0;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.5;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
  }
`;
