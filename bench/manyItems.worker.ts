/**
 * Benchmark 2, client side: 2,000 input items each doing Connection > Get (the id from the item
 * by expression, as a workflow would), with the node option Concurrency = N, against a raw
 * fetch pool of N; then Concurrency 1 on a slice of the items (one at a time takes 2,000 x the
 * latency, so a slice gives the rate without the wait). And, to explain the first ratio, the
 * pool once more without keep-alive.
 */
import { serveWorker } from './lib/child';
import { pool, rawClient } from './lib/fetchClient';
import { sideBySide, timed } from './lib/measure';
import type { EmulatorAddress } from './lib/remoteEmulator';
import { runFivetranInN8n } from './lib/runNodeInN8n';

export interface ManyItemsInput {
	emu: EmulatorAddress;
	connectionIds: string[];
	concurrency: number;
	sequentialItems: number;
	rounds: number;
}

export interface ManyItemsOutput {
	items: number;
	nodeMs: number;
	baselineMs: number;
	/** The same pool over node:http with a new connection per request, as n8n's helper does. */
	noKeepAliveMs: number;
	sequentialItems: number;
	sequentialMs: number;
}

function parameters(concurrency: number) {
	return {
		resource: 'connection',
		operation: 'get',
		connectionId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
		simplify: false,
		requestOptions: { concurrency },
	};
}

/** Runs the node and checks that item i is connection i (order and pairing kept). */
async function viaNode(emu: EmulatorAddress, ids: string[], concurrency: number): Promise<void> {
	const items = await runFivetranInN8n(
		emu,
		parameters(concurrency),
		ids.map((id) => ({ id })),
	);
	const misplaced = items.findIndex(
		(item, index) =>
			item.json.id !== ids[index] || (item.pairedItem as { item: number }).item !== index,
	);
	if (items.length !== ids.length || misplaced >= 0) {
		throw new Error(
			`Node output out of order or incomplete (${items.length} items, first wrong: ${misplaced})`,
		);
	}
}

serveWorker<ManyItemsInput, ManyItemsOutput>(
	async ({ emu, connectionIds, concurrency, sequentialItems, rounds }) => {
		const client = rawClient(emu);
		const times = await sideBySide(
			rounds,
			async () => await viaNode(emu, connectionIds, concurrency),
			async () =>
				await pool(connectionIds.length, concurrency, async (index) => {
					const { data } = await client.getJson(`/v1/connections/${connectionIds[index]}`);
					if (data?.id !== connectionIds[index])
						throw new Error('Baseline got the wrong connection');
				}),
		);
		const noKeepAliveMs = await timed(
			async () =>
				await pool(connectionIds.length, concurrency, async (index) => {
					await client.getWithoutKeepAlive(`/v1/connections/${connectionIds[index]}`);
				}),
		);
		const slice = connectionIds.slice(0, sequentialItems);
		const sequentialMs = await timed(async () => await viaNode(emu, slice, 1));
		return {
			items: connectionIds.length,
			nodeMs: times.a,
			baselineMs: times.b,
			noKeepAliveMs,
			sequentialItems,
			sequentialMs,
		};
	},
);
