import { useIntl } from 'react-intl';
import { translationId } from '../translation-id';

type Values = Record<string, string | number | boolean | null | undefined | Date>;

/** `t('embed.title')`: the plugin's message in the admin's language (English as the fallback). */
export function useTranslate() {
  const { formatMessage } = useIntl();
  return (key: string, defaultMessage: string, values?: Values) => formatMessage({ id: translationId(key), defaultMessage }, values);
}
