/**
 * Benchmark 1: Return All of 100,000 connections and 100,000 users, 1,000 per page. Time: node
 * and fetch loop side by side in one process. Peak RSS: one process each.
 */
import { addressOf } from './lib/address';
import { runWorker } from './lib/child';
import { atMost, round2, type ResultRow } from './lib/measure';
import { benchFile } from './lib/paths';
import { startRemoteEmulator, type EmulatorAddress } from './lib/remoteEmulator';
import type { ReturnAllInput, ReturnAllOutput, ReturnAllResource } from './returnAll.worker';

export interface ReturnAllParameters {
	records: number;
	rounds: number;
}

const WORKER = benchFile('returnAll.worker.ts');

async function measure(
	emu: EmulatorAddress,
	resource: ReturnAllResource,
	rounds: number,
): Promise<ResultRow[]> {
	const run = async (mode: ReturnAllInput['mode']) =>
		await runWorker<ReturnAllOutput>(WORKER, {
			emu,
			resource,
			mode,
			rounds,
		} satisfies ReturnAllInput);
	const time = await run('time');
	const node = await run('node');
	const baseline = await run('baseline');
	const benchmark = `1. Return all ${resource}s`;
	const ms = (value = 0) => `${Math.round(value)} ms`;
	return [
		{
			benchmark,
			metric: 'time, node / fetch loop',
			...atMost(1.25, round2((time.nodeMs ?? 0) / (time.baselineMs ?? 1))),
			detail: `${time.records} records: ${ms(time.nodeMs)} vs ${ms(time.baselineMs)} (median of ${rounds})`,
		},
		{
			benchmark,
			metric: 'peak RSS, node / fetch loop',
			...atMost(1.5, round2(node.peakRssMb / baseline.peakRssMb)),
			detail: `${Math.round(node.peakRssMb)} MB vs ${Math.round(baseline.peakRssMb)} MB (separate processes)`,
		},
	];
}

export async function returnAllBenchmark({
	records,
	rounds,
}: ReturnAllParameters): Promise<ResultRow[]> {
	const emu = await startRemoteEmulator({ seed: { connections: records, users: records - 1 } });
	try {
		const address = addressOf(emu);
		return [
			...(await measure(address, 'connection', rounds)),
			...(await measure(address, 'user', rounds)),
		];
	} finally {
		await emu.close();
	}
}
