/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * `npm run test:queue`: this package in n8n 2.41 queue mode, by hand (not in CI; decisions.md).
 *
 * Starts PostgreSQL and Redis (installing them from Debian when missing), the Fivetran emulator
 * in this process (real clock, seeded connections), then n8n main + 2 workers + 1 webhook
 * processor with the package installed as a community package, all on loopback. Measures:
 *   1. 200 executions of Webhook -> Fivetran node, 20 concurrent, and their split over workers;
 *   2. 500 signed Fivetran Trigger deliveries, 20 concurrent, to the webhook processor: none
 *      lost, none duplicated (counted through n8n's public API);
 *   3. bad signatures: 401 and no execution.
 * Prints the figures, writes bench/results/queue-latest.json, stops everything it started
 * (also on failure) and exits non-zero when an expectation failed.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmulator, type Emulator } from '../../test/emulator';
import {
	buildPackage,
	createUserFolder,
	ensureRuntime,
	importCredential,
	importWorkflows,
	installPackageInto,
} from '../lib/n8n';
import { REPO_ROOT } from '../lib/paths';
import { freePort } from '../lib/ports';
import { waitFor } from '../lib/waitFor';
import { fivetranCredential, productionWebhookUrl } from '../lib/workflowBuilder';
import { newEncryptionKey, queueEnv, startQueueCluster, type QueueCluster } from './cluster';
import { evaluate, type QueueResults } from './expectations';
import { runBadSignatures, runNodeLoad, runTriggerLoad } from './scenarios';
import { ensureServicesInstalled, startPostgres, startRedis, type Service } from './services';
import {
	CREDENTIAL_NAME,
	NODE_WORKFLOW_ID,
	nodeWorkflow,
	TRIGGER_WEBHOOK_ID,
	TRIGGER_WORKFLOW_ID,
	triggerWorkflow,
} from './workflows';

const RESULTS_FILE = join(REPO_ROOT, 'bench', 'results', 'queue-latest.json');
const WORKERS = 2;

/** Things to stop, last started first. */
const cleanups: Array<{ name: string; stop: () => Promise<void> }> = [];

async function stopAll(): Promise<void> {
	for (const { name, stop } of cleanups.reverse()) {
		try {
			await stop();
		} catch (error) {
			console.error(`Stopping ${name} failed: ${(error as Error).message}`);
		}
	}
	cleanups.length = 0;
}

function step(message: string, startedAt: number): void {
	console.log(`[${((Date.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

async function startEverything(
	workDir: string,
	startedAt: number,
): Promise<{ cluster: QueueCluster; emu: Emulator; userFolder: string }> {
	await ensureServicesInstalled(join(workDir, 'apt.log'));
	await ensureRuntime();
	await buildPackage();
	const postgres: Service = await startPostgres(workDir);
	cleanups.push({ name: 'PostgreSQL', stop: postgres.stop });
	const redis = await startRedis(workDir);
	cleanups.push({ name: 'Redis', stop: redis.stop });
	step(`PostgreSQL on ${postgres.port}, Redis on ${redis.port}`, startedAt);

	const emu = await startEmulator({
		port: 0,
		seed: { groups: 2, connections: 20 },
		clock: { mode: 'real' },
	});
	cleanups.push({ name: 'emulator', stop: () => emu.close() });

	const userFolder = createUserFolder('queue');
	await installPackageInto(userFolder);
	const settings = {
		userFolder,
		postgresPort: postgres.port,
		redisPort: redis.port,
		webhookPort: await freePort(),
	};
	const env = queueEnv(settings, newEncryptionKey());
	const credential = fivetranCredential(
		{ apiKey: emu.apiKey, apiSecret: emu.apiSecret, baseUrl: emu.baseUrl },
		CREDENTIAL_NAME,
	);
	await importCredential(credential, { userFolder, env });
	await importWorkflows([nodeWorkflow(), triggerWorkflow()], { userFolder, env });
	step(`Package installed and workflows imported into ${userFolder}`, startedAt);

	const cluster = await startQueueCluster(settings, env, WORKERS);
	cleanups.push({ name: 'n8n', stop: cluster.stop });
	step(
		`n8n main ${cluster.main.url}, ${cluster.workers.length} workers, webhook processor ${cluster.webhookUrl}`,
		startedAt,
	);
	return { cluster, emu, userFolder };
}

async function main(): Promise<number> {
	const startedAt = Date.now();
	const workDir = mkdtempSync(join(tmpdir(), 'n8n-queue-'));
	const { cluster, emu, userFolder } = await startEverything(workDir, startedAt);
	const api = await cluster.main.api();
	for (const id of [NODE_WORKFLOW_ID, TRIGGER_WORKFLOW_ID])
		await api.publicApi('POST', `/workflows/${id}/activate`);
	const triggerUrl = productionWebhookUrl(cluster.webhookUrl, TRIGGER_WEBHOOK_ID);
	await waitFor('the trigger webhook in the emulator', () =>
		[...emu.state.webhooks.values()].some((webhook) => webhook.url === triggerUrl)
			? true
			: undefined,
	);
	step('Workflows published; the trigger created its webhook in the emulator', startedAt);

	const context = { cluster, api, emu };
	const node = await runNodeLoad(context, 200, 20);
	step(`Fivetran node: ${JSON.stringify(node)}`, startedAt);
	const trigger = await runTriggerLoad(context, 500, 20);
	step(`Fivetran Trigger: ${JSON.stringify(trigger)}`, startedAt);
	const badSignatures = await runBadSignatures(context, 20);
	step(`Bad signatures: ${JSON.stringify(badSignatures)}`, startedAt);

	const results: QueueResults = {
		ranAt: new Date(startedAt).toISOString(),
		n8n: '2.41.0',
		deployment: {
			main: 1,
			workers: WORKERS,
			webhookProcessors: 1,
			workerConcurrency: 10,
			database: 'PostgreSQL 15',
			queue: 'Redis 7',
		},
		node,
		trigger,
		badSignatures,
		problems: [],
		durationSeconds: 0,
		logs: userFolder,
	};
	results.problems = evaluate(results);
	results.durationSeconds = Math.round((Date.now() - startedAt) / 1000);
	mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
	writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
	step(`Results written to ${RESULTS_FILE}`, startedAt);
	for (const problem of results.problems) console.error(`FAILED: ${problem}`);
	if (results.problems.length === 0) console.log('All queue-mode expectations met.');
	return results.problems.length === 0 ? 0 : 1;
}

process.once('SIGINT', () => {
	console.error('Interrupted: stopping everything...');
	void stopAll().finally(() => process.exit(130));
});

main()
	.then(async (code) => {
		await stopAll();
		process.exit(code);
	})
	.catch(async (error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		await stopAll();
		process.exit(1);
	});
