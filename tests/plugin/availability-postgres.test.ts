import { slotBookingSuite } from './slot-booking-suite.ts';

slotBookingSuite('postgres');
