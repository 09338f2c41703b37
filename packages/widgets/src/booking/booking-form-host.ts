import type { CSSResultOrNative, ReactiveControllerHost, TemplateResult } from 'lit';
import type { BookingSettings, Utm } from '@smp-kit/schema';
import type { BookingStrings } from './booking-strings.js';
import type { BookingPrefill } from './page-context.js';

// Where <smp-booking-button> and its lazily loaded form meet: each side imports only this file,
// never the other, so the two stay free of an import cycle and can be bundled apart.

/** What the form reads from the element. Public names only: the two files are minified apart. */
export interface BookingFormElement extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  src: string | undefined;
  service: string | undefined;
  prefill: BookingPrefill | undefined;
}

/** What the form needs from its element. */
export interface BookingFormHost {
  element: BookingFormElement;
  /** The element's own styles, which the form's styles join in its shadow root. */
  styles: CSSResultOrNative[];
  locale(): string | undefined;
  /** The page address and UTM parameters, captured when the dialog opened. */
  context(): { pageUrl: string; utm: Utm | undefined };
  /** Focuses `selector` in the open dialog, else its first sensible control. */
  focus(selector?: string): void;
  track(type: string, detail: object): void;
  close(): void;
  isOpen(): boolean;
}

/** What the element asks of the form. */
export interface BookingFormView {
  /** What the dialog's live region says. */
  readonly announcement: string;
  opened(): void;
  closed(): void;
  render(dialogText: BookingStrings, settings: BookingSettings): TemplateResult;
}

/** The form module's shape, as the element imports it on demand. */
export interface BookingFormModule {
  BookingForm: new (host: BookingFormHost) => BookingFormView;
}
