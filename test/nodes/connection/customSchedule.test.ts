/**
 * `sync_frequency` may be null (2026-09 definition: a custom cron or multiple-time-of-day
 * schedule has no single cadence). Nothing in the node may assume a number: Get with Simplify,
 * Get Many, Check Freshness and Sync and Wait all pass the null through.
 */
import { setCustomSchedule } from '../../emulator/sync';
import { byId, type ConnectionKit } from './kit';
import { MINUTE, useWaitKit } from './syncAndWaitKit';

const currentKit = useWaitKit();
let kit: ConnectionKit;

beforeEach(() => {
	kit = currentKit().kit;
});

async function customScheduled(): Promise<string> {
	const id = String((await kit.createConnection({ schedule_type: 'auto' })).id);
	setCustomSchedule(kit.emu.state, id);
	return id;
}

describe('a connection with a custom schedule (sync_frequency null)', () => {
	it('is served with sync_frequency null by the emulator', async () => {
		const id = await customScheduled();
		const answer = await kit.call('GET', `/v1/connections/${id}`);
		expect(answer.body.data).toMatchObject({ id, sync_frequency: null, schedule_type: 'auto' });
	});

	it('Get and Get Many with Simplify show sync_frequency null', async () => {
		const id = await customScheduled();
		const got = await kit.run('get', { connectionId: byId(id), simplify: true });
		expect(got.error).toBeUndefined();
		expect(got.items[0].json).toMatchObject({ id, sync_frequency: null });
		const many = await kit.run('getMany', { returnAll: true });
		expect(many.items.find((item) => item.json.id === id)?.json).toMatchObject({
			sync_frequency: null,
		});
	});

	it('Check Freshness judges it by its last success', async () => {
		const id = await customScheduled();
		const record = kit.emu.state.connections.get(id);
		if (record) record.succeeded_at = new Date(kit.emu.clock.now() - 5 * MINUTE).toISOString();
		const result = await kit.run('checkFreshness', { connectionId: byId(id), maxAge: 60 });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			connectionId: id,
			status: 'fresh',
			ageMinutes: 5,
		});
	});

	it('Sync and Wait waits for its sync and outputs the connection with sync_frequency null', async () => {
		const id = await customScheduled();
		const result = await currentKit().wait(id);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			status: 'succeeded',
			detectedBy: 'syncHistory',
			connection: expect.objectContaining({ id, sync_frequency: null }),
		});
	});
});
