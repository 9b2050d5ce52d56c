/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/** Where the benchmark files are, and whether a file of the repository exists yet. */
import { existsSync } from 'node:fs';
import path from 'node:path';

const BENCH_DIR = path.join(__dirname, '..');

/** A file of bench/, e.g. benchFile('returnAll.worker.ts'). */
export function benchFile(name: string): string {
	return path.join(BENCH_DIR, name);
}

/** Whether a file exists, relative to the repository root. */
export function repoFileExists(relative: string): boolean {
	return existsSync(path.join(BENCH_DIR, '..', relative));
}
