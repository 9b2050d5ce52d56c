/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- test tooling: runs under Node, never shipped */
/**
 * PostgreSQL 15 and Redis 7 from Debian's packages, each on a free loopback port with its data
 * under a temp folder, installed with apt-get when missing. PostgreSQL refuses to run as root:
 * it runs as the `postgres` user (`runuser`).
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort } from '../lib/ports';
import { pause, runCommand, runOrThrow, spawnGroup, stopGroup } from '../lib/processes';

export interface Service {
	port: number;
	stop(): Promise<void>;
}

const POSTGRES_ROOT = '/usr/lib/postgresql';

function postgresBinDir(): string | undefined {
	if (!existsSync(POSTGRES_ROOT)) return undefined;
	const [version] = readdirSync(POSTGRES_ROOT).sort().reverse();
	const dir = version === undefined ? undefined : join(POSTGRES_ROOT, version, 'bin');
	return dir !== undefined && existsSync(join(dir, 'postgres')) ? dir : undefined;
}

function hasRedis(): boolean {
	return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].some((path) => existsSync(path));
}

/** Installs what is missing (one apt-get call; retried while another apt holds the dpkg lock). */
export async function ensureServicesInstalled(logFile: string): Promise<void> {
	const missing = [
		...(postgresBinDir() ? [] : ['postgresql']),
		...(hasRedis() ? [] : ['redis-server']),
	];
	if (missing.length === 0) return;
	console.log(`Installing ${missing.join(', ')} with apt-get...`);
	await runOrThrow('apt-get', ['update'], { logFile });
	for (let attempt = 1; attempt <= 10; attempt++) {
		const { code } = await runCommand('apt-get', ['install', '-y', ...missing], { logFile });
		if (code === 0) return;
		await pause(15_000); // most likely the dpkg lock of another apt-get
	}
	throw new Error(`apt-get install ${missing.join(' ')} kept failing; see ${logFile}`);
}

/** Resolves once something accepts TCP connections on the port. */
export async function waitForPort(port: number, what: string, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => resolve(true));
			socket.once('error', () => resolve(false));
		});
		if (open) return;
		if (Date.now() > deadline) throw new Error(`${what} did not listen on port ${port} in time`);
		await pause(200);
	}
}

export async function startRedis(workDir: string): Promise<Service> {
	const port = await freePort();
	const args = [
		'--port',
		String(port),
		'--bind',
		'127.0.0.1',
		'--save',
		'',
		'--appendonly',
		'no',
		'--dir',
		workDir,
	];
	const group = spawnGroup('redis-server', args, { logFile: join(workDir, 'redis.log') });
	await waitForPort(port, 'Redis');
	return { port, stop: () => stopGroup(group) };
}

export const POSTGRES_DATABASE = 'n8n';
export const POSTGRES_USER = 'postgres';

/** A fresh cluster (trust auth on loopback) with an empty `n8n` database. */
export async function startPostgres(workDir: string): Promise<Service> {
	const binDir = postgresBinDir();
	if (binDir === undefined) throw new Error(`PostgreSQL is not installed under ${POSTGRES_ROOT}`);
	const dataDir = mkdtempSync(join(tmpdir(), 'n8n-queue-pg-'));
	const logFile = join(workDir, 'postgres.log');
	await runOrThrow('chown', ['postgres:postgres', dataDir], { logFile });
	const asPostgres = (command: string, args: string[]) => [
		'-u',
		'postgres',
		'--',
		join(binDir, command),
		...args,
	];
	await runOrThrow(
		'runuser',
		asPostgres('initdb', ['-D', dataDir, '-U', POSTGRES_USER, '--auth=trust']),
		{ logFile },
	);
	const port = await freePort();
	const group = spawnGroup(
		'runuser',
		asPostgres('postgres', [
			'-D',
			dataDir,
			'-p',
			String(port),
			'-h',
			'127.0.0.1',
			'-k',
			dataDir,
			'-c',
			'max_connections=200',
		]),
		{ logFile },
	);
	await waitForPort(port, 'PostgreSQL');
	const connection = ['-h', '127.0.0.1', '-p', String(port), '-U', POSTGRES_USER];
	await runOrThrow('runuser', asPostgres('createdb', [...connection, POSTGRES_DATABASE]), {
		logFile,
	});
	return {
		port,
		stop: async () => {
			await stopGroup(group);
			await runOrThrow('rm', ['-rf', dataDir], { logFile });
		},
	};
}
