import { css } from 'lit';

// The dialog's frame, adopted when the dialog loads; the custom properties (--_accent…) are the element's.
export const bookingDialogStyles = css`
  dialog {
    box-sizing: border-box;
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 1.25rem 1.5rem 1.5rem;
    border: 0;
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    color: var(--_text);
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: smp-rise 0.18s ease-out;
    }
  }
  @keyframes smp-rise {
    from {
      opacity: 0;
      transform: translateY(0.75rem);
    }
  }
  .dialog-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
    margin-block-end: 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.35rem;
  }
  .clinic {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  .close {
    flex: none;
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
  }
  .close svg {
    width: 1.5rem;
    height: 1.5rem;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .embed-fallback a {
    color: var(--_accent);
  }
  .embed {
    display: block;
    width: 100%;
    height: min(70dvh, 44rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
