import { html, nothing, type TemplateResult } from 'lit';
import { bookingPhotoUploadedJsonSchema, conforms } from '@smp-kit/schema/widget-contracts';
import { bookingPhotosStringsFor, type BookingPhotosStrings } from './booking-photos-strings.js';

// Scalp photos the patient attaches to the consultation form: a chunk of its own, loaded with the
// form only when the clinic accepts photos. Each is uploaded when chosen, so a wrong file is
// explained at once and sending stays quick.

/** As in @smp-kit/schema (BOOKING_PHOTO_MAX_COUNT, BOOKING_PHOTO_MAX_BYTES); the server checks again. */
const MAX_PHOTOS = 3;
const MAX_BYTES = 10 * 1024 * 1024;
const UPLOAD_TIMEOUT_MS = 60_000;
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif';

interface Attachment {
  key: number;
  name: string;
  state: 'uploading' | 'ready' | 'failed';
  id?: string;
  message?: string;
}

/** The form's attached photos: uploads, their states and messages, and the ids a request sends. */
export class PhotoAttachments {
  private _items: Attachment[] = [];
  private _next = 0;

  constructor(
    private readonly _uploadUrl: (name: string) => URL,
    private readonly _locale: () => string | undefined,
    private readonly _changed: (announcement?: string) => void,
  ) {}

  private _text(): BookingPhotosStrings {
    return bookingPhotosStringsFor(this._locale());
  }

  /** Ids of the uploaded photos, in the order chosen. */
  ids(): string[] {
    return this._items.flatMap((item) => (item.state === 'ready' && item.id ? [item.id] : []));
  }

  uploading(): boolean {
    return this._items.some((item) => item.state === 'uploading');
  }

  clear(): void {
    this._items = [];
  }

  /** The server no longer holds them (kept for an hour): the patient attaches them again. */
  expire(): void {
    const { expired } = this._text();
    this._items = this._items.map((item) => (item.state === 'ready' ? { ...item, state: 'failed', id: undefined, message: expired } : item));
  }

  /** Uploads the chosen files, as many as there is room for. */
  add(files: FileList | null): void {
    const text = this._text();
    const room = MAX_PHOTOS - this._items.filter((item) => item.state !== 'failed').length;
    const chosen = [...(files ?? [])];
    chosen.slice(0, Math.max(room, 0)).forEach((file) => void this._upload(file));
    if (chosen.length > room) this._changed(text.tooMany(MAX_PHOTOS));
  }

  private _remove(key: number): void {
    const removed = this._items.find((item) => item.key === key);
    this._items = this._items.filter((item) => item.key !== key);
    this._changed(removed ? this._text().removed(removed.name) : undefined);
  }

  private _set(key: number, change: Partial<Attachment>, announcement?: string): void {
    this._items = this._items.map((item) => (item.key === key ? { ...item, ...change } : item));
    this._changed(announcement);
  }

  private async _upload(file: File): Promise<void> {
    const text = this._text();
    const key = (this._next += 1);
    this._items = [...this._items, { key, name: file.name, state: 'uploading' }];
    if (file.size > MAX_BYTES) return this._set(key, { state: 'failed', message: text.tooLarge }, text.tooLarge);
    this._changed(text.uploading(file.name));
    try {
      const response = await fetch(this._uploadUrl(file.name), {
        method: 'POST',
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
        body: file,
        credentials: 'omit',
        signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
      });
      const body = (await response.json().catch(() => null)) as { data?: { id: string }; error?: { message?: string } } | null;
      // The server's sentence says what was wrong with the file ("…is a PNG image but was named .jpg").
      if (!response.ok || conforms(bookingPhotoUploadedJsonSchema, body)) {
        const message = (response.status < 500 && body?.error?.message) || text.failed;
        return this._set(key, { state: 'failed', message }, `${file.name}: ${message}`);
      }
      this._set(key, { state: 'ready', id: body!.data!.id }, text.attached(file.name));
    } catch {
      this._set(key, { state: 'failed', message: text.failed }, `${file.name}: ${text.failed}`);
    }
  }

  /** The field: a file input, then each photo with its state and a remove button. */
  render(error: string | undefined): TemplateResult {
    const text = this._text();
    const full = this._items.filter((item) => item.state !== 'failed').length >= MAX_PHOTOS;
    const describedBy = ['photos-hint', ...(error ? ['photos-error'] : [])].join(' ');
    return html`<div class="field">
      <label for="field-photos">${text.label} <span class="marker">(${text.optional})</span></label>
      <p class="hint" id="photos-hint">${text.hint(MAX_PHOTOS)}</p>
      <input
        id="field-photos"
        name="photos"
        type="file"
        accept=${PHOTO_TYPES}
        multiple
        ?disabled=${full}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${describedBy}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          this.add(input.files);
          // Emptied, so the same photo can be chosen again after removing it.
          input.value = '';
        }}
      />
      ${this._items.length
        ? html`<ul class="photos" part="photos">
            ${this._items.map(
              (item) => html`<li class=${item.state}>
                <span class="photo-name">${item.name}</span>
                <span class="photo-state">${item.state === 'uploading' ? text.uploadingShort : item.state === 'ready' ? text.ready : item.message}</span>
                <button type="button" class="link" aria-label=${text.removeLabel(item.name)} @click=${() => this._remove(item.key)}>${text.remove}</button>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${error ? html`<p class="error" id="photos-error" part="error">${error}</p>` : nothing}
    </div>`;
  }
}
