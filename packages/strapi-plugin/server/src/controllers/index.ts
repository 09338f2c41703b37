import booking from './booking';
import bookingRequests from './booking-requests';
import faqs from './faqs';
import transformations from './transformations';
import widgets from './widgets';

export default { booking, 'booking-requests': bookingRequests, faqs, transformations, widgets };
