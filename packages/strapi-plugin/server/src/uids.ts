/** Content type uids of the plugin, in one place. */
export const FAQ_UID = 'plugin::smp-kit.faq';
export const FAQ_CATEGORY_UID = 'plugin::smp-kit.faq-category';
export const PLUGIN_ID = 'smp-kit';
export const TRANSFORMATION_UID = 'plugin::smp-kit.transformation';
export const BOOKING_SETTINGS_UID = 'plugin::smp-kit.booking-settings';
export const BOOKING_REQUEST_UID = 'plugin::smp-kit.booking-request';
export const BOOKING_ATTEMPT_UID = 'plugin::smp-kit.booking-attempt';
export const BOOKING_LOCATION_UID = 'plugin::smp-kit.booking-location';
export const BOOKING_SLOT_UID = 'plugin::smp-kit.booking-slot';
export const BOOKING_PHOTO_UID = 'plugin::smp-kit.booking-photo';
export const WIDGET_CHUNK_UID = 'plugin::smp-kit.widget-chunk';
