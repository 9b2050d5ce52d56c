/** Benchmark 2: 2,000 items doing Connection > Get at 20 ms latency, node (Concurrency N) vs a fetch pool of N. */
import { addressOf } from './lib/address';
import { runWorker } from './lib/child';
import { atLeast, round2, type ResultRow } from './lib/measure';
import { benchFile } from './lib/paths';
import { startRemoteEmulator } from './lib/remoteEmulator';
import type { ManyItemsInput, ManyItemsOutput } from './manyItems.worker';

export interface ManyItemsParameters {
	items: number;
	latencyMs: number;
	concurrency: number;
	sequentialItems: number;
	rounds: number;
}

export async function manyItemsBenchmark(parameters: ManyItemsParameters): Promise<ResultRow[]> {
	const emu = await startRemoteEmulator({
		seed: { connections: parameters.items },
		latencyMs: parameters.latencyMs,
	});
	try {
		const input: ManyItemsInput = {
			emu: addressOf(emu),
			connectionIds: await emu.command('connectionIds', { count: parameters.items }),
			concurrency: parameters.concurrency,
			sequentialItems: parameters.sequentialItems,
			rounds: parameters.rounds,
		};
		const out = await runWorker<ManyItemsOutput>(benchFile('manyItems.worker.ts'), input);
		const perSecond = (items: number, ms: number) => (items / ms) * 1000;
		const node = perSecond(out.items, out.nodeMs);
		const baseline = perSecond(out.items, out.baselineMs);
		const sequential = perSecond(out.sequentialItems, out.sequentialMs);
		const noKeepAlive = perSecond(out.items, out.noKeepAliveMs);
		const benchmark = `2. ${out.items} items, Get connection, ${parameters.latencyMs} ms latency`;
		const rate = (value: number) => `${Math.round(value)} items/s`;
		return [
			{
				benchmark,
				metric: `throughput, node / fetch pool (both ${parameters.concurrency} at a time)`,
				...atLeast(0.8, round2(node / baseline)),
				detail: `${rate(node)} vs ${rate(baseline)}`,
			},
			{
				benchmark,
				metric: 'throughput, node / node:http pool with a new connection per request (diagnostic)',
				measured: round2(node / noKeepAlive),
				target: '-',
				detail: `${rate(node)} vs ${rate(noKeepAlive)}: n8n's request helper opens a connection per request`,
			},
			{
				benchmark,
				metric: `throughput, Concurrency ${parameters.concurrency} / Concurrency 1`,
				...atLeast(8, round2(node / sequential)),
				detail: `${rate(node)} vs ${rate(sequential)} (Concurrency 1 on ${out.sequentialItems} items)`,
			},
		];
	} finally {
		await emu.close();
	}
}
