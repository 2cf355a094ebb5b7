// Why: `eventline/schema.json` must be exactly the schema the validator uses, so it is written from
// the built module once it exists, never by hand.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @returns {import('rollup').Plugin} */
export function schemaFile() {
  return {
    name: 'eventline-schema',
    async writeBundle() {
      const built = await import(`${pathToFileURL('dist/schema.js').href}?t=${Date.now()}`);
      writeFileSync('dist/eventline.schema.json', `${JSON.stringify(built.datasetSchema, null, 2)}\n`);
    },
  };
}
