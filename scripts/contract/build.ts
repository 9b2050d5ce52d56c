/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * Regenerates test/contract/fivetran-contract.json from Fivetran's definition:
 *
 *   npm run contract:build                       # ../shared/spec (or a folder above the repo)
 *   FIVETRAN_SPEC_DIR=/path/to/spec npm run contract:build
 *
 * Commit the result: the contract tests read only the committed file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { CONTRACT_FILE, findSpecDir, generateContractText, REPO_ROOT } from './specSource';

const specDir = findSpecDir();
if (!specDir) {
	console.error(
		'No Fivetran definition found: put shared/spec beside the repo or set FIVETRAN_SPEC_DIR.',
	);
	process.exit(1);
}
writeFileSync(CONTRACT_FILE, generateContractText(specDir));
console.log(`Wrote ${path.relative(REPO_ROOT, CONTRACT_FILE)} from ${specDir}`);
