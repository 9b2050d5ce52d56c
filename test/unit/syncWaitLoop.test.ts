/**
 * The poll loop (SyncWait) against a scripted fake of its API, for the paths the emulator does
 * not produce: an unknown history status, a cancel without successor, history lost mid-wait,
 * a pause during the wait, and errors that must not be swallowed.
 */
import type { IDataObject, INode } from 'n8n-workflow';

import type { ConnectionApi } from '../../nodes/Fivetran/v1/helpers/syncWait/api';
import { readHistory, type HistoryEntry } from '../../nodes/shared/syncHistory/history';
import { toWaitSettings } from '../../nodes/Fivetran/v1/helpers/syncWait/settings';
import { readSnapshot } from '../../nodes/shared/syncHistory/snapshot';
import { SyncWait } from '../../nodes/Fivetran/v1/helpers/syncWait/waiter';
import { transportRuntime } from '../../nodes/shared/transport';

const T0 = Date.UTC(2026, 0, 1);
const at = (minute: number) => new Date(T0 + minute * 60_000).toISOString();
const node = { name: 'Fivetran' } as INode;

let clock = T0;
beforeEach(() => {
	clock = T0;
	jest.spyOn(transportRuntime, 'now').mockImplementation(() => clock);
	jest.spyOn(transportRuntime, 'sleep').mockImplementation(async (ms: number) => {
		clock += ms;
	});
});
afterEach(() => jest.restoreAllMocks());

function connection(fields: IDataObject = {}, status: IDataObject = {}) {
	return readSnapshot(
		{ id: 'c', status: { setup_state: 'connected', sync_state: 'syncing', ...status }, ...fields },
		'c',
	);
}

function history(...items: Array<[string, string, number, number?]>): HistoryEntry[] {
	const entries = readHistory(
		items.map(([sync_id, status, start, end]) => ({
			sync_id,
			status,
			start: at(start),
			end: end === undefined ? null : at(end),
			stages: { extract: { volume: 1.5 }, process: { volume: 1 }, load: { volume: 0.5 } },
		})),
	);
	if (entries === undefined) throw new Error('bad history');
	return entries;
}

/** A fake API answering from queues; the last answer repeats. */
function fakeApi(answers: {
	history?: Array<HistoryEntry[] | undefined | Error>;
	get?: Array<ReturnType<typeof connection> | Error>;
}) {
	const calls: string[] = [];
	const next = <T>(queue: T[] | undefined, name: string): T => {
		calls.push(name);
		if (!queue || queue.length === 0) throw new Error(`unexpected ${name}`);
		const answer = queue.length > 1 ? queue.shift() : queue[0];
		if (answer instanceof Error) throw answer;
		return answer as T;
	};
	const api = {
		connectionId: 'c',
		history: async () => next(answers.history, 'history'),
		get: async () => next(answers.get, 'get'),
		trigger: async () => next([undefined], 'trigger'),
	};
	return { api: api as unknown as ConnectionApi, calls };
}

function waiter(
	api: ConnectionApi,
	history: HistoryEntry[] | undefined,
	timeout = 10,
	skipRunning = false,
) {
	const settings = toWaitSettings({ pollInterval: 60, timeout });
	return new SyncWait(
		{ api, node, itemIndex: 0, settings, deadlineMs: T0 + settings.timeoutMs },
		{
			snapshot: connection({ succeeded_at: at(-60) }),
			history,
			windowStartMs: T0 - 5 * 60_000,
			awaitsRunning: false,
			skipRunning,
		},
	);
}

const volumes = { extract: 1.5, process: 1, load: 0.5 };

describe('SyncWait', () => {
	it('decides a history status it does not know by the timestamps', async () => {
		const { api, calls } = fakeApi({
			history: [history(['s1', 'INCOMPLETE', 0]), history(['s1', 'DONE_SOMEHOW', 0, 2])],
			get: [connection({ succeeded_at: at(2) }, { sync_state: 'scheduled' })],
		});
		const done = await waiter(api, []).untilDone();
		expect(calls).toEqual(['history', 'history', 'get']);
		expect(done.facts).toEqual({
			syncId: 's1',
			startedAt: at(0),
			finishedAt: at(2),
			detectedBy: 'syncHistory',
			syncStatus: 'DONE_SOMEHOW',
			reason: null,
			volumesMb: volumes,
		});
	});

	it('fails on an INCOMPLETE sync when the timestamps do not prove success', async () => {
		const { api } = fakeApi({
			history: [history(['s1', 'INCOMPLETE', 0, 2])],
			get: [connection({}, { sync_state: 'scheduled' })],
		});
		await expect(waiter(api, []).untilDone()).rejects.toThrow(
			"The sync of connection 'c' failed: Fivetran reported the sync as INCOMPLETE",
		);
	});

	it('reads the sync id, times, status and stage volumes of a completed sync', async () => {
		const { api } = fakeApi({
			history: [history(['s1', 'COMPLETED', 0, 3])],
			get: [connection({ succeeded_at: at(3) }, { sync_state: 'scheduled' })],
		});
		const done = await waiter(api, []).untilDone();
		expect(done.facts).toEqual({
			syncId: 's1',
			startedAt: at(0),
			finishedAt: at(3),
			detectedBy: 'syncHistory',
			syncStatus: 'COMPLETED',
			reason: null,
			volumesMb: volumes,
		});
	});

	it('forced restart: the stopped sync failing is not the outcome; the new sync is', async () => {
		const { api, calls } = fakeApi({
			history: [
				history(['stopped', 'FAILURE', -3, 0]),
				history(['stopped', 'FAILURE', -3, 0], ['new', 'COMPLETED', 0, 2]),
			],
			get: [connection({ succeeded_at: at(2) }, { sync_state: 'scheduled' })],
		});
		const before = history(['stopped', 'INCOMPLETE', -3]);
		const done = await waiter(api, before, 10, true).untilDone();
		expect(calls).toEqual(['history', 'history', 'get']);
		expect(done.facts.syncId).toBe('new');
	});

	it('a canceled sync whose replacement is not listed yet: waits while the connection syncs', async () => {
		const { api, calls } = fakeApi({
			history: [
				history(['s1', 'INCOMPLETE', 0]),
				history(['s1', 'CANCELED', 0, 1]),
				history(['s1', 'CANCELED', 0, 1], ['s2', 'COMPLETED', 1, 2]),
			],
			get: [connection(), connection({ succeeded_at: at(2) }, { sync_state: 'scheduled' })],
		});
		const done = await waiter(api, []).untilDone();
		expect(calls).toEqual(['history', 'history', 'get', 'history', 'get']);
		expect(done.facts.syncId).toBe('s2');
	});

	it("a failed sync's message is Fivetran's reason from the history", async () => {
		const failed = readHistory([
			{ sync_id: 's1', status: 'FAILURE', start: at(0), end: at(1), reason: 'Password expired' },
		]);
		const { api } = fakeApi({
			history: [failed],
			get: [connection({ failed_at: at(1) }, { sync_state: 'scheduled' })],
		});
		await expect(waiter(api, []).untilDone()).rejects.toThrow(
			"The sync of connection 'c' failed: Password expired",
		);
	});

	it('fails when the followed sync is canceled and nothing replaced it', async () => {
		const { api } = fakeApi({
			history: [history(['s1', 'CANCELED', 0, 1])],
			get: [connection({}, { sync_state: 'scheduled' })],
		});
		await expect(waiter(api, []).untilDone()).rejects.toThrow(
			"The sync of connection 'c' failed: Fivetran canceled the sync and started no other in its place",
		);
	});

	it('falls back to the connection when the history stops being usable mid-wait', async () => {
		const { api, calls } = fakeApi({
			history: [history(['s1', 'INCOMPLETE', 0]), undefined],
			get: [connection(), connection({ succeeded_at: at(3) }, { sync_state: 'scheduled' })],
		});
		const done = await waiter(api, []).untilDone();
		expect(calls).toEqual(['history', 'history', 'get', 'get']);
		expect(done.facts.detectedBy).toBe('timestamps');
		expect(clock - T0).toBe(3 * 60_000);
	});

	it('fails when the history reports the sync PAUSED', async () => {
		const { api } = fakeApi({
			history: [history(['s1', 'PAUSED', 0, 1])],
			get: [connection({ paused: true }, { sync_state: 'paused' })],
		});
		await expect(waiter(api, []).untilDone()).rejects.toThrow(
			"Connection 'c' was paused during the sync",
		);
	});

	it('fails when the connection is paused during the wait (timestamp mode)', async () => {
		const { api } = fakeApi({ get: [connection({}, { sync_state: 'paused' })] });
		await expect(waiter(api, undefined).untilDone()).rejects.toThrow(
			"Connection 'c' was paused during the sync",
		);
	});

	it('does not swallow errors that are not transient API trouble', async () => {
		const { api, calls } = fakeApi({ get: [new Error('boom')] });
		await expect(waiter(api, undefined).untilDone()).rejects.toThrow('boom');
		expect(calls).toEqual(['get']);
	});

	it('stops at the deadline: polls = timeout / interval, then one read for the details', async () => {
		const { api, calls } = fakeApi({ get: [connection()] });
		await expect(waiter(api, undefined, 5).untilDone()).rejects.toThrow(
			"Timed out after 5 min waiting for the sync of connection 'c'",
		);
		expect(calls).toEqual(Array(6).fill('get'));
		expect(clock - T0).toBe(5 * 60_000);
	});
});
