import { useState } from 'react';
import { Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { messageOf } from '../api-errors';
import { copyText } from '../embed/copy-text';
import { useFetchData } from '../hooks/use-fetch-data';
import { useTranslate } from '../hooks/use-translate';

interface CalendarFeed {
  location: string;
  name: string;
  url: string;
}

const FEEDS_URL = '/smp-kit/admin/calendar-feeds';

/** Each location's private calendar address, to copy into Google Calendar, Outlook or Apple Calendar, and to revoke. */
export function CalendarFeeds() {
  const t = useTranslate();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const loaded = useFetchData<{ data: CalendarFeed[] }>(FEEDS_URL);
  const [feeds, setFeeds] = useState<CalendarFeed[]>();
  const shown = feeds ?? (loaded.status === 'ready' ? loaded.data.data : undefined);

  if (loaded.status === 'loading') return <Typography textColor="neutral600">{t('feeds.loading', 'Loading the calendar addresses…')}</Typography>;
  if (loaded.status === 'error') return <Typography textColor="danger600">{messageOf(loaded.error, t('feeds.loadError', 'The calendar addresses could not be loaded.'))}</Typography>;
  if (!shown?.length) return <Typography textColor="neutral600">{t('feeds.none', 'Add a booking location (Content Manager → Booking location) to get its calendar address.')}</Typography>;

  const copy = async (feed: CalendarFeed) => {
    try {
      await copyText(feed.url);
      toggleNotification({ type: 'success', message: t('feeds.copied', 'Calendar address copied.') });
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error, t('feeds.copyError', 'The address could not be copied: select it and copy it by hand.')) });
    }
  };
  const revoke = async (feed: CalendarFeed) => {
    try {
      const { data } = await post<{ data: CalendarFeed[] }>(`${FEEDS_URL}/${encodeURIComponent(feed.location)}/revoke`, {});
      setFeeds(data.data);
      toggleNotification({ type: 'success', message: t('feeds.revoked', 'The old address no longer works. Subscribe your calendars to the new one.') });
    } catch (error) {
      toggleNotification({ type: 'danger', message: messageOf(error, t('feeds.revokeError', 'The address could not be revoked.')) });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {shown.map((feed) => (
        <Field.Root key={feed.location} name={`feed-${feed.location}`} hint={t('feeds.hint', 'Subscribe to it in Google Calendar, Outlook or Apple Calendar. It lists references and services, never contact details. Anyone with the address can read it: revoke it if it was shared by mistake.')}>
          <Field.Label>{t('feeds.label', 'Calendar address for {name}', { name: feed.name })}</Field.Label>
          <Flex gap={2} alignItems="flex-start">
            <TextInput readOnly value={feed.url} />
            <Button variant="secondary" onClick={() => copy(feed)}>
              {t('feeds.copy', 'Copy')}
            </Button>
            <Button variant="danger-light" onClick={() => revoke(feed)}>
              {t('feeds.revoke', 'Revoke and make a new address')}
            </Button>
          </Flex>
          <Field.Hint />
        </Field.Root>
      ))}
    </Flex>
  );
}
