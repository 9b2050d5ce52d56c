/**
 * The history window of one connection's read. Fivetran refuses a window over 7 days or a
 * `start_time` more than 7 days in the past (2026-09 definition, connection_sync_history;
 * DELTA.md): a cursor older than that is a gap, reported once, and the window starts as early as
 * Fivetran still allows.
 */
import {
	CLOCK_MARGIN_MS,
	historyQuery,
	MAX_WINDOW_MS,
	type HistoryQuery,
} from '../shared/syncHistory/window';

const DAY_MS = 24 * 60 * 60_000;
/** A sync running longer than this does not hold the cursor further back (a day of slack). */
const OLDEST_CURSOR_MS = 6 * DAY_MS;

export interface PollWindow {
	start: number;
	query: HistoryQuery;
	/** The part of the wanted window Fivetran no longer keeps. */
	gap?: { from: number; to: number };
}

export function pollWindow(cursor: number, now: number): PollWindow {
	const wanted = cursor - CLOCK_MARGIN_MS;
	const oldest = now - MAX_WINDOW_MS + CLOCK_MARGIN_MS;
	const start = Math.max(wanted, oldest);
	const window: PollWindow = { start, query: historyQuery(start, now) };
	if (wanted < oldest) window.gap = { from: wanted, to: oldest };
	return window;
}

/** The next read starts now, or at the start of a sync still running (within 6 days). */
export function nextCursor(now: number, runningSince: number | undefined): number {
	return Math.max(Math.min(now, runningSince ?? now), now - OLDEST_CURSOR_MS);
}

/** Where `seen` may be pruned: nothing that ended before the next window can be listed again. */
export function pruneBefore(cursor: number): number {
	return cursor - CLOCK_MARGIN_MS;
}
