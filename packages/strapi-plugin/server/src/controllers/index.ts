import adminBookingRequests from './admin-booking-requests';
import adminEmbed from './admin-embed';
import adminSettings from './admin-settings';
import appointments from './appointments';
import availability from './availability';
import booking from './booking';
import bookingPhotos from './booking-photos';
import bookingRequests from './booking-requests';
import calendarFeeds from './calendar-feeds';
import faqs from './faqs';
import preview from './preview';
import transformations from './transformations';
import widgets from './widgets';

export default { 'admin-booking-requests': adminBookingRequests, 'admin-embed': adminEmbed, 'admin-settings': adminSettings, appointments, availability, booking, 'booking-photos': bookingPhotos, 'booking-requests': bookingRequests, 'calendar-feeds': calendarFeeds, faqs, transformations, widgets, preview };
