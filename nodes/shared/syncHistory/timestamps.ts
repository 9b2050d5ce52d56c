/**
 * Completion by timestamps, the fallback when the sync history cannot identify the sync.
 *
 * The baseline is the later of `succeeded_at` and `failed_at`, read ONCE before the sync is
 * requested (peers.md issue 1: a baseline taken after a short sync finished waits forever).
 * A timestamp "moved" only when it is strictly later than the baseline: equal means it is the
 * previous sync's. When both moved, the later one wins; when they are equal we cannot prove
 * success, so it counts as a failure (peers.md issue 2: equality is where waits go wrong).
 */
import type { ConnectionSnapshot } from './snapshot';

export interface TimestampBaseline {
	succeededAt: number | null;
	failedAt: number | null;
}

export type TimestampVerdict = 'waiting' | 'succeeded' | 'failed' | 'rescheduled' | 'paused';

export function timestampBaseline(snapshot: TimestampBaseline): TimestampBaseline {
	return { succeededAt: snapshot.succeededAt, failedAt: snapshot.failedAt };
}

/** The later of both timestamps: what a new sync's end must be later than. */
export function latest(baseline: TimestampBaseline): number | null {
	const times = [baseline.succeededAt, baseline.failedAt].filter((t): t is number => t !== null);
	return times.length === 0 ? null : Math.max(...times);
}

function movedPast(time: number | null, baseline: number | null): boolean {
	return time !== null && (baseline === null || time > baseline);
}

export function timestampVerdict(
	baseline: TimestampBaseline,
	now: Pick<ConnectionSnapshot, 'succeededAt' | 'failedAt' | 'syncState'>,
): TimestampVerdict {
	const before = latest(baseline);
	const succeeded = movedPast(now.succeededAt, before);
	const failed = movedPast(now.failedAt, before);
	if (succeeded && failed) {
		return (now.succeededAt as number) > (now.failedAt as number) ? 'succeeded' : 'failed';
	}
	if (succeeded) return 'succeeded';
	if (failed) return 'failed';
	if (now.syncState === 'rescheduled') return 'rescheduled';
	if (now.syncState === 'paused') return 'paused';
	return 'waiting';
}
