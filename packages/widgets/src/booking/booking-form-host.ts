import type { CSSResultOrNative, ReactiveControllerHost, TemplateResult } from 'lit';
import type { BookingSettings, Utm } from '@smp-kit/schema';
import type { ResourceState } from '../internal/cms-resource.js';
import type { BookingDialogStrings } from './booking-dialog-strings.js';
import type { BookingStrings } from './booking-strings.js';
import type { BookingPrefill } from './page-context.js';

// Where <smp-booking-button>, its dialog and its form meet. The dialog and the form load on
// demand; each file imports only this one from the others, so there is no import cycle and
// each part is bundled apart. Only public names cross: the files are minified apart. What the
// button's file has and the others need (the page context, the phone link) comes through these
// hosts rather than an import, so the chunks never import an element file (widgets.js carries
// its own copy of the button).

/** What the dialog and the form read from the element. */
export interface BookingElement extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  src: string | undefined;
  service: string | undefined;
  prefill: BookingPrefill | undefined;
}

/** The element's half of the dialog: what the dialog needs from it. */
export interface BookingDialogHost {
  element: BookingElement;
  /** The element's own styles, which the dialog's and the form's join in its shadow root. */
  styles: CSSResultOrNative[];
  /** The booking settings as far as they have loaded. */
  settings(): { value: BookingSettings | undefined; state: ResourceState };
  locale(): string | undefined;
  text(): BookingStrings;
  track(type: string, detail: object): void;
  /** The other ways to reach the clinic, for when the form cannot load. */
  renderReachClinic(settings: BookingSettings): TemplateResult;
  /** The clinic's phone number as a tel: link (a plain function, passed on as it is). */
  phoneLink: (phone: string) => TemplateResult | string;
  /** The page address and UTM parameters, now. */
  pageContext(): { pageUrl: string; utm: Utm | undefined };
  /** The booking provider's page with the page's UTM parameters and the patient's prefill. */
  providerUrl(url: string, utm: Utm | undefined): string;
  /** The dialog closed: focus goes back to the button. */
  closed(): void;
}

/** What the element asks of the dialog. */
export interface BookingDialogView {
  readonly isOpen: boolean;
  open(): Promise<void>;
  close(): void;
  /** Starts loading what the dialog will show (the form), as a click is probably next. */
  prepare(): void;
  render(): TemplateResult;
}

export interface BookingDialogModule {
  BookingDialog: new (host: BookingDialogHost) => BookingDialogView;
}

/** All the text of the dialog's frame: the element's and the dialog's own. */
export type BookingDialogText = BookingStrings & BookingDialogStrings;

/** What the form needs from the dialog it is shown in. */
export interface BookingFormHost {
  element: BookingElement;
  /** The styles already adopted (element and dialog), which the form's join. */
  styles: CSSResultOrNative[];
  locale(): string | undefined;
  /** The page address and UTM parameters, captured when the dialog opened. */
  context(): { pageUrl: string; utm: Utm | undefined };
  /** The clinic's phone number as a tel: link (a plain function, passed on as it is). */
  phoneLink: (phone: string) => TemplateResult | string;
  /** Focuses `selector` in the open dialog, else its first sensible control. */
  focus(selector?: string): void;
  track(type: string, detail: object): void;
  close(): void;
  isOpen(): boolean;
}

/** What the dialog asks of the form. */
export interface BookingFormView {
  /** What the dialog's live region says. */
  readonly announcement: string;
  opened(): void;
  closed(): void;
  render(text: BookingDialogText, settings: BookingSettings): TemplateResult;
}

export interface BookingFormModule {
  BookingForm: new (host: BookingFormHost) => BookingFormView;
}
