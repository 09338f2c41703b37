import type { ContentMigration } from './content-migration';

/**
 * Version 2 records the patient's consent on each before/after result. Nothing stored moves:
 * the new columns are added by Strapi's table sync after this step, and a consent cannot be
 * inferred from old data. Results published without one are taken off the website on the first
 * start (see consent/result-consent.ts), with the reason in the Content Manager, until an
 * editor records the consent and publishes them again.
 */
export const transformationPatientConsent: ContentMigration = {
  name: 'smp-kit::transformation-2-patient-consent',
  contentType: 'plugin::smp-kit.transformation',
  schemaVersion: 2,
  async up() {},
};
