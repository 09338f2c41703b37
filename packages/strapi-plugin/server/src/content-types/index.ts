import bookingAttempt from './booking-attempt';
import bookingLocation from './booking-location';
import bookingPhoto from './booking-photo';
import bookingSlot from './booking-slot';
import bookingRequest from './booking-request';
import bookingSettings from './booking-settings';
import faq from './faq';
import faqCategory from './faq-category';
import transformation from './transformation';
import widgetChunk from './widget-chunk';

export default {
  'booking-attempt': bookingAttempt,
  'booking-location': bookingLocation,
  'booking-photo': bookingPhoto,
  'booking-slot': bookingSlot,
  'booking-request': bookingRequest,
  'booking-settings': bookingSettings,
  faq,
  'faq-category': faqCategory,
  transformation,
  'widget-chunk': widgetChunk,
};
