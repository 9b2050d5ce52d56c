/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * `n8n start` as a child process group: waits until the editor is ready (`/healthz` answers
 * earlier than that, so it waits for `/rest/settings`), sets up the owner, and stops cleanly.
 */
import { join } from 'node:path';

import { N8nApi, type OwnerLogin } from './n8nApi';
import { logsDir, n8nEnv, type N8nProcessOptions } from './n8nCli';
import { freePort } from './ports';
import { pause, spawnGroup, stopGroup } from './processes';
import { ensureRuntime } from './runtime';

export interface StartN8nOptions extends N8nProcessOptions {
	/** Default: a free port. */
	port?: number;
	/** Default: DEFAULT_OWNER. */
	owner?: OwnerLogin;
	/** Default 180 s (the first start of a user folder runs the database migrations). */
	readyTimeoutMs?: number;
}

export interface RunningN8n {
	/** e.g. `http://127.0.0.1:5678` (no trailing slash). */
	url: string;
	port: number;
	owner: OwnerLogin;
	logFile: string;
	/** Resolves with n8n's exit code when it exits (stopped, or crashed). */
	exited: Promise<number>;
	/** Logs in as the owner. */
	api(): Promise<N8nApi>;
	/** Stops n8n and every helper process it started. */
	stop(): Promise<void>;
}

/** A local-only login (n8n wants 8+ characters with a digit and an upper-case letter). */
export const DEFAULT_OWNER: OwnerLogin = {
	email: 'owner@example.com',
	password: 'Fivetran-n8n-1',
	firstName: 'Local',
	lastName: 'Owner',
};

/**
 * Ready = `/rest/settings` answers n8n's JSON envelope. While migrations run, the same URL
 * answers 200 "n8n is starting up" (plain text), then 503 "Database is not ready".
 */
async function isReady(url: string): Promise<boolean> {
	try {
		const response = await fetch(`${url}/rest/settings`, { signal: AbortSignal.timeout(5_000) });
		const text = await response.text();
		return response.ok && typeof (JSON.parse(text) as { data?: unknown }).data === 'object';
	} catch {
		return false;
	}
}

/** Creates the owner; on a user folder that already has one, checks that the login works. */
async function setUpOwner(url: string, owner: OwnerLogin): Promise<void> {
	const response = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(owner),
	});
	const text = await response.text();
	if (response.ok) return;
	if (response.status === 400 && /already/i.test(text)) {
		await N8nApi.login(url, owner);
		return;
	}
	throw new Error(`Setting up the n8n owner failed (${response.status}): ${text.slice(0, 300)}`);
}

export async function startN8n(options: StartN8nOptions): Promise<RunningN8n> {
	const runtime = await ensureRuntime();
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const owner = options.owner ?? DEFAULT_OWNER;
	const logFile = join(logsDir(options.userFolder), `n8n-start-${port}.log`);
	const env = await n8nEnv(runtime, {
		userFolder: options.userFolder,
		env: {
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_EDITOR_BASE_URL: `${url}/`,
			WEBHOOK_URL: `${url}/`,
			...options.env,
		},
	});
	const group = spawnGroup(runtime.nodeBin, [runtime.n8nBin, 'start'], {
		cwd: options.userFolder,
		env,
		logFile,
	});
	let exitCode: number | undefined;
	void group.exited.then((code) => (exitCode = code));
	const stop = () => stopGroup(group);
	let started = false;
	try {
		const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
		while (!(await isReady(url))) {
			if (exitCode !== undefined)
				throw new Error(`n8n exited with ${exitCode} while starting; see ${logFile}`);
			if (Date.now() > deadline)
				throw new Error(`n8n was not ready on ${url} in time; see ${logFile}`);
			await pause(250);
		}
		await setUpOwner(url, owner);
		started = true;
	} finally {
		if (!started) await stop();
	}
	return {
		url,
		port,
		owner,
		logFile,
		stop,
		exited: group.exited,
		api: async () => await N8nApi.login(url, owner),
	};
}
