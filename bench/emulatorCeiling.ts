/**
 * Benchmark 5: the emulator's own ceiling. Its CPU time per request (read from its process)
 * gives the rate it could serve if the client cost nothing; that rate over the rate the
 * benchmarks above ask of it is the headroom. Below 1 a benchmark above would be capped.
 */
import { addressOf } from './lib/address';
import { fetchAllPages, pool, rawClient } from './lib/fetchClient';
import { atLeast, round2, timed, type ResultRow } from './lib/measure';
import { startRemoteEmulator, type RemoteEmulator } from './lib/remoteEmulator';

export interface CeilingParameters {
	records: number;
	smallGets: number;
	/** Benchmark 2's pool size and latency: the highest small-GET rate it can ask for. */
	concurrency: number;
	latencyMs: number;
}

/** Wall time of `run` and the emulator CPU it cost. */
async function costOf(
	emu: RemoteEmulator,
	run: () => Promise<unknown>,
): Promise<{ wallMs: number; cpuMs: number }> {
	const before = await emu.command('cpuMs');
	const wallMs = await timed(run);
	return { wallMs, cpuMs: (await emu.command('cpuMs')) - before };
}

export async function emulatorCeilingBenchmark(
	parameters: CeilingParameters,
): Promise<ResultRow[]> {
	const emu = await startRemoteEmulator({ seed: { connections: parameters.records } });
	try {
		const client = rawClient(addressOf(emu));
		const ids = await emu.command('connectionIds', { count: 1000 });
		await fetchAllPages(client, '/v1/connections', 1000); // warm-up
		const pages = parameters.records / 1000;
		const paging = await costOf(
			emu,
			async () => await fetchAllPages(client, '/v1/connections', 1000),
		);
		const gets = await costOf(
			emu,
			async () =>
				await pool(parameters.smallGets, parameters.concurrency, async (index) => {
					await client.getJson(`/v1/connections/${ids[index % ids.length]}`);
				}),
		);
		const pageCeiling = (pages / paging.cpuMs) * 1000;
		const pageRate = (pages / paging.wallMs) * 1000;
		const getCeiling = (parameters.smallGets / gets.cpuMs) * 1000;
		const getsAsked = (parameters.concurrency / parameters.latencyMs) * 1000;
		const benchmark = '5. Emulator ceiling';
		return [
			{
				benchmark,
				metric: 'pages of 1,000/s it can serve / fetch loop pages/s',
				...atLeast(2, round2(pageCeiling / pageRate)),
				detail: `${Math.round(pageCeiling)} pages/s (${round2(paging.cpuMs / pages)} ms CPU each) vs ${Math.round(pageRate)} pages/s (target ours)`,
			},
			{
				benchmark,
				metric: 'small GETs/s it can serve / most benchmark 2 can ask',
				...atLeast(2, round2(getCeiling / getsAsked)),
				detail: `${Math.round(getCeiling)} GETs/s vs ${parameters.concurrency} in flight / ${parameters.latencyMs} ms = ${Math.round(getsAsked)}/s (target ours)`,
			},
		];
	} finally {
		await emu.close();
	}
}
