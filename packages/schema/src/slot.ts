import * as z from 'zod/mini';
import { slugSchema } from './common.js';

/** `2030-03-31T09:00:00+01:00`: an instant written in the location's zone. */
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2})$/;
export const instantSchema = z.string('A time is written like 2030-03-31T09:00:00+01:00.').check(z.regex(instantPattern, 'A time is written like 2030-03-31T09:00:00+01:00.'));

/** The consultation slot a booking request takes (from `GET /api/smp-kit/availability`). */
export const requestedSlotSchema = z.object({ location: slugSchema, start: instantSchema });

export type RequestedSlot = z.infer<typeof requestedSlotSchema>;
