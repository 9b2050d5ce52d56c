/* eslint-disable no-console -- test tooling: runs under Node, never shipped */
/**
 * What `npm start` runs (scripts/start.ts adds the command line, the build and Ctrl-C): the
 * emulator with the demo account, or the real API; the package installed into a user folder;
 * the credential and example workflows imported; n8n started with the owner set up.
 */
import type { Emulator } from '../../test/emulator';
import { scheduleFailedSync, startDemoEmulator, type DemoAccount } from './demoAccount';
import { loadExampleWorkflows, NOTIFY_ON_FAILED_SYNC_ID } from './examples';
import {
	ensureRuntime,
	freePort,
	importCredential,
	importWorkflows,
	installPackageInto,
	publishWorkflow,
	startN8n,
	type OwnerLogin,
	type RunningN8n,
} from './n8n';
import { waitFor } from './waitFor';
import { fivetranCredential, type FivetranConnectionSettings } from './workflowBuilder';

export const DEMO_OWNER: OwnerLogin = {
	email: 'demo@example.com',
	password: 'Fivetran-demo-1',
	firstName: 'Demo',
	lastName: 'User',
};
export const EMULATOR_CREDENTIAL_NAME = 'Fivetran (local emulator)';
export const REAL_API_URL = 'https://api.fivetran.com';

export interface DemoOptions {
	userFolder: string;
	/** Preferred ports; taken when free, else any free port. */
	n8nPort: number;
	emulatorPort: number;
	/** The real API's key and secret: no emulator, and the trigger stays unpublished. */
	realApi?: { apiKey: string; apiSecret: string };
	/** When the demo's broken connection (app_db) fails a sync, for the trigger example. */
	failedSyncAfterMs: number;
}

export interface RunningDemo {
	n8n: RunningN8n;
	credentialName: string;
	settings: FivetranConnectionSettings;
	emulator?: { emu: Emulator; account: DemoAccount };
	/** Stops n8n and the emulator (once; later calls get the same promise). */
	stop(): Promise<void>;
}

async function prepareUserFolder(
	userFolder: string,
	credential: ReturnType<typeof fivetranCredential>,
	publishTrigger: boolean,
): Promise<void> {
	await ensureRuntime();
	console.log(`Installing the package into ${userFolder} and importing the examples...`);
	await installPackageInto(userFolder);
	await importCredential(credential, { userFolder });
	await importWorkflows(loadExampleWorkflows(), { userFolder });
	if (publishTrigger) await publishWorkflow(NOTIFY_ON_FAILED_SYNC_ID, { userFolder });
}

/**
 * n8n activates published workflows after its editor is ready: once the trigger's webhook
 * exists (events queued earlier would go nowhere), the broken connection starts a sync that fails.
 */
async function scheduleTriggerDemo(
	emulator: { emu: Emulator; account: DemoAccount },
	afterMs: number,
): Promise<void> {
	const { emu, account } = emulator;
	await waitFor(
		'the Fivetran Trigger to create its webhook',
		() => (emu.state.webhooks.size > 0 ? true : undefined),
		60_000,
	);
	const broken = account.connections.find((connection) => connection.schema === 'app_db');
	if (broken) await scheduleFailedSync(emu, broken.id, afterMs);
}

export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
	const emulator = options.realApi
		? undefined
		: await startDemoEmulator({
				port: await freePort(options.emulatorPort),
				clock: { mode: 'real' },
			});
	const settings: FivetranConnectionSettings = emulator
		? {
				apiKey: emulator.emu.apiKey,
				apiSecret: emulator.emu.apiSecret,
				baseUrl: emulator.emu.baseUrl,
			}
		: { ...options.realApi!, baseUrl: REAL_API_URL };
	const credentialName = emulator ? EMULATOR_CREDENTIAL_NAME : 'Fivetran (api.fivetran.com)';
	let started = false;
	try {
		if (emulator) console.log(`Fivetran emulator on ${emulator.emu.baseUrl}`);
		await prepareUserFolder(
			options.userFolder,
			fivetranCredential(settings, credentialName),
			emulator !== undefined,
		);
		console.log('Starting n8n...');
		const n8n = await startN8n({
			userFolder: options.userFolder,
			port: await freePort(options.n8nPort),
			owner: DEMO_OWNER,
		});
		if (emulator) await scheduleTriggerDemo(emulator, options.failedSyncAfterMs);
		started = true;
		let stopped: Promise<void> | undefined;
		// Idempotent: Ctrl-C and a crash of n8n may both ask.
		const stop = () => {
			stopped ??= n8n.stop().then(async () => await emulator?.emu.close());
			return stopped;
		};
		return { n8n, credentialName, settings, emulator, stop };
	} finally {
		if (!started) await emulator?.emu.close();
	}
}
