/**
 * Benchmark 3: Sync and Wait on 50 connections whose syncs take scripted, different times
 * (real clock, a few seconds each), all waited for at once. Wall time against the longest sync,
 * and requests against the fewest the poll interval allows.
 */
import { addressOf } from './lib/address';
import { runWorker } from './lib/child';
import { atMost, round2, type ResultRow } from './lib/measure';
import { benchFile, repoFileExists } from './lib/paths';
import { startRemoteEmulator } from './lib/remoteEmulator';
import type { SyncAndWaitInput, SyncAndWaitOutput } from './syncAndWait.worker';

export interface SyncAndWaitParameters {
	connections: number;
	pollSeconds: number;
	shortestSyncMs: number;
	longestSyncMs: number;
}

const OPERATION_FILE = 'nodes/Fivetran/v1/actions/connection/syncAndWait.operation.ts';

/**
 * Fewest requests for one connection: read it, read the sync history (the baseline), ask for
 * the sync, one history poll per interval until the sync has ended, then read the connection
 * once for the result.
 */
export function minimumRequests(durationMs: number, pollMs: number): number {
	return 3 + Math.ceil(durationMs / pollMs) + 1;
}

/** Durations spread evenly from the shortest to the longest. */
function durations({
	connections,
	shortestSyncMs,
	longestSyncMs,
}: SyncAndWaitParameters): number[] {
	const step = connections > 1 ? (longestSyncMs - shortestSyncMs) / (connections - 1) : 0;
	return Array.from({ length: connections }, (_, index) =>
		Math.round(shortestSyncMs + index * step),
	);
}

function skipped(reason: string): ResultRow[] {
	const benchmark = '3. Sync and wait';
	return [
		{
			benchmark,
			metric: 'wall / (longest sync + 1 poll)',
			measured: Number.NaN,
			target: '<= 1x',
			detail: `skipped: ${reason}`,
		},
		{
			benchmark,
			metric: 'requests / minimum',
			measured: Number.NaN,
			target: '<= 1.1x',
			detail: `skipped: ${reason}`,
		},
	];
}

export async function syncAndWaitBenchmark(
	parameters: SyncAndWaitParameters,
): Promise<ResultRow[]> {
	if (!repoFileExists(OPERATION_FILE))
		return skipped('the syncAndWait operation does not exist yet');
	const emu = await startRemoteEmulator({
		seed: { connections: parameters.connections * 4 },
		clock: { mode: 'real' },
	});
	try {
		const ids = await emu.command('connectionIds', {
			count: parameters.connections,
			syncable: true,
		});
		const times = durations(parameters);
		await emu.command('scriptSyncs', {
			scripts: Object.fromEntries(
				ids.map((id, index) => [id, { durationMs: times[index], outcome: 'success' }]),
			),
		});
		await emu.command('resetRequestCount');
		const input: SyncAndWaitInput = {
			emu: addressOf(emu),
			connectionIds: ids,
			pollSeconds: parameters.pollSeconds,
		};
		const out = await runWorker<SyncAndWaitOutput>(benchFile('syncAndWait.worker.ts'), input);
		const requests = (await emu.command('requestCount')) - out.warmUpRequests;
		const pollMs = parameters.pollSeconds * 1000;
		const minimum = times.reduce((sum, duration) => sum + minimumRequests(duration, pollMs), 0);
		const allowedMs = parameters.longestSyncMs + pollMs;
		const benchmark = `3. Sync and wait, ${ids.length} connections, poll ${parameters.pollSeconds} s`;
		return [
			{
				benchmark,
				metric: 'wall / (longest sync + 1 poll)',
				...atMost(1, round2(out.wallMs / allowedMs)),
				detail: `${Math.round(out.wallMs)} ms vs ${parameters.longestSyncMs} + ${pollMs} ms; ${out.succeeded} of ${ids.length} succeeded`,
			},
			{
				benchmark,
				metric: 'requests / minimum the poll interval implies',
				...atMost(1.1, round2(requests / minimum)),
				detail: `${requests} vs ${minimum} requests`,
			},
		];
	} finally {
		await emu.close();
	}
}
