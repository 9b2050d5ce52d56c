/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- test tooling: runs under Node, never shipped */
/**
 * Child processes for the tooling: commands run to completion, long-lived servers in their
 * own process group, and a guarantee that nothing we started outlives us.
 *
 * Output goes to a file, never a pipe: n8n's helper processes can hold a stdout pipe open
 * after the CLI itself has exited, and a pipe would make us wait for them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, createWriteStream, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface CommandOptions {
	cwd?: string;
	env?: NodeJS.ProcessEnv;
	/** Where stdout and stderr go (appended). */
	logFile: string;
	/** Kills the whole process group after this long. Default: no limit. */
	timeoutMs?: number;
}

export interface CommandResult {
	/** Exit code; -1 when killed by a signal or the time-out. */
	code: number;
	/** What this command wrote to the log file. */
	output: string;
}

/** Process groups we started and have not seen stopped; killed when this process exits. */
const liveGroups = new Set<number>();

process.on('exit', () => {
	for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
});

/** Sends a signal to a whole process group; false when the group no longer exists. */
export function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
	try {
		process.kill(-pid, signal);
		return true;
	} catch {
		return false;
	}
}

export function pause(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function readFrom(file: string, offset: number): string {
	return readFileSync(file).subarray(offset).toString('utf8');
}

function byteLength(file: string): number {
	try {
		return readFileSync(file).length;
	} catch {
		return 0;
	}
}

export interface GroupProcess {
	pid: number;
	child: ChildProcess;
	/** Resolves with the exit code (-1 for a signal) when the group leader exits. */
	exited: Promise<number>;
	/** Byte offset of this process's output in the log file. */
	logOffset: number;
}

/**
 * Starts a command as the leader of a new process group (so Ctrl-C in a terminal reaches us,
 * not it, and `stopGroup` can end its helpers too), with its output appended to `logFile`.
 */
export function spawnGroup(command: string, args: string[], options: CommandOptions): GroupProcess {
	mkdirSync(dirname(options.logFile), { recursive: true });
	const logOffset = byteLength(options.logFile);
	const fd = openSync(options.logFile, 'a');
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env,
		detached: true,
		stdio: ['ignore', fd, fd],
	});
	closeSync(fd);
	if (child.pid === undefined) throw new Error(`Could not start ${command}`);
	const pid = child.pid;
	liveGroups.add(pid);
	const exited = new Promise<number>((resolve) => {
		child.once('error', () => resolve(-1));
		child.once('exit', (code) => resolve(code ?? -1));
	});
	return { pid, child, exited, logOffset };
}

/**
 * Stops a process group: SIGTERM, then SIGKILL after `graceMs`, and waits until no process
 * of the group is left (helpers included).
 */
export async function stopGroup(group: GroupProcess, graceMs = 10_000): Promise<void> {
	signalGroup(group.pid, 'SIGTERM');
	const deadline = Date.now() + graceMs;
	while (signalGroup(group.pid, 0) && Date.now() < deadline) {
		// The leader may be gone while helpers linger: they get no second chance.
		if (group.child.exitCode !== null || group.child.signalCode !== null) break;
		await pause(100);
	}
	signalGroup(group.pid, 'SIGKILL');
	while (signalGroup(group.pid, 0)) await pause(50);
	await group.exited;
	liveGroups.delete(group.pid);
}

/** Runs a command to completion (see CommandOptions); never throws for a non-zero exit. */
export async function runCommand(
	command: string,
	args: string[],
	options: CommandOptions,
): Promise<CommandResult> {
	const group = spawnGroup(command, args, options);
	let timedOut = false;
	const timer =
		options.timeoutMs === undefined
			? undefined
			: setTimeout(() => {
					timedOut = true;
					signalGroup(group.pid, 'SIGKILL');
				}, options.timeoutMs);
	const code = await group.exited;
	if (timer) clearTimeout(timer);
	// Helpers of a finished CLI must not survive it.
	await stopGroup(group, 2_000);
	const output = readFrom(options.logFile, group.logOffset);
	return { code: timedOut ? -1 : code, output };
}

/** Like runCommand, but throws with the end of the output when the exit code is not 0. */
export async function runOrThrow(
	command: string,
	args: string[],
	options: CommandOptions,
): Promise<string> {
	const { code, output } = await runCommand(command, args, options);
	if (code !== 0) {
		const tail = output.split('\n').slice(-30).join('\n');
		throw new Error(
			`${command} ${args.join(' ')} exited with ${code} (log: ${options.logFile})\n${tail}`,
		);
	}
	return output;
}

/**
 * Runs a command with piped output (npm and node-gyp leave no helpers behind): every line goes
 * to `logFile`, and `onLine` decides what the user sees.
 */
export function streamCommand(
	command: string,
	args: string[],
	options: {
		cwd: string;
		env?: NodeJS.ProcessEnv;
		logFile: string;
		onLine: (line: string) => void;
	},
): Promise<void> {
	const log = createWriteStream(options.logFile, { flags: 'a' });
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let partial = '';
	const onData = (chunk: Buffer) => {
		log.write(chunk);
		const lines = (partial + chunk.toString('utf8')).split('\n');
		partial = lines.pop() ?? '';
		for (const line of lines) options.onLine(line);
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (code) => {
			log.end();
			if (code === 0) resolve();
			else
				reject(
					new Error(
						`${command} ${args.join(' ')} failed with exit code ${code}; see ${options.logFile}`,
					),
				);
		});
	});
}
