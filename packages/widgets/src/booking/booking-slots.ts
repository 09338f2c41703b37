import { css, html, nothing, type TemplateResult } from 'lit';
import type { RequestedSlot } from '@smp-kit/schema';
import { availabilityResponseJsonSchema, conforms } from '@smp-kit/schema/widget-contracts';
import { bookingSlotsStringsFor, type BookingSlotsStrings } from './booking-slots-strings.js';

// The slot picker of slots mode, a chunk of its own loaded with the form: the days of the next
// four weeks as a WAI-ARIA grid, then the chosen day's free times as a second grid. Times are
// shown, grouped and spoken in the patient's own time zone and language.

const WEEKS = 4;
const DAY_MS = 86_400_000;
const TIMES_PER_ROW = 4;

interface FreeSlot {
  start: string;
  end: string;
}

type State = { kind: 'loading' } | { kind: 'ready'; location: string; phone: string | null; slots: FreeSlot[] } | { kind: 'failed' };

export const bookingSlotsStyles = css`
  .slots {
    display: grid;
    gap: 0.6rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .slots legend {
    padding: 0;
    font-weight: 600;
  }
  [role='grid'] {
    display: grid;
    gap: 0.25rem;
  }
  [role='row'] {
    display: grid;
    grid-template-columns: repeat(7, 1fr);
    gap: 0.25rem;
  }
  .times [role='row'] {
    grid-template-columns: repeat(${TIMES_PER_ROW}, 1fr);
  }
  [role='columnheader'] {
    color: var(--_muted);
    font-size: 0.85em;
    text-align: center;
  }
  [role='gridcell'] {
    display: grid;
    place-items: center;
    min-height: 44px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [role='gridcell'][aria-disabled='true'] {
    border-color: transparent;
    color: var(--_muted);
    cursor: default;
  }
  [role='gridcell'][aria-selected='true'] {
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  [role='gridcell']:focus-visible {
    outline: var(--smp-focus-ring, 3px solid #1a73e8);
    outline-offset: 2px;
  }
`;

/** `YYYY-MM-DD` of an instant in the patient's zone. */
const dayKeyFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
const dayKey = (ms: number) => dayKeyFormat.format(ms);

/** Free times for `service`, the patient's choice, and what the form sends. */
export class SlotPicker {
  private _state: State = { kind: 'loading' };
  private _service: string | undefined = undefined;
  private _loaded = false;
  private _day?: string;
  private _chosen?: string;
  private _focusDay?: string;
  private _focusTime?: string;
  private _taken = false;

  constructor(
    private readonly _availabilityUrl: (service: string | undefined) => URL,
    private readonly _locale: () => string | undefined,
    private readonly _changed: (announcement?: string) => void,
    private readonly _focus: (selector: string) => void,
  ) {}

  private _text(): BookingSlotsStrings {
    return bookingSlotsStringsFor(this._locale());
  }

  /** Loads the free times for `service` (its length decides them); again only when it changes. */
  load(service: string, phone: string | null): void {
    const wanted = service || undefined;
    if (this._loaded && wanted === this._service) return;
    this._loaded = true;
    this._service = wanted;
    void this._fetch(phone);
  }

  private async _fetch(phone: string | null): Promise<void> {
    this._state = { kind: 'loading' };
    this._changed();
    try {
      const response = await fetch(this._availabilityUrl(this._service), { credentials: 'omit', signal: AbortSignal.timeout(10_000) });
      const body = (await response.json().catch(() => null)) as { data: { location: string; slots: FreeSlot[] } } | null;
      if (!response.ok || conforms(availabilityResponseJsonSchema, body)) throw new Error(`availability answered ${response.status}`);
      this._state = { kind: 'ready', location: body!.data.location, phone, slots: body!.data.slots };
      if (this._chosen && !this._state.slots.some((slot) => slot.start === this._chosen)) this._chosen = undefined;
      this._changed(this._state.slots.length ? undefined : this._text().empty(WEEKS));
    } catch (error) {
      console.warn('[smp-kit] <smp-booking-button> could not load the free times, offering the request form:', error);
      this._state = { kind: 'failed' };
      this._changed(this._text().failed);
    }
  }

  /** The request form takes over (preferred date and time) when the times could not load. */
  failed(): boolean {
    return this._state.kind === 'failed';
  }

  /** Whether the patient still has to choose (free times are there, none chosen). */
  needsChoice(): boolean {
    return this._state.kind === 'ready' && this._state.slots.length > 0 && !this._chosen;
  }

  selection(): RequestedSlot | undefined {
    return this._state.kind === 'ready' && this._chosen ? { location: this._state.location, start: this._chosen } : undefined;
  }

  /** Another patient took the chosen time: say so, and show what is free now. */
  taken(): void {
    this._taken = true;
    this._chosen = undefined;
    this._loaded = false;
    this.load(this._service ?? '', this._state.kind === 'ready' ? this._state.phone : null);
  }

  /** The days on the grid: from the Monday of this week, four weeks on. */
  private _days(): string[] {
    const today = new Date();
    const monday = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - ((today.getDay() + 6) % 7) * DAY_MS;
    return Array.from({ length: (WEEKS + 1) * 7 }, (_, index) => new Date(monday + index * DAY_MS).toISOString().slice(0, 10));
  }

  private _slotsOn(day: string, slots: FreeSlot[]): FreeSlot[] {
    return slots.filter((slot) => dayKey(Date.parse(slot.start)) === day);
  }

  private _chooseDay(day: string, slots: FreeSlot[]): void {
    const text = this._text();
    this._day = day;
    this._focusDay = day;
    this._focusTime = this._slotsOn(day, slots)[0]?.start;
    this._changed(`${text.times(this._longDay(day))}: ${text.freeTimes(this._slotsOn(day, slots).length)}`);
  }

  private _chooseTime(start: string): void {
    this._chosen = start;
    this._focusTime = start;
    this._taken = false;
    this._changed(this._longTime(start));
  }

  private _longDay(day: string): string {
    return new Intl.DateTimeFormat(this._locale(), { dateStyle: 'full', timeZone: 'UTC' }).format(Date.parse(`${day}T12:00:00Z`));
  }

  private _longTime(start: string): string {
    return new Intl.DateTimeFormat(this._locale(), { dateStyle: 'full', timeStyle: 'short' }).format(Date.parse(start));
  }

  /** Arrow keys, Home and End move through a grid of `columns`; Enter and Space choose (WAI-ARIA grid pattern). */
  private _onGridKey(event: KeyboardEvent, keys: string[], columns: number, current: string | undefined, move: (key: string) => void, choose: (key: string) => void): void {
    const index = Math.max(keys.indexOf(current ?? ''), 0);
    const steps: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns, Home: -(index % columns), End: columns - 1 - (index % columns) };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (current) choose(current);
      return;
    }
    if (!(event.key in steps)) return;
    event.preventDefault();
    const next = keys[Math.min(Math.max(index + steps[event.key]!, 0), keys.length - 1)];
    if (next) move(next);
  }

  private _renderDays(text: BookingSlotsStrings, slots: FreeSlot[]): TemplateResult {
    const locale = this._locale();
    const days = this._days();
    const today = dayKey(Date.now());
    const bookable = days.filter((day) => this._slotsOn(day, slots).length);
    const focusDay = this._focusDay && days.includes(this._focusDay) ? this._focusDay : (this._day ?? bookable[0] ?? today);
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const moveTo = (day: string) => {
      this._focusDay = day;
      this._changed();
      this._focus(`[data-day="${day}"]`);
    };
    const cell = (day: string) => {
      const count = day < today ? 0 : this._slotsOn(day, slots).length;
      const label = `${this._longDay(day)}, ${count ? text.freeTimes(count) : text.noTimes}`;
      return html`<div
        role="gridcell"
        data-day=${day}
        tabindex=${day === focusDay ? 0 : -1}
        aria-label=${label}
        aria-selected=${day === this._day ? 'true' : 'false'}
        aria-disabled=${count ? 'false' : 'true'}
        @click=${() => count && this._chooseDay(day, slots)}
      >
        ${Number(day.slice(8))}
      </div>`;
    };
    return html`<div role="grid" class="days" aria-label=${text.days} @keydown=${(event: KeyboardEvent) => this._onGridKey(event, days, 7, focusDay, moveTo, (day) => this._slotsOn(day, slots).length && this._chooseDay(day, slots))}>
      <div role="row">${days.slice(0, 7).map((day) => html`<div role="columnheader" aria-label=${weekdayLong.format(Date.parse(`${day}T12:00:00Z`))}>${weekday.format(Date.parse(`${day}T12:00:00Z`))}</div>`)}</div>
      ${Array.from({ length: days.length / 7 }, (_, week) => html`<div role="row">${days.slice(week * 7, week * 7 + 7).map(cell)}</div>`)}
    </div>`;
  }

  private _renderTimes(text: BookingSlotsStrings, day: string, slots: FreeSlot[]): TemplateResult {
    const times = this._slotsOn(day, slots).map((slot) => slot.start);
    const focusTime = this._focusTime && times.includes(this._focusTime) ? this._focusTime : (this._chosen ?? times[0]);
    const short = new Intl.DateTimeFormat(this._locale(), { timeStyle: 'short' });
    const moveTo = (start: string) => {
      this._focusTime = start;
      this._changed();
      this._focus(`[data-start="${start}"]`);
    };
    const rows = Array.from({ length: Math.ceil(times.length / TIMES_PER_ROW) }, (_, row) => times.slice(row * TIMES_PER_ROW, row * TIMES_PER_ROW + TIMES_PER_ROW));
    return html`<div role="grid" class="times" aria-label=${text.times(this._longDay(day))} @keydown=${(event: KeyboardEvent) => this._onGridKey(event, times, TIMES_PER_ROW, focusTime, moveTo, (start) => this._chooseTime(start))}>
      ${rows.map(
        (row) => html`<div role="row">
          ${row.map(
            (start) => html`<div role="gridcell" data-start=${start} tabindex=${start === focusTime ? 0 : -1} aria-label=${this._longTime(start)} aria-selected=${start === this._chosen ? 'true' : 'false'} @click=${() => this._chooseTime(start)}>
              ${short.format(Date.parse(start))}
            </div>`,
          )}
        </div>`,
      )}
    </div>`;
  }

  /** The field: loading, empty (call us), or the days and the chosen day's times. */
  render(error: string | undefined): TemplateResult {
    const text = this._text();
    const state = this._state;
    const message = this._taken ? text.taken : error;
    let body: TemplateResult;
    if (state.kind === 'loading') body = html`<p class="hint" role="status">${text.loading}</p>`;
    else if (state.kind === 'failed') body = html`<p class="hint">${text.failed}</p>`;
    else if (!state.slots.length) body = html`<p class="hint">${text.empty(WEEKS)} ${state.phone ? text.callUs(state.phone) : nothing}</p>`;
    else {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const days = this._days();
      const month = new Intl.DateTimeFormat(this._locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' });
      const months = [...new Set([days[0]!, days.at(-1)!].map((day) => month.format(Date.parse(`${day}T12:00:00Z`))))].join(' – ');
      body = html`<p class="hint" id="slot-hint">${months}. ${text.yourZone(zone)}</p>
        ${this._renderDays(text, state.slots)} ${this._day ? this._renderTimes(text, this._day, state.slots) : html`<p class="hint">${text.pickDay}</p>`}`;
    }
    return html`<fieldset class="slots" part="slots" id="field-slot" tabindex="-1" aria-describedby=${message ? 'slot-error' : nothing}>
      <legend>${text.legend}</legend>
      ${body} ${message ? html`<p class="error" id="slot-error" part="error">${message}</p>` : nothing}
    </fieldset>`;
  }
}
