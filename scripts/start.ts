/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * `npm start [-- --real] [--port 5678]`: this package inside a real n8n, ready to click through.
 *
 * Builds the package, starts the Fivetran emulator with a small demo account (real clock),
 * makes sure Node 24 + n8n 2.41.0 are cached (first run: a few minutes, with progress),
 * installs the package as a community package into a user folder under the cache, imports the
 * credential "Fivetran (local emulator)" and the example workflows, publishes the failed-sync
 * trigger, starts n8n and prints the editor URL and login. Ctrl-C stops all of it.
 *
 * `--real`, or FIVETRAN_API_KEY and FIVETRAN_API_SECRET in the environment, point the
 * credential at https://api.fivetran.com instead (no emulator; the trigger stays unpublished,
 * as Fivetran delivers only to public HTTPS URLs).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { startDemo, type RunningDemo } from './lib/demo';
import { buildPackage } from './lib/n8n';
import { cacheRoot } from './lib/paths';

const EMULATOR_PORT = 8787;
const N8N_PORT = 5678;
const FAILED_SYNC_AFTER_MS = 90_000;

function parseOptions(): { realApi?: { apiKey: string; apiSecret: string }; port: number } {
	const { values } = parseArgs({
		args: process.argv.slice(2),
		options: { real: { type: 'boolean', default: false }, port: { type: 'string' } },
		strict: true,
	});
	const port = values.port === undefined ? N8N_PORT : Number(values.port);
	if (!Number.isInteger(port)) throw new Error('--port needs a number');
	const apiKey = process.env.FIVETRAN_API_KEY;
	const apiSecret = process.env.FIVETRAN_API_SECRET;
	if (values.real === true && !(apiKey && apiSecret)) {
		throw new Error('--real needs FIVETRAN_API_KEY and FIVETRAN_API_SECRET in the environment');
	}
	return { port, realApi: apiKey && apiSecret ? { apiKey, apiSecret } : undefined };
}

function printReady(demo: RunningDemo, startedAt: number): void {
	const { n8n, emulator } = demo;
	const lines = [
		'',
		`n8n is ready with the Fivetran nodes (community package n8n-nodes-fivetran) after ${Math.round((Date.now() - startedAt) / 1000)} s:`,
		`  Editor:   ${n8n.url}`,
		`  Login:    ${n8n.owner.email} / ${n8n.owner.password}`,
		`  Credential "${demo.credentialName}" -> ${demo.settings.baseUrl}`,
		'  Workflows: list connections, sync and wait, notify on failed sync, invite a user, create a system key',
	];
	if (emulator) {
		const { account } = emulator;
		lines.push(
			`  Emulated account: ${account.groups} destinations, ${account.connections.length} connections, ${account.users} users, ${account.systemKeys} system key`,
			`  "Fivetran: notify on failed sync" is published: app_db fails a sync in ${FAILED_SYNC_AFTER_MS / 1000} s.`,
		);
	}
	lines.push(`  n8n log: ${n8n.logFile}`, 'Press Ctrl-C to stop everything.');
	console.log(lines.join('\n'));
}

async function main(): Promise<void> {
	const startedAt = Date.now();
	const options = parseOptions();
	let demo: RunningDemo | undefined = undefined;
	let stopping = false;
	const stopAll = async (exitCode: number) => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n and the emulator...');
		await demo?.stop();
		// Anything still starting (n8n mid-launch) is killed by the process-exit hook of lib/processes.
		process.exit(exitCode);
	};
	process.once('SIGINT', () => void stopAll(0));
	process.once('SIGTERM', () => void stopAll(0));
	await buildPackage();
	const userFolder = join(cacheRoot(), 'demo-user');
	// Start from an empty n8n every time, as the emulator does: n8n 2.41 keeps the previous
	// run's webhook rows and, finding them at start-up, skips creating the trigger's webhook
	// in the new emulator (its 'init' activation swallows the duplicate-row error).
	rmSync(userFolder, { recursive: true, force: true });
	demo = await startDemo({
		userFolder,
		n8nPort: options.port,
		emulatorPort: EMULATOR_PORT,
		realApi: options.realApi,
		failedSyncAfterMs: FAILED_SYNC_AFTER_MS,
	});
	printReady(demo, startedAt);
	void demo.n8n.exited.then((code) => {
		if (stopping) return;
		console.error(`n8n exited unexpectedly (code ${code}); see ${demo?.n8n.logFile}`);
		void stopAll(1);
	});
}

main().catch((error: Error) => {
	console.error(`npm start: ${error.message}`);
	process.exit(1);
});
