import { Checkbox, Field, Grid, MultiSelect, MultiSelectOption, SingleSelect, SingleSelectOption, TextInput, Toggle, Typography } from '@strapi/design-system';
import { TRANSFORMATION_TAGS } from '@smp-kit/schema/widget-contracts';
import type { EmbedOptions } from '../api-types';
import { useTranslate } from '../hooks/use-translate';
import { EMBED_ELEMENTS, type EmbedChoices, type EmbedElement } from '../embed/embed-snippet';

interface Props {
  choices: EmbedChoices;
  options: EmbedOptions;
  onChange(next: Partial<EmbedChoices>): void;
}

const ANY = '__any__';

/** The element and the options it understands. */
export function EmbedOptionsForm({ choices, options, onChange }: Props) {
  const t = useTranslate();
  const elementNames: Record<EmbedElement, string> = {
    'smp-faq': t('embed.element.faq', 'FAQ'),
    'smp-before-after': t('embed.element.beforeAfter', 'Before/after slider'),
    'smp-transformations': t('embed.element.gallery', 'Before/after gallery'),
    'smp-booking-button': t('embed.element.booking', 'Booking button'),
  };
  const switchOption = (name: keyof EmbedChoices, label: string, hint: string) => (
    <Grid.Item col={12} direction="column" alignItems="stretch">
      <Field.Root name={name} hint={hint}>
        <Checkbox checked={Boolean(choices[name])} onCheckedChange={(checked) => onChange({ [name]: checked === true })}>
          {label}
        </Checkbox>
        <Field.Hint />
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Grid.Root gap={4}>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <Field.Root name="element" required>
          <Field.Label>{t('embed.element', 'Element')}</Field.Label>
          <SingleSelect value={choices.element} onChange={(value) => onChange({ element: value as EmbedElement })}>
            {EMBED_ELEMENTS.map((element) => (
              <SingleSelectOption key={element} value={element}>
                {elementNames[element]}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Grid.Item>

      <Grid.Item col={12} direction="column" alignItems="stretch">
        <Field.Root name="locale" hint={t('embed.locale.hint', 'Leave empty to follow the language of the page it is pasted into.')}>
          <Field.Label>{t('embed.locale', 'Language')}</Field.Label>
          <SingleSelect value={choices.locale || ANY} onChange={(value) => onChange({ locale: value === ANY ? '' : String(value) })}>
            <SingleSelectOption value={ANY}>{t('embed.locale.page', "The page's language")}</SingleSelectOption>
            {options.locales.map((locale) => (
              <SingleSelectOption key={locale.code} value={locale.code}>
                {locale.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Hint />
        </Field.Root>
      </Grid.Item>

      {choices.element === 'smp-faq' && (
        <>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <Field.Root name="categories" hint={t('embed.categories.hint', 'Leave empty to show every category.')}>
              <Field.Label>{t('embed.categories', 'Categories')}</Field.Label>
              <MultiSelect
                value={choices.categories}
                onChange={(value) => onChange({ categories: value })}
                placeholder={t('embed.categories.all', 'All categories')}
                withTags
              >
                {options.categories.map((category) => (
                  <MultiSelectOption key={category.slug} value={category.slug}>
                    {category.name}
                  </MultiSelectOption>
                ))}
              </MultiSelect>
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <HeadingLevelField value={choices.headingLevel} onChange={(headingLevel) => onChange({ headingLevel })} />
          {switchOption('search', t('embed.search', 'Search box'), t('embed.search.hint', 'Visitors can filter the questions as they type.'))}
          {switchOption('single', t('embed.single', 'One answer open at a time'), t('embed.single.hint', 'Opening a question closes the one that was open.'))}
          {switchOption('expandAll', t('embed.expandAll', '"Expand all" button'), t('embed.expandAll.hint', 'Opens or closes every answer at once.'))}
          {switchOption('jsonLd', t('embed.jsonLd', 'Structured data for search engines'), t('embed.jsonLd.hint', 'Adds schema.org FAQPage data. Use it on one page only.'))}
        </>
      )}

      {choices.element === 'smp-before-after' && (
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Field.Root name="slug" required hint={options.transformations.length ? undefined : t('embed.transformation.none', 'Publish a before/after result first.')}>
            <Field.Label>{t('embed.transformation', 'Before/after result')}</Field.Label>
            <SingleSelect
              value={choices.slug || undefined}
              placeholder={t('embed.transformation.placeholder', 'Choose a result')}
              onChange={(value) => onChange({ slug: String(value) })}
            >
              {options.transformations.map((transformation) => (
                <SingleSelectOption key={transformation.slug} value={transformation.slug}>
                  {transformation.title}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
      )}

      {choices.element === 'smp-transformations' && (
        <>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <Field.Root name="tag" hint={t('embed.tag.hint', 'Only results with this tag. Leave empty to show all.')}>
              <Field.Label>{t('embed.tag', 'Tag')}</Field.Label>
              <SingleSelect value={choices.tag || ANY} onChange={(value) => onChange({ tag: value === ANY ? '' : String(value) })}>
                <SingleSelectOption value={ANY}>{t('embed.tag.all', 'All results')}</SingleSelectOption>
                {TRANSFORMATION_TAGS.map((tag) => (
                  <SingleSelectOption key={tag} value={tag}>
                    {t(`embed.tag.${tag}`, tag)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <HeadingLevelField value={choices.headingLevel} onChange={(headingLevel) => onChange({ headingLevel })} />
        </>
      )}

      {choices.element === 'smp-booking-button' && (
        <>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <Field.Root name="label" hint={t('embed.label.hint', 'Leave empty to use the label from the booking settings.')}>
              <Field.Label>{t('embed.label', 'Button label')}</Field.Label>
              <TextInput value={choices.label} maxLength={80} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ label: event.target.value })} />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <Field.Root name="floating" hint={t('embed.floating.hint', 'A round button fixed in the corner of the screen, on every page it is pasted into.')}>
              <Field.Label>{t('embed.floating', 'Floating button')}</Field.Label>
              <Toggle
                checked={choices.floating}
                onLabel={t('embed.on', 'On')}
                offLabel={t('embed.off', 'Off')}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ floating: event.target.checked })}
              />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={12}>
            <Typography variant="pi" textColor="neutral600">
              {t('embed.booking.mode', 'The button books through the booking settings in the Content Manager (mode: {mode}).', {
                mode: options.booking?.mode ?? t('embed.booking.unpublished', 'not published yet'),
              })}
            </Typography>
          </Grid.Item>
        </>
      )}
    </Grid.Root>
  );
}

function HeadingLevelField({ value, onChange }: { value: number; onChange(level: number): void }) {
  const t = useTranslate();
  return (
    <Grid.Item col={12} direction="column" alignItems="stretch">
      <Field.Root name="headingLevel" hint={t('embed.headingLevel.hint', 'Match the outline of the page: 2 under the page title, 3 under a section heading.')}>
        <Field.Label>{t('embed.headingLevel', 'Heading level')}</Field.Label>
        <SingleSelect value={String(value)} onChange={(level) => onChange(Number(level))}>
          {[2, 3, 4, 5, 6].map((level) => (
            <SingleSelectOption key={level} value={String(level)}>
              {`h${level}`}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
      </Field.Root>
    </Grid.Item>
  );
}
