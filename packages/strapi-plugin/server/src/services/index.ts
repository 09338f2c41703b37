import faqs from './faqs';
import locales from './locales';
import widgetBundles from './widget-bundles';

export default {
  faqs,
  locales,
  'widget-bundles': widgetBundles,
};
