export const PLUGIN_ID = 'smp-kit';
