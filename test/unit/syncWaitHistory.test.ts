import {
	HistoryFollower,
	phaseOf,
	readHistory,
	type HistoryEntry,
} from '../../nodes/Fivetran/v1/helpers/syncWait/history';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();

function item(syncId: string, status: string, startMinute: number, endMinute?: number) {
	return {
		sync_id: syncId,
		status,
		start_time: at(startMinute),
		end_time: endMinute === undefined ? null : at(endMinute),
	};
}

function entries(...items: Array<ReturnType<typeof item>>): HistoryEntry[] {
	const read = readHistory(items);
	if (read === undefined) throw new Error('unreadable history');
	return read;
}

describe('readHistory', () => {
	it('reads entries oldest first whatever the API order', () => {
		const read = entries(item('b', 'RUNNING', 5), item('a', 'SUCCESSFUL', 1, 3));
		expect(read.map((entry) => entry.syncId)).toEqual(['a', 'b']);
		expect(read[0]).toEqual({
			syncId: 'a',
			status: 'SUCCESSFUL',
			startTime: Date.parse(at(1)),
			startedAt: at(1),
			endedAt: at(3),
		});
	});

	it('is undefined (fall back to timestamps) when any item lacks a checked field', () => {
		expect(
			readHistory([item('a', 'SUCCESSFUL', 1, 2), { status: 'RUNNING', start_time: at(3) }]),
		).toBeUndefined();
		expect(readHistory([{ sync_id: 'a', start_time: at(3) }])).toBeUndefined();
		expect(
			readHistory([{ sync_id: 'a', status: 'RUNNING', start_time: 'yesterday' }]),
		).toBeUndefined();
		expect(readHistory([])).toEqual([]);
	});
});

describe('phaseOf', () => {
	it.each([
		['SUCCESSFUL', 'succeeded'],
		['FAILURE', 'failed'],
		['FAILURE_WITH_TASK', 'failed'],
		['RESCHEDULED', 'rescheduled'],
		['CANCELED', 'canceled'],
		['RUNNING', 'running'],
		['SCHEDULED', 'running'],
	])('%s is %s', (status, phase) => {
		expect(phaseOf(entries(item('a', status, 1, 2))[0])).toBe(phase);
	});

	it('an unknown status is running without an end time, "ended" with one', () => {
		expect(phaseOf(entries(item('a', 'SOMETHING_NEW', 1))[0])).toBe('running');
		expect(phaseOf(entries(item('a', 'SOMETHING_NEW', 1, 2))[0])).toBe('ended');
	});
});

describe('HistoryFollower', () => {
	const previous = item('old', 'SUCCESSFUL', 0, 2);

	it('ignores syncs that ended before the baseline and follows the first new one by id', () => {
		const follower = new HistoryFollower(entries(previous));
		expect(follower.follow(entries(previous))).toEqual({ kind: 'waiting' });
		expect(follower.follow(entries(previous, item('mine', 'RUNNING', 3))).kind).toBe('waiting');
		expect(follower.syncId).toBe('mine');
		// A later sync finishing first never counts: the node follows "mine" by id.
		const step = follower.follow(
			entries(previous, item('mine', 'RUNNING', 3), item('later', 'SUCCESSFUL', 4, 5)),
		);
		expect(step.kind).toBe('waiting');
		expect(follower.follow(entries(previous, item('mine', 'FAILURE', 3, 6)))).toMatchObject({
			kind: 'finished',
			phase: 'failed',
			entry: { syncId: 'mine' },
		});
	});

	it('follows a sync already running at the baseline (it is not settled)', () => {
		const follower = new HistoryFollower(entries(previous, item('running', 'RUNNING', 3)));
		expect(follower.follow(entries(previous, item('running', 'SUCCESSFUL', 3, 7)))).toMatchObject({
			kind: 'finished',
			phase: 'succeeded',
			entry: { syncId: 'running' },
		});
	});

	it('finds a sync that finished before the first poll (shorter than the interval)', () => {
		const follower = new HistoryFollower(entries(previous));
		expect(follower.follow(entries(previous, item('quick', 'SUCCESSFUL', 3, 3)))).toMatchObject({
			kind: 'finished',
			entry: { syncId: 'quick' },
		});
	});

	it('moves from a canceled sync to the one that replaced it (forced restart)', () => {
		const follower = new HistoryFollower(entries(item('running', 'RUNNING', 1)));
		const step = follower.follow(
			entries(item('running', 'CANCELED', 1, 2), item('restart', 'RUNNING', 2)),
		);
		expect(step.kind).toBe('waiting');
		expect(follower.syncId).toBe('restart');
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
			follower.follow(entries(rescheduled, item('resumed', 'SUCCESSFUL', 12, 14))),
		).toMatchObject({ kind: 'finished', entry: { syncId: 'resumed' } });
	});
});

describe('HistoryFollower awaiting a sync that was running when the connection was read', () => {
	const lastSuccess = Date.parse(at(2));

	it('still finds it when it ended between reading the connection and the history', () => {
		const before = entries(item('old', 'SUCCESSFUL', 0, 2), item('running', 'SUCCESSFUL', 3, 6));
		const follower = new HistoryFollower(before, lastSuccess);
		expect(follower.follow(before)).toMatchObject({
			kind: 'finished',
			entry: { syncId: 'running' },
		});
	});

	it('with no earlier success or failure, every ended sync is a candidate', () => {
		const follower = new HistoryFollower(entries(item('first', 'FAILURE', 0, 1)), null);
		expect(follower.follow(entries(item('first', 'FAILURE', 0, 1))).kind).toBe('finished');
	});
});
