import faqs from './faqs';
import locales from './locales';
import responseCache from './response-cache';
import widgetBundles from './widget-bundles';

export default {
  faqs,
  locales,
  'response-cache': responseCache,
  'widget-bundles': widgetBundles,
};
