/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * Writes MATRIX.md from the tables that faultMatrix.test.ts, triggerMatrix.test.ts and the
 * system-key validation tests (filterMatrix.ts) assert:
 *   npx ts-node --transpile-only test/reliability/writeMatrix.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { renderFilterMatrix } from './filterMatrix';
import { renderMatrix } from './matrix';
import { renderTriggerMatrix } from './triggerMatrix';

const target = join(__dirname, 'MATRIX.md');
writeFileSync(target, [renderMatrix(), renderTriggerMatrix(), renderFilterMatrix()].join('\n'));
console.log(`wrote ${target}`);
