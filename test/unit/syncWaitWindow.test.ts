/**
 * The sync-history window of a wait (nodes/shared/syncHistory/window.ts) against Fivetran's rules for
 * `start_time`/`end_time` (2026-09 definition, connection_sync_history; DELTA.md).
 */
import { readSnapshot } from '../../nodes/shared/syncHistory/snapshot';
import {
	historyQuery,
	historyWindowStart,
	isoSeconds,
	MAX_WINDOW_MS,
} from '../../nodes/shared/syncHistory/window';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NOW = Date.UTC(2026, 8, 20, 12, 0, 30, 456);
const iso = (ms: number) => new Date(ms).toISOString();

const connection = (syncState: string, fields: Record<string, string> = {}) =>
	readSnapshot({ id: 'c', status: { sync_state: syncState }, ...fields }, 'c');

describe('historyWindowStart', () => {
	it('starts just before the baseline when nothing runs (the sync starts after the request)', () => {
		expect(historyWindowStart(connection('scheduled'), NOW)).toBe(NOW - 5 * MINUTE);
	});

	it('starts before the running sync: at the end of the sync before it', () => {
		const running = connection('syncing', {
			succeeded_at: iso(NOW - 3 * 60 * MINUTE),
			failed_at: iso(NOW - 50 * MINUTE),
		});
		expect(historyWindowStart(running, NOW)).toBe(NOW - 50 * MINUTE - 5 * MINUTE);
	});

	it('a never-synced connection that syncs: from its creation, never more than 6 days back', () => {
		const created = connection('syncing', { created_at: iso(NOW - 2 * DAY) });
		expect(historyWindowStart(created, NOW)).toBe(NOW - 2 * DAY - 5 * MINUTE);
		const old = connection('syncing', { succeeded_at: iso(NOW - 30 * DAY) });
		expect(historyWindowStart(old, NOW)).toBe(NOW - 6 * DAY);
		expect(historyWindowStart(connection('syncing'), NOW)).toBe(NOW - 6 * DAY);
	});
});

describe('historyQuery', () => {
	it('asks from the window start to now plus a margin, in whole seconds (2026-01-01T00:00:00Z)', () => {
		expect(historyQuery(NOW - 5 * MINUTE, NOW)).toEqual({
			start_time: '2026-09-20T11:55:30Z',
			end_time: '2026-09-20T12:05:30Z',
		});
	});

	it('never asks for more than 7 days', () => {
		const start = NOW - 6 * DAY;
		const query = historyQuery(start, NOW + 2 * DAY);
		expect(Date.parse(query.end_time) - Date.parse(query.start_time)).toBeLessThanOrEqual(
			MAX_WINDOW_MS,
		);
		expect(query.end_time).toBe(isoSeconds(start + MAX_WINDOW_MS));
	});
});
