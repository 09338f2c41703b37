import { useState } from 'react';
import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { EmbedOptions } from '../api-types';
import { EmbedInstructions } from '../components/EmbedInstructions';
import { EmbedOptionsForm } from '../components/EmbedOptionsForm';
import { LoadFailedPage } from '../components/LoadFailedPage';
import { PreviewFrame } from '../components/PreviewFrame';
import { SnippetCard } from '../components/SnippetCard';
import { embedSnippet, initialChoices, isComplete, previewSearch, type EmbedChoices } from '../embed/embed-snippet';
import { useFetchData } from '../hooks/use-fetch-data';
import { useTranslate } from '../hooks/use-translate';

export function EmbedPage() {
  const t = useTranslate();
  const options = useFetchData<{ data: EmbedOptions }>('/smp-kit/admin/embed-options');
  const [choices, setChoices] = useState<EmbedChoices>(initialChoices);
  const title = t('embed.title', 'Embed');

  if (options.status === 'loading') return <Page.Loading />;
  if (options.status === 'error') return <LoadFailedPage title={title} message={t('embed.loadError', 'The embed options could not be loaded.')} onRetry={options.reload} />;

  const embedOptions = options.data.data;
  const update = (next: Partial<EmbedChoices>) => setChoices((current) => ({ ...current, ...next }));

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={t('embed.subtitle', 'Put the FAQ, before/after results or the booking button on any website with one snippet.')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Grid.Root gap={6}>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              <Box padding={6} background="neutral0" hasRadius shadow="tableShadow">
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Typography variant="delta" tag="h2">
                    {t('embed.options', 'Options')}
                  </Typography>
                  <EmbedOptionsForm choices={choices} options={embedOptions} onChange={update} />
                </Flex>
              </Box>
            </Grid.Item>
            <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
              <Box padding={6} background="neutral0" hasRadius shadow="tableShadow">
                <Flex direction="column" alignItems="stretch" gap={6}>
                  <SnippetCard snippet={embedSnippet(embedOptions.publicUrl, choices)} />
                  <PreviewFrame search={isComplete(choices) ? previewSearch(choices) : null} />
                </Flex>
              </Box>
            </Grid.Item>
          </Grid.Root>
          <Box padding={6} background="neutral0" hasRadius shadow="tableShadow">
            <EmbedInstructions />
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
