import { Badge } from '@strapi/design-system';
import type { BookingRequestStatus } from '@smp-kit/schema';
import { useStatusLabel } from '../hooks/use-status-label';

const VARIANTS: Record<BookingRequestStatus, 'primary' | 'warning' | 'success' | 'neutral'> = {
  new: 'primary',
  contacted: 'warning',
  booked: 'success',
  closed: 'neutral',
};

export function StatusBadge({ status }: { status: BookingRequestStatus }) {
  const label = useStatusLabel();
  return <Badge variant={VARIANTS[status] ?? 'neutral'}>{label(status)}</Badge>;
}
