import { bookingLoadSuite } from './booking-load-suite.ts';

bookingLoadSuite('postgres');
