/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * The committed package-lock.json serves `npm ci` on every platform (scripts/lib/lockfile.ts):
 * every optional package of every platform is locked, and it matches package.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { lockProblems, type PackageLock } from '../../scripts/lib/lockfile';
import { REPO_ROOT } from '../../scripts/lib/paths';

const readJson = <T>(file: string): T =>
	JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as T;

it('the committed lock holds every dependency of every platform and matches package.json', () => {
	expect(lockProblems(readJson('package-lock.json'), readJson('package.json'))).toEqual([]);
});

describe('lockProblems', () => {
	const manifest = { devDependencies: { resolver: '1.0.0' } };
	const lock = (packages: PackageLock['packages']): PackageLock => ({
		lockfileVersion: 3,
		packages: { '': { devDependencies: { resolver: '1.0.0' } }, ...packages },
	});
	const resolver = {
		version: '1.0.0',
		optionalDependencies: { 'binding-linux-x64': '1.0.0', 'binding-darwin-arm64': '1.0.0' },
	};

	it("names another platform's optional package that npm left out", () => {
		const problems = lockProblems(
			lock({
				'node_modules/resolver': resolver,
				'node_modules/binding-linux-x64': { version: '1.0.0' },
			}),
			manifest,
		);
		expect(problems).toEqual([
			'binding-darwin-arm64 (optionalDependencies of node_modules/resolver) is missing from the lock',
		]);
	});

	it('finds a dependency where Node would: nested first, then the enclosing folders', () => {
		const packages = {
			'node_modules/resolver': resolver,
			'node_modules/binding-linux-x64': { version: '1.0.0' },
			'node_modules/resolver/node_modules/binding-darwin-arm64': { version: '1.0.0' },
			'node_modules/resolver/node_modules/inner': {
				version: '1.0.0',
				dependencies: { 'binding-linux-x64': '1.0.0', 'binding-darwin-arm64': '1.0.0' },
			},
		};
		expect(lockProblems(lock(packages), manifest)).toEqual([]);
		const without = Object.fromEntries(
			Object.entries(packages).filter(([key]) => key !== 'node_modules/binding-linux-x64'),
		);
		expect(lockProblems(lock(without), manifest)).toEqual([
			'binding-linux-x64 (optionalDependencies of node_modules/resolver) is missing from the lock',
			'binding-linux-x64 (dependencies of node_modules/resolver/node_modules/inner) is missing from the lock',
		]);
	});

	it("names a package.json whose dependencies the lock's root does not have", () => {
		expect(
			lockProblems(lock({ 'node_modules/resolver': { version: '1.0.0' } }), {
				devDependencies: { resolver: '1.0.0', added: '2.0.0' },
			}),
		).toEqual(["package.json's devDependencies differ from the lock's"]);
	});
});
