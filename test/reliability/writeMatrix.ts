/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * Writes MATRIX.md from the table that faultMatrix.test.ts asserts:
 *   npx ts-node --transpile-only test/reliability/writeMatrix.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { renderMatrix } from './matrix';

const target = join(__dirname, 'MATRIX.md');
writeFileSync(target, renderMatrix());
console.log(`wrote ${target}`);
