/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/** Heap measurements for the large-input tests (the only Node-specific code they need). */

/** Heap in use, in MB, after a garbage collection when node runs with --expose-gc. */
export function heapUsedMb(): number {
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	return process.memoryUsage().heapUsed / 1024 / 1024;
}
