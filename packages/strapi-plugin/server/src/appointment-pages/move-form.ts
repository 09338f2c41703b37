import { DateTime } from 'luxon';
import type { FreeSlot } from '@smp-kit/schema';
import type { PageLanguage, PageText } from './page-text';
import { escapeHtml } from '../http/escape-html';
import { paragraph, signedLinkFields } from './render-page';

interface MoveFormInput {
  lang: PageLanguage;
  text: PageText;
  timeZone: string;
  slots: FreeSlot[];
  /** The signed link's fields, sent back with the choice. */
  link: { expires: number; signature: string };
  weeks: number;
}

/**
 * The free times as radio buttons grouped by day (a fieldset per day, its legend the full date),
 * so it works with a keyboard and a screen reader and without any script.
 */
export function moveForm({ lang, text, timeZone, slots, link, weeks }: MoveFormInput): string {
  if (!slots.length) return paragraph(text.noTimes(weeks));
  const days = new Map<string, FreeSlot[]>();
  for (const slot of slots) {
    const day = DateTime.fromISO(slot.start, { zone: timeZone }).toISODate()!;
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  const fieldsets = [...days].map(([day, daySlots]) => {
    const legend = DateTime.fromISO(day, { zone: timeZone }).setLocale(lang).toFormat(text.dayFormat);
    const options = daySlots.map((slot) => {
      const time = DateTime.fromISO(slot.start, { zone: timeZone }).setLocale(lang).toFormat('HH:mm');
      return `<label><input type="radio" name="start" value="${escapeHtml(slot.start)}" required> ${escapeHtml(time)}</label>`;
    });
    return `<fieldset><legend>${escapeHtml(legend)}</legend>${options.join('')}</fieldset>`;
  });
  return (
    paragraph(text.moveHint(timeZone)) +
    `<form method="post">${signedLinkFields(link)}` +
    `${fieldsets.join('')}<button type="submit">${escapeHtml(text.moveButton)}</button></form>`
  );
}
