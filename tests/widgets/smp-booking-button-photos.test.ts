import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@smp-kit/widgets/smp-booking-button';
import type { SmpBookingButton } from '@smp-kit/widgets';
import { photoIdFor } from '../fixtures/booking-fixtures.ts';

// Scalp photos in the consultation form, for a clinic that accepts them (the stand-in CMS's
// `booking-photos` scenario): each is uploaded when chosen, and the request names them.

let runs = 0;
function cms(scenario: string) {
  const run = `photos-${Date.now().toString(36)}-${(runs += 1)}`;
  return {
    src: `${location.origin}/fixture-cms/booking-${scenario}/${run}`,
    async log(): Promise<{ requests: Array<{ body: Record<string, unknown> }>; photos: Array<{ name: string; size: number; type: string }> }> {
      return (await fetch(`/fixture-cms/booking-log?run=${run}`)).json();
    },
  };
}

const shadow = (element: SmpBookingButton) => element.shadowRoot!;
const field = (element: SmpBookingButton, name: string) => shadow(element).querySelector<HTMLInputElement>(`#field-${name}`);
const photoRows = (element: SmpBookingButton) => [...shadow(element).querySelectorAll('[part~="photos"] li')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
const liveRegion = (element: SmpBookingButton) => shadow(element).querySelector('[role="status"]')!;

async function openForm(element: SmpBookingButton, { photos = true } = {}): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('button[part~="button"]')!.textContent!.includes('Book your consultation'), 'no settings');
  shadow(element).querySelector<HTMLButtonElement>('button[part~="button"]')!.click();
  await waitUntil(() => field(element, 'name') && (!photos || field(element, 'photos')), 'the form (with its photo field) did not open');
  await element.updateComplete;
}

const photo = (name: string, bytes = 2048, type = 'image/jpeg') => new File([new Uint8Array(bytes)], name, { type });

/** Chooses files in the photo field, as the file picker would. */
function choose(element: SmpBookingButton, files: File[]): void {
  const input = field(element, 'photos')!;
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
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

describe('<smp-booking-button> scalp photos', () => {
  afterEach(() => {
    for (const open of document.querySelectorAll('smp-booking-button')) (open as SmpBookingButton).close();
  });

  it('offers an optional, described photo field only when the clinic accepts photos', async () => {
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${cms('photos').src}></smp-booking-button>`);
    await openForm(element);
    const input = field(element, 'photos')!;
    expect(input.type).to.equal('file');
    expect(input.multiple).to.equal(true);
    expect(input.accept).to.contain('image/heic');
    expect(shadow(element).querySelector('label[for="field-photos"]')!.textContent).to.equal('Photos of your scalp (optional)');
    expect(shadow(element).querySelector(`#${input.getAttribute('aria-describedby')}`)!.textContent).to.contain('Up to 3 photos, 10 MB each');
    await expect(element).to.be.accessible();

    expect(shadow(element).querySelector('label[for="field-name"]')!.textContent, 'a space before every marker (minifying once swallowed it)').to.equal('Your name\u00a0(required)');

    const without = await fixture<SmpBookingButton>(html`<smp-booking-button src=${cms('form').src}></smp-booking-button>`);
    await openForm(without, { photos: false });
    expect(field(without, 'photos'), 'no photo field for a clinic that does not accept them').to.equal(null);
  });

  it('uploads each chosen photo, announces it, and sends the request naming them', async () => {
    const { src, log } = cms('photos');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`);
    await openForm(element);
    choose(element, [photo('crown.jpg'), photo('IMG_0042.HEIC', 4096, 'image/heic')]);
    await waitUntil(() => photoRows(element).filter((row) => row.includes('Attached')).length === 2, 'the photos were not attached');
    expect(photoRows(element)).to.deep.equal(['crown.jpg Attached Remove', 'IMG_0042.HEIC Attached Remove']);
    expect(liveRegion(element).textContent).to.contain('attached.');
    expect((await log()).photos).to.deep.equal([
      { name: 'crown.jpg', size: 2048, type: 'image/jpeg' },
      { name: 'IMG_0042.HEIC', size: 4096, type: 'image/heic' },
    ]);

    fillPatient(element);
    await submit(element);
    await waitUntil(async () => (await log()).requests.length === 1, 'the request was not sent');
    const [request] = (await log()).requests;
    expect(request!.body.photos).to.deep.equal([photoIdFor('crown.jpg'), photoIdFor('IMG_0042.HEIC')]);
  });

  it('shows why the CMS refused a photo beside it, and a removed photo is not sent', async () => {
    const { src, log } = cms('photos');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`);
    await openForm(element);
    choose(element, [photo('refused.jpg'), photo('kept.jpg'), photo('removed.jpg')]);
    await waitUntil(() => photoRows(element).length === 3 && photoRows(element).every((row) => !row.includes('Uploading')), 'the uploads never finished');
    expect(photoRows(element)[0]).to.contain('"refused.jpg" is named like a .jpg file but is a PNG image');
    await expect(element).to.be.accessible();

    shadow(element).querySelector<HTMLButtonElement>('[part~="photos"] li:nth-child(3) button')!.click();
    await element.updateComplete;
    expect(photoRows(element)).to.have.length(2);
    expect(liveRegion(element).textContent).to.equal('removed.jpg removed.');
    fillPatient(element);
    await submit(element);
    await waitUntil(async () => (await log()).requests.length === 1, 'the request was not sent');
    expect((await log()).requests[0]!.body.photos).to.deep.equal([photoIdFor('kept.jpg')]);
  });

  it('refuses a photo over 10 MB and a fourth photo without uploading them', async () => {
    const { src, log } = cms('photos');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`);
    await openForm(element);
    choose(element, [photo('huge.jpg', 10 * 1024 * 1024 + 1)]);
    await waitUntil(() => photoRows(element).length === 1);
    expect(photoRows(element)[0]).to.contain('larger than 10 MB');
    choose(element, [photo('a.jpg'), photo('b.jpg'), photo('c.jpg'), photo('d.jpg')]);
    await waitUntil(() => photoRows(element).filter((row) => row.includes('Attached')).length === 3, 'three photos were not attached');
    expect(liveRegion(element).textContent).to.satisfy((text: string) => text.includes('attached') || text.includes('up to 3 photos'));
    expect((await log()).photos.map((sent) => sent.name)).to.deep.equal(['a.jpg', 'b.jpg', 'c.jpg']);
    expect(field(element, 'photos')!.disabled, 'the picker rests once three are attached').to.equal(true);
  });

  it('waits for photos still uploading before sending, and says so at the field', async () => {
    const { src, log } = cms('photos');
    const element = await fixture<SmpBookingButton>(html`<smp-booking-button src=${src}></smp-booking-button>`);
    await openForm(element);
    fillPatient(element);
    choose(element, [photo('slow.jpg')]);
    await submit(element);
    expect(shadow(element).querySelector('#photos-error')!.textContent).to.contain('Please wait until your photos are uploaded');
    expect(shadow(element).activeElement).to.equal(field(element, 'photos'));
    expect((await log()).requests, 'nothing sent yet').to.have.length(0);
    await waitUntil(() => photoRows(element)[0]?.includes('Attached'), 'the slow photo never arrived');
    expect(shadow(element).querySelector('#photos-error'), 'the mark goes once it arrived').to.equal(null);
    await submit(element);
    await waitUntil(async () => (await log()).requests.length === 1, 'the request was not sent');
  });
});
