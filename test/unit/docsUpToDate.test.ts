/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * The README's operation tables and docs/operations.md are what the node description makes
 * (`npm run docs:operations` rewrites both): an operation, field or text changed without them fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { generatedDocs } from '../../scripts/docs/generatedDocs';
import { REPO_ROOT } from '../../scripts/lib/paths';

const read = (...path: string[]) => readFileSync(join(REPO_ROOT, ...path), 'utf8');

describe('generated operation docs', () => {
	const readme = read('README.md');
	const expected = generatedDocs(readme);

	it("README.md's operation tables match the node description", () => {
		expect(readme).toBe(expected.readme);
	});

	it('docs/operations.md matches the node description', () => {
		expect(read('docs', 'operations.md')).toBe(expected.reference);
	});
});
