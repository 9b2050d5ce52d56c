/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/** Timing and result rows shared by the benchmarks. */
import { performance } from 'node:perf_hooks';

/** One line of the table: a measured ratio (or rate) beside its target. */
export interface ResultRow {
	benchmark: string;
	metric: string;
	measured: number;
	/** e.g. '<= 1.25x'; `check` says whether `measured` meets it (undefined: no target). */
	target: string;
	met?: boolean;
	/** Absolute figures the ratio came from, for the reader (never compared across machines). */
	detail: string;
}

export function atMost(
	limit: number,
	measured: number,
): Pick<ResultRow, 'target' | 'met' | 'measured'> {
	return { measured, target: `<= ${limit}x`, met: measured <= limit };
}

export function atLeast(
	limit: number,
	measured: number,
): Pick<ResultRow, 'target' | 'met' | 'measured'> {
	return { measured, target: `>= ${limit}x`, met: measured >= limit };
}

/** Wall time of `run` in ms. */
export async function timed(run: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await run();
	return performance.now() - start;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Median times of two contenders run alternately `rounds` times after one warm-up each, so
 * that drift on a shared machine hits both alike.
 */
export async function sideBySide(
	rounds: number,
	a: () => Promise<unknown>,
	b: () => Promise<unknown>,
): Promise<{ a: number; b: number }> {
	await a();
	await b();
	const times = { a: [] as number[], b: [] as number[] };
	for (let round = 0; round < rounds; round++) {
		times.a.push(await timed(a));
		times.b.push(await timed(b));
	}
	return { a: median(times.a), b: median(times.b) };
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;
