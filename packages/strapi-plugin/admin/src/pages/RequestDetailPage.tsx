import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { Check, Cross, Trash } from '@strapi/icons';
import { BackButton, Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { BookingRequestStatus } from '@smp-kit/schema';
import { useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router-dom';
import type { BookingRequestRecord } from '../api-types';
import { fieldErrorsOf, messageOf, statusOf } from '../api-errors';
import { ConfirmActionButton } from '../components/ConfirmActionButton';
import { LoadFailedPage } from '../components/LoadFailedPage';
import { AppointmentHistory } from '../components/AppointmentHistory';
import { RequestFacts } from '../components/RequestFacts';
import { RequestPhotos } from '../components/RequestPhotos';
import { StatusBadge } from '../components/StatusBadge';
import { useFetchData } from '../hooks/use-fetch-data';
import { usePluginPermissions } from '../hooks/use-plugin-permissions';
import { useStatusLabel } from '../hooks/use-status-label';
import { useTranslate } from '../hooks/use-translate';
import { BOOKING_REQUEST_STATUSES } from '../requests/request-query';
import { PLUGIN_ID } from '../plugin-id';

const REQUESTS_PATH = `/plugins/${PLUGIN_ID}/requests`;

export function RequestDetailPage() {
  const t = useTranslate();
  const { documentId = '' } = useParams();
  const navigate = useNavigate();
  const { put, post, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const statusLabel = useStatusLabel();
  const { formatDate } = useIntl();
  const allowed = usePluginPermissions();
  const url = `/smp-kit/admin/booking-requests/${encodeURIComponent(documentId)}`;
  const loaded = useFetchData<{ data: BookingRequestRecord }>(url);
  const [request, setRequest] = useState<BookingRequestRecord>();
  const [status, setStatus] = useState<BookingRequestStatus>('new');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const fetched = loaded.status === 'ready' ? loaded.data.data : undefined;
  useEffect(() => {
    if (!fetched) return;
    setRequest(fetched);
    setStatus(fetched.status);
    setNote(fetched.note ?? '');
  }, [fetched]);

  const back = <BackButton fallback={REQUESTS_PATH} />;
  if (loaded.status === 'loading' || (loaded.status === 'ready' && !request)) return <Page.Loading />;
  if (loaded.status === 'error' || !request) {
    const missing = loaded.status === 'error' && statusOf(loaded.error) === 404;
    return (
      <LoadFailedPage
        navigationAction={back}
        title={t('request.title.unknown', 'Booking request')}
        message={missing ? t('request.notFound', 'This booking request does not exist (any more).') : messageOf(loaded.status === 'error' ? loaded.error : null, t('request.loadError', 'The booking request could not be loaded.'))}
        onRetry={missing ? undefined : loaded.reload}
      />
    );
  }

  const dirty = status !== request.status || note !== (request.note ?? '');
  const save = async () => {
    setSaving(true);
    setErrors({});
    try {
      const { data } = await put<{ data: BookingRequestRecord }>(url, { status, note });
      setRequest(data.data);
      toggleNotification({ type: 'success', message: t('request.saved', 'Saved') });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      toggleNotification({ type: 'danger', message: messageOf(error, t('request.saveError', 'The request could not be saved.')) });
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    try {
      await del(url);
      toggleNotification({ type: 'success', message: t('request.deleted', 'Request {reference} was deleted.', { reference: request.reference }) });
      navigate(REQUESTS_PATH);
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error, t('request.deleteError', 'The request could not be deleted.')) });
    }
  };

  const cancelAppointment = async () => {
    try {
      const { data } = await post<{ data: BookingRequestRecord }>(`${url}/cancel-appointment`);
      setRequest(data.data);
      setStatus(data.data.status);
      toggleNotification({ type: 'success', message: t('appointment.cancelled.done', 'Consultation {reference} is cancelled; its time is free again.', { reference: request.reference }) });
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error, t('appointment.cancelError', 'The consultation could not be cancelled.')) });
    }
  };
  // Only a consultation still ahead can be cancelled; one that has started is history.
  const cancellable = allowed.updateRequests && request.appointment?.status === 'booked' && Date.parse(request.appointment.start) > Date.now();

  return (
    <Page.Main>
      <Page.Title>{request.reference}</Page.Title>
      <Layouts.Header
        navigationAction={back}
        title={t('request.title', 'Request {reference}', { reference: request.reference })}
        subtitle={
          <Flex gap={3}>
            <StatusBadge status={request.status} />
            <Typography variant="epsilon" textColor="neutral600">
              {t('request.receivedAt', 'Received {date}', { date: formatDate(request.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
            </Typography>
          </Flex>
        }
        primaryAction={
          <Flex gap={2}>
            {allowed.deleteRequests && (
              <ConfirmActionButton label={t('request.delete', 'Delete')} icon={<Trash />} title={t('request.delete.title', 'Delete this request?')} onConfirm={remove}>
                {t('request.delete.body', 'Request {reference} and the personal data in it will be deleted permanently. This cannot be undone.', { reference: request.reference })}
              </ConfirmActionButton>
            )}
            {allowed.updateRequests && (
              <Button startIcon={<Check />} onClick={save} loading={saving} disabled={!dirty}>
                {t('request.save', 'Save')}
              </Button>
            )}
          </Flex>
        }
      />
      <Layouts.Content>
        <Grid.Root gap={6}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            <Box padding={6} background="neutral0" hasRadius shadow="tableShadow">
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Typography variant="delta" tag="h2">
                  {t('request.details', 'What the visitor sent')}
                </Typography>
                <RequestFacts request={request} />
                {request.appointment && (
                  <AppointmentHistory
                    appointment={request.appointment}
                    action={
                      cancellable && (
                        <ConfirmActionButton label={t('appointment.cancel', 'Cancel consultation')} icon={<Cross />} size="S" title={t('appointment.cancel.title', 'Cancel this consultation?')} onConfirm={cancelAppointment}>
                          {t(
                            'appointment.cancel.body',
                            'The time of consultation {reference} becomes free for other patients at once. The patient is emailed that the clinic cancelled it, with a calendar file that removes it. This cannot be undone.',
                            { reference: request.reference },
                          )}
                        </ConfirmActionButton>
                      )
                    }
                  />
                )}
                <RequestPhotos requestUrl={url} photos={request.photos} />
              </Flex>
            </Box>
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <Box padding={6} background="neutral0" hasRadius shadow="tableShadow">
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Typography variant="delta" tag="h2">
                  {t('request.handling', 'Handling')}
                </Typography>
                <Field.Root name="status" error={errors.status}>
                  <Field.Label>{t('request.status', 'Status')}</Field.Label>
                  <SingleSelect value={status} disabled={!allowed.updateRequests} onChange={(value) => setStatus(value as BookingRequestStatus)}>
                    {BOOKING_REQUEST_STATUSES.map((option) => (
                      <SingleSelectOption key={option} value={option}>
                        {statusLabel(option)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
                <Field.Root name="note" error={errors.note} hint={t('request.note.hint', 'Only staff see this note.')}>
                  <Field.Label>{t('request.note', 'Internal note')}</Field.Label>
                  <Textarea value={note} disabled={!allowed.updateRequests} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)} />
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
              </Flex>
            </Box>
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
}
