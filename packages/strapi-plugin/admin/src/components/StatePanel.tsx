import { Box, Button, EmptyStateLayout } from '@strapi/design-system';
import { useTranslate } from '../hooks/use-translate';

/** An empty or failed state in a panel; with `onRetry`, a "Try again" button under the message. */
export function StatePanel({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useTranslate();
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow">
      <EmptyStateLayout
        content={message}
        action={
          onRetry ? (
            <Button variant="secondary" onClick={onRetry}>
              {t('common.retry', 'Try again')}
            </Button>
          ) : undefined
        }
      />
    </Box>
  );
}
