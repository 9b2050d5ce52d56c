import { nextCursor, pollWindow } from '../../nodes/FivetranPollingTrigger/window';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NOW = Date.UTC(2026, 5, 1);

describe('polling trigger: history window', () => {
	it('starts five minutes before the cursor and ends five minutes after now', () => {
		const window = pollWindow(NOW - 15 * MINUTE, NOW);
		expect(window.query).toEqual({
			start_time: '2026-05-31T23:40:00Z',
			end_time: '2026-06-01T00:05:00Z',
		});
		expect(window.gap).toBeUndefined();
	});

	it('never asks for more than Fivetran keeps (7 days) and names the gap', () => {
		const window = pollWindow(NOW - 10 * DAY, NOW);
		expect(Date.parse(window.query.start_time)).toBeGreaterThan(NOW - 7 * DAY);
		expect(
			Date.parse(window.query.end_time) - Date.parse(window.query.start_time),
		).toBeLessThanOrEqual(7 * DAY);
		expect(window.gap).toEqual({
			from: NOW - 10 * DAY - 5 * MINUTE,
			to: NOW - 7 * DAY + 5 * MINUTE,
		});
	});

	it('a running sync holds the cursor at its start, but not beyond 6 days (no gap reported each poll)', () => {
		expect(nextCursor(NOW, undefined)).toBe(NOW);
		expect(nextCursor(NOW, NOW - 2 * 60 * MINUTE)).toBe(NOW - 2 * 60 * MINUTE);
		expect(nextCursor(NOW, NOW - 9 * DAY)).toBe(NOW - 6 * DAY);
		expect(pollWindow(nextCursor(NOW, NOW - 9 * DAY), NOW + 60 * MINUTE).gap).toBeUndefined();
	});
});
