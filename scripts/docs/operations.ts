/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- test tooling: runs under Node, never shipped */
/**
 * Writes the Fivetran node's operations, read from the node description, into the README (between
 * the `operations:start` / `operations:end` markers) and docs/operations.md:
 *
 *   npm run docs:operations
 *
 * test/unit/docsUpToDate.test.ts fails when either file differs from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO_ROOT } from '../lib/paths';
import { generatedDocs } from './generatedDocs';

const readme = join(REPO_ROOT, 'README.md');
const reference = join(REPO_ROOT, 'docs', 'operations.md');
const docs = generatedDocs(readFileSync(readme, 'utf8'));
writeFileSync(readme, docs.readme);
writeFileSync(reference, docs.reference);
console.log('README.md and docs/operations.md regenerated');
