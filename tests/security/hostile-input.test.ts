import { hostileInputSuite } from './hostile-input-suite.ts';

hostileInputSuite('sqlite');
