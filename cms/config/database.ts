import path from 'node:path';

// Compiled to dist/config/, so the app root is two levels up.
const appRoot = path.join(__dirname, '..', '..');

export default ({ env }: { env: any }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'smp_kit'),
          user: env('DATABASE_USERNAME', 'smp_kit'),
          password: env('DATABASE_PASSWORD', ''),
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" (the default) or "postgres", not "${client}".`);
  }

  // An empty DATABASE_FILENAME= in .env must not point SQLite at the app folder itself.
  const filename = env('DATABASE_FILENAME') || '.tmp/data.db';
  const synchronous = String(env('DATABASE_SQLITE_SYNCHRONOUS', 'FULL')).toUpperCase();
  if (!['FULL', 'EXTRA', 'NORMAL'].includes(synchronous)) {
    throw new Error(`DATABASE_SQLITE_SYNCHRONOUS must be FULL (the default), EXTRA or NORMAL, not "${synchronous}".`);
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appRoot, filename) },
      useNullAsDefault: true,
      pool: {
        // A 201 means the booking request is on disk. WAL: readers never block the writer, and a
        // commit is one append. synchronous=FULL: that append is fsynced before the commit returns,
        // so a power cut or OS crash keeps it too (NORMAL would only survive a killed process).
        // busy_timeout: wait, don't fail, while another process (a migration, a backup) writes.
        afterCreate(connection: { pragma(sql: string): unknown }, done: (error: Error | null, connection: unknown) => void) {
          try {
            connection.pragma('journal_mode = WAL');
            connection.pragma(`synchronous = ${synchronous}`);
            connection.pragma('busy_timeout = 5000');
            done(null, connection);
          } catch (error) {
            done(error as Error, connection);
          }
        },
      },
    },
  };
};
