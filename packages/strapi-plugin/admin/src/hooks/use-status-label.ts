import type { BookingRequestStatus } from '@smp-kit/schema';
import { useTranslate } from './use-translate';

export function useStatusLabel() {
  const t = useTranslate();
  const labels: Record<BookingRequestStatus, string> = {
    new: t('status.new', 'New'),
    contacted: t('status.contacted', 'Contacted'),
    booked: t('status.booked', 'Booked'),
    closed: t('status.closed', 'Closed'),
  };
  return (status: BookingRequestStatus) => labels[status] ?? status;
}
