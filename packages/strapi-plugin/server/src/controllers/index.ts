import faqs from './faqs';
import widgets from './widgets';

export default { faqs, widgets };
