import { useState } from 'react';
import { Box, Button, Field, Flex, IconButton, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useTranslate } from '../hooks/use-translate';

interface Props {
  origins: string[];
  /** Server messages by path: `allowedOrigins` for the list, `allowedOrigins.2` for one entry. */
  errors: Record<string, string>;
  onChange(origins: string[]): void;
}

/** The websites allowed to send booking requests: a list to add to and remove from. */
export function OriginsField({ origins, errors, onChange }: Props) {
  const t = useTranslate();
  const [draft, setDraft] = useState('');

  const add = () => {
    // What people paste from the address bar ends in a slash; an origin never does.
    const origin = draft.trim().replace(/\/+$/, '');
    if (!origin) return;
    if (!origins.includes(origin)) onChange([...origins, origin]);
    setDraft('');
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Field.Root name="allowedOrigins" error={errors.allowedOrigins} hint={t('settings.origins.hint', 'Websites that may send booking requests, like https://www.your-clinic.com. With none, every website may (set them before going live).')}>
        <Field.Label>{t('settings.origins', 'Allowed websites (origins)')}</Field.Label>
        <Flex gap={2} alignItems="flex-start">
          <Box flex="1">
            <TextInput
              value={draft}
              placeholder="https://www.your-clinic.com"
              aria-label={t('settings.origins.new', 'Website to allow')}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft(event.target.value)}
              onKeyDown={(event: React.KeyboardEvent<HTMLInputElement>) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            />
          </Box>
          <Button variant="secondary" startIcon={<Plus />} onClick={add} size="L">
            {t('settings.origins.add', 'Add')}
          </Button>
        </Flex>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      {origins.length > 0 && (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2} aria-label={t('settings.origins.list', 'Allowed websites')}>
          {origins.map((origin, index) => {
            const error = errors[`allowedOrigins.${index}`];
            return (
              <Box tag="li" key={origin} padding={3} paddingLeft={4} hasRadius borderColor={error ? 'danger600' : 'neutral200'} background="neutral100">
                <Flex justifyContent="space-between" alignItems="center" gap={2}>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography textColor="neutral800">{origin}</Typography>
                    {error && (
                      <Typography variant="pi" textColor="danger600" role="alert">
                        {error}
                      </Typography>
                    )}
                  </Flex>
                  <IconButton label={t('settings.origins.remove', 'Remove {origin}', { origin })} variant="ghost" onClick={() => onChange(origins.filter((_, other) => other !== index))}>
                    <Trash />
                  </IconButton>
                </Flex>
              </Box>
            );
          })}
        </Flex>
      )}
    </Flex>
  );
}
