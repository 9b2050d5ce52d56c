/**
 * Checks that package-lock.json can serve `npm ci` on every platform. npm 11 writes a lock
 * from an existing node_modules without the optional packages of other platforms (e.g.
 * `@unrs/resolver-binding-darwin-arm64`); `npm ci` then refuses it as out of sync, on every
 * machine. Regenerating the lock in a folder without node_modules
 * (`npm install --package-lock-only`, see CONTRIBUTING.md) writes them all.
 */

/** The parts of a lockfileVersion 3 `package-lock.json` this check reads. */
export interface PackageLock {
	lockfileVersion: number;
	packages: Record<string, LockedPackage>;
}

interface LockedPackage {
	version?: string;
	dependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
}

/** The dependency fields of package.json that the lock's root entry repeats. */
export type PackageManifest = Pick<
	LockedPackage,
	'dependencies' | 'optionalDependencies' | 'devDependencies' | 'peerDependencies'
>;

/**
 * Where Node (and npm) find `name` required from the package at `from`: its own
 * node_modules, then each enclosing one up to the root (`from` is a lock key such as
 * `node_modules/a/node_modules/b`, or `''` for the root).
 */
function resolve(
	packages: PackageLock['packages'],
	from: string,
	name: string,
): string | undefined {
	let base = from;
	for (;;) {
		const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
		if (candidate in packages) return candidate;
		if (!base) return undefined;
		const parent = base.lastIndexOf('/node_modules/');
		base = parent >= 0 ? base.slice(0, parent) : '';
	}
}

/**
 * Problems that make `npm ci` refuse the lock: a dependency or optional dependency of a locked
 * package (any platform's) with no entry it resolves to, and a root entry whose dependencies
 * differ from package.json's. Empty when the lock is complete.
 */
export function lockProblems(lock: PackageLock, manifest: PackageManifest): string[] {
	const problems: string[] = [];
	if (lock.lockfileVersion < 2)
		problems.push(`lockfileVersion ${lock.lockfileVersion} has no packages map`);
	for (const [key, locked] of Object.entries(lock.packages)) {
		if (key !== '' && !key.includes('node_modules/')) continue; // a workspace or link target
		for (const field of ['dependencies', 'optionalDependencies'] as const) {
			for (const name of Object.keys(locked[field] ?? {})) {
				if (!resolve(lock.packages, key, name))
					problems.push(`${name} (${field} of ${key || 'the root'}) is missing from the lock`);
			}
		}
	}
	const root = lock.packages[''] ?? {};
	for (const field of [
		'dependencies',
		'optionalDependencies',
		'devDependencies',
		'peerDependencies',
	] as const) {
		const wanted = JSON.stringify(Object.entries(manifest[field] ?? {}).sort());
		const locked = JSON.stringify(Object.entries(root[field] ?? {}).sort());
		if (wanted !== locked) problems.push(`package.json's ${field} differ from the lock's`);
	}
	return problems;
}
