import { writeFileSync } from 'node:fs';
import { renderJsonSchemaModule } from './json-schema-module.ts';

const target = new URL('../src/generated/json-schemas.ts', import.meta.url);
writeFileSync(target, renderJsonSchemaModule());
console.log(`Wrote ${target.pathname}`);
