/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * The browser for the editor end-to-end test: Debian's `chromium` package (no browser download
 * works here, so playwright's own browsers are not an option). CI starts from a fresh machine,
 * so a missing Chromium is installed with apt-get, which needs root.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { cacheRoot } from './paths';
import { runOrThrow } from './processes';

/** Debian's binary; `CHROMIUM_PATH` points elsewhere (e.g. a locally installed Chrome). */
export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

const APT_ENV = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };

function isRoot(): boolean {
	return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Returns the Chromium executable, installing Debian's `chromium` first when it is missing
 * (`apt-get update` then `apt-get install -y chromium`, a few minutes on a cold machine).
 */
export async function ensureChromium(): Promise<string> {
	const executable = chromiumPath();
	if (existsSync(executable)) return executable;
	if (!isRoot()) {
		throw new Error(
			`Chromium not found at ${executable}. Install it as root (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.`,
		);
	}
	const logFile = join(cacheRoot(), 'logs', 'chromium-install.log');
	console.log(`Installing Debian's chromium with apt-get (log: ${logFile}) ...`);
	const options = { env: APT_ENV, logFile, timeoutMs: 15 * 60_000 };
	await runOrThrow('apt-get', ['update'], options);
	await runOrThrow('apt-get', ['install', '-y', 'chromium'], options);
	if (!existsSync(executable))
		throw new Error(`apt-get installed chromium but ${executable} is missing`);
	console.log(`Chromium installed at ${executable}`);
	return executable;
}
