import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Grid, NumberInput, TextInput, Toggle, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { PluginSettings } from '../api-types';
import { fieldErrorsOf, messageOf } from '../api-errors';
import { LoadFailedPage } from '../components/LoadFailedPage';
import { CalendarFeeds } from '../components/CalendarFeeds';
import { OriginsField } from '../components/OriginsField';
import { useFetchData } from '../hooks/use-fetch-data';
import { useTranslate } from '../hooks/use-translate';

const SETTINGS_URL = '/smp-kit/admin/settings';

// The two rate-limit fields differ only in their window and texts ([translation key, English]).
const RATE_WINDOWS = [
  { window: 'perMinute', label: ['settings.perMinute', 'Per minute'], hint: ['settings.perMinute.hint', 'Booking requests one visitor may send per minute.'] },
  { window: 'perDay', label: ['settings.perDay', 'Per day'], hint: ['settings.perDay.hint', 'Booking requests one visitor may send per day.'] },
] as const;

export function SettingsPage() {
  const t = useTranslate();
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const loaded = useFetchData<{ data: PluginSettings }>(SETTINGS_URL);
  const [settings, setSettings] = useState<PluginSettings>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const title = t('settings.title', 'Settings');

  const fetched = loaded.status === 'ready' ? loaded.data.data : undefined;
  useEffect(() => {
    if (fetched) setSettings(fetched);
  }, [fetched]);

  if (loaded.status === 'loading' || (loaded.status === 'ready' && !settings)) return <Page.Loading />;
  if (loaded.status === 'error' || !settings) {
    return <LoadFailedPage title={title} message={messageOf(loaded.status === 'error' ? loaded.error : null, t('settings.loadError', 'The settings could not be loaded.'))} onRetry={loaded.reload} />;
  }

  const update = (next: Partial<PluginSettings>) => setSettings({ ...settings, ...next });
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    try {
      const { data } = await put<{ data: PluginSettings }>(SETTINGS_URL, settings);
      setSettings(data.data);
      toggleNotification({ type: 'success', message: t('settings.saved', 'Settings saved. They apply right away.') });
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      setErrors(fieldErrors);
      const message = Object.keys(fieldErrors).length
        ? t('settings.invalid', 'Some settings need fixing: see the messages at the fields.')
        : messageOf(error, t('settings.saveError', 'The settings could not be saved.'));
      toggleNotification({ type: 'danger', message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <form onSubmit={save} noValidate>
        <Layouts.Header
          title={title}
          subtitle={t('settings.subtitle', 'Who may send booking requests, how many, who is told, how long they are kept, and whether they may carry photos.')}
          primaryAction={
            <Button type="submit" startIcon={<Check />} loading={saving}>
              {t('settings.save', 'Save')}
            </Button>
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Section title={t('settings.section.origins', 'Websites')}>
              <OriginsField origins={settings.allowedOrigins} errors={errors} onChange={(allowedOrigins) => update({ allowedOrigins })} />
            </Section>
            <Section title={t('settings.section.rateLimit', 'Rate limits')}>
              <Grid.Root gap={4}>
                {RATE_WINDOWS.map(({ window, label, hint }) => (
                  <Grid.Item key={window} col={6} s={12} direction="column" alignItems="stretch">
                    <Field.Root name={`rateLimit.${window}`} required error={errors[`rateLimit.${window}`]} hint={t(hint[0], hint[1])}>
                      <Field.Label>{t(label[0], label[1])}</Field.Label>
                      <NumberInput value={settings.rateLimit[window]} onValueChange={(limit) => update({ rateLimit: { ...settings.rateLimit, [window]: limit ?? Number.NaN } })} />
                      <Field.Hint />
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                ))}
              </Grid.Root>
            </Section>
            <Section title={t('settings.section.notifications', 'Notifications and retention')}>
              <Grid.Root gap={4}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="notificationEmail" error={errors.notificationEmail} hint={t('settings.email.hint', 'Told about every new booking request. Leave empty for no email.')}>
                    <Field.Label>{t('settings.email', 'Notification email')}</Field.Label>
                    <TextInput
                      type="email"
                      value={settings.notificationEmail ?? ''}
                      placeholder="reception@your-clinic.com"
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) => update({ notificationEmail: event.target.value.trim() || null })}
                    />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="retentionDays" error={errors.retentionDays} hint={t('settings.retention.hint', 'Requests older than this are deleted every night. Leave empty to keep them until you delete them.')}>
                    <Field.Label>{t('settings.retention', 'Keep requests for (days)')}</Field.Label>
                    <NumberInput value={settings.retentionDays ?? undefined} onValueChange={(retentionDays) => update({ retentionDays: retentionDays ?? null })} />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
              </Grid.Root>
            </Section>
            <Section title={t('settings.section.photos', 'Scalp photos')}>
              <Field.Root
                name="acceptPhotos"
                error={errors.acceptPhotos}
                hint={t(
                  'settings.photos.hint',
                  'Patients may attach up to 3 photos (10 MB each) to a booking request. They are stripped of location and camera data, kept in the database (never in the Media Library or at a public address), shown only to admins who may read requests, and deleted with the request.',
                )}
              >
                <Field.Label>{t('settings.photos', 'Accept scalp photos with booking requests')}</Field.Label>
                <Toggle
                  checked={settings.acceptPhotos}
                  onLabel={t('settings.photos.on', 'On')}
                  offLabel={t('settings.photos.off', 'Off')}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => update({ acceptPhotos: event.target.checked })}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Section>
            <Section title={t('settings.section.feeds', 'Calendar feeds')}>
              <CalendarFeeds />
            </Section>
          </Flex>
        </Layouts.Content>
      </form>
    </Page.Main>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box padding={6} background="neutral0" hasRadius shadow="tableShadow">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        {children}
      </Flex>
    </Box>
  );
}
