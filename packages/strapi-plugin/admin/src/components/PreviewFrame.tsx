import { Box, Flex, Typography } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';
import { useTranslate } from '../hooks/use-translate';

declare global {
  interface Window {
    strapi?: { backendURL?: string };
  }
}

/** The plugin's preview page (published content only) for the chosen element and options. */
export function PreviewFrame({ search }: { search: string | null }) {
  const t = useTranslate();
  // Typing a label should not reload the frame on every key.
  const settledSearch = useDebounce(search, 400);
  const src = settledSearch === null ? null : `${window.strapi?.backendURL ?? ''}/smp-kit/preview?${settledSearch}`;

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">
        {t('embed.preview', 'Preview')}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t('embed.preview.hint', 'The published content, as visitors see it. Drafts are not shown.')}
      </Typography>
      <Box hasRadius borderColor="neutral200" overflow="hidden" background="neutral0">
        {src ? (
          <iframe
            key={src}
            src={src}
            title={t('embed.preview.title', 'Preview of the snippet')}
            style={{ display: 'block', width: '100%', height: '48rem', border: 0, background: '#fff' }}
          />
        ) : (
          <Box padding={6}>
            <Typography textColor="neutral600">{t('embed.preview.incomplete', 'Choose a before/after result to see the preview.')}</Typography>
          </Box>
        )}
      </Box>
    </Flex>
  );
}
