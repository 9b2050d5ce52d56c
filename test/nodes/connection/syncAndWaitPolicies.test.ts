/**
 * The Sync and Wait policies, each option exercised: paused (fail / resume / skip) and
 * rescheduled (keep waiting / fail / re-trigger with a manual schedule), plus Re-Sync and Wait.
 */
import { historyOf } from '../../emulator/sync';
import type { ConnectionKit } from './kit';
import { historyWait, MINUTE, requestLines, useWaitKit, type WaitKit } from './syncAndWaitKit';

const currentKit = useWaitKit();
let kit: ConnectionKit;
let w: WaitKit;

beforeEach(() => {
	w = currentKit();
	kit = w.kit;
});

const iso = (ms: number) => new Date(ms).toISOString();
const base = (id: string) => `/v1/connections/${id}`;
const polls = (id: string, count: number) =>
	Array<string>(count).fill(`GET ${base(id)}/sync-history`);

describe('Sync and Wait: paused connection', () => {
	it('fails by default, before any change', async () => {
		const id = await w.connection({ paused: true });
		const result = await w.wait(id);
		expect(requestLines(kit)).toEqual([`GET ${base(id)}`]);
		expect(result.error?.message).toBe(
			`Connection '${id}' is paused; resume it, or choose another option under "When Paused"`,
		);
		expect(kit.emu.state.connections.get(id)?.paused).toBe(true);
	});

	it('resumes the connection first when asked, then syncs and waits', async () => {
		const id = await w.connection({ paused: true }, { durationMs: MINUTE });
		const result = await w.wait(id, { pausedPolicy: 'resume' });
		expect(requestLines(kit)).toEqual([
			`GET ${base(id)}`,
			`PATCH ${base(id)}`,
			...historyWait(id, 2).slice(1),
		]);
		expect(kit.requests()[1].body).toEqual({ paused: false });
		expect(result.items[0].json).toMatchObject({ status: 'succeeded', resumed: true });
		expect(kit.emu.state.connections.get(id)?.paused).toBe(false);
	});

	it('skips the item when asked: status "skipped", nothing started', async () => {
		const id = await w.connection({ paused: true });
		const result = await w.wait(id, { pausedPolicy: 'skip' });
		expect(requestLines(kit)).toEqual([`GET ${base(id)}`]);
		expect(result.items[0].json).toMatchObject({
			connectionId: id,
			status: 'skipped',
			syncId: null,
			triggered: false,
			connection: expect.objectContaining({ paused: true }),
		});
		expect(historyOf(kit.emu.state, id)).toEqual([]);
	});
});

describe('Sync and Wait: rescheduled sync', () => {
	/** Rescheduled after 1 min until 10 min later, then resumed for 2 min. */
	const rescheduledThenOk = [
		{ durationMs: MINUTE, outcome: 'rescheduled' as const, rescheduleForMs: 10 * MINUTE },
		{ durationMs: 2 * MINUTE },
	];

	it('keeps waiting until Fivetran resumes it (default) and returns the resumed sync', async () => {
		const id = await w.connection({}, rescheduledThenOk);
		const result = await w.wait(id);
		// Polls every 30 s until 13 min; one connection read when the reschedule is seen.
		expect(requestLines(kit)).toEqual([
			...historyWait(id, 2).slice(0, -1),
			`GET ${base(id)}`,
			...polls(id, 24),
			`GET ${base(id)}`,
		]);
		const [rescheduled, resumed] = historyOf(kit.emu.state, id);
		expect(rescheduled.status).toBe('RESCHEDULED');
		expect(result.items[0].json).toMatchObject({ syncId: resumed.sync_id, durationSeconds: 120 });
	});

	it('fails when asked, naming the rescheduled time', async () => {
		const id = await w.connection({}, rescheduledThenOk);
		const start = kit.emu.clock.now();
		const result = await w.wait(id, { rescheduledPolicy: 'fail' }, { continueOnFail: true });
		expect(requestLines(kit)).toEqual(historyWait(id, 2));
		const until = iso(start + 11 * MINUTE);
		expect(result.items[0].json).toMatchObject({
			error: `Fivetran rescheduled the sync until ${until} (connection '${id}')`,
			syncState: 'rescheduled',
			rescheduledFor: until,
		});
	});

	it('fails at once when the rescheduled time is after the timeout', async () => {
		const id = await w.connection({}, rescheduledThenOk);
		const result = await w.wait(id, { timeout: 5 });
		expect(requestLines(kit)).toEqual(historyWait(id, 2));
		expect(result.error?.message).toMatch(/which is after the timeout of this wait/);
	});

	it('re-triggers after the rescheduled time when the schedule is manual', async () => {
		const id = await w.connection({ schedule_type: 'manual' }, rescheduledThenOk);
		const start = kit.emu.clock.now();
		const result = await w.wait(id, { rescheduledPolicy: 'retrigger' });
		expect(requestLines(kit)).toEqual([
			...historyWait(id, 2),
			`POST ${base(id)}/sync`,
			...polls(id, 4),
			`GET ${base(id)}`,
		]);
		const retrigger = kit.requests()[6];
		expect(retrigger.at).toBe(start + 11 * MINUTE);
		expect(retrigger.body).toEqual({ force: false });
		// The schedule type is left alone.
		expect(kit.emu.state.connections.get(id)?.schedule_type).toBe('manual');
		expect(result.items[0].json).toMatchObject({ status: 'succeeded', durationSeconds: 120 });
	});

	it('with a manual schedule and Keep Waiting, times out with a hint (Fivetran does not resume)', async () => {
		const id = await w.connection({ schedule_type: 'manual' }, rescheduledThenOk);
		const result = await w.wait(id, { timeout: 15 });
		expect(requestLines(kit)).toEqual([
			...historyWait(id, 2).slice(0, -1),
			`GET ${base(id)}`,
			...polls(id, 28),
			`GET ${base(id)}`,
		]);
		expect(result.error?.message).toMatch(/Re-Trigger After Rescheduled Time/);
		expect(historyOf(kit.emu.state, id)).toHaveLength(1);
	});
});

describe('Re-Sync and Wait', () => {
	it('starts a historical re-sync and waits for it', async () => {
		const id = await w.connection({}, { durationMs: 20 * MINUTE });
		const result = await w.wait(id, { pollInterval: 60 }, { operation: 'resyncAndWait' });
		expect(requestLines(kit)).toEqual(historyWait(id, 20, 'resync'));
		expect(kit.requests()[2].body).toEqual({});
		expect(result.items[0].json).toMatchObject({ status: 'succeeded', durationSeconds: 1200 });
	});

	it('lets a running sync finish first (default), then re-syncs', async () => {
		const id = await w.connection({}, [{ durationMs: 2 * MINUTE }, { durationMs: 3 * MINUTE }]);
		await kit.call('POST', `/v1/connections/${id}/sync`, {});
		const result = await w.wait(id, {}, { operation: 'resyncAndWait' });
		expect(requestLines(kit)).toEqual([
			`GET ${base(id)}`,
			`GET ${base(id)}/sync-history`,
			...polls(id, 4),
			...historyWait(id, 6, 'resync'),
		]);
		const [first, resync] = historyOf(kit.emu.state, id);
		expect([first.status, resync.status]).toEqual(['COMPLETED', 'COMPLETED']);
		expect(result.items[0].json).toMatchObject({
			syncId: resync.sync_id,
			triggered: true,
			durationSeconds: 180,
		});
	});

	it('a saved "Restart It" still waits for the re-sync itself, not the sync Fivetran completes first', async () => {
		const id = await w.connection({}, [{ durationMs: 9 * MINUTE }, { durationMs: MINUTE }]);
		await kit.call('POST', `/v1/connections/${id}/sync`, {});
		const start = kit.emu.clock.now();
		const result = await w.wait(id, { syncingPolicy: 'restart' }, { operation: 'resyncAndWait' });
		const [running, resync] = historyOf(kit.emu.state, id);
		expect([running.status, resync.status]).toEqual(['COMPLETED', 'COMPLETED']);
		// The outcome is the re-sync's (1 min, from 9 min on), never the running sync's success.
		expect(result.items[0].json).toMatchObject({
			syncId: resync.sync_id,
			startedAt: iso(start + 9 * MINUTE),
			finishedAt: iso(start + 10 * MINUTE),
			durationSeconds: 60,
			detectedBy: 'syncHistory',
		});
		expect(requestLines(kit)).toEqual([
			`GET ${base(id)}`,
			`GET ${base(id)}/sync-history`,
			...polls(id, 18),
			...historyWait(id, 2, 'resync'),
		]);
	});

	it('re-syncs after a running sync that fails (Fivetran would decline a re-sync sent during it)', async () => {
		const id = await w.connection({}, [
			{ durationMs: 2 * MINUTE, outcome: 'failure' },
			{ durationMs: 2 * MINUTE },
		]);
		await kit.call('POST', `/v1/connections/${id}/sync`, {});
		expect((await kit.call('POST', `/v1/connections/${id}/resync`, {})).status).toBe(409);
		const result = await w.wait(id, {}, { operation: 'resyncAndWait' });
		const [failed, resync] = historyOf(kit.emu.state, id);
		expect([failed.status, resync.status]).toEqual(['FAILURE', 'COMPLETED']);
		expect(result.items[0].json).toMatchObject({ status: 'succeeded', syncId: resync.sync_id });
	});

	it('with the history unavailable, still waits for the re-sync (timestamps after the running sync)', async () => {
		kit.emu.faults.add({
			method: 'GET',
			path: /\/sync-history$/,
			kind: 'status',
			status: 404,
			times: 1000,
		});
		const id = await w.connection({}, [{ durationMs: 3 * MINUTE }, { durationMs: 4 * MINUTE }]);
		await kit.call('POST', `/v1/connections/${id}/sync`, {});
		const start = kit.emu.clock.now();
		const result = await w.wait(id, { syncingPolicy: 'restart' }, { operation: 'resyncAndWait' });
		expect(result.items[0].json).toMatchObject({
			status: 'succeeded',
			detectedBy: 'timestamps',
			finishedAt: iso(start + 7 * MINUTE),
		});
	});

	it('re-syncs only the chosen tables, grouped by schema, and waits for that re-sync', async () => {
		const id = await w.connection({}, { durationMs: 3 * MINUTE });
		const tables = {
			table: [
				{ schema: 'public', table: 'orders' },
				{ schema: 'public', table: 'orders' },
				{ schema: 'reporting', table: 'daily_summary' },
			],
		};
		const parameters = { resyncScope: 'tables', tables, pollInterval: 60 };
		const result = await w.wait(id, parameters, { operation: 'resyncAndWait' });
		expect(requestLines(kit)).toEqual(historyWait(id, 3, 'resync'));
		expect(kit.requests()[2].body).toEqual({
			scope: { public: ['orders'], reporting: ['daily_summary'] },
		});
		const [resync] = historyOf(kit.emu.state, id);
		expect(result.items[0].json).toMatchObject({
			status: 'succeeded',
			syncId: resync.sync_id,
			durationSeconds: 180,
			triggered: true,
		});
	});

	it('refuses chosen tables without any table before any request', async () => {
		const id = await w.connection();
		const parameters = { resyncScope: 'tables', tables: {} };
		const result = await w.wait(id, parameters, { operation: 'resyncAndWait' });
		expect(kit.requests()).toEqual([]);
		expect(result.error?.message).toBe(
			'Add at least one table to re-sync, or choose Whole Connection',
		);
	});
});
