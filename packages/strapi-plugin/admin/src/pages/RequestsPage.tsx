import { Flex, Loader, Typography } from '@strapi/design-system';
import { Layouts, Page, Pagination, useQueryParams } from '@strapi/strapi/admin';
import type { BookingRequestList } from '../api-types';
import { messageOf } from '../api-errors';
import { ExportButton } from '../components/ExportButton';
import { RequestFilters } from '../components/RequestFilters';
import { RequestsTable } from '../components/RequestsTable';
import { StatePanel } from '../components/StatePanel';
import { useFetchData } from '../hooks/use-fetch-data';
import { usePluginPermissions } from '../hooks/use-plugin-permissions';
import { useTranslate } from '../hooks/use-translate';
import { DEFAULT_PAGE_SIZE, filterParams, listParams, type InboxQuery } from '../requests/request-query';

export function RequestsPage() {
  const t = useTranslate();
  const [{ query }, setQuery] = useQueryParams<InboxQuery>();
  const list = useFetchData<BookingRequestList>(`/smp-kit/admin/booking-requests?${listParams(query)}`);
  const allowed = usePluginPermissions();
  const title = t('requests.title', 'Booking requests');
  const filtered = filterParams(query).toString() !== '';
  const pagination = list.status === 'ready' ? list.data.meta.pagination : undefined;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={pagination ? t('requests.count', '{total, plural, =0 {No requests} one {# request} other {# requests}}', { total: pagination.total }) : undefined}
        primaryAction={allowed.exportRequests ? <ExportButton filters={filterParams(query)} /> : undefined}
      />
      <Layouts.Action startActions={<RequestFilters query={query} onChange={(next) => setQuery(next)} />} />
      <Layouts.Content>
        {list.status === 'loading' && (
          <Flex justifyContent="center" padding={8} background="neutral0" hasRadius shadow="tableShadow">
            <Loader>{t('requests.loading', 'Loading booking requests…')}</Loader>
          </Flex>
        )}
        {list.status === 'error' && <StatePanel message={messageOf(list.error, t('requests.loadError', 'The booking requests could not be loaded.'))} onRetry={list.reload} />}
        {list.status === 'ready' && list.data.data.length === 0 && (
          <StatePanel
            message={
              filtered
                ? t('requests.empty.filtered', 'No booking request matches these filters.')
                : t('requests.empty', 'No booking requests yet. They appear here when visitors send the booking form on your website.')
            }
          />
        )}
        {list.status === 'ready' && list.data.data.length > 0 && pagination && (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <RequestsTable requests={list.data.data} />
            <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={Number(DEFAULT_PAGE_SIZE)}>
              <Pagination.PageSize options={['10', '20', '50', '100']} />
              <Pagination.Links />
            </Pagination.Root>
          </Flex>
        )}
        {list.status === 'ready' && (
          <Typography tag="p" variant="pi" textColor="neutral600" style={{ marginTop: '1.6rem' }}>
            {t('requests.privacy', 'Booking requests hold personal data: delete a request when the person asks you to, and set a retention period in the settings.')}
          </Typography>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
