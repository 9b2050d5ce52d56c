/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * n8n 2.41 in queue mode: one main (editor, API, activation; production webhooks disabled),
 * workers that execute, and a webhook processor that receives production webhooks. Every
 * process shares the user folder (community package), the database, Redis and the encryption key.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { logsDir, n8nEnv, startN8n, type RunningN8n } from '../lib/n8n';
import { pause, spawnGroup, stopGroup, type GroupProcess } from '../lib/processes';
import { ensureRuntime } from '../lib/runtime';
import { POSTGRES_DATABASE, POSTGRES_USER } from './services';

export interface QueueSettings {
	userFolder: string;
	postgresPort: number;
	redisPort: number;
	/** The webhook processor's port: the main registers webhooks (Fivetran's too) on its URL. */
	webhookPort: number;
}

/** The environment every queue-mode process (and CLI import) shares. */
export function queueEnv(settings: QueueSettings, encryptionKey: string): Record<string, string> {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(settings.redisPort),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(settings.postgresPort),
		DB_POSTGRESDB_DATABASE: POSTGRES_DATABASE,
		DB_POSTGRESDB_USER: POSTGRES_USER,
		DB_POSTGRESDB_PASSWORD: '',
		N8N_ENCRYPTION_KEY: encryptionKey,
		WEBHOOK_URL: `http://127.0.0.1:${settings.webhookPort}/`,
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
	};
}

export function newEncryptionKey(): string {
	return randomBytes(24).toString('hex');
}

export interface ServiceProcess {
	name: string;
	logFile: string;
	group: GroupProcess;
}

export interface QueueCluster {
	main: RunningN8n;
	workers: ServiceProcess[];
	webhook: ServiceProcess;
	webhookUrl: string;
	stop(): Promise<void>;
}

/** `n8n worker` or `n8n webhook`, with its own task-runner broker port and log file. */
async function startService(
	name: string,
	args: string[],
	env: Record<string, string>,
	userFolder: string,
): Promise<ServiceProcess> {
	const runtime = await ensureRuntime();
	const logFile = join(logsDir(userFolder), `${name}.log`);
	const processEnv = await n8nEnv(runtime, { userFolder, env });
	const group = spawnGroup(runtime.nodeBin, [runtime.n8nBin, ...args], {
		cwd: userFolder,
		env: processEnv,
		logFile,
	});
	return { name, logFile, group };
}

async function waitForWebhookProcessor(
	url: string,
	process: ServiceProcess,
	timeoutMs = 120_000,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) })).ok) return;
		} catch {
			// not listening yet
		}
		if (process.group.child.exitCode !== null)
			throw new Error(`${process.name} exited; see ${process.logFile}`);
		if (Date.now() > deadline)
			throw new Error(`${process.name} was not ready in time; see ${process.logFile}`);
		await pause(250);
	}
}

/**
 * Main first (it runs the migrations), then the workers and the webhook processor. Each
 * started process is stopped again when a later one fails to start.
 */
export async function startQueueCluster(
	settings: QueueSettings,
	env: Record<string, string>,
	workerCount: number,
): Promise<QueueCluster> {
	const main = await startN8n({
		userFolder: settings.userFolder,
		env: { ...env, N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' },
	});
	const started: ServiceProcess[] = [];
	const stop = async () => {
		await Promise.all(started.map((service) => stopGroup(service.group)));
		await main.stop();
	};
	let ready = false;
	try {
		for (let index = 1; index <= workerCount; index++) {
			started.push(
				await startService(
					`worker-${index}`,
					['worker', '--concurrency=10'],
					env,
					settings.userFolder,
				),
			);
		}
		const webhookEnv = {
			...env,
			N8N_PORT: String(settings.webhookPort),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
		};
		const webhook = await startService('webhook', ['webhook'], webhookEnv, settings.userFolder);
		started.push(webhook);
		const webhookUrl = `http://127.0.0.1:${settings.webhookPort}`;
		await waitForWebhookProcessor(webhookUrl, webhook);
		await Promise.all(started.filter((s) => s !== webhook).map((worker) => waitForWorker(worker)));
		ready = true;
		return { main, workers: started.filter((s) => s !== webhook), webhook, webhookUrl, stop };
	} finally {
		if (!ready) await stop();
	}
}

/** A worker is ready once it logs that it listens to the queue. */
async function waitForWorker(worker: ServiceProcess, timeoutMs = 120_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!/Worker ready|n8n worker is now ready/i.test(readFileSync(worker.logFile, 'utf8'))) {
		if (worker.group.child.exitCode !== null)
			throw new Error(`${worker.name} exited; see ${worker.logFile}`);
		if (Date.now() > deadline)
			throw new Error(`${worker.name} was not ready in time; see ${worker.logFile}`);
		await pause(250);
	}
}
