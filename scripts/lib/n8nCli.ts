/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * The n8n 2.41 CLI, run with the cached Node 24 against one `N8N_USER_FOLDER` (its own SQLite
 * database, encryption key and community packages). Each invocation costs ~5-6 s: import
 * several credentials or workflows in one call, and batch node calls into one workflow.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { freePort } from './ports';
import { runCommand, type CommandResult } from './processes';
import { ensureRuntime, type Runtime } from './runtime';

export interface N8nProcessOptions {
	userFolder: string;
	/** Added to (and overriding) the environment n8nEnv builds. */
	env?: Record<string, string>;
}

/** What `import:credentials` reads; a plain-object `data` is encrypted on import. */
export interface CredentialImport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** A workflow as n8n exports it; `id` is kept on import. */
export interface WorkflowImport {
	id: string;
	name: string;
	nodes: unknown[];
	connections: Record<string, unknown>;
	settings?: Record<string, unknown>;
	[key: string]: unknown;
}

export function logsDir(userFolder: string): string {
	return join(userFolder, 'logs');
}

/** Variables of the test runner that would change n8n's behaviour (e.g. NODE_ENV=test). */
function inheritedEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of Object.keys(env)) {
		if (name.startsWith('JEST_') || name === 'NODE_OPTIONS') delete env[name];
	}
	return env;
}

/**
 * The environment of every n8n process: a private user folder, no telemetry or banners, and
 * a task-runner broker port of its own so that a CLI call can run beside a server (n8n 2.41
 * always starts its internal JS task runner; N8N_RUNNERS_ENABLED is deprecated).
 */
export async function n8nEnv(
	runtime: Runtime,
	options: N8nProcessOptions,
): Promise<NodeJS.ProcessEnv> {
	return {
		...inheritedEnv(),
		PATH: `${dirname(runtime.nodeBin)}:${process.env.PATH ?? ''}`,
		NODE_ENV: 'production',
		N8N_USER_FOLDER: options.userFolder,
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		...options.env,
	};
}

/** Runs `n8n <args>`; resolves with the exit code and output (logged under `<userFolder>/logs`). */
export async function runN8nCli(
	args: string[],
	options: N8nProcessOptions & { timeoutMs?: number },
): Promise<CommandResult> {
	const runtime = await ensureRuntime();
	const logFile = join(logsDir(options.userFolder), `cli-${args[0].replace(/[^a-z]/gi, '-')}.log`);
	return await runCommand(runtime.nodeBin, [runtime.n8nBin, ...args], {
		cwd: options.userFolder,
		env: await n8nEnv(runtime, options),
		logFile,
		timeoutMs: options.timeoutMs ?? 180_000,
	});
}

/** Like runN8nCli, but throws with the end of the output when n8n fails. */
export async function n8nCliOrThrow(args: string[], options: N8nProcessOptions): Promise<string> {
	const { code, output } = await runN8nCli(args, options);
	if (code !== 0) {
		const tail = output.split('\n').slice(-40).join('\n');
		throw new Error(`n8n ${args.join(' ')} exited with ${code}:\n${tail}`);
	}
	return output;
}

/**
 * Writes the files of one import into a fresh folder, runs `n8n <command>` on it, and removes
 * the folder again: a credential file holds the API secret in clear text.
 */
async function importFiles(
	command: string,
	files: Record<string, unknown>,
	input: (dir: string) => string[],
	options: N8nProcessOptions,
): Promise<void> {
	mkdirSync(join(options.userFolder, 'imports'), { recursive: true });
	const dir = mkdtempSync(join(options.userFolder, 'imports', 'batch-'));
	try {
		for (const [name, content] of Object.entries(files))
			writeFileSync(join(dir, name), JSON.stringify(content));
		await n8nCliOrThrow([command, ...input(dir)], options);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Imports credentials in one CLI call. */
export async function importCredentials(
	credentials: CredentialImport[],
	options: N8nProcessOptions,
): Promise<void> {
	await importFiles(
		'import:credentials',
		{ 'credentials.json': credentials },
		(dir) => [`--input=${join(dir, 'credentials.json')}`],
		options,
	);
}

export async function importCredential(
	credential: CredentialImport,
	options: N8nProcessOptions,
): Promise<void> {
	await importCredentials([credential], options);
}

/** Imports workflows (one file each) in one CLI call. */
export async function importWorkflows(
	workflows: WorkflowImport[],
	options: N8nProcessOptions,
): Promise<void> {
	const files = Object.fromEntries(workflows.map((workflow, index) => [`${index}.json`, workflow]));
	await importFiles('import:workflow', files, (dir) => ['--separate', `--input=${dir}`], options);
}

export async function importWorkflow(
	workflow: WorkflowImport,
	options: N8nProcessOptions,
): Promise<void> {
	await importWorkflows([workflow], options);
}

/** Publishes (activates) a workflow; done before `n8n start`, its triggers activate at start-up. */
export async function publishWorkflow(id: string, options: N8nProcessOptions): Promise<void> {
	await n8nCliOrThrow(['publish:workflow', `--id=${id}`], options);
}

export async function unpublishWorkflow(id: string, options: N8nProcessOptions): Promise<void> {
	await n8nCliOrThrow(['unpublish:workflow', `--id=${id}`], options);
}
