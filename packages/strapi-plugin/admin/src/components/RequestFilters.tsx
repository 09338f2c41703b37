import { useEffect, useState } from 'react';
import { DatePicker, Field, Flex, MultiSelect, MultiSelectOption, Searchbar } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useStatusLabel } from '../hooks/use-status-label';
import { useTranslate } from '../hooks/use-translate';
import { BOOKING_REQUEST_STATUSES, dayFromIso, isoDay, statusesOf, type InboxQuery } from '../requests/request-query';

interface Props {
  query: InboxQuery;
  onChange(next: InboxQuery): void;
}

/** Status, date range and text search; every change starts again at page 1. */
export function RequestFilters({ query, onChange }: Props) {
  const t = useTranslate();
  const { locale } = useIntl();
  const statusLabel = useStatusLabel();
  const [text, setText] = useState(query.q ?? '');
  const settledText = useDebounce(text, 350);

  useEffect(() => {
    if (settledText !== (query.q ?? '')) onChange({ q: settledText, page: '1' });
    // Only a settled change of the text should search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settledText]);

  return (
    <Flex gap={4} alignItems="flex-end" wrap="wrap">
      <Field.Root name="q" style={{ flex: '2 1 24rem' }}>
        <Field.Label>{t('requests.search', 'Search')}</Field.Label>
        <Searchbar
          name="q"
          value={text}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
          onClear={() => setText('')}
          clearLabel={t('requests.search.clear', 'Clear the search')}
          placeholder={t('requests.search.placeholder', 'Name, email, phone or reference')}
        >
          {t('requests.search', 'Search')}
        </Searchbar>
      </Field.Root>
      <Field.Root name="status" style={{ flex: '1 1 16rem' }}>
        <Field.Label>{t('requests.status', 'Status')}</Field.Label>
        <MultiSelect
          value={statusesOf(query)}
          placeholder={t('requests.status.all', 'All statuses')}
          onChange={(statuses: string[]) => onChange({ status: statuses.join(','), page: '1' })}
          onClear={() => onChange({ status: '', page: '1' })}
          clearLabel={t('requests.status.clear', 'Show all statuses')}
          withTags
        >
          {BOOKING_REQUEST_STATUSES.map((status) => (
            <MultiSelectOption key={status} value={status}>
              {statusLabel(status)}
            </MultiSelectOption>
          ))}
        </MultiSelect>
      </Field.Root>
      <Field.Root name="from" style={{ flex: '1 1 14rem' }}>
        <Field.Label>{t('requests.from', 'Received from')}</Field.Label>
        <DatePicker
          locale={locale}
          value={dayFromIso(query.from)}
          onChange={(date) => onChange({ from: date ? isoDay(date) : '', page: '1' })}
          onClear={() => onChange({ from: '', page: '1' })}
          clearLabel={t('requests.date.clear', 'Clear the date')}
        />
      </Field.Root>
      <Field.Root name="to" style={{ flex: '1 1 14rem' }}>
        <Field.Label>{t('requests.to', 'Received until')}</Field.Label>
        <DatePicker
          locale={locale}
          value={dayFromIso(query.to)}
          onChange={(date) => onChange({ to: date ? isoDay(date) : '', page: '1' })}
          onClear={() => onChange({ to: '', page: '1' })}
          clearLabel={t('requests.date.clear', 'Clear the date')}
        />
      </Field.Root>
    </Flex>
  );
}
