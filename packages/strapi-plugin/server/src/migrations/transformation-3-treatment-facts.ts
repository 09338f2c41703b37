import type { ContentMigration } from './content-migration';

/**
 * Version 3 states the treatment facts of each result (weeks since the last session, hair-loss
 * pattern, skin tone, hair colour, unretouched). Nothing stored moves: Strapi's table sync adds
 * the columns, and facts cannot be guessed from old data. They are required to publish, so an
 * editor fills them in when publishing a result again; a result published before keeps showing,
 * with the facts it has (the public API leaves out the missing ones).
 */
export const transformationTreatmentFacts: ContentMigration = {
  name: 'smp-kit::transformation-3-treatment-facts',
  contentType: 'plugin::smp-kit.transformation',
  schemaVersion: 3,
  async up() {},
};
