import type { Core } from '@strapi/strapi';

/** Strapi's internal database migration, as `strapi.db.migrations.providers.internal.register` takes it. */
export type StrapiMigration = Parameters<Core.Strapi['db']['migrations']['providers']['internal']['register']>[0];
/** The Knex transaction a migration runs in. */
export type MigrationTransaction = Parameters<StrapiMigration['up']>[0];

/**
 * A change to a plugin content type's stored data or shape. Registered with Strapi's internal
 * migrations, it runs once per database, in a transaction, before Strapi syncs the tables to
 * the content types (so a renamed column can still be read), and is recorded by `name` in
 * `strapi_migrations_internal`.
 */
export interface ContentMigration {
  /** `smp-kit::<content type>-<version>-<what>`: unique and never renamed once released. */
  name: string;
  contentType: `plugin::smp-kit.${string}`;
  /** The content type's `pluginOptions['smp-kit'].schemaVersion` this migration brings the data to. */
  schemaVersion: number;
  up(knex: MigrationTransaction): Promise<void>;
}
