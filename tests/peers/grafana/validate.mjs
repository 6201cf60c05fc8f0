// Validates Grafana dashboard JSON files against a JSON schema derived from @grafana/schema's
// `Dashboard` TypeScript interface (docs/ops.md §9.4), using ts-json-schema-generator and ajv.
// Usage: node validate.mjs <dashboard.json | folder>...   Exit 0 = all valid; 1 = errors (printed);
// 2 = usage or setup problem. Prints one line per file: "<file>: ok" or "<file>: <path> <message>".
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const typesPath = join(dirname(require.resolve('@grafana/schema/package.json')), 'dist/types/raw/dashboard/x/types.gen.d.ts');

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node validate.mjs <dashboard.json | folder>...');
  process.exit(2);
}

const files = [];
for (const arg of args) {
  if (statSync(arg).isDirectory()) {
    for (const name of readdirSync(arg).sort()) {
      if (name.endsWith('.json')) files.push(join(arg, name));
    }
  } else {
    files.push(arg);
  }
}

const schema = createGenerator({
  path: typesPath,
  type: 'Dashboard',
  skipTypeCheck: true,
  additionalProperties: true,
  tsconfig: join(here, 'tsconfig.json'),
}).createSchema('Dashboard');

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default ? addFormats.default(ajv) : addFormats(ajv);
const validate = ajv.compile(schema);

let failed = 0;
for (const file of files) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${file}: invalid JSON: ${e.message}`);
    failed++;
    continue;
  }
  if (validate(doc)) {
    console.log(`${file}: ok`);
    continue;
  }
  failed++;
  // Panels are a union (panel | row): report the first error per instance path only (§9.4).
  const seen = new Set();
  for (const err of validate.errors) {
    if (seen.has(err.instancePath)) continue;
    seen.add(err.instancePath);
    console.log(`${file}: ${err.instancePath || '/'} ${err.message}`);
  }
}
console.log(`checked ${files.length} dashboard(s) against @grafana/schema Dashboard: ${failed} invalid`);
process.exit(failed === 0 ? 0 : 1);
