/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * The committed contract file is exactly what `npm run contract:build` makes from Fivetran's
 * definition. Needs the definition (`shared/spec` beside the repository, or FIVETRAN_SPEC_DIR);
 * without it the check is skipped with a note, and the committed file is used as it is.
 */
import { readFileSync } from 'node:fs';

import {
	CONTRACT_FILE,
	findSpecDir,
	generateContractText,
} from '../../scripts/contract/specSource';

const specDir = findSpecDir();
const itWithSpec = specDir ? it : it.skip;

if (!specDir) {
	process.stdout.write(
		'contract: no shared/spec beside the repository (nor FIVETRAN_SPEC_DIR): regeneration check skipped\n',
	);
}

describe('the committed contract file', () => {
	itWithSpec(`is what npm run contract:build makes from ${specDir ?? 'the definition'}`, () => {
		expect(generateContractText(specDir!) === readFileSync(CONTRACT_FILE, 'utf8')).toBe(true);
	});
});
