import { BOOKING_REQUEST_STATUSES, type BookingRequestStatus } from '@smp-kit/schema';

export { BOOKING_REQUEST_STATUSES };

/** The inbox's filters as they live in the page URL (so a filtered view can be reloaded or shared). */
export interface InboxQuery {
  page?: string;
  pageSize?: string;
  status?: string;
  from?: string;
  to?: string;
  q?: string;
}

export const DEFAULT_PAGE_SIZE = '20';

export function statusesOf(query: InboxQuery): BookingRequestStatus[] {
  return (query.status ?? '').split(',').filter((status): status is BookingRequestStatus => (BOOKING_REQUEST_STATUSES as readonly string[]).includes(status));
}

/** The admin API's filter parameters (shared by the list and the CSV export). */
export function filterParams(query: InboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  const statuses = statusesOf(query);
  if (statuses.length) params.set('status', statuses.join(','));
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.q?.trim()) params.set('q', query.q.trim());
  return params;
}

export function listParams(query: InboxQuery): URLSearchParams {
  const params = filterParams(query);
  params.set('page', query.page || '1');
  params.set('pageSize', query.pageSize || DEFAULT_PAGE_SIZE);
  params.set('sort', 'createdAt:desc');
  return params;
}

/** `YYYY-MM-DD` of a picked day, in the editor's own time zone. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function dayFromIso(value: string | undefined): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}
