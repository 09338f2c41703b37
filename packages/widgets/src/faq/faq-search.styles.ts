import { css } from 'lit';

/** The search box's rules, apart from smp-faq.styles.ts so only the opt-in chunk (faq-extras.ts) carries them. */
export const faqSearchStyles = css`
  .search {
    display: grid;
    flex: 1 1 16rem;
    gap: 0.25rem;
    font-size: 0.9em;
    color: var(--_muted);
  }
  input {
    padding: 0.55rem 0.7rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--smp-color-surface, light-dark(#fff, #1f2426));
    color: inherit;
    font: inherit;
    font-size: 1rem;
  }
`;
