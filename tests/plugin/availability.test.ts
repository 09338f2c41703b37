import { slotBookingSuite } from './slot-booking-suite.ts';

slotBookingSuite('sqlite');
