import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@smp-kit/widgets/smp-booking-button';
import type { SmpBookingButton } from '@smp-kit/widgets';

// Slots mode: the patient picks a free time from the clinic's availability (the stand-in CMS's
// booking-slots scenarios offer 10:00, 11:00 and 14:00 UTC, two and three days from now).

let runs = 0;
function cms(scenario: string) {
  const run = `slots-${Date.now().toString(36)}-${(runs += 1)}`;
  return {
    src: `${location.origin}/fixture-cms/booking-${scenario}/${run}`,
    async log(): Promise<{ requests: Array<{ body: Record<string, unknown> }>; availabilityRequests: Array<{ from: string; to: string; service: string | null; location: string | null }> }> {
      return (await fetch(`/fixture-cms/booking-log?run=${run}`)).json();
    },
  };
}

const shadow = (element: SmpBookingButton) => element.shadowRoot!;
const field = (element: SmpBookingButton, name: string) => shadow(element).querySelector<HTMLInputElement>(`#field-${name}`);
const days = (element: SmpBookingButton) => [...shadow(element).querySelectorAll<HTMLElement>('.days [role="gridcell"]')];
const bookableDays = (element: SmpBookingButton) => days(element).filter((day) => day.getAttribute('aria-disabled') === 'false');
const times = (element: SmpBookingButton) => [...shadow(element).querySelectorAll<HTMLElement>('.times [role="gridcell"]')];
const focused = (element: SmpBookingButton) => shadow(element).activeElement as HTMLElement | null;
const inDays = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const fullDate = (start: string) => new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' }).format(Date.parse(start));

async function openPicker(element: SmpBookingButton): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('button[part~="button"]')!.textContent!.includes('Book your consultation'), 'no settings');
  shadow(element).querySelector<HTMLButtonElement>('button[part~="button"]')!.click();
  await waitUntil(() => field(element, 'name'), 'the form did not open');
}

function fillPatient(element: SmpBookingButton): void {
  for (const [name, value] of Object.entries({ name: 'Jane Patient', email: 'jane@example.com' })) {
    const control = field(element, name)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  const consent = field(element, 'consent')!;
  consent.checked = true;
  consent.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const submit = async (element: SmpBookingButton) => {
  shadow(element).querySelector<HTMLButtonElement>('button[part~="submit"]')!.click();
  await element.updateComplete;
};

describe('<smp-booking-button> in slots mode', () => {
  afterEach(() => {
    for (const open of document.querySelectorAll('smp-booking-button')) (open as SmpBookingButton).close();
  });

  it('shows the next weeks as a grid of days, the free ones labelled with the full date and how many times are free', async () => {
    const { src, log } = cms('slots');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src} location="london"></smp-booking-button>`);
    await openPicker(element);
    await waitUntil(() => bookableDays(element).length === 2, 'the free days never showed');
    const grid = shadow(element).querySelector('.days[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Days with free times');
    expect(grid.querySelectorAll('[role="columnheader"]')).to.have.length(7);
    expect(bookableDays(element).map((day) => day.dataset.day)).to.deep.equal([inDays(2), inDays(3)]);
    expect(bookableDays(element)[0]!.getAttribute('aria-label')).to.equal(`${new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' }).format(Date.parse(`${inDays(2)}T12:00:00Z`))}, 3 free times`);
    expect(days(element).filter((day) => day.tabIndex === 0).map((day) => day.dataset.day), 'one day in the tab order (roving tabindex)').to.deep.equal([inDays(2)]);
    expect(shadow(element).querySelector('#field-preferredDate'), 'no preferred date in slots mode').to.equal(null);
    const [asked] = (await log()).availabilityRequests;
    expect(asked!.location).to.equal('london');
    expect(asked!.from <= inDays(0) && asked!.to >= inDays(27)).to.equal(true, 'four weeks from today');
    await expect(element).to.be.accessible();
  });

  it('moves through days and times with the arrow keys, chooses with Enter, and books the chosen time', async () => {
    const { src, log } = cms('slots');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`);
    await openPicker(element);
    fillPatient(element);
    await waitUntil(() => bookableDays(element).length === 2);
    bookableDays(element)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focused(element)?.dataset.day === inDays(3), 'ArrowRight did not move to the next day');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => times(element).length === 3, 'the day’s times did not show');
    expect(shadow(element).querySelector('.days [aria-selected="true"]')!.getAttribute('data-day')).to.equal(inDays(3));
    const starts = ['10:00', '11:00', '14:00'].map((time) => `${inDays(3)}T${time}:00Z`);
    expect(times(element).map((time) => time.getAttribute('aria-label'))).to.deep.equal(starts.map(fullDate));

    times(element)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => times(element)[1]!.getAttribute('aria-selected') === 'true', 'Enter did not choose the time');
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.contain(fullDate(starts[1]!));

    await submit(element);
    await waitUntil(async () => (await log()).requests.length === 1, 'the booking was not sent');
    expect((await log()).requests[0]!.body.slot).to.deep.equal({ location: 'london', start: starts[1] });
  });

  it('asks for a time before sending, with focus on the picker', async () => {
    const { src, log } = cms('slots');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`);
    await openPicker(element);
    fillPatient(element);
    await waitUntil(() => bookableDays(element).length === 2);
    await submit(element);
    expect(shadow(element).querySelector('#slot-error')!.textContent).to.equal('Please choose a day and one of its free times.');
    expect(focused(element)?.id).to.equal('field-slot');
    expect((await log()).requests).to.have.length(0);
  });

  it('says when another patient took the time a moment earlier, and offers what is free now', async () => {
    const { src, log } = cms('slots-taken');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`);
    await openPicker(element);
    fillPatient(element);
    await waitUntil(() => bookableDays(element).length === 2);
    bookableDays(element)[0]!.click();
    await waitUntil(() => times(element).length === 3);
    times(element)[0]!.click();
    await submit(element);
    await waitUntil(() => shadow(element).querySelector('#slot-error')?.textContent === 'This time was just booked by someone else. Please choose another.', 'the taken time was not explained');
    await waitUntil(async () => (await log()).availabilityRequests.length === 2, 'the free times were not asked again');
    await waitUntil(() => times(element).length === 2, 'the taken time is still offered');
    times(element)[0]!.click();
    await submit(element);
    await waitUntil(() => shadow(element).querySelector('.result-title')?.textContent?.includes('Thank you'), 'the second time was not booked');
  });

  it('says there is nothing free and how to call, when the weeks ahead are full', async () => {
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${cms('slots-empty').src}></smp-booking-button>`);
    await openPicker(element);
    await waitUntil(() => shadow(element).querySelector('.slots')?.textContent?.includes('There is no free consultation in the next 4 weeks.'), 'no empty state');
    expect(shadow(element).querySelector('.slots')!.textContent).to.contain('Please call us on +44 20 7946 0123.');
  });

  it('falls back to the request form (preferred date and time) when the free times cannot be loaded', async () => {
    const { src, log } = cms('slots-down');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`);
    await openPicker(element);
    await waitUntil(() => field(element, 'preferredDate'), 'no request form');
    fillPatient(element);
    await submit(element);
    await waitUntil(async () => (await log()).requests.length === 1, 'the request was not sent');
    expect((await log()).requests[0]!.body.slot).to.equal(undefined);
  });
});
