/**
 * Benchmark 1, client side. `time`: the node (in n8n-core) and the raw fetch loop alternate in
 * this process. `node` / `baseline`: one of them once, for its peak RSS; both modes load the
 * same modules first, so the ratio compares the work, not the code loaded.
 */
import { peakRssMb, serveWorker } from './lib/child';
import { fetchAllPages, rawClient } from './lib/fetchClient';
import { sideBySide } from './lib/measure';
import type { EmulatorAddress } from './lib/remoteEmulator';
import { runFivetranInN8n } from './lib/runNodeInN8n';

export type ReturnAllResource = 'connection' | 'user';

export interface ReturnAllInput {
	emu: EmulatorAddress;
	resource: ReturnAllResource;
	mode: 'time' | 'node' | 'baseline';
	rounds: number;
}

export interface ReturnAllOutput {
	records: number;
	nodeMs?: number;
	baselineMs?: number;
	peakRssMb: number;
}

const LIST_PATH: Record<ReturnAllResource, string> = {
	connection: '/v1/connections',
	user: '/v1/users',
};

async function viaNode(emu: EmulatorAddress, resource: ReturnAllResource): Promise<number> {
	// simplify off: the baseline returns the records as the API sends them.
	const parameters = { resource, operation: 'getMany', returnAll: true, simplify: false };
	return (await runFivetranInN8n(emu, parameters)).length;
}

async function viaFetch(emu: EmulatorAddress, resource: ReturnAllResource): Promise<number> {
	return (await fetchAllPages(rawClient(emu), LIST_PATH[resource], 1000)).length;
}

serveWorker<ReturnAllInput, ReturnAllOutput>(async ({ emu, resource, mode, rounds }) => {
	if (mode === 'node') return { records: await viaNode(emu, resource), peakRssMb: peakRssMb() };
	if (mode === 'baseline')
		return { records: await viaFetch(emu, resource), peakRssMb: peakRssMb() };
	const counts = { node: 0, baseline: 0 };
	const times = await sideBySide(
		rounds,
		async () => (counts.node = await viaNode(emu, resource)),
		async () => (counts.baseline = await viaFetch(emu, resource)),
	);
	if (counts.node !== counts.baseline) {
		throw new Error(
			`The node returned ${counts.node} ${resource}s, the baseline ${counts.baseline}`,
		);
	}
	return { records: counts.node, nodeMs: times.a, baselineMs: times.b, peakRssMb: peakRssMb() };
});
