import { createRng } from './seed';
import { buildConnection } from './routes/connections/record';
import { seedConnections } from './routes/connections';
import { EmulatorState, type ConnectionRecord } from './state';
import {
	scriptSync,
	setBroken,
	setDefaultSyncScript,
	setPaused,
	startSync,
	syncTicker,
	DEFAULT_SYNC_MS,
} from './sync';
import { startTestApi } from './connectionsTestKit';

const T0 = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();

function setup(service = 'postgres'): { state: EmulatorState; connection: ConnectionRecord } {
	const state = new EmulatorState();
	state.groups.set('group_1', { id: 'group_1', name: 'warehouse', created_at: iso(T0) });
	const connection = buildConnection(state, {
		groupId: 'group_1',
		service,
		schema: 'pg_main',
		config: { schema: 'pg_main' },
		connectedBy: null,
		setupState: 'connected',
		fields: {},
		createdAt: iso(T0),
	});
	state.connections.set(connection.id, connection);
	return { state, connection };
}

const history = (state: EmulatorState, connection: ConnectionRecord) =>
	state.syncHistory.get(connection.id) ?? [];

describe('sync simulation', () => {
	it('runs start -> syncing -> success with history and outbox events', () => {
		const { state, connection } = setup();
		const { started, syncId } = startSync(state, connection, T0);
		expect(started).toBe(true);
		expect(syncId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(connection.status.sync_state).toBe('syncing');
		expect(history(state, connection)).toEqual([
			{
				sync_id: syncId,
				start: iso(T0),
				end: null,
				status: 'INCOMPLETE',
				stages: { extract: {}, process: {}, load: {} },
			},
		]);
		expect(state.outbox).toEqual([
			{
				event: 'sync_start',
				groupId: 'group_1',
				createdAt: T0,
				payload: {
					event: 'sync_start',
					created: iso(T0),
					connector_type: 'postgres',
					connector_id: connection.id,
					connector_name: 'pg_main',
					sync_id: syncId,
					destination_group_id: 'group_1',
					data: {},
				},
			},
		]);

		syncTicker(state, T0 + DEFAULT_SYNC_MS - 1);
		expect(connection.status.sync_state).toBe('syncing');
		syncTicker(state, T0 + DEFAULT_SYNC_MS + 30_000);
		const end = iso(T0 + DEFAULT_SYNC_MS);
		expect(connection.status.sync_state).toBe('scheduled');
		expect(connection.succeeded_at).toBe(end);
		// Completed: no reason (the definition omits it), stage volumes in MB.
		expect(history(state, connection)[0]).toEqual({
			sync_id: syncId,
			start: iso(T0),
			end,
			status: 'COMPLETED',
			stages: { extract: { volume: 5 }, process: { volume: 5 }, load: { volume: 5 } },
		});
		expect(state.outbox[1].payload).toMatchObject({
			event: 'sync_end',
			created: end,
			sync_id: syncId,
			data: { status: 'SUCCESSFUL' },
		});
	});

	it('fails as scripted: failed_at, a task and FAILURE_WITH_TASK', () => {
		const { state, connection } = setup();
		scriptSync(state, connection.id, {
			durationMs: MINUTE,
			outcome: 'failure',
			failureReason: 'Password expired',
			taskCode: 'update_credentials',
		});
		startSync(state, connection, T0);
		syncTicker(state, T0 + MINUTE);
		expect(connection.failed_at).toBe(iso(T0 + MINUTE));
		expect(connection.succeeded_at).toBeNull();
		expect(connection.status.tasks).toEqual([
			{ code: 'update_credentials', message: 'Password expired' },
		]);
		expect(history(state, connection)[0]).toMatchObject({
			status: 'FAILURE',
			reason: 'Password expired',
		});
		expect(state.outbox[1].payload.data).toEqual({
			status: 'FAILURE_WITH_TASK',
			reason: 'Password expired',
		});
	});

	it('reschedules, then resumes as a new sync at rescheduled_for', () => {
		const { state, connection } = setup();
		scriptSync(state, connection.id, [
			{ durationMs: MINUTE, outcome: 'rescheduled', rescheduleForMs: 10 * MINUTE },
			{ durationMs: 2 * MINUTE },
		]);
		const first = startSync(state, connection, T0).syncId;
		syncTicker(state, T0 + 5 * MINUTE);
		expect(connection.status).toMatchObject({
			sync_state: 'rescheduled',
			rescheduled_for: iso(T0 + 11 * MINUTE),
		});
		expect(state.outbox[1].payload.data).toMatchObject({ status: 'RESCHEDULED' });
		syncTicker(state, T0 + 11 * MINUTE);
		expect(connection.status.sync_state).toBe('syncing');
		expect(connection.status.rescheduled_for).toBeUndefined();
		// One late tick finishes the resumed sync at its own end time.
		syncTicker(state, T0 + 60 * MINUTE);
		expect(connection.succeeded_at).toBe(iso(T0 + 13 * MINUTE));
		const entries = history(state, connection);
		expect(entries.map((entry) => entry.status)).toEqual(['RESCHEDULED', 'COMPLETED']);
		expect(entries[1].sync_id).not.toBe(first);
		expect(state.outbox.map((event) => event.event)).toEqual([
			'sync_start',
			'sync_end',
			'sync_start',
			'sync_end',
		]);
	});

	it('runs two syncs back to back with different sync ids and scripted outcomes', () => {
		const { state, connection } = setup();
		scriptSync(state, connection.id, [{ outcome: 'failure' }, { outcome: 'success' }]);
		const a = startSync(state, connection, T0).syncId;
		syncTicker(state, T0 + DEFAULT_SYNC_MS);
		const b = startSync(state, connection, T0 + DEFAULT_SYNC_MS).syncId;
		syncTicker(state, T0 + 2 * DEFAULT_SYNC_MS);
		expect(a).not.toBe(b);
		expect(history(state, connection).map((entry) => [entry.sync_id, entry.status])).toEqual([
			[a, 'FAILURE'],
			[b, 'COMPLETED'],
		]);
		expect(connection.status.tasks).toEqual([]);
	});

	it('leaves a running sync alone without force and restarts it with force', () => {
		const { state, connection } = setup();
		const first = startSync(state, connection, T0);
		expect(startSync(state, connection, T0 + MINUTE)).toEqual({
			started: false,
			syncId: first.syncId,
		});
		const forced = startSync(state, connection, T0 + MINUTE, { force: true });
		expect(forced.started).toBe(true);
		expect(history(state, connection)[0]).toMatchObject({
			status: 'CANCELED',
			end: iso(T0 + MINUTE),
			reason: 'Stopped by a sync request with force: true',
			stages: { extract: { volume: 1 }, process: { volume: 1 }, load: { volume: 1 } },
		});
		// Stopping a sync sets neither timestamp (an assumption, see sync.ts).
		expect([connection.succeeded_at, connection.failed_at]).toEqual([null, null]);
		syncTicker(state, T0 + DEFAULT_SYNC_MS);
		expect(connection.status.sync_state).toBe('syncing');
		syncTicker(state, T0 + MINUTE + DEFAULT_SYNC_MS);
		expect(connection.succeeded_at).toBe(iso(T0 + MINUTE + DEFAULT_SYNC_MS));
	});

	it('ends in paused when paused during a sync, and refuses to start while paused', () => {
		const { state, connection } = setup();
		startSync(state, connection, T0);
		setPaused(state, connection, true, T0 + MINUTE);
		expect(connection.status.sync_state).toBe('syncing');
		syncTicker(state, T0 + DEFAULT_SYNC_MS);
		expect(connection.status.sync_state).toBe('paused');
		expect(() => startSync(state, connection, T0 + DEFAULT_SYNC_MS)).toThrow(/is paused/);
		setPaused(state, connection, false, T0 + DEFAULT_SYNC_MS);
		expect(connection.status.sync_state).toBe('scheduled');
	});

	it('drops a pending resume when a rescheduled connection is paused', () => {
		const { state, connection } = setup();
		scriptSync(state, connection.id, { durationMs: MINUTE, outcome: 'rescheduled' });
		startSync(state, connection, T0);
		syncTicker(state, T0 + MINUTE);
		setPaused(state, connection, true, T0 + 2 * MINUTE);
		expect(connection.status).toMatchObject({ sync_state: 'paused' });
		expect(connection.status.rescheduled_for).toBeUndefined();
		syncTicker(state, T0 + 60 * MINUTE);
		setPaused(state, connection, false, T0 + 60 * MINUTE);
		expect(connection.status.sync_state).toBe('scheduled');
		expect(history(state, connection)).toHaveLength(1);
	});

	it('fails syncs of a broken connection with its task until repaired', () => {
		const { state, connection } = setup();
		setBroken(state, connection.id, {
			tasks: [{ code: 'reconnect', message: 'Token revoked' }],
			warnings: [],
		});
		setDefaultSyncScript(state, { durationMs: MINUTE });
		startSync(state, connection, T0);
		syncTicker(state, T0 + MINUTE);
		expect(connection.status.setup_state).toBe('broken');
		expect(state.outbox[1].payload.data).toEqual({
			status: 'FAILURE_WITH_TASK',
			reason: 'Token revoked',
		});
		setBroken(state, connection.id, false);
		startSync(state, connection, T0 + MINUTE);
		syncTicker(state, T0 + 2 * MINUTE);
		expect(connection.succeeded_at).toBe(iso(T0 + 2 * MINUTE));
		expect(connection.status).toMatchObject({ setup_state: 'connected', tasks: [] });
	});

	it('gives Connector SDK connections a state after their first successful sync', () => {
		const { state, connection } = setup('connector_sdk');
		expect(connection.state).toBeNull();
		startSync(state, connection, T0);
		syncTicker(state, T0 + DEFAULT_SYNC_MS);
		expect(connection.state).toEqual({ cursor: iso(T0 + DEFAULT_SYNC_MS) });
	});
});

describe('seedConnections', () => {
	// Seeding speed is measured by `npm run bench` (emulator ceiling), never asserted here.
	it('seeds 100,000 connections deterministically', () => {
		const state = new EmulatorState();
		seedConnections(state, 100_000, createRng(7), T0);
		expect(state.connections.size).toBe(100_000);
		expect(state.groups.size).toBe(1);
		const connections = [...state.connections.values()];
		const states = new Set(connections.map((c) => c.status.setup_state));
		expect(states).toEqual(new Set(['connected', 'broken', 'incomplete']));
		expect(new Set(connections.map((c) => c.service)).size).toBeGreaterThan(20);
		expect(connections.some((c) => c.paused && c.status.sync_state === 'paused')).toBe(true);

		const again = new EmulatorState();
		seedConnections(again, 50, createRng(7), T0);
		expect([...again.connections.values()].map((c) => c.service)).toEqual(
			connections.slice(0, 50).map((c) => c.service),
		);
	});
});

describe('seeding through startEmulator', () => {
	it('serves seeded connections over HTTP', async () => {
		const api = await startTestApi({ seed: { groups: 3, connections: 250 } });
		try {
			const page = await api.call('GET', '/v1/connections?limit=1000');
			expect(page.body.data?.items).toHaveLength(250);
			expect(new Set(page.body.data?.items?.map((item) => item.group_id)).size).toBe(3);
		} finally {
			await api.close();
		}
	});
});

describe('syncs over HTTP under the manual clock', () => {
	it('finishes on clock.advance, and sync-history honours its window rules', async () => {
		const api = await startTestApi();
		try {
			const connection = await api.createConnection();
			const id = String(connection.id);
			scriptSync(api.emu.state, id, { durationMs: 10 * MINUTE });
			const start = api.emu.clock.now();
			await api.call('POST', `/v1/connections/${id}/sync`, {});
			await api.emu.clock.advance(10 * MINUTE);
			const details = await api.call('GET', `/v1/connections/${id}`);
			expect(details.body.data).toMatchObject({
				succeeded_at: iso(start + 10 * MINUTE),
				status: { sync_state: 'scheduled' },
			});

			const recent = await api.call('GET', `/v1/connections/${id}/sync-history`);
			expect(recent.status).toBe(200);
			expect(recent.body.data?.items).toEqual([
				{
					sync_id: expect.any(String),
					start: iso(start),
					end: iso(start + 10 * MINUTE),
					status: 'COMPLETED',
					stages: { extract: { volume: 10 }, process: { volume: 10 }, load: { volume: 10 } },
				},
			]);
			await api.emu.clock.advance(2 * 60 * MINUTE);
			const defaultWindow = await api.call('GET', `/v1/connections/${id}/sync-history`);
			expect(defaultWindow.body.data?.items).toEqual([]);
			const explicit = await api.call(
				'GET',
				`/v1/connections/${id}/sync-history?start_time=${iso(start - MINUTE)}&end_time=${iso(start + MINUTE)}`,
			);
			expect(explicit.body.data?.items).toHaveLength(1);
			// start_time alone: the hour after it.
			const hourAfter = await api.call(
				'GET',
				`/v1/connections/${id}/sync-history?start_time=${iso(start - 50 * MINUTE)}`,
			);
			expect(hourAfter.body.data?.items).toHaveLength(1);
			const hourBefore = await api.call(
				'GET',
				`/v1/connections/${id}/sync-history?start_time=${iso(start - 61 * MINUTE)}`,
			);
			expect(hourBefore.body.data?.items).toEqual([]);
			// end_time alone: the hour before it.
			const endOnly = await api.call(
				'GET',
				`/v1/connections/${id}/sync-history?end_time=${iso(start + 59 * MINUTE)}`,
			);
			expect(endOnly.body.data?.items).toHaveLength(1);
			const query = (q: string) => api.call('GET', `/v1/connections/${id}/sync-history?${q}`);
			const now = api.emu.clock.now();
			const refused: Array<[string, string]> = [
				[`start_time=${iso(now - 2 * DAY)}&end_time=${iso(now + 6 * DAY)}`, 'at most 7 days apart'],
				[
					`start_time=${iso(now - 8 * DAY)}&end_time=${iso(now - 7.5 * DAY)}`,
					'more than 7 days in the past',
				],
				[
					`start_time=${iso(now)}&end_time=${iso(now - MINUTE)}`,
					"'end_time' must be after 'start_time'",
				],
				[`start_time=${iso(now)}&end_time=${iso(now)}`, "'end_time' must be after 'start_time'"],
				['start_time=yesterday', 'expected an ISO 8601 date-time'],
				['end_time=2026-01-01', 'expected an ISO 8601 date-time'],
				['duration=soon', "'duration'"],
				['limit=1001', "'limit'"],
			];
			for (const [q, message] of refused) {
				const answer = await query(q);
				expect([q, answer.status, answer.body.code]).toEqual([q, 400, 'InvalidInput']);
				expect(answer.body.message).toContain(message);
			}
			expect((await query('duration=60')).status).toBe(200);
			expect((await api.call('GET', '/v1/connectors/none/sync-history')).body.code).toBe(
				'NotFound_Connector',
			);
		} finally {
			await api.close();
		}
	});
});
