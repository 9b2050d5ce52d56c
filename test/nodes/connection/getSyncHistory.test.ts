/**
 * Connection › Get Sync History against the emulator: the window sent as Fivetran's
 * `start_time`/`end_time`, one item per sync in Fivetran's shape, Return All / Limit, and the
 * window refused before any request. The node's clock is the emulator's (syncAndWaitKit.ts).
 */
import { historyOf, scriptSync } from '../../emulator/sync';
import { byId, type ConnectionKit } from './kit';
import { MINUTE, useWaitKit } from './syncAndWaitKit';

const currentKit = useWaitKit();
let kit: ConnectionKit;

beforeEach(() => {
	kit = currentKit().kit;
});

const DAY = 24 * 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();
const isoSeconds = (ms: number) => iso(ms).replace('.000Z', 'Z');

/** A connection with `count` finished syncs of 2 minutes, one every 10 minutes from now. */
async function connectionWithSyncs(count: number): Promise<{ id: string; start: number }> {
	const id = String((await kit.createConnection()).id);
	scriptSync(
		kit.emu.state,
		id,
		Array.from({ length: count }, (_, n) =>
			n === 1
				? { durationMs: 2 * MINUTE, outcome: 'failure' as const, failureReason: 'Token revoked' }
				: { durationMs: 2 * MINUTE, volumesMb: { extract: 3.5, process: 3, load: 2.25 } },
		),
	);
	const start = kit.emu.clock.now();
	for (let n = 0; n < count; n++) {
		await kit.call('POST', `/v1/connections/${id}/sync`, {});
		await kit.emu.clock.advance(10 * MINUTE);
	}
	return { id, start };
}

describe('Connection: Get Sync History', () => {
	it('lists the syncs of the window, one item per sync, as Fivetran answers them', async () => {
		const { id, start } = await connectionWithSyncs(3);
		const result = await kit.run('getSyncHistory', {
			connectionId: byId(id),
			startTime: iso(start - MINUTE),
			endTime: iso(start + DAY),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(kit.requests().map((request) => [request.method, request.path, request.query])).toEqual([
			[
				'GET',
				`/v1/connections/${id}/sync-history`,
				{
					start_time: isoSeconds(start - MINUTE),
					end_time: isoSeconds(start + DAY),
					limit: '1000',
				},
			],
		]);
		const [first, failed] = historyOf(kit.emu.state, id);
		expect(result.items.map((item) => item.json)).toEqual([
			{
				connection_id: id,
				sync_id: first.sync_id,
				status: 'COMPLETED',
				start: iso(start),
				end: iso(start + 2 * MINUTE),
				stages: { extract: { volume: 3.5 }, process: { volume: 3 }, load: { volume: 2.25 } },
			},
			{
				connection_id: id,
				sync_id: failed.sync_id,
				status: 'FAILURE',
				reason: 'Token revoked',
				start: iso(start + 10 * MINUTE),
				end: iso(start + 12 * MINUTE),
				stages: { extract: { volume: 2 }, process: { volume: 2 }, load: { volume: 2 } },
			},
			expect.objectContaining({ status: 'COMPLETED', start: iso(start + 20 * MINUTE) }),
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 0 },
		]);
	});

	it('stops at the Limit', async () => {
		const { id, start } = await connectionWithSyncs(3);
		const result = await kit.run('getSyncHistory', {
			connectionId: byId(id),
			startTime: iso(start),
			endTime: iso(start + 2 * DAY),
			limit: 2,
		});
		expect(result.items).toHaveLength(2);
		expect(kit.requests()[0].query.limit).toBe('2');
	});

	it("sends no window when From and To are empty: Fivetran's last hour", async () => {
		const { id } = await connectionWithSyncs(8);
		const result = await kit.run('getSyncHistory', { connectionId: byId(id), returnAll: true });
		expect(kit.requests()[0].query).toEqual({ limit: '1000' });
		// Syncs every 10 minutes for 80 minutes: the last hour holds the last six.
		expect(result.items).toHaveLength(6);
	});

	it('with From only, asks for the hour after it, as Fivetran would', async () => {
		const { id, start } = await connectionWithSyncs(8);
		const result = await kit.run('getSyncHistory', {
			connectionId: byId(id),
			startTime: iso(start + 5 * MINUTE),
			returnAll: true,
		});
		expect(kit.requests()[0].query).toMatchObject({
			start_time: isoSeconds(start + 5 * MINUTE),
			end_time: isoSeconds(start + 65 * MINUTE),
		});
		expect(result.items).toHaveLength(6);
	});

	it.each([
		['more than 7 days apart', 8 * DAY, 0, 'From and To must be at most 7 days apart'],
		['To before From', 0, 2 * 60 * MINUTE, 'To must be after From'],
		['From more than 7 days ago', 9 * DAY, 8 * DAY, 'From must be within the last 7 days'],
	])('refuses a window %s before any request', async (_, fromAgo, toAgo, message) => {
		const id = String((await kit.createConnection()).id);
		const now = kit.emu.clock.now();
		const result = await kit.run(
			'getSyncHistory',
			{ connectionId: byId(id), startTime: iso(now - fromAgo), endTime: iso(now - toAgo) },
			{ continueOnFail: true },
		);
		expect(kit.requests()).toEqual([]);
		expect(result.items[0].json.error).toContain(message);
	});

	it('refuses a From that is not a date, naming the field', async () => {
		const id = String((await kit.createConnection()).id);
		const result = await kit.run('getSyncHistory', { connectionId: byId(id), startTime: 'soon' });
		expect(kit.requests()).toEqual([]);
		expect(result.error?.message).toBe(
			"From must be a date and time, e.g. 2026-09-01T08:00:00Z (got 'soon')",
		);
	});

	it("surfaces Fivetran's error for an unknown connection", async () => {
		const result = await kit.run('getSyncHistory', { connectionId: byId('gone') });
		expect(result.error?.message).toMatch(/not found|NotFound/i);
	});
});
