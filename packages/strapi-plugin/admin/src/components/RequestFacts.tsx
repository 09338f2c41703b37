import { Box, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { BookingRequestRecord } from '../api-types';
import { useTranslate } from '../hooks/use-translate';

/** Everything the visitor sent, read-only. */
export function RequestFacts({ request }: { request: BookingRequestRecord }) {
  const t = useTranslate();
  const { formatDate } = useIntl();
  const dateTime = (value: string | null) => (value ? formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }) : null);
  const day = (value: string | null) => (value ? formatDate(`${value}T12:00:00`, { dateStyle: 'full' }) : null);
  const times: Record<string, string> = {
    morning: t('request.time.morning', 'Morning'),
    afternoon: t('request.time.afternoon', 'Afternoon'),
    evening: t('request.time.evening', 'Evening'),
  };
  const utm = request.utm && Object.keys(request.utm).length ? Object.entries(request.utm).map(([key, value]) => `${key}=${value}`).join(', ') : null;

  const facts: Array<{ key: string; label: string; value: React.ReactNode; wide?: boolean }> = [
    { key: 'name', label: t('request.name', 'Name'), value: request.name },
    { key: 'email', label: t('request.email', 'Email'), value: <a href={`mailto:${request.email}`}>{request.email}</a> },
    { key: 'phone', label: t('request.phone', 'Phone'), value: request.phone ? <a href={`tel:${request.phone.replace(/[^\d+]/g, '')}`}>{request.phone}</a> : null },
    { key: 'service', label: t('request.service', 'Service'), value: request.serviceName ?? request.service },
    {
      key: 'appointment',
      label: t('request.appointment', 'Booked consultation'),
      value: request.appointment ? `${formatDate(request.appointment.start, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })} · ${request.appointment.location}` : null,
      wide: true,
    },
    { key: 'preferredDate', label: t('request.preferredDate', 'Preferred date'), value: day(request.preferredDate) },
    { key: 'preferredTime', label: t('request.preferredTime', 'Preferred time'), value: request.preferredTime ? (times[request.preferredTime] ?? request.preferredTime) : null },
    { key: 'message', label: t('request.message', 'Message'), value: request.message, wide: true },
    { key: 'received', label: t('request.received', 'Received'), value: dateTime(request.createdAt) },
    { key: 'consentAt', label: t('request.consentAt', 'Consent given'), value: dateTime(request.consentAt) },
    { key: 'locale', label: t('request.locale', 'Language'), value: request.locale },
    { key: 'pageUrl', label: t('request.pageUrl', 'Sent from page'), value: request.pageUrl, wide: true },
    { key: 'utm', label: t('request.utm', 'Campaign (UTM)'), value: utm, wide: true },
  ];

  return (
    <Grid.Root gap={5} tag="dl">
      {facts.filter((fact) => fact.key !== 'appointment' || fact.value).map((fact) => (
        <Grid.Item key={fact.key} col={fact.wide ? 12 : 6} s={12} direction="column" alignItems="stretch">
          <Typography tag="dt" variant="sigma" textColor="neutral600">
            {fact.label}
          </Typography>
          <Box tag="dd" marginTop={1} marginLeft={0}>
            <Typography textColor={fact.value ? 'neutral800' : 'neutral500'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {fact.value ?? t('request.empty', 'Not given')}
            </Typography>
          </Box>
        </Grid.Item>
      ))}
    </Grid.Root>
  );
}
