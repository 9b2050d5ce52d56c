/**
 * Many input items are synced and awaited at once, not one after another: 20 connections with a
 * five-minute sync each take 10 simulated minutes at the default concurrency (10), 5 minutes at
 * concurrency 20, instead of 100 minutes in sequence.
 */
import type { ConnectionKit } from './kit';
import { historyWait, MINUTE, requestLines, useWaitKit, type WaitKit } from './syncAndWaitKit';

const currentKit = useWaitKit();
let kit: ConnectionKit;
let w: WaitKit;

beforeEach(() => {
	w = currentKit();
	kit = w.kit;
});

async function twentyConnections(): Promise<string[]> {
	const ids: string[] = [];
	for (let i = 0; i < 20; i++) ids.push(await w.connection({}, { durationMs: 5 * MINUTE }));
	return ids;
}

/** Runs Sync and Wait on the ids (one input item each, the id taken from the item). */
async function syncAll(ids: string[], concurrency?: number) {
	return await kit.run(
		'syncAndWait',
		{
			connectionId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			pollInterval: 30,
			requestOptions: concurrency === undefined ? {} : { concurrency },
		},
		{ inputItems: ids.map((id) => ({ id })) },
	);
}

/** When (emulator time, minutes after `start`) each connection's sync was requested. */
function syncRequestMinutes(ids: string[], start: number): number[] {
	return ids.map((id) => {
		const post = kit.requests().find((request) => request.path === `/v1/connections/${id}/sync`);
		return ((post?.at ?? Number.NaN) - start) / MINUTE;
	});
}

function expectAllSucceeded(result: Awaited<ReturnType<typeof syncAll>>, ids: string[]): void {
	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => item.pairedItem)).toEqual(ids.map((_, item) => ({ item })));
	expect(result.items.map((item) => [item.json.connectionId, item.json.status])).toEqual(
		ids.map((id) => [id, 'succeeded']),
	);
	// Each connection made exactly the requests of a lone wait: 10 polls for 5 minutes.
	for (const id of ids) expect(requestLines(kit, id)).toEqual(historyWait(id, 10));
	expect(kit.requests()).toHaveLength(ids.length * 14);
}

describe('Sync and Wait: 20 connections at once', () => {
	it('runs 10 at a time by default: two waves, 10 simulated minutes in all', async () => {
		const ids = await twentyConnections();
		w.time.expectSleepers(10);
		const start = kit.emu.clock.now();
		const result = await syncAll(ids);

		expectAllSucceeded(result, ids);
		expect(syncRequestMinutes(ids, start)).toEqual([...Array(10).fill(0), ...Array(10).fill(5)]);
		expect(kit.emu.clock.now() - start).toBe(10 * MINUTE);
	});

	it('runs all 20 together with Concurrency 20: 5 simulated minutes, requests interleaved', async () => {
		const ids = await twentyConnections();
		w.time.expectSleepers(20);
		const start = kit.emu.clock.now();
		const result = await syncAll(ids, 20);

		expectAllSucceeded(result, ids);
		expect(syncRequestMinutes(ids, start)).toEqual(Array(20).fill(0));
		// Every sync was requested before the first poll of any of them.
		const lines = requestLines(kit);
		const lastPost = lines.map((line) => line.startsWith('POST')).lastIndexOf(true);
		const firstPolls = ids.map((id) => {
			const history = `GET /v1/connections/${id}/sync-history`;
			// The first read is the baseline; the second is the first poll.
			return lines.indexOf(history, lines.indexOf(history) + 1);
		});
		expect(lastPost).toBeLessThan(Math.min(...firstPolls));
		expect(kit.emu.clock.now() - start).toBe(5 * MINUTE);
	});
});
