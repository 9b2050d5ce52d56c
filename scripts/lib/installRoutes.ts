/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * The documented ways of loading this package into n8n besides the community-package install
 * (communityPackage.ts), all read by n8n's custom-directory loader, which takes every
 * `*.node.js` and `*.credentials.js` below a folder as a node or credential of the package
 * "CUSTOM" (node types `CUSTOM.fivetran`, `CUSTOM.fivetranTrigger`):
 *
 * - `N8N_CUSTOM_EXTENSIONS=<folder>` (several separated by `;`), here the unpacked package;
 * - `<user folder>/.n8n/custom`, n8n's folder for private nodes, here with the package installed
 *   by npm;
 * - `n8n-node dev`, which links the checkout into `<user folder>/.n8n/custom/node_modules`.
 */
import { existsSync, mkdtempSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { installTarballInto, packPackage, PACKAGE_NAME } from './communityPackage';
import { logsDir } from './n8nCli';
import { REPO_ROOT } from './paths';
import { runOrThrow, spawnGroup, stopGroup } from './processes';
import { waitFor } from './waitFor';

/** The package name n8n gives everything its custom-directory loader loads. */
export const CUSTOM_PACKAGE = 'CUSTOM';

/** `<user folder>/.n8n/custom`: the folder n8n always reads private nodes from. */
export function customExtensionsDir(userFolder: string): string {
	return join(userFolder, '.n8n', 'custom');
}

/** Unpacks the packed tarball into a fresh temp folder; resolves to the package's folder. */
export async function unpackPackage(): Promise<string> {
	const tarball = await packPackage();
	const dir = mkdtempSync(join(tmpdir(), 'n8n-nodes-fivetran-unpacked-'));
	await runOrThrow('tar', ['-xzf', tarball, '-C', dir], { logFile: join(dir, 'unpack.log') });
	return join(dir, 'package');
}

/** Installs the packed package with npm into `<user folder>/.n8n/custom`. */
export async function installIntoCustomFolder(userFolder: string): Promise<void> {
	await installTarballInto(
		customExtensionsDir(userFolder),
		join(logsDir(userFolder), 'install-custom.log'),
	);
}

/**
 * Runs the repo's own `n8n-node dev --external-n8n --custom-user-folder <user folder>` (from
 * @n8n/node-cli) just long enough for it to link the checkout as
 * `<user folder>/.n8n/custom/node_modules/n8n-nodes-fivetran`, then stops it (and the
 * `tsc --watch` it started) before that compiles anything. Resolves to the environment `n8n-node
 * dev` gives the n8n it starts itself (`npx n8n@latest`; the tests start the pinned n8n instead).
 */
export async function linkWithNodeDev(userFolder: string): Promise<Record<string, string>> {
	const link = join(customExtensionsDir(userFolder), 'node_modules', PACKAGE_NAME);
	const dev = spawnGroup(
		join(REPO_ROOT, 'node_modules', '.bin', 'n8n-node'),
		['dev', '--external-n8n', '--custom-user-folder', userFolder],
		{ cwd: REPO_ROOT, env: process.env, logFile: join(logsDir(userFolder), 'n8n-node-dev.log') },
	);
	let exitCode: number | undefined;
	void dev.exited.then((code) => (exitCode = code));
	try {
		await waitFor(
			`n8n-node dev to link the package as ${link}`,
			() => {
				if (existsSync(link)) return true;
				if (exitCode !== undefined) throw new Error(`n8n-node dev exited with ${exitCode}`);
				return undefined;
			},
			60_000,
		);
	} finally {
		await stopGroup(dev);
	}
	const target = resolve(customExtensionsDir(userFolder), 'node_modules', readlinkSync(link));
	if (target !== REPO_ROOT)
		throw new Error(`n8n-node dev linked ${link} to ${target}, not to the checkout ${REPO_ROOT}`);
	return { N8N_DEV_RELOAD: 'true', DB_SQLITE_POOL_SIZE: '10' };
}
