/**
 * The Fivetran Polling Trigger through n8n-core's PollContext against the emulator (manual
 * clock): what each poll emits, what it sends, and what it keeps.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { flattenEvent } from '../../nodes/shared/eventPayload';
import type { Emulator } from '../emulator';
import { scriptSync, setBroken, setPaused, startSync, type SyncScript } from '../emulator/sync';
import { useEmulator } from '../harness';
import { PollingTriggerKit } from './pollingKit';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let emu: Emulator;
useEmulator({ connections: 12 }, (started) => {
	emu = started;
});

/** A connection in a known state: active, connected, not syncing. */
function ready(index: number): string {
	const connection = [...emu.state.connections.values()][index];
	connection.paused = false;
	connection.schedule_type = 'auto';
	setBroken(emu.state, connection.id, false);
	connection.status.sync_state = 'scheduled';
	return connection.id;
}

function connection(id: string) {
	const found = emu.state.connections.get(id);
	if (found === undefined) throw new Error(`no connection ${id}`);
	return found;
}

function sync(id: string, script: SyncScript = {}): string {
	scriptSync(emu.state, id, script);
	const started = startSync(emu.state, connection(id), emu.clock.now());
	return started.syncId ?? '';
}

function kitFor(ids: string[], events: string[], options: IDataObject = {}): PollingTriggerKit {
	const parameters: INodeParameters = {
		scope: 'account',
		events,
		options: { connectionIds: ids.join(', '), ...options },
	};
	return new PollingTriggerKit(emu, parameters);
}

const paths = (requests: { method: string; path: string }[]) =>
	requests.map((request) => `${request.method} ${request.path}`);

describe('Fivetran Polling Trigger: first activation', () => {
	it('lists the connections once, emits nothing old and stores where each one stands', async () => {
		const id = ready(0);
		sync(id, { durationMs: MINUTE });
		await emu.clock.advance(2 * MINUTE);
		const kit = kitFor([id], ['sync_end']);
		const first = await kit.poll();
		expect(first.items).toEqual([]);
		expect(paths(first.requests)).toEqual(['GET /v1/connections']);
		expect(first.requests[0].query).toMatchObject({ limit: '1000' });
		const stored = (kit.storedStaticData['node:Fivetran Polling Trigger'] as IDataObject)
			.poll as IDataObject;
		expect(Object.keys(stored.connections as IDataObject)).toEqual([id]);
	});
});

describe('Fivetran Polling Trigger: later polls', () => {
	it('emits a sync that ended between two polls, in the webhook trigger item shape', async () => {
		const id = ready(1);
		const kit = kitFor([id], ['sync_end']);
		await kit.poll();
		const syncId = sync(id, { durationMs: 3 * MINUTE });
		await emu.clock.advance(5 * MINUTE);
		const { items, requests } = await kit.poll();
		expect(paths(requests)).toEqual([
			'GET /v1/connections',
			`GET /v1/connections/${id}/sync-history`,
		]);
		expect(Object.keys(requests[1].query).sort()).toEqual(['end_time', 'limit', 'start_time']);
		expect(items).toHaveLength(1);
		const record = connection(id);
		expect(items[0]).toMatchObject({
			event: 'sync_end',
			connectionId: id,
			connectionName: record.schema,
			connectorType: record.service,
			groupId: record.group_id,
			syncId,
			status: 'SUCCESSFUL',
			reason: null,
			createdAt: record.succeeded_at,
		});
		// Same keys as a webhook delivery flattened by the webhook trigger.
		expect(Object.keys(items[0]).sort()).toEqual(Object.keys(flattenEvent({})).sort());
	});

	it('reads no history when nothing moved', async () => {
		const id = ready(2);
		const kit = kitFor([id], ['sync_end', 'sync_start']);
		await kit.poll();
		await emu.clock.advance(10 * MINUTE);
		const { items, requests } = await kit.poll();
		expect(items).toEqual([]);
		expect(paths(requests)).toEqual(['GET /v1/connections']);
	});

	it('emits each of several syncs between two polls once, in order (failure, reschedule, success)', async () => {
		const id = ready(3);
		const kit = kitFor([id], ['sync_start', 'sync_end']);
		await kit.poll();
		const first = sync(id, {
			durationMs: MINUTE,
			outcome: 'failure',
			failureReason: 'Bad credentials',
		});
		await emu.clock.advance(2 * MINUTE);
		scriptSync(emu.state, id, [
			{ durationMs: MINUTE, outcome: 'rescheduled', rescheduleForMs: 2 * MINUTE },
			{ durationMs: MINUTE },
		]);
		const second = startSync(emu.state, connection(id), emu.clock.now()).syncId;
		await emu.clock.advance(10 * MINUTE);
		const { items } = await kit.poll();
		const third = items[items.length - 1].syncId;
		expect(items.map((item) => [item.event, item.syncId, item.status])).toEqual([
			['sync_start', first, null],
			['sync_end', first, 'FAILURE'],
			['sync_start', second, null],
			['sync_end', second, 'RESCHEDULED'],
			['sync_start', third, null],
			['sync_end', third, 'SUCCESSFUL'],
		]);
		expect(items[1].reason).toBe('Bad credentials');
		expect(new Set([first, second, third]).size).toBe(3);
		const again = await kit.poll();
		expect(again.items).toEqual([]);
	});

	it('emits sync_start of a running sync once, and its sync_end at a later poll', async () => {
		const id = ready(4);
		const kit = kitFor([id], ['sync_start', 'sync_end']);
		await kit.poll();
		const syncId = sync(id, { durationMs: 30 * MINUTE });
		await emu.clock.advance(MINUTE);
		const started = await kit.poll();
		expect(started.items.map((item) => [item.event, item.syncId])).toEqual([
			['sync_start', syncId],
		]);
		await emu.clock.advance(10 * MINUTE);
		const running = await kit.poll();
		expect(running.items).toEqual([]);
		expect(paths(running.requests)).toEqual(['GET /v1/connections']);
		await emu.clock.advance(30 * MINUTE);
		const ended = await kit.poll();
		expect(ended.items.map((item) => [item.event, item.syncId])).toEqual([['sync_end', syncId]]);
	});

	it('emits pause, resume, setup broken and setup fixed as the webhook events', async () => {
		const id = ready(5);
		const events = [
			'pause_connector',
			'resume_connector',
			'connection_failure',
			'connection_successful',
		];
		const kit = kitFor([id], events);
		await kit.poll();
		setPaused(emu.state, connection(id), true, emu.clock.now());
		setBroken(emu.state, id, true);
		await emu.clock.advance(MINUTE);
		const paused = await kit.poll();
		expect(paused.items.map((item) => item.event)).toEqual([
			'pause_connector',
			'connection_failure',
		]);
		expect(paths(paused.requests)).toEqual(['GET /v1/connections']);
		setPaused(emu.state, connection(id), false, emu.clock.now());
		setBroken(emu.state, id, false);
		await emu.clock.advance(MINUTE);
		const resumed = await kit.poll();
		expect(resumed.items.map((item) => item.event)).toEqual([
			'resume_connector',
			'connection_successful',
		]);
		expect(resumed.items[0]).toMatchObject({ connectionId: id, syncId: null });
	});

	it('applies Only Failed Syncs and the selected events', async () => {
		const id = ready(6);
		const kit = kitFor([id], ['sync_end'], { onlyFailedSyncs: true });
		await kit.poll();
		sync(id, { durationMs: MINUTE });
		await emu.clock.advance(2 * MINUTE);
		const failed = sync(id, { durationMs: MINUTE, outcome: 'failure' });
		await emu.clock.advance(2 * MINUTE);
		setPaused(emu.state, connection(id), true, emu.clock.now());
		const { items } = await kit.poll();
		expect(items.map((item) => [item.event, item.syncId])).toEqual([['sync_end', failed]]);
	});

	it('watches only the groups chosen, with one list request per group', async () => {
		const id = ready(7);
		const groupId = connection(id).group_id;
		const kit = new PollingTriggerKit(emu, {
			scope: 'groups',
			groupIds: groupId,
			events: ['sync_end'],
		});
		const first = await kit.poll();
		expect(paths(first.requests)).toEqual([`GET /v1/groups/${groupId}/connections`]);
		const syncId = sync(id, { durationMs: MINUTE });
		await emu.clock.advance(2 * MINUTE);
		const { items } = await kit.poll();
		expect(items.map((item) => item.syncId)).toContain(syncId);
		expect(items.every((item) => item.groupId === groupId)).toBe(true);
	});
});

describe('Fivetran Polling Trigger: failures, restarts and the 7-day window', () => {
	afterEach(() => emu.faults.clear());

	it('a failed poll throws, keeps the stored state, and the next poll emits what happened', async () => {
		const id = ready(8);
		const kit = kitFor([id], ['sync_end']);
		await kit.poll();
		const stored = JSON.stringify(kit.storedStaticData);
		const syncId = sync(id, { durationMs: MINUTE });
		await emu.clock.advance(2 * MINUTE);
		emu.faults.add({ method: 'GET', path: /sync-history$/, kind: 'status', status: 400 });
		await expect(kit.poll()).rejects.toThrow();
		expect(JSON.stringify(kit.storedStaticData)).toBe(stored);
		await emu.clock.advance(5 * MINUTE);
		const { items } = await kit.poll();
		expect(items.map((item) => item.syncId)).toEqual([syncId]);
	});

	it.each([
		[
			'Connection IDs given an object',
			{ options: { connectionIds: { id: 'x' } } },
			/^Connection IDs is an object$/,
		],
		[
			'Group IDs given a list of objects',
			{ scope: 'groups', groupIds: [{ id: 'x' }] },
			/^Group IDs holds an object$/,
		],
	])('refuses %s by name before any request', async (_case, parameters, message) => {
		const kit = new PollingTriggerKit(emu, {
			scope: 'account',
			events: ['sync_end'],
			...parameters,
		});

		await expect(kit.poll()).rejects.toThrow(message);
		expect(emu.requestLog.entries).toEqual([]);
	});

	it('a 429 (Retry-After) and a 503 are handled by the transport within the poll', async () => {
		const id = ready(0);
		const kit = kitFor([id], ['sync_end']);
		await kit.poll();
		const syncId = sync(id, { durationMs: MINUTE });
		await emu.clock.advance(2 * MINUTE);
		emu.rateLimits.force(1, { retryAfter: 5, method: 'GET', path: '/v1/connections' });
		emu.faults.add({ method: 'GET', path: /sync-history$/, kind: 'status', status: 503 });
		const { items, requests } = await kit.poll();
		expect(requests.map((request) => [request.path.replace(id, '{id}'), request.status])).toEqual([
			['/v1/connections', 429],
			['/v1/connections', 200],
			['/v1/connections/{id}/sync-history', 503],
			['/v1/connections/{id}/sync-history', 200],
		]);
		expect(items.map((item) => item.syncId)).toEqual([syncId]);
	});

	it('after a restart, syncs that happened while n8n was down are emitted once', async () => {
		const id = ready(9);
		const kit = kitFor([id], ['sync_end']);
		await kit.poll();
		const before = sync(id, { durationMs: MINUTE });
		await emu.clock.advance(2 * MINUTE);
		expect((await kit.poll()).items.map((item) => item.syncId)).toEqual([before]);
		// n8n is down for three hours; two syncs run meanwhile.
		const down = [sync(id, { durationMs: MINUTE })];
		await emu.clock.advance(90 * MINUTE);
		down.push(sync(id, { durationMs: MINUTE, outcome: 'failure' }));
		await emu.clock.advance(90 * MINUTE);
		const restarted = kit.restart();
		const { items } = await restarted.poll();
		expect(items.map((item) => [item.syncId, item.status])).toEqual([
			[down[0], 'SUCCESSFUL'],
			[down[1], 'FAILURE'],
		]);
		expect((await restarted.restart().poll()).items).toEqual([]);
	});

	it('reports a gap beyond the 7-day history once, then emits what the window still holds', async () => {
		const id = ready(10);
		const kit = kitFor([id], ['sync_end']);
		await kit.poll();
		await emu.clock.advance(8 * DAY);
		const recent = sync(id, { durationMs: MINUTE });
		await emu.clock.advance(2 * MINUTE);
		const { items, requests } = await kit.poll();
		expect(items.map((item) => item.event)).toEqual(['polling_gap', 'sync_end']);
		expect(items[0]).toMatchObject({ status: 'WARNING' });
		expect((items[0].raw as IDataObject).connection_ids).toEqual([id]);
		expect(items[1].syncId).toBe(recent);
		const query = requests[1].query as Record<string, string>;
		expect(Date.parse(query.start_time)).toBeGreaterThan(emu.clock.now() - 7 * DAY);
		sync(id, { durationMs: MINUTE });
		await emu.clock.advance(2 * MINUTE);
		expect((await kit.poll()).items.map((item) => item.event)).toEqual(['sync_end']);
	});
});

describe('Fivetran Polling Trigger: Fetch Test Event', () => {
	it('returns the latest sync that ended, without touching the stored state', async () => {
		const id = ready(11);
		const syncId = sync(id, { durationMs: MINUTE, outcome: 'failure' });
		await emu.clock.advance(2 * MINUTE);
		const kit = kitFor([id], ['sync_end']);
		const { items } = await kit.poll('manual');
		expect(items).toEqual([
			expect.objectContaining({ event: 'sync_end', syncId, status: 'FAILURE' }),
		]);
		expect(kit.storedStaticData).toEqual({});
	});

	it('returns a sample marked as such when no connection in scope synced recently', async () => {
		const kit = kitFor(['no_such_connection'], ['sync_end']);
		const { items, requests } = await kit.poll('manual');
		expect(items).toEqual([expect.objectContaining({ event: 'sync_end', sample: true })]);
		expect(paths(requests)).toEqual(['GET /v1/connections']);
	});
});
