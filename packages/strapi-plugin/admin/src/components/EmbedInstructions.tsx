import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useTranslate } from '../hooks/use-translate';

/** Where the snippet goes on the usual kinds of website. */
export function EmbedInstructions() {
  const t = useTranslate();
  const platforms = [
    {
      key: 'wordpress',
      title: t('embed.howto.wordpress.title', 'WordPress'),
      text: t('embed.howto.wordpress', 'In the block editor, add a "Custom HTML" block where the element should appear and paste the snippet. Update the page.'),
    },
    {
      key: 'builders',
      title: t('embed.howto.builders.title', 'Webflow, Wix, Squarespace and other site builders'),
      text: t('embed.howto.builders', 'Add an "Embed" or "Custom code" element where the element should appear and paste the snippet. Publish the site; some builders show it only on the published page.'),
    },
    {
      key: 'html',
      title: t('embed.howto.html.title', 'Plain HTML'),
      text: t('embed.howto.html', 'Paste the snippet into the page body where the element should appear. With several elements on one page, the script line is needed only once.'),
    },
  ];

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {t('embed.howto', 'Where to paste it')}
      </Typography>
      <Grid.Root gap={4}>
        {platforms.map((platform) => (
          <Grid.Item key={platform.key} col={4} s={12} direction="column" alignItems="stretch">
            <Box padding={4} hasRadius background="neutral100" height="100%">
              <Flex direction="column" alignItems="stretch" gap={2}>
                <Typography variant="omega" fontWeight="bold" tag="h3">
                  {platform.title}
                </Typography>
                <Typography variant="omega" textColor="neutral700">
                  {platform.text}
                </Typography>
              </Flex>
            </Box>
          </Grid.Item>
        ))}
      </Grid.Root>
    </Flex>
  );
}
