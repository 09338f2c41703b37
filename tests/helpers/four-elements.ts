// The four SMP Kit elements on one page, fed with fixture data, for the widget tests of whole
// pages (Trusted Types, the all-in-one embed). Their files must already be loaded.
import { expect } from '@esm-bundle/chai';
import type { SmpBeforeAfter, SmpBookingButton, SmpFaq, SmpTransformations } from '@smp-kit/widgets';
import { bookingSettingsFixtures } from '../fixtures/booking-fixtures.ts';
import { faqResponseEn } from '../fixtures/faq-fixtures.ts';
import { transformationResponse } from '../fixtures/transformation-fixtures.ts';

/** Appends the four (the FAQ with these boolean attributes), waits for them and checks each shows its content. */
export async function appendFourElements(faqAttributes: string[] = []): Promise<{ faq: SmpFaq; slider: SmpBeforeAfter; gallery: SmpTransformations; booking: SmpBookingButton }> {
  const faq = Object.assign(document.createElement('smp-faq') as SmpFaq, { data: faqResponseEn });
  for (const attribute of faqAttributes) faq.setAttribute(attribute, '');
  const slider = Object.assign(document.createElement('smp-before-after') as SmpBeforeAfter, { data: transformationResponse(location.origin).data[0] });
  const gallery = Object.assign(document.createElement('smp-transformations') as SmpTransformations, { data: transformationResponse(location.origin) });
  const booking = Object.assign(document.createElement('smp-booking-button') as SmpBookingButton, { settings: bookingSettingsFixtures.form.data });
  document.body.append(faq, slider, gallery, booking);
  await Promise.all([faq, slider, gallery, booking].map((element) => element.updateComplete));

  expect(faq.shadowRoot!.querySelectorAll('button[part~="question"]')).to.have.length(faqResponseEn.data.length);
  expect(slider.shadowRoot!.querySelector('[role="slider"]')).to.exist;
  // Each card shows a placeholder until it nears the viewport, then its slider.
  expect(gallery.shadowRoot!.querySelectorAll('.slot-placeholder, smp-before-after').length).to.equal(transformationResponse(location.origin).data.length);
  return { faq, slider, gallery, booking };
}
