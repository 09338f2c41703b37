import appointments from './appointments';
import availability from './availability';
import bookingInbox from './booking-inbox';
import calendarFeeds from './calendar-feeds';
import bookingNotifications from './booking-notifications';
import bookingPhotos from './booking-photos';
import bookingRequests from './booking-requests';
import bookingRetention from './booking-retention';
import bookingSettings from './booking-settings';
import earlierUploads from '../uploads/earlier-uploads';
import embedOptions from './embed-options';
import faqs from './faqs';
import locales from './locales';
import pluginSettings from './plugin-settings';
import responseCache from './response-cache';
import resultConsent from '../consent/result-consent';
import transformations from './transformations';
import widgetBundles from './widget-bundles';

export default {
  appointments,
  availability,
  'booking-inbox': bookingInbox,
  'calendar-feeds': calendarFeeds,
  'booking-notifications': bookingNotifications,
  'booking-photos': bookingPhotos,
  'booking-requests': bookingRequests,
  'booking-retention': bookingRetention,
  'booking-settings': bookingSettings,
  'earlier-uploads': earlierUploads,
  'embed-options': embedOptions,
  faqs,
  locales,
  'plugin-settings': pluginSettings,
  'response-cache': responseCache,
  'result-consent': resultConsent,
  transformations,
  'widget-bundles': widgetBundles,
};
