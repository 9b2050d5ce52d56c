import {
	timestampBaseline,
	timestampVerdict,
	type TimestampBaseline,
} from '../../nodes/shared/syncHistory/timestamps';
import { parseTime, readSnapshot } from '../../nodes/shared/syncHistory/snapshot';

const T = Date.UTC(2026, 0, 1, 12);
const MIN = 60_000;

function verdict(
	baseline: TimestampBaseline,
	succeededAt: number | null,
	failedAt: number | null,
	syncState = 'scheduled',
) {
	return timestampVerdict(baseline, { succeededAt, failedAt, syncState });
}

describe('timestampVerdict: the baseline comparison and its equality edge cases', () => {
	const afterSuccess: TimestampBaseline = { succeededAt: T, failedAt: T - 60 * MIN };
	const afterFailure: TimestampBaseline = { succeededAt: T - 60 * MIN, failedAt: T };

	it('keeps waiting while succeeded_at equals the baseline (that is the previous sync)', () => {
		expect(verdict(afterSuccess, T, T - 60 * MIN, 'syncing')).toBe('waiting');
		expect(verdict(afterSuccess, T, T - 60 * MIN)).toBe('waiting');
	});

	it('succeeds once succeeded_at is strictly later than the baseline, even by 1 ms', () => {
		expect(verdict(afterSuccess, T + 1, T - 60 * MIN)).toBe('succeeded');
		expect(verdict(afterFailure, T + 5 * MIN, T)).toBe('succeeded');
	});

	it('fails once failed_at is strictly later than the baseline, also after a success baseline', () => {
		expect(verdict(afterSuccess, T, T + 1)).toBe('failed');
		// The baseline is the later of both: a failure equal to the previous failure is old news.
		expect(verdict(afterFailure, T - 60 * MIN, T)).toBe('waiting');
	});

	it('a failure right at the previous success time is not a new failure', () => {
		expect(verdict(afterSuccess, T, T)).toBe('waiting');
	});

	it('when both moved, the later wins; equal (failed_at == succeeded_at) counts as failed', () => {
		expect(verdict(afterSuccess, T + 2 * MIN, T + MIN)).toBe('succeeded');
		expect(verdict(afterSuccess, T + MIN, T + 2 * MIN)).toBe('failed');
		expect(verdict(afterSuccess, T + MIN, T + MIN)).toBe('failed');
	});

	it('treats null timestamps as "never": any first success or failure moves', () => {
		const never: TimestampBaseline = { succeededAt: null, failedAt: null };
		expect(verdict(never, null, null, 'syncing')).toBe('waiting');
		expect(verdict(never, T, null)).toBe('succeeded');
		expect(verdict(never, null, T)).toBe('failed');
		const onlyFailed: TimestampBaseline = { succeededAt: null, failedAt: T };
		expect(verdict(onlyFailed, T + MIN, T)).toBe('succeeded');
		expect(verdict(onlyFailed, null, T)).toBe('waiting');
		const onlySucceeded: TimestampBaseline = { succeededAt: T, failedAt: null };
		expect(verdict(onlySucceeded, T, T + MIN)).toBe('failed');
	});

	it('a timestamp that disappears (null) never counts as moved', () => {
		expect(verdict(afterSuccess, null, null)).toBe('waiting');
	});

	it('reports rescheduled and paused only while nothing moved', () => {
		expect(verdict(afterSuccess, T, null, 'rescheduled')).toBe('rescheduled');
		expect(verdict(afterSuccess, T, null, 'paused')).toBe('paused');
		expect(verdict(afterSuccess, T + MIN, null, 'paused')).toBe('succeeded');
	});

	it('takes the baseline from a snapshot, ignoring unreadable timestamps', () => {
		const snapshot = readSnapshot(
			{ id: 'c', succeeded_at: '2026-01-01T12:00:00Z', failed_at: 'not a date', status: {} },
			'fallback',
		);
		expect(timestampBaseline(snapshot)).toEqual({ succeededAt: T, failedAt: null });
		expect(parseTime(undefined)).toBeNull();
		expect(parseTime('')).toBeNull();
	});
});

describe('readSnapshot', () => {
	it('reads status fields and tolerates missing ones', () => {
		expect(readSnapshot({}, 'abc')).toMatchObject({
			id: 'abc',
			paused: false,
			scheduleType: null,
			setupState: null,
			syncState: null,
			succeededAt: null,
			failedAt: null,
			rescheduledFor: null,
		});
		const snapshot = readSnapshot(
			{
				id: 'x',
				paused: true,
				schedule_type: 'manual',
				status: {
					setup_state: 'connected',
					sync_state: 'rescheduled',
					rescheduled_for: '2026-01-01T12:00:00Z',
				},
			},
			'abc',
		);
		expect(snapshot).toMatchObject({
			id: 'x',
			paused: true,
			scheduleType: 'manual',
			syncState: 'rescheduled',
			rescheduledFor: T,
		});
	});
});
