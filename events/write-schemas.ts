/**
 * `npm run events:schemas`: writes the JSON Schema of each event version to events/schemas/ — a new
 * version's for the first time, a published one's only when the change is compatible. A breaking
 * change is refused: publish the event under a new version instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { eventCatalogue } from './catalogue';
import { breakingChanges } from './compatibility';
import { currentSchema, publishedSchema, SCHEMAS_DIR, schemaFile } from './schemas';

mkdirSync(SCHEMAS_DIR, { recursive: true });
let refused = 0;
for (const event of eventCatalogue) {
  const current = currentSchema(event);
  const published = publishedSchema(event);
  const breaking = published ? breakingChanges(published, current) : [];
  if (breaking.length > 0) {
    refused++;
    console.error(
      `${event.name} v${event.version}: breaking change, publish a new version instead:\n  ${breaking.join('\n  ')}`,
    );
    continue;
  }
  writeFileSync(schemaFile(event), `${JSON.stringify(current, null, 2)}\n`);
}
if (refused > 0) process.exitCode = 1;
