import { css } from 'lit';

// The filter's look, adopted by the gallery's shadow root with the filter's chunk.
export const resultFiltersStyles = css`
  details {
    margin-bottom: 1.25rem;
  }
  summary {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    font-weight: 600;
    cursor: pointer;
  }
  summary:focus-visible {
    outline: var(--smp-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1.5rem;
    margin-top: 0.5rem;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: 0.4rem;
    font-weight: 600;
  }
  label,
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    padding: 0 0.9rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  label:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    margin: 0;
    accent-color: var(--_accent);
  }
  label:has(:focus-visible),
  button:focus-visible {
    outline: var(--smp-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }
  .count {
    color: var(--smp-color-muted, #555);
  }
`;
