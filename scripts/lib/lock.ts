/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * A cross-process lock: a directory (mkdir is atomic) holding the owner's pid. A lock whose
 * owner is dead is taken over, so an interrupted run never blocks the next one.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { pause } from './processes';

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function ownerOf(lockDir: string): number | undefined {
	try {
		return Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
	} catch {
		return undefined;
	}
}

/** mkdir fails when the directory exists: that is what makes it a lock. */
function makeDir(dir: string): boolean {
	try {
		mkdirSync(dir);
		return true;
	} catch {
		return false;
	}
}

function tryAcquire(lockDir: string): boolean {
	if (!makeDir(lockDir)) {
		const owner = ownerOf(lockDir);
		// No pid yet: the owner is between mkdir and write; wait for it.
		if (owner === undefined || isAlive(owner)) return false;
		rmSync(lockDir, { recursive: true, force: true });
		return tryAcquire(lockDir);
	}
	writeFileSync(join(lockDir, 'pid'), String(process.pid));
	return true;
}

/** Runs `work` while holding the lock; waits (polling each second) while another process has it. */
export async function withLock<T>(
	lockDir: string,
	what: string,
	work: () => Promise<T>,
): Promise<T> {
	let announced = false;
	while (!tryAcquire(lockDir)) {
		if (!announced) console.log(`Waiting for another process (${what}, lock ${lockDir})...`);
		announced = true;
		await pause(1_000);
	}
	try {
		return await work();
	} finally {
		rmSync(lockDir, { recursive: true, force: true });
	}
}
