/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * The n8n runtime cache: Node 24 (from the npm package `node-<platform>-<arch>`) and n8n 2.41.0,
 * installed once outside the repo (n8n 2.41 refuses Node 20, the machine's Node).
 *
 * Installs skip lifecycle scripts (like the repo's .npmrc), so sqlite3's native addon is built
 * here with node-gyp against Node 24's headers. A marker file with the versions is written
 * only after the whole runtime verified; without it the cache counts as missing or unfinished.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { withLock } from './lock';
import { runtimeDir } from './paths';
import { runCommand, streamCommand } from './processes';

export const NODE_VERSION = '24.21.0';
/** 2.41.3 does not install (a missing dependency): pinned. */
export const N8N_VERSION = '2.41.0';
const MARKER = '.n8n-nodes-fivetran-runtime.json';

export interface Runtime {
	/** Node 24 binary. */
	nodeBin: string;
	/** n8n's bin script: run it as `nodeBin n8nBin <args>`. */
	n8nBin: string;
	runtimeDir: string;
}

interface Marker {
	node: string;
	n8n: string;
	platform: string;
	arch: string;
	builtAt: string;
}

const nodePackage = `node-${process.platform}-${process.arch}`;

function layout(dir: string): Runtime & { nodePackageDir: string; sqliteDir: string } {
	const nodePackageDir = join(dir, 'node_modules', nodePackage);
	return {
		runtimeDir: dir,
		nodeBin: join(nodePackageDir, 'bin', 'node'),
		n8nBin: join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		nodePackageDir,
		sqliteDir: join(dir, 'node_modules', 'sqlite3'),
	};
}

function expectedMarker(): Omit<Marker, 'builtAt'> {
	return { node: NODE_VERSION, n8n: N8N_VERSION, platform: process.platform, arch: process.arch };
}

function markerMatches(dir: string): boolean {
	try {
		const marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as Marker;
		const expected = expectedMarker();
		const paths = layout(dir);
		return (
			(Object.keys(expected) as Array<keyof typeof expected>).every(
				(key) => marker[key] === expected[key],
			) &&
			existsSync(paths.nodeBin) &&
			existsSync(paths.n8nBin)
		);
	} catch {
		return false;
	}
}

/** Node 24 runs, n8n has the pinned version, and sqlite3's addon loads under Node 24. */
async function verify(dir: string): Promise<boolean> {
	const { nodeBin, n8nBin } = layout(dir);
	if (!existsSync(nodeBin) || !existsSync(n8nBin)) return false;
	const check = [
		`if (process.version !== 'v${NODE_VERSION}') throw new Error('node ' + process.version);`,
		`const n8n = require('n8n/package.json').version;`,
		`if (n8n !== '${N8N_VERSION}') throw new Error('n8n ' + n8n);`,
		`require('sqlite3');`,
	].join(' ');
	const { code } = await runCommand(nodeBin, ['-e', check], {
		cwd: dir,
		logFile: join(dir, 'verify.log'),
	});
	return code === 0;
}

function formatElapsed(startedAt: number): string {
	const seconds = Math.round((Date.now() - startedAt) / 1000);
	return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

async function installPackages(dir: string): Promise<void> {
	const startedAt = Date.now();
	const dependencies = { [nodePackage]: NODE_VERSION, n8n: N8N_VERSION };
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: 'n8n-nodes-fivetran-runtime', private: true, dependencies }, null, 2),
	);
	console.log(
		`Installing Node ${NODE_VERSION} and n8n ${N8N_VERSION} into ${dir} (a few minutes, once)...`,
	);
	let downloads = 0;
	await streamCommand(
		'npm',
		['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=http'],
		{
			cwd: dir,
			logFile: join(dir, 'install.log'),
			onLine: (line) => {
				// One line per package tarball (.tgz), downloaded or taken from npm's cache.
				if (/^npm http (fetch|cache) .*\.tgz\b/.test(line)) {
					downloads += 1;
					if (downloads % 250 === 0)
						console.log(`  npm: ${downloads} packages (${formatElapsed(startedAt)})`);
				} else if (/^npm error|^added |^changed |^up to date/.test(line)) {
					console.log(`  ${line}`);
				}
			},
		},
	);
	console.log(`  npm install done in ${formatElapsed(startedAt)}`);
}

/** Builds sqlite3's addon for Node 24 (its install script, which would, is skipped). */
async function buildSqlite(dir: string): Promise<void> {
	const startedAt = Date.now();
	const paths = layout(dir);
	console.log('Building sqlite3 for Node 24 with node-gyp (about 3 minutes, once)...');
	const bundledGyp = join(dir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
	const [command, args] = existsSync(bundledGyp)
		? [paths.nodeBin, [bundledGyp]]
		: ['npx', ['--yes', 'node-gyp']];
	await streamCommand(command, [...args, 'rebuild', '-j', '1'], {
		cwd: paths.sqliteDir,
		env: {
			...process.env,
			PATH: `${dirname(paths.nodeBin)}:${process.env.PATH ?? ''}`,
			npm_config_nodedir: paths.nodePackageDir,
		},
		logFile: join(dir, 'install.log'),
		onLine: (line) => {
			if (/^gyp (info ok|ERR)|CXX|CC\(target\)|SOLINK/.test(line))
				console.log(`  sqlite3: ${line.trim()}`);
		},
	});
	console.log(`  sqlite3 built in ${formatElapsed(startedAt)}`);
}

async function createRuntime(dir: string): Promise<void> {
	mkdirSync(dir, { recursive: true });
	await installPackages(dir);
	await buildSqlite(dir);
	if (!(await verify(dir)))
		throw new Error(
			`The runtime in ${dir} does not work after installing; see ${join(dir, 'verify.log')}`,
		);
}

let ensured: Promise<Runtime> | undefined;

/**
 * The runtime, created when missing (with visible progress) and reused otherwise. A cache
 * without a marker (an interrupted or hand-made install) is verified and adopted, or completed.
 */
export function ensureRuntime(): Promise<Runtime> {
	ensured ??= (async () => {
		const dir = runtimeDir();
		const { nodeBin, n8nBin } = layout(dir);
		const runtime: Runtime = { runtimeDir: dir, nodeBin, n8nBin };
		if (markerMatches(dir)) return runtime;
		mkdirSync(dirname(dir), { recursive: true });
		await withLock(`${dir}.lock`, 'installing the n8n runtime', async () => {
			if (markerMatches(dir)) return; // another process finished it meanwhile
			if (!(await verify(dir))) await createRuntime(dir);
			const marker: Marker = { ...expectedMarker(), builtAt: new Date().toISOString() };
			writeFileSync(join(dir, MARKER), JSON.stringify(marker, null, 2));
		});
		return runtime;
	})();
	// A failed attempt may be retried by the next caller.
	ensured.catch(() => {
		ensured = undefined;
	});
	return ensured;
}
