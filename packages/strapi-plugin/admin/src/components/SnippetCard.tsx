import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { styled } from 'styled-components';
import { copyText } from '../embed/copy-text';
import { useTranslate } from '../hooks/use-translate';

const Code = styled.pre`
  margin: 0;
  padding: ${({ theme }) => theme.spaces[4]};
  overflow-x: auto;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font-family: 'SFMono-Regular', Consolas, 'Liberation Mono', Menlo, monospace;
  font-size: 1.3rem;
  line-height: 1.6;
  color: ${({ theme }) => theme.colors.neutral800};
  background: ${({ theme }) => theme.colors.neutral100};
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: ${({ theme }) => theme.borderRadius};
`;

/** The snippet to paste, with a Copy button. */
export function SnippetCard({ snippet }: { snippet: string }) {
  const t = useTranslate();
  const { toggleNotification } = useNotification();

  const copy = async () => {
    try {
      await copyText(snippet);
      toggleNotification({ type: 'success', message: t('embed.copied', 'Copied') });
    } catch {
      toggleNotification({ type: 'danger', message: t('embed.copyFailed', 'Could not copy. Select the snippet and press Ctrl+C (⌘C on a Mac).') });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex justifyContent="space-between" alignItems="center">
        <Typography variant="delta" tag="h2" id="smp-kit-snippet-heading">
          {t('embed.snippet', 'Snippet')}
        </Typography>
        <Button variant="secondary" startIcon={<Duplicate />} onClick={copy}>
          {t('embed.copy', 'Copy')}
        </Button>
      </Flex>
      <Box>
        <Code aria-labelledby="smp-kit-snippet-heading" data-testid="embed-snippet">
          <code>{snippet}</code>
        </Code>
      </Box>
    </Flex>
  );
}
