/**
 * Sync and Wait against the emulator's scripted syncs, the node's clock linked to the
 * emulator's (syncAndWaitKit.ts): success, failure, short syncs, running syncs, back-to-back
 * syncs, broken setup, timeout. Every test asserts the exact requests made.
 */
import { historyOf, setBroken } from '../../emulator/sync';
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

describe('Sync and Wait', () => {
	it('starts a sync, polls the history once per interval and returns that sync', async () => {
		const id = await w.connection(
			{},
			{ durationMs: 5 * MINUTE, volumesMb: { extract: 12.5, process: 10, load: 9.75 } },
		);
		const start = kit.emu.clock.now();
		const result = await w.wait(id);

		expect(result.error).toBeUndefined();
		expect(requestLines(kit)).toEqual(historyWait(id, 10));
		expect(kit.requests()[2].body).toEqual({ force: false });
		// Every history read asks for the window from the baseline (minus a clock margin) to now:
		// never Fivetran's default hour, which a long wait would outgrow.
		const windows = kit
			.requests()
			.filter((request) => request.path.endsWith('/sync-history'))
			.map((request) => request.query);
		expect(windows[0]).toEqual({
			start_time: iso(start - 5 * MINUTE).replace('.000Z', 'Z'),
			end_time: iso(start + 5 * MINUTE).replace('.000Z', 'Z'),
			limit: '1000',
		});
		expect(windows[10]).toMatchObject({
			start_time: windows[0].start_time,
			end_time: iso(start + 10 * MINUTE).replace('.000Z', 'Z'),
		});
		expect(w.time.sleeps).toEqual(Array(10).fill(30_000));
		const [syncEntry] = historyOf(kit.emu.state, id);
		expect(result.items.map((item) => item.json)).toEqual([
			{
				connectionId: id,
				status: 'succeeded',
				syncId: syncEntry.sync_id,
				startedAt: iso(start),
				finishedAt: iso(start + 5 * MINUTE),
				durationSeconds: 300,
				detectedBy: 'syncHistory',
				syncStatus: 'COMPLETED',
				reason: null,
				extractVolumeMb: 12.5,
				processVolumeMb: 10,
				loadVolumeMb: 9.75,
				triggered: true,
				resumed: false,
				logsUrl: `https://fivetran.com/dashboard/connectors/${id}/logs`,
				connection: expect.objectContaining({
					id,
					succeeded_at: iso(start + 5 * MINUTE),
					sync_state: 'scheduled',
				}),
			},
		]);
	});

	it('returns the full connection without auth when Simplify is off', async () => {
		const id = await w.connection({}, { durationMs: MINUTE });
		const result = await w.wait(id, { simplify: false });
		expect(requestLines(kit)).toEqual(historyWait(id, 2));
		const connection = result.items[0].json.connection as Record<string, unknown>;
		expect(connection).toMatchObject({ id, status: { sync_state: 'scheduled' } });
		expect(connection).not.toHaveProperty('auth');
	});

	it('fails with the connection state, Fivetran tasks and the logs URL when the sync fails', async () => {
		const id = await w.connection(
			{},
			{ durationMs: 2 * MINUTE, outcome: 'failure', failureReason: 'Password expired' },
		);
		const result = await w.wait(id);

		expect(requestLines(kit)).toEqual(historyWait(id, 4));
		// Fivetran's reason for this sync, from its history item.
		expect(result.error?.message).toBe(`The sync of connection '${id}' failed: Password expired`);
		expect(result.error?.description).toContain('Tasks: [{"code":"reconnect"');
		expect(result.error?.description).toContain('setup_state: connected, sync_state: scheduled');
		expect(result.error?.description).toContain(
			`Logs: https://fivetran.com/dashboard/connectors/${id}/logs`,
		);
	});

	it('with Continue On Fail, outputs the failure details as fields', async () => {
		const id = await w.connection({}, { durationMs: MINUTE, outcome: 'failure', taskCode: 'fix' });
		const start = kit.emu.clock.now();
		const result = await w.wait(id, {}, { continueOnFail: true });

		expect(requestLines(kit)).toEqual(historyWait(id, 2));
		expect(result.error).toBeUndefined();
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[0].json).toMatchObject({
			error: `The sync of connection '${id}' failed: Reconnect`,
			connectionId: id,
			syncId: historyOf(kit.emu.state, id)[0].sync_id,
			reason: 'Reconnect',
			setupState: 'connected',
			syncState: 'scheduled',
			failedAt: iso(start + MINUTE),
			succeededAt: null,
			tasks: [{ code: 'fix', message: 'Reconnect' }],
			warnings: [],
			logsUrl: `https://fivetran.com/dashboard/connectors/${id}/logs`,
		});
	});

	it('returns after one poll when the sync is shorter than the poll interval', async () => {
		const id = await w.connection({}, { durationMs: 10_000 });
		const result = await w.wait(id);
		expect(requestLines(kit)).toEqual(historyWait(id, 1));
		expect(result.items[0].json).toMatchObject({ status: 'succeeded', durationSeconds: 10 });
	});

	it('waits for a sync that is already running instead of starting one (default)', async () => {
		const id = await w.connection({}, { durationMs: 5 * MINUTE });
		await kit.call('POST', `/v1/connections/${id}/sync`, {});
		const running = historyOf(kit.emu.state, id)[0].sync_id;
		await kit.emu.clock.advance(2 * MINUTE);

		const result = await w.wait(id);
		const base = `/v1/connections/${id}`;
		expect(requestLines(kit)).toEqual([
			`GET ${base}`,
			`GET ${base}/sync-history`,
			...Array<string>(6).fill(`GET ${base}/sync-history`),
			`GET ${base}`,
		]);
		expect(result.items[0].json).toMatchObject({
			syncId: running,
			triggered: false,
			durationSeconds: 300,
		});
	});

	it('restarts a running sync with force when asked, and returns the new sync', async () => {
		const id = await w.connection({}, [{ durationMs: 5 * MINUTE }, { durationMs: 3 * MINUTE }]);
		await kit.call('POST', `/v1/connections/${id}/sync`, {});
		await kit.emu.clock.advance(MINUTE);

		const result = await w.wait(id, { syncingPolicy: 'restart' });
		expect(requestLines(kit)).toEqual(historyWait(id, 6));
		expect(kit.requests()[2].body).toEqual({ force: true });
		const [canceled, restarted] = historyOf(kit.emu.state, id);
		expect([canceled.status, restarted.status]).toEqual(['CANCELED', 'COMPLETED']);
		// The stopped sync's cancellation is not the outcome: the new sync is.
		expect(result.items[0].json).toMatchObject({
			status: 'succeeded',
			syncId: restarted.sync_id,
			syncStatus: 'COMPLETED',
			durationSeconds: 180,
			detectedBy: 'syncHistory',
		});
	});

	it('never returns the previous sync: two syncs back to back, the second one failing', async () => {
		const id = await w.connection({}, [
			{ durationMs: MINUTE },
			{ durationMs: 2 * MINUTE, outcome: 'failure' },
		]);
		const first = await w.wait(id);
		expect(first.items[0].json.status).toBe('succeeded');

		const second = await w.wait(id, {}, { continueOnFail: true });
		expect(requestLines(kit)).toEqual(historyWait(id, 4));
		const [firstSync, secondSync] = historyOf(kit.emu.state, id);
		expect(first.items[0].json.syncId).toBe(firstSync.sync_id);
		expect(second.items[0].json).toMatchObject({
			syncId: secondSync.sync_id,
			reason: 'Reconnect',
		});
	});

	it('fails before asking for a sync when the setup is broken, with tasks and warnings', async () => {
		const id = await w.connection();
		setBroken(kit.emu.state, id, {
			tasks: [{ code: 'reconnect', message: 'Reconnect' }],
			warnings: [{ code: 'resync_table_warning', message: 'Re-sync table orders' }],
		});
		const failed = await w.wait(id);
		expect(requestLines(kit)).toEqual([`GET /v1/connections/${id}`]);
		expect(failed.error?.message).toBe(
			`The setup of connection '${id}' is broken: reconnect: Reconnect`,
		);
		expect(failed.error?.description).toContain('resync_table_warning');

		const item = await w.wait(id, {}, { continueOnFail: true });
		expect(item.items[0].json).toMatchObject({
			setupState: 'broken',
			tasks: [{ code: 'reconnect', message: 'Reconnect' }],
			warnings: [{ code: 'resync_table_warning', message: 'Re-sync table orders' }],
		});
		expect(historyOf(kit.emu.state, id)).toEqual([]);
	});

	it('fails at the timeout (the sync goes on in Fivetran), naming the running sync', async () => {
		const id = await w.connection({}, { durationMs: 2 * 60 * MINUTE });
		const result = await w.wait(id, { timeout: 5 }, { continueOnFail: true });

		const lines = requestLines(kit);
		// 10 polls fill the 5 minutes; the last read gives the error its details.
		expect(lines).toEqual(historyWait(id, 10));
		expect(result.items[0].json).toMatchObject({
			error: `Timed out after 5 min waiting for the sync of connection '${id}'`,
			syncId: historyOf(kit.emu.state, id)[0].sync_id,
			syncState: 'syncing',
		});
	});

	it('refuses a poll interval below the minimum before any request', async () => {
		const id = await w.connection();
		const result = await w.wait(id, { pollInterval: 0.001 });
		expect(result.error?.message).toBe('Poll Interval must be a number of at least 0.01');
		expect(kit.requests()).toEqual([]);
	});
});
