/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * This repo as an installed community package: built, packed with `npm pack`, and installed
 * into `<userFolder>/.n8n/nodes`, where n8n 2.41 loads every `n8n-nodes-*` package at start
 * (node types `n8n-nodes-fivetran.fivetran` and `n8n-nodes-fivetran.fivetranTrigger`).
 * No registry is involved: the package has no dependencies and n8n-workflow is a peer.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { REPO_ROOT } from './paths';
import { runCommand, runOrThrow } from './processes';

export const PACKAGE_NAME = 'n8n-nodes-fivetran';

/**
 * `npm run build` (lifecycle scripts are off, so nothing builds on its own). On failure the
 * error names only the compiler's findings, not the spinner frames of n8n-node's output.
 */
export async function buildPackage(
	logFile = join(tmpdir(), 'n8n-nodes-fivetran-build.log'),
): Promise<void> {
	console.log('Building the package (npm run build)...');
	const { code, output } = await runCommand('npm', ['run', 'build'], { cwd: REPO_ROOT, logFile });
	if (code === 0) return;
	const findings = output
		.split(/[\r\n]+/)
		.filter((line) => /error|failed/i.test(line) && !line.includes('\u001b'));
	throw new Error(`npm run build failed (log: ${logFile}):\n${findings.join('\n')}`);
}

let packed: Promise<string> | undefined;

/**
 * Set by the e2e global setup to the tarball it packed: test files install that one, so a
 * rebuild of dist/ while they run (another build in the same tree) cannot affect them.
 */
export const PACKED_TARBALL_ENV = 'N8N_FIVETRAN_PACKAGE_TARBALL';

/** Packs the built package once per process; resolves to the tarball's path. */
export function packPackage(): Promise<string> {
	const prepacked = process.env[PACKED_TARBALL_ENV];
	if (prepacked && existsSync(prepacked)) return Promise.resolve(prepacked);
	packed ??= (async () => {
		if (!existsSync(join(REPO_ROOT, 'dist', 'nodes', 'Fivetran', 'Fivetran.node.js'))) {
			throw new Error('dist/ is missing: run `npm run build` (or buildPackage()) before packing');
		}
		const destination = mkdtempSync(join(tmpdir(), 'n8n-nodes-fivetran-pack-'));
		const output = await runOrThrow('npm', ['pack', '--json', '--pack-destination', destination], {
			cwd: REPO_ROOT,
			logFile: join(destination, 'pack.log'),
		});
		const [{ filename }] = JSON.parse(output.slice(output.indexOf('['))) as Array<{
			filename: string;
		}>;
		return join(destination, filename);
	})();
	packed.catch(() => {
		packed = undefined;
	});
	return packed;
}

/** n8n's folder of installed community packages for an `N8N_USER_FOLDER`. */
export function communityNodesDir(userFolder: string): string {
	return join(userFolder, '.n8n', 'nodes');
}

/**
 * Packs (once) and installs the package with npm into `dir` (given a small `package.json` when
 * it has none), as `<dir>/node_modules/n8n-nodes-fivetran`, replacing an older install.
 */
export async function installTarballInto(dir: string, logFile: string): Promise<void> {
	const tarball = await packPackage();
	mkdirSync(dir, { recursive: true });
	const manifest = join(dir, 'package.json');
	if (!existsSync(manifest))
		writeFileSync(manifest, JSON.stringify({ name: 'installed-nodes', private: true }, null, 2));
	await runOrThrow(
		'npm',
		['install', '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund', tarball],
		{ cwd: dir, logFile },
	);
}

/** Packs (once) and installs the package into the user folder, replacing an older install. */
export async function installPackageInto(userFolder: string): Promise<void> {
	await installTarballInto(
		communityNodesDir(userFolder),
		join(userFolder, 'logs', 'install-package.log'),
	);
}
