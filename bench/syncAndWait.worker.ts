/**
 * Benchmark 3, client side: one node run of Connection > Sync and Wait over the given
 * connections, all of them at once (Concurrency = their number). Returns the wall time. A
 * warm-up run of Connection > Get over the same connections first loads what n8n loads lazily
 * on a first request (it changes nothing; its requests are reported to be subtracted).
 */
import { serveWorker } from './lib/child';
import { timed } from './lib/measure';
import type { EmulatorAddress } from './lib/remoteEmulator';
import { runFivetranInN8n } from './lib/runNodeInN8n';

export interface SyncAndWaitInput {
	emu: EmulatorAddress;
	connectionIds: string[];
	pollSeconds: number;
}

export interface SyncAndWaitOutput {
	wallMs: number;
	warmUpRequests: number;
	succeeded: number;
}

serveWorker<SyncAndWaitInput, SyncAndWaitOutput>(async ({ emu, connectionIds, pollSeconds }) => {
	const common = {
		resource: 'connection',
		connectionId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
		requestOptions: { concurrency: connectionIds.length },
	};
	const inputItems = connectionIds.map((id) => ({ id }));
	await runFivetranInN8n(emu, { ...common, operation: 'get' }, inputItems);
	const parameters = { ...common, operation: 'syncAndWait', pollInterval: pollSeconds, timeout: 5 };
	let items: Awaited<ReturnType<typeof runFivetranInN8n>> = [];
	const wallMs = await timed(async () => {
		items = await runFivetranInN8n(emu, parameters, inputItems);
	});
	const succeeded = items.filter((item) => item.json.status === 'succeeded').length;
	return { wallMs, warmUpRequests: connectionIds.length, succeeded };
});
