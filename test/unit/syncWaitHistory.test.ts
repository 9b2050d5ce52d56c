import type { IDataObject } from 'n8n-workflow';

import {
	HistoryFollower,
	phaseOf,
	readHistory,
	type HistoryEntry,
} from '../../nodes/shared/syncHistory/history';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();

/** An item in Fivetran's shape (2026-09 definition, connection_sync_history). */
function item(syncId: string, status: string, startMinute: number, endMinute?: number) {
	return {
		sync_id: syncId,
		status,
		start: at(startMinute),
		end: endMinute === undefined ? null : at(endMinute),
		stages: { extract: {}, process: {}, load: {} },
	};
}

function entries(...items: IDataObject[]): HistoryEntry[] {
	const read = readHistory(items);
	if (read === undefined) throw new Error('unreadable history');
	return read;
}

describe('readHistory', () => {
	it('reads entries oldest first whatever the API order, not-started ones last', () => {
		const notStarted = { sync_id: 'c', status: 'INCOMPLETE', start: null, end: null, stages: {} };
		const read = entries(notStarted, item('b', 'INCOMPLETE', 5), item('a', 'COMPLETED', 1, 3));
		expect(read.map((entry) => entry.syncId)).toEqual(['a', 'b', 'c']);
		expect(read[2]).toMatchObject({ startTime: null, startedAt: null, endedAt: null });
	});

	it("reads Fivetran's item: start, end, status, reason and the stage volumes", () => {
		const [entry] = entries({
			sync_id: 'a',
			status: 'FAILURE',
			start: at(1),
			end: at(3),
			reason: 'Password expired',
			stages: { extract: { volume: 12.5 }, process: { volume: 0 }, load: {} },
		});
		expect(entry).toEqual({
			syncId: 'a',
			status: 'FAILURE',
			startTime: Date.parse(at(1)),
			startedAt: at(1),
			endedAt: at(3),
			reason: 'Password expired',
			volumesMb: { extract: 12.5, process: 0, load: null },
		});
	});

	it('is undefined (fall back to timestamps) when any item lacks sync_id or status', () => {
		expect(
			readHistory([item('a', 'COMPLETED', 1, 2), { status: 'INCOMPLETE', start: at(3) }]),
		).toBeUndefined();
		expect(readHistory([{ sync_id: 'a', start: at(3) }])).toBeUndefined();
		expect(readHistory([])).toEqual([]);
	});

	it('does not take the invented fields of the withdrawn ruling (start_time, end_time)', () => {
		const [entry] = entries({
			sync_id: 'a',
			status: 'COMPLETED',
			start_time: at(1),
			end_time: at(2),
		});
		expect(entry).toMatchObject({ startedAt: null, endedAt: null });
	});
});

describe('phaseOf', () => {
	it.each([
		['COMPLETED', 'succeeded'],
		['FAILURE', 'failed'],
		['RESCHEDULED', 'rescheduled'],
		['CANCELED', 'canceled'],
		['PAUSED', 'paused'],
		['INCOMPLETE', 'ended'],
		['SOMETHING_NEW', 'ended'],
	])('%s with an end is %s', (status, phase) => {
		expect(phaseOf(entries(item('a', status, 1, 2))[0])).toBe(phase);
	});

	it.each(['INCOMPLETE', 'COMPLETED', 'SOMETHING_NEW'])(
		'%s without an end is running (end is null while a sync is in progress)',
		(status) => {
			expect(phaseOf(entries(item('a', status, 1))[0])).toBe('running');
		},
	);
});

describe('HistoryFollower', () => {
	const previous = item('old', 'COMPLETED', 0, 2);

	it('ignores syncs that ended before the baseline and follows the first new one by id', () => {
		const follower = new HistoryFollower(entries(previous));
		expect(follower.follow(entries(previous))).toEqual({ kind: 'waiting' });
		expect(follower.follow(entries(previous, item('mine', 'INCOMPLETE', 3))).kind).toBe('waiting');
		expect(follower.syncId).toBe('mine');
		// A later sync finishing first never counts: the node follows "mine" by id.
		const step = follower.follow(
			entries(previous, item('mine', 'INCOMPLETE', 3), item('later', 'COMPLETED', 4, 5)),
		);
		expect(step.kind).toBe('waiting');
		expect(follower.follow(entries(previous, item('mine', 'FAILURE', 3, 6)))).toMatchObject({
			kind: 'finished',
			phase: 'failed',
			entry: { syncId: 'mine' },
		});
	});

	it('follows a sync already running at the baseline (it is not settled)', () => {
		const follower = new HistoryFollower(entries(previous, item('running', 'INCOMPLETE', 3)));
		expect(follower.follow(entries(previous, item('running', 'COMPLETED', 3, 7)))).toMatchObject({
			kind: 'finished',
			phase: 'succeeded',
			entry: { syncId: 'running' },
		});
	});

	it('finds a sync that finished before the first poll (shorter than the interval)', () => {
		const follower = new HistoryFollower(entries(previous));
		expect(follower.follow(entries(previous, item('quick', 'COMPLETED', 3, 3)))).toMatchObject({
			kind: 'finished',
			entry: { syncId: 'quick' },
		});
	});

	it('moves from a canceled sync to the one that replaced it (forced restart)', () => {
		const follower = new HistoryFollower(entries(item('running', 'INCOMPLETE', 1)));
		const step = follower.follow(
			entries(item('running', 'CANCELED', 1, 2), item('restart', 'INCOMPLETE', 2)),
		);
		expect(step.kind).toBe('waiting');
		expect(follower.syncId).toBe('restart');
	});

	it('never takes a sync running at the baseline when the request skips it (force, re-sync)', () => {
		const follower = new HistoryFollower(entries(previous, item('running', 'INCOMPLETE', 3)), {
			skipRunning: true,
		});
		// The stopped sync may be listed as FAILURE or CANCELED: either way it is not this sync.
		expect(follower.follow(entries(previous, item('running', 'FAILURE', 3, 4)))).toEqual({
			kind: 'waiting',
		});
		expect(
			follower.follow(entries(item('running', 'CANCELED', 3, 4), item('new', 'COMPLETED', 4, 6))),
		).toMatchObject({ kind: 'finished', phase: 'succeeded', entry: { syncId: 'new' } });
	});

	it("a re-sync after a running sync: the earlier sync's success is not the re-sync's", () => {
		const follower = new HistoryFollower(entries(item('running', 'INCOMPLETE', 3)), {
			skipRunning: true,
		});
		expect(follower.candidates).toBe(0);
		expect(follower.follow(entries(item('running', 'COMPLETED', 3, 5)))).toEqual({
			kind: 'waiting',
		});
		const withResync = entries(
			item('running', 'COMPLETED', 3, 5),
			item('resync', 'COMPLETED', 5, 9),
		);
		expect(follower.follow(withResync)).toMatchObject({ entry: { syncId: 'resync' } });
	});

	it('reports a paused sync', () => {
		const follower = new HistoryFollower([]);
		expect(follower.follow(entries(item('mine', 'PAUSED', 1, 2)))).toMatchObject({
			kind: 'paused',
			entry: { syncId: 'mine' },
		});
	});

	it('reports a canceled sync without successor', () => {
		const follower = new HistoryFollower([]);
		expect(follower.follow(entries(item('gone', 'CANCELED', 1, 2)))).toMatchObject({
			kind: 'canceled',
		});
	});

	it('reports a reschedule once, then follows the sync that resumes it', () => {
		const follower = new HistoryFollower([]);
		const rescheduled = item('first', 'RESCHEDULED', 1, 2);
		expect(follower.follow(entries(rescheduled)).kind).toBe('rescheduled');
		expect(follower.follow(entries(rescheduled))).toEqual({ kind: 'waiting' });
		expect(
			follower.follow(entries(rescheduled, item('resumed', 'COMPLETED', 12, 14))),
		).toMatchObject({ kind: 'finished', entry: { syncId: 'resumed' } });
	});
});

describe('HistoryFollower awaiting a sync that was running when the connection was read', () => {
	it('has no candidate when the baseline history does not list it (the caller uses timestamps)', () => {
		const follower = new HistoryFollower(entries(item('old', 'COMPLETED', 0, 2)), {
			awaitsRunning: { endedAfter: Date.parse(at(2)) },
		});
		expect(follower.candidates).toBe(0);
	});

	const lastSuccess = Date.parse(at(2));

	it('still finds it when it ended between reading the connection and the history', () => {
		const before = entries(item('old', 'COMPLETED', 0, 2), item('running', 'COMPLETED', 3, 6));
		const follower = new HistoryFollower(before, { awaitsRunning: { endedAfter: lastSuccess } });
		expect(follower.follow(before)).toMatchObject({
			kind: 'finished',
			entry: { syncId: 'running' },
		});
	});

	it('with no earlier success or failure, every ended sync is a candidate', () => {
		const follower = new HistoryFollower(entries(item('first', 'FAILURE', 0, 1)), {
			awaitsRunning: { endedAfter: null },
		});
		expect(follower.follow(entries(item('first', 'FAILURE', 0, 1))).kind).toBe('finished');
	});
});
