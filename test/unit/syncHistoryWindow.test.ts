/**
 * Connection › Get Sync History's window (helpers/syncHistoryWindow.ts): parsing Date & Time
 * values and Fivetran's window rules, checked before any request.
 */
import {
	parseDateTime,
	syncHistoryWindow,
} from '../../nodes/Fivetran/v1/helpers/syncHistoryWindow';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 8, 20, 12);

describe('parseDateTime', () => {
	it('reads a value with a zone as it is, and an empty one as unset', () => {
		expect(parseDateTime('2026-09-20T08:00:00Z', 'Europe/Berlin', 'From')).toBe(
			Date.UTC(2026, 8, 20, 8),
		);
		expect(parseDateTime('2026-09-20T08:00:00+02:00', 'UTC', 'From')).toBe(
			Date.UTC(2026, 8, 20, 6),
		);
		expect(parseDateTime('', 'UTC', 'From')).toBeUndefined();
		expect(parseDateTime(undefined, 'UTC', 'From')).toBeUndefined();
	});

	it("reads the date picker's local time in the workflow's time zone (summer and winter)", () => {
		expect(parseDateTime('2026-09-20T08:00:00', 'Europe/Berlin', 'From')).toBe(
			Date.UTC(2026, 8, 20, 6),
		);
		expect(parseDateTime('2026-01-20T08:00:00', 'America/New_York', 'From')).toBe(
			Date.UTC(2026, 0, 20, 13),
		);
		expect(parseDateTime('2026-09-20', 'UTC', 'From')).toBe(Date.UTC(2026, 8, 20));
	});

	it('takes a Date or a Luxon-like DateTime from an expression', () => {
		const at = Date.UTC(2026, 8, 20, 8);
		expect(parseDateTime(new Date(at), 'UTC', 'To')).toBe(at);
		const luxonLike = { toISO: () => '2026-09-20T10:00:00.000+02:00' };
		expect(parseDateTime(luxonLike, 'UTC', 'To')).toBe(at);
	});

	it('refuses what is not a date and time, naming the field', () => {
		expect(() => parseDateTime('yesterday', 'UTC', 'From')).toThrow(
			"From must be a date and time, e.g. 2026-09-01T08:00:00Z (got 'yesterday')",
		);
		expect(() => parseDateTime('2026-13-45T99:00:00Z', 'UTC', 'To')).toThrow(/^To must be/);
	});
});

describe('syncHistoryWindow', () => {
	it("sends nothing when neither end is set (Fivetran's last hour)", () => {
		expect(syncHistoryWindow(undefined, undefined, NOW)).toEqual({});
	});

	it('fills in the missing end as Fivetran does: one hour', () => {
		expect(syncHistoryWindow(NOW - 3 * HOUR, undefined, NOW)).toEqual({
			start_time: '2026-09-20T09:00:00Z',
			end_time: '2026-09-20T10:00:00Z',
		});
		expect(syncHistoryWindow(undefined, NOW, NOW)).toEqual({
			start_time: '2026-09-20T11:00:00Z',
			end_time: '2026-09-20T12:00:00Z',
		});
	});

	it('accepts exactly 7 days, starting exactly 7 days ago', () => {
		expect(syncHistoryWindow(NOW - 7 * DAY, NOW, NOW)).toEqual({
			start_time: '2026-09-13T12:00:00Z',
			end_time: '2026-09-20T12:00:00Z',
		});
	});

	it.each([
		[NOW - HOUR, NOW - 2 * HOUR, 'To must be after From'],
		[NOW, NOW, 'To must be after From'],
		[NOW - 3 * DAY, NOW + 4 * DAY + MINUTE, 'From and To must be at most 7 days apart'],
		[NOW - 7 * DAY - MINUTE, NOW - 6 * DAY, 'From must be within the last 7 days'],
		[undefined, NOW - 7 * DAY + 30 * MINUTE, 'From must be within the last 7 days'],
	])('refuses %p .. %p: %s', (start, end, message) => {
		expect(() => syncHistoryWindow(start, end, NOW)).toThrow(message);
	});
});
