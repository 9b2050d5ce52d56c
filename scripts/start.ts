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
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { startEmulator, type Emulator } from '../test/emulator';
import { scheduleFailedSync, seedDemoAccount, type DemoAccount } from './lib/demoAccount';
import { loadExampleWorkflows, NOTIFY_ON_FAILED_SYNC_ID } from './lib/examples';
import {
	buildPackage,
	ensureRuntime,
	freePort,
	importCredential,
	importWorkflows,
	installPackageInto,
	publishWorkflow,
	startN8n,
	type OwnerLogin,
	type RunningN8n,
} from './lib/n8n';
import { cacheRoot } from './lib/paths';
import { fivetranCredential, type FivetranConnectionSettings } from './lib/workflowBuilder';

const DEMO_OWNER: OwnerLogin = {
	email: 'demo@example.com',
	password: 'Fivetran-demo-1',
	firstName: 'Demo',
	lastName: 'User',
};
const EMULATOR_PORT = 8787;
const N8N_PORT = 5678;
/** When the demo's broken connection fails a sync, so the trigger example has something to show. */
const FAILED_SYNC_AFTER_MS = 90_000;

interface Target {
	settings: FivetranConnectionSettings;
	credentialName: string;
	emulator?: { emu: Emulator; demo: DemoAccount };
}

function parseOptions(): { real: boolean; port?: number } {
	const { values } = parseArgs({
		args: process.argv.slice(2),
		options: { real: { type: 'boolean', default: false }, port: { type: 'string' } },
		strict: true,
	});
	const port = values.port === undefined ? undefined : Number(values.port);
	if (port !== undefined && !Number.isInteger(port)) throw new Error('--port needs a number');
	const fromEnv = Boolean(process.env.FIVETRAN_API_KEY && process.env.FIVETRAN_API_SECRET);
	return { real: values.real === true || fromEnv, port };
}

async function realTarget(): Promise<Target> {
	const apiKey = process.env.FIVETRAN_API_KEY;
	const apiSecret = process.env.FIVETRAN_API_SECRET;
	if (!apiKey || !apiSecret) throw new Error('--real needs FIVETRAN_API_KEY and FIVETRAN_API_SECRET in the environment');
	return { settings: { apiKey, apiSecret, baseUrl: 'https://api.fivetran.com' }, credentialName: 'Fivetran (api.fivetran.com)' };
}

async function emulatorTarget(): Promise<Target> {
	const emu = await startEmulator({
		port: await freePort(EMULATOR_PORT),
		clock: { mode: 'real' },
		seed: { users: 4, random: 1 },
	});
	const demo = await seedDemoAccount(emu);
	return {
		settings: { apiKey: emu.apiKey, apiSecret: emu.apiSecret, baseUrl: emu.baseUrl },
		credentialName: 'Fivetran (local emulator)',
		emulator: { emu, demo },
	};
}

function printReady(n8n: RunningN8n, target: Target): void {
	const lines = [
		'',
		'n8n is ready with the Fivetran nodes (community package n8n-nodes-fivetran):',
		`  Editor:   ${n8n.url}`,
		`  Login:    ${n8n.owner.email} / ${n8n.owner.password}`,
		`  Credential "${target.credentialName}" -> ${target.settings.baseUrl}`,
		'  Workflows: list connections, sync and wait, notify on failed sync, invite a user, create a system key',
	];
	const demo = target.emulator?.demo;
	if (demo) {
		lines.push(
			`  Emulated account: ${demo.groups} destinations, ${demo.connections.length} connections, ${demo.users} users, ${demo.systemKeys} system key`,
			`  "Fivetran: notify on failed sync" is published: app_db fails a sync in ${FAILED_SYNC_AFTER_MS / 1000} s.`,
		);
	}
	lines.push(`  n8n log: ${n8n.logFile}`, 'Press Ctrl-C to stop everything.');
	console.log(lines.join('\n'));
}

async function main(): Promise<void> {
	const options = parseOptions();
	await buildPackage();
	const target = options.real ? await realTarget() : await emulatorTarget();
	let n8n: RunningN8n | undefined;
	let stopping = false;
	const stopAll = async (exitCode: number) => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n and the emulator...');
		await n8n?.stop();
		await target.emulator?.emu.close();
		process.exit(exitCode);
	};
	process.once('SIGINT', () => void stopAll(0));
	process.once('SIGTERM', () => void stopAll(0));
	try {
		if (target.emulator) console.log(`Fivetran emulator on ${target.emulator.emu.baseUrl}`);
		await ensureRuntime();
		const userFolder = join(cacheRoot(), 'demo-user');
		console.log(`Installing the package into ${userFolder} and importing the examples...`);
		await installPackageInto(userFolder);
		await importCredential(fivetranCredential(target.settings, target.credentialName), { userFolder });
		await importWorkflows(loadExampleWorkflows(), { userFolder });
		if (target.emulator) await publishWorkflow(NOTIFY_ON_FAILED_SYNC_ID, { userFolder });
		console.log('Starting n8n...');
		n8n = await startN8n({ userFolder, port: options.port ?? (await freePort(N8N_PORT)), owner: DEMO_OWNER });
		if (target.emulator) {
			const broken = target.emulator.demo.connections.find((connection) => connection.schema === 'app_db');
			if (broken) await scheduleFailedSync(target.emulator.emu, broken.id, FAILED_SYNC_AFTER_MS);
		}
		printReady(n8n, target);
		void n8n.exited.then((code) => {
			if (stopping) return;
			console.error(`n8n exited unexpectedly (code ${code}); see ${n8n?.logFile}`);
			void stopAll(1);
		});
	} catch (error) {
		console.error(`npm start: ${(error as Error).message}`);
		await stopAll(1);
	}
}

main().catch((error: Error) => {
	console.error(`npm start: ${error.message}`);
	process.exit(1);
});
