/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * One shape for every operation file (issue 19, "keep the house easy to live in"): `execute` is a
 * function declaration, `export async function execute(this: IExecuteFunctions, itemIndex: number)`,
 * or comes from a shared factory (`export const { description, concurrency, execute } = …`). And
 * no node imports from another node's folder: what they share lives in nodes/shared/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { REPO_ROOT } from '../../scripts/lib/paths';

const ROOT = REPO_ROOT;

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

const sources = filesUnder(join(ROOT, 'nodes')).filter((file) => file.endsWith('.ts'));

describe('operation files', () => {
	const operations = sources.filter((file) => file.endsWith('.operation.ts'));

	it.each(operations.map((file) => [relative(ROOT, file)]))(
		'%s declares execute one way',
		(file) => {
			const text = readFileSync(join(ROOT, file), 'utf8');
			const declared = /^export async function execute\(\n?\s*this: IExecuteFunctions,/m.test(text);
			const fromFactory = /^export const \{[^}]*\bexecute\b[^}]*\} =/m.test(text);
			expect({ file, declared, fromFactory }).toEqual(
				expect.objectContaining({ declared: !fromFactory, fromFactory: !declared }),
			);
			expect(text).not.toMatch(/OperationModule\['execute'\] = /);
		},
	);

	it('finds the operation files', () => {
		expect(operations.length).toBeGreaterThan(80);
	});
});

describe('node folders', () => {
	const NODE_FOLDERS = ['Fivetran', 'FivetranTrigger', 'FivetranPollingTrigger'];

	it.each(NODE_FOLDERS)('%s imports no other node folder', (folder) => {
		const others = NODE_FOLDERS.filter((other) => other !== folder);
		const offending = sources
			.filter((file) => relative(join(ROOT, 'nodes'), file).split('/')[0] === folder)
			.filter((file) =>
				others.some((other) =>
					new RegExp(`from '(\\.\\./)+${other}/`).test(readFileSync(file, 'utf8')),
				),
			)
			.map((file) => relative(ROOT, file));
		expect(offending).toEqual([]);
	});
});
