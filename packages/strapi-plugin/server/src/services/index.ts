import bookingNotifications from './booking-notifications';
import bookingRequests from './booking-requests';
import bookingRetention from './booking-retention';
import bookingSettings from './booking-settings';
import faqs from './faqs';
import locales from './locales';
import responseCache from './response-cache';
import transformations from './transformations';
import widgetBundles from './widget-bundles';

export default {
  'booking-notifications': bookingNotifications,
  'booking-requests': bookingRequests,
  'booking-retention': bookingRetention,
  'booking-settings': bookingSettings,
  faqs,
  locales,
  'response-cache': responseCache,
  transformations,
  'widget-bundles': widgetBundles,
};
