/**
 * Check Freshness through n8n: one item per connection with its freshness status, for one
 * connection, a list of IDs, or every connection of a group.
 */
import { setBroken } from '../../emulator/sync';
import { byId, outputJson, startConnectionKit, type ConnectionKit } from './kit';
import { linkTransportTime, MINUTE, requestLines, type LinkedTime } from './syncAndWaitKit';

let kit: ConnectionKit;
let time: LinkedTime;
let groupId: string;
/** Connection id by the status it should report. */
const ids: Record<string, string> = {};

async function connectionInGroup(overrides: Record<string, unknown> = {}): Promise<string> {
	return String((await kit.createConnection({ group_id: groupId, ...overrides })).id);
}

function setSucceededAt(id: string, minutesAgo: number): void {
	const record = kit.emu.state.connections.get(id);
	if (!record) throw new Error(`no connection ${id}`);
	record.succeeded_at = new Date(kit.emu.clock.now() - minutesAgo * MINUTE).toISOString();
}

beforeAll(async () => {
	kit = await startConnectionKit();
	const group = await kit.call('POST', '/v1/groups', { name: 'freshness_group' });
	groupId = String(group.body.data?.id);
	ids.fresh = await connectionInGroup();
	setSucceededAt(ids.fresh, 10);
	ids.stale = await connectionInGroup();
	setSucceededAt(ids.stale, 180);
	ids.paused = await connectionInGroup({ paused: true });
	setSucceededAt(ids.paused, 10);
	ids.broken = await connectionInGroup();
	setBroken(kit.emu.state, ids.broken);
	ids.never_synced = await connectionInGroup();
	ids.syncing = await connectionInGroup();
	await kit.call('POST', `/v1/connections/${ids.syncing}/sync`, {});
});

afterAll(async () => await kit.close());

beforeEach(() => {
	time = linkTransportTime(kit.emu);
});

afterEach(() => time.restore());

describe('Connection: Check Freshness', () => {
	it('classifies every connection of a group with one list request', async () => {
		const result = await kit.run('checkFreshness', {
			source: 'group',
			groupId: byId(groupId),
			maxAge: 60,
		});
		expect(requestLines(kit)).toEqual([`GET /v1/groups/${groupId}/connections`]);
		const json = outputJson(result, [0, 0, 0, 0, 0, 0]);
		const statusById = Object.fromEntries(json.map((item) => [item.connectionId, item.status]));
		expect(statusById).toEqual(
			Object.fromEntries(Object.entries(ids).map(([status, id]) => [id, status])),
		);
		expect(json.find((item) => item.connectionId === ids.stale)).toMatchObject({
			fresh: false,
			ageMinutes: 180,
			maxAgeMinutes: 60,
			lastSuccessAt: new Date(kit.emu.clock.now() - 180 * MINUTE).toISOString(),
		});
	});

	it('checks a list of IDs, one request per ID, output in list order', async () => {
		const result = await kit.run('checkFreshness', {
			source: 'ids',
			connectionIds: `${ids.stale}, ${ids.fresh}\n${ids.stale}`,
			maxAge: 240,
		});
		expect(requestLines(kit)).toEqual([
			`GET /v1/connections/${ids.stale}`,
			`GET /v1/connections/${ids.fresh}`,
		]);
		expect(outputJson(result, [0, 0]).map((item) => [item.connectionId, item.status])).toEqual([
			[ids.stale, 'fresh'],
			[ids.fresh, 'fresh'],
		]);
	});

	it('checks one connection per input item', async () => {
		const result = await kit.run(
			'checkFreshness',
			{
				source: 'connection',
				connectionId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				maxAge: 5,
			},
			{ inputItems: [{ id: ids.fresh }, { id: ids.never_synced }] },
		);
		expect(requestLines(kit).sort()).toEqual(
			[`GET /v1/connections/${ids.fresh}`, `GET /v1/connections/${ids.never_synced}`].sort(),
		);
		expect(outputJson(result, [0, 1]).map((item) => item.status)).toEqual([
			'stale',
			'never_synced',
		]);
	});

	it('refuses an empty ID list and a zero max age before any request', async () => {
		const noIds = await kit.run('checkFreshness', { source: 'ids', connectionIds: ' , ' });
		expect(noIds.error?.message).toBe('Enter at least one connection ID');
		const zero = await kit.run('checkFreshness', { connectionId: byId(ids.fresh), maxAge: 0 });
		expect(zero.error?.message).toBe('Max Age must be a number of minutes greater than 0');
		expect(kit.requests()).toEqual([]);
	});
});
