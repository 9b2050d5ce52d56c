/**
 * The time window of the sync-history reads of one wait. Fivetran answers the last hour when
 * `start_time`/`end_time` are omitted and refuses a window over 7 days or a `start_time` more
 * than 7 days in the past (2026-09 definition, connection_sync_history; DELTA.md), so the node
 * asks for an explicit window: from the baseline (earlier when a sync was already running: it
 * began after the connection's last sync ended) to now, with a margin for clock differences.
 */
import { parseTime, type ConnectionSnapshot } from './snapshot';
import { latest } from './timestamps';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Allowance for the node's clock differing from Fivetran's. */
export const CLOCK_MARGIN_MS = 5 * MINUTE_MS;
export const MAX_WINDOW_MS = 7 * DAY_MS;
/** The earliest start asked for: a day inside Fivetran's 7-day limit, so long waits still fit. */
const OLDEST_START_MS = 6 * DAY_MS;

export interface HistoryQuery {
	start_time: string;
	end_time: string;
}

/** Where the window of a wait starts, from the connection as read at the baseline. */
export function historyWindowStart(
	snapshot: Pick<ConnectionSnapshot, 'syncState' | 'succeededAt' | 'failedAt' | 'record'>,
	nowMs: number,
): number {
	const anchor =
		snapshot.syncState === 'syncing'
			? (latest(snapshot) ?? parseTime(snapshot.record.created_at) ?? 0)
			: nowMs;
	return Math.max(Math.min(anchor, nowMs) - CLOCK_MARGIN_MS, nowMs - OLDEST_START_MS);
}

/** ISO 8601 in whole seconds (2026-01-01T00:00:00Z, the definition's example format). */
export function isoSeconds(ms: number): string {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The query of one read: from the window's start to now (plus the margin), at most 7 days. */
export function historyQuery(startMs: number, nowMs: number): HistoryQuery {
	const end = Math.min(nowMs + CLOCK_MARGIN_MS, startMs + MAX_WINDOW_MS);
	return { start_time: isoSeconds(startMs), end_time: isoSeconds(end) };
}
