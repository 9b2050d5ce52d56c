/**
 * Benchmark 3, client side: one node run of Connection > Sync and Wait over the given
 * connections, all of them at once (Concurrency = their number). Returns the wall time.
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
	succeeded: number;
}

serveWorker<SyncAndWaitInput, SyncAndWaitOutput>(async ({ emu, connectionIds, pollSeconds }) => {
	const parameters = {
		resource: 'connection',
		operation: 'syncAndWait',
		connectionId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
		pollInterval: pollSeconds,
		timeout: 5,
		requestOptions: { concurrency: connectionIds.length },
	};
	let items: Awaited<ReturnType<typeof runFivetranInN8n>> = [];
	const wallMs = await timed(async () => {
		items = await runFivetranInN8n(emu, parameters, connectionIds.map((id) => ({ id })));
	});
	return { wallMs, succeeded: items.length };
});
