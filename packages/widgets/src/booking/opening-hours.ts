import type { OpeningHours } from '@smp-kit/schema';
import { WEEKDAYS } from '@smp-kit/schema/widget-contracts';

/** Short weekday names in the page's language, from the browser (no strings to translate). */
function weekdayNames(locale: string | undefined): string[] {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  } catch {
    format = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' });
  }
  // 1 January 2024 was a Monday.
  return WEEKDAYS.map((_, index) => format.format(new Date(Date.UTC(2024, 0, 1 + index))));
}

/** "Tue–Fri 10:00–18:00": consecutive days become a range, others a list. */
export function formatOpeningHours(lines: OpeningHours[], locale: string | undefined): string[] {
  const names = weekdayNames(locale);
  return lines.map(({ days, opens, closes }) => {
    const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b);
    const consecutive = indexes.length > 2 && indexes.every((day, position) => position === 0 || day === indexes[position - 1]! + 1);
    const dayText = consecutive ? `${names[indexes[0]!]}–${names[indexes.at(-1)!]}` : indexes.map((day) => names[day]).join(', ');
    return `${dayText} ${opens}–${closes}`;
  });
}
