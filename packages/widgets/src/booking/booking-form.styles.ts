import { css } from 'lit';

// The consultation form and its results, adopted by the element's shadow root when the form loads.
// The custom properties (--_accent, --_border…) are the element's, set in smp-booking-button.styles.ts.
export const bookingFormStyles = css`
  :host {
    --_error: var(--smp-color-error, light-dark(#b3261e, #ffb4ab));
  }
  .secondary {
    min-height: 44px;
    padding: 0.625rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
  }
  [aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  h3 {
    margin: 0 0 0.75rem;
    font-size: 1.2rem;
  }
  .marker {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9em;
  }
  form {
    display: grid;
    gap: 1rem;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 1rem;
  }
  .field {
    display: grid;
    gap: 0.35rem;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.65rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .consent {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.6rem;
  }
  .consent input {
    width: 1.4rem;
    min-height: 1.4rem;
    height: 1.4rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_accent);
  }
  .consent label {
    font-weight: 400;
  }
  .consent .error {
    grid-column: 1 / -1;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  input[type='file'] {
    padding: 0.5rem;
  }
  .photos {
    display: grid;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .photos li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .photo-name {
    overflow-wrap: anywhere;
    font-weight: 600;
  }
  .photo-state {
    flex: 1;
    color: var(--_muted);
  }
  .failed .photo-state {
    color: var(--_error);
  }
  .link {
    min-height: 44px;
    padding: 0 0.5rem;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  /* Out of sight and out of the accessibility tree: only bots fill it in. */
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: 1rem;
  }
  .reference {
    font-size: 1.15rem;
    font-weight: 700;
  }
  .hours-title {
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  .hours {
    margin: 0 0 1rem;
    padding-inline-start: 1.25rem;
  }
`;
