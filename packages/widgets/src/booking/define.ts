import { SmpBookingButton } from './smp-booking-button.js';

// An embed may load twice (two script tags, or the all-in-one next to a single file).
if (!customElements.get('smp-booking-button')) customElements.define('smp-booking-button', SmpBookingButton);

declare global {
  interface HTMLElementTagNameMap {
    'smp-booking-button': SmpBookingButton;
  }
}

export { SmpBookingButton };
