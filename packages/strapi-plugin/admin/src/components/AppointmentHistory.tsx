import type { ReactNode } from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AdminAppointment, AppointmentEvent } from '@smp-kit/schema';
import { useTranslate } from '../hooks/use-translate';

/** The booked consultation: where and when, whether it still stands, and what happened to it. */
export function AppointmentHistory({ appointment, action }: { appointment: AdminAppointment; action?: ReactNode }) {
  const t = useTranslate();
  const { formatDate } = useIntl();
  // Not dateStyle: Intl refuses it together with timeZoneName, and the zone matters here.
  const when = (value: string) => formatDate(value, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  const who = (by: AppointmentEvent['by']) => (by === 'clinic' ? t('appointment.by.clinic', 'the clinic') : t('appointment.by.patient', 'the patient'));
  const describe = (step: AppointmentEvent) => {
    if (step.event === 'moved') return t('appointment.moved', 'Moved by {who} from {from} to {to}', { who: who(step.by), from: when(step.from ?? step.start), to: when(step.start) });
    if (step.event === 'cancelled') return t('appointment.cancelled', 'Cancelled by {who}; the time is free again', { who: who(step.by) });
    return t('appointment.booked', 'Booked by {who} for {to}', { who: who(step.by), to: when(step.start) });
  };
  const cancelled = appointment.status === 'cancelled';

  return (
    <Box tag="section" aria-labelledby="smp-kit-appointment-heading">
      <Flex gap={2} alignItems="center">
        <Typography id="smp-kit-appointment-heading" variant="delta" tag="h3">
          {t('appointment.heading', 'Consultation')}
        </Typography>
        <Badge variant={cancelled ? 'neutral' : 'success'}>{cancelled ? t('appointment.status.cancelled', 'Cancelled') : t('appointment.status.booked', 'Booked')}</Badge>
        {action && <Box marginLeft="auto">{action}</Box>}
      </Flex>
      <Typography tag="p" textColor="neutral700">
        {when(appointment.start)} · {appointment.location}
      </Typography>
      <Typography variant="sigma" tag="h4" textColor="neutral600" style={{ marginTop: 12 }}>
        {t('appointment.history', 'History')}
      </Typography>
      <Box tag="ol" marginTop={1} paddingLeft={5} aria-label={t('appointment.history', 'History')}>
        {appointment.history.map((step) => (
          <Box tag="li" key={`${step.event}-${step.at}`} marginTop={1}>
            <Typography>
              <time dateTime={step.at}>{when(step.at)}</time>: {describe(step)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
