import faq from './faq';
import faqCategory from './faq-category';

export default {
  faq,
  'faq-category': faqCategory,
};
