/** Detail of `smp-toggle`: an FAQ entry was opened or closed by the user. */
export interface SmpToggleDetail {
  slug: string;
  open: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'smp-toggle': CustomEvent<SmpToggleDetail>;
  }
}

/** Our events bubble out of shadow roots so a page can listen on `document`. */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
