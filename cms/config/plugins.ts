export default () => ({
  'smp-kit': { enabled: true },
});
