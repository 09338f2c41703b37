// Admin panel customisation: offer German next to English, the two languages of the demo
// content and the widgets (Profile → Interface language).
export default {
  config: {
    locales: ['de'],
  },
  bootstrap() {},
};
