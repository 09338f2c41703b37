import { useState } from 'react';
import { Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { messageOf } from '../api-errors';
import { useTranslate } from '../hooks/use-translate';
import { isoDay } from '../requests/request-query';

/** Downloads the filtered requests as CSV. A plain link would carry no admin token, so fetch and save a Blob. */
export function ExportButton({ filters }: { filters: URLSearchParams }) {
  const t = useTranslate();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const query = filters.toString();
      const { data } = await get(`/smp-kit/admin/booking-requests/export.csv${query ? `?${query}` : ''}`, { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `booking-requests-${isoDay(new Date())}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error, t('requests.export.error', 'The export failed. Please try again.')) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="secondary" startIcon={<Download />} onClick={download} loading={busy}>
      {t('requests.export', 'Export CSV')}
    </Button>
  );
}
