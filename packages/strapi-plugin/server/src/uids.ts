/** Content type uids of the plugin, in one place. */
export const FAQ_UID = 'plugin::smp-kit.faq';
export const FAQ_CATEGORY_UID = 'plugin::smp-kit.faq-category';
export const PLUGIN_ID = 'smp-kit';
