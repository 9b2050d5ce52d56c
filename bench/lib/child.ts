/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- test tooling: runs under Node, never shipped */
/**
 * Benchmark child processes. Each measurement runs in a fresh process (its own heap and peak
 * RSS); TypeScript runs through ts-node (transpile-only). A worker receives one input message,
 * answers with one result message and exits.
 */
import { fork, type ChildProcess } from 'node:child_process';

const TS_EXEC_ARGV = ['-r', 'ts-node/register/transpile-only'];

/**
 * `BENCH_PROFILE=<dir>` runs every child under `--cpu-prof` (profiles land in <dir> when the
 * child exits): how bench/README.md's findings were made.
 */
function profilingArgv(): string[] {
	const dir = process.env.BENCH_PROFILE;
	return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

export interface WorkerReply<T> {
	ok: boolean;
	result?: T;
	error?: string;
}

/** Starts `script` (a .ts file) with an IPC channel. */
export function forkTs(script: string): ChildProcess {
	return fork(script, [], {
		execArgv: [...TS_EXEC_ARGV, ...profilingArgv()],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		// Prefer .ts: `Fivetran.node` must not resolve to the codex file Fivetran.node.json.
		env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_PREFER_TS_EXTS: 'true' },
	});
}

/** Runs a worker script once: sends `input`, resolves with its result. */
export async function runWorker<T>(script: string, input: unknown): Promise<T> {
	const child = forkTs(script);
	return await new Promise<T>((resolve, reject) => {
		let settled = false;
		child.once('message', (message: WorkerReply<T>) => {
			settled = true;
			if (message.ok) resolve(message.result as T);
			else reject(new Error(`${script}: ${message.error ?? 'failed'}`));
		});
		child.once('exit', (code) => {
			if (!settled) reject(new Error(`${script} exited with code ${code} before answering`));
		});
		child.send(input as object);
	});
}

/** Sends the reply, then exits once it has left (a plain exit could drop it). */
function reply(message: WorkerReply<unknown>, code: number): void {
	process.send?.(message, undefined, {}, () => process.exit(code));
}

/** Worker side: answers the parent's one input message with `run(input)`, then exits. */
export function serveWorker<I, O>(run: (input: I) => Promise<O>): void {
	process.once('message', (input: I) => {
		run(input).then(
			(result) => reply({ ok: true, result }, 0),
			(error: Error) => reply({ ok: false, error: error.stack ?? error.message }, 1),
		);
	});
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
	return process.resourceUsage().maxRSS / 1024;
}
