// Lists the booking widget needs at run time, kept free of zod so importing them costs bytes only.

/**
 * How the booking button books: its own request form, a link to a booking page, that page embedded
 * in a dialog, or its own form with a free slot picked from the clinic's availability.
 */
export const BOOKING_MODES = ['form', 'link', 'embed', 'slots'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A patient's preferred time of day: clinics plan by part of the day, patients rarely know an exact slot. */
export const PREFERRED_TIMES = ['morning', 'afternoon', 'evening'] as const;
