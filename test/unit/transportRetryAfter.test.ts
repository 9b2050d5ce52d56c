import { parseHttpDate, parseRetryAfter } from '../../nodes/shared/transport/retryAfter';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('parseRetryAfter', () => {
	it.each<[unknown, number]>([
		['3600', 3600],
		[' 7 ', 7],
		['1.5', 1.5],
		[2, 2],
		[0.25, 0.25],
		['Thu, 01 Jan 2026 12:00:10 GMT', 10],
		['Thursday, 01-Jan-26 12:01:00 GMT', 60],
		['Thu Jan  1 12:00:30 2026', 30],
		['thu, 01 jan 2026 13:00:00 gmt', 3600],
	])('%p asks for %p s', (value, seconds) => {
		expect(parseRetryAfter(value, NOW)).toBe(seconds);
	});

	it.each<[string, unknown]>([
		['zero', '0'],
		['zero as a number', 0],
		['zero with decimals', '0.0'],
		['a negative number', '-1'],
		['a negative number (number)', -5],
		['not finite', Number.POSITIVE_INFINITY],
		['NaN', Number.NaN],
		['too large to be a number', '9'.repeat(400)],
		['a date in the past', 'Thu, 01 Jan 2026 11:59:59 GMT'],
		['now', 'Thu, 01 Jan 2026 12:00:00 GMT'],
		['junk that Date.parse reads as a date', 'abc 2'],
		['an ISO date (not an HTTP date)', '2026-01-01T13:00:00Z'],
		['a date without GMT', 'Thu, 01 Jan 2026 13:00:00'],
		['a date in another zone', 'Thu, 01 Jan 2026 13:00:00 +0100'],
		['an impossible day', 'Tue, 31 Feb 2026 13:00:00 GMT'],
		['an impossible hour', 'Thu, 01 Jan 2026 24:00:00 GMT'],
		['an impossible minute', 'Thu, 01 Jan 2026 13:60:00 GMT'],
		['an unknown month', 'Thu, 01 Foo 2026 13:00:00 GMT'],
		['a word', 'soon'],
		['empty', ''],
		['hex', '0x10'],
		['exponent', '1e3'],
		['a leading plus', '+5'],
		['undefined', undefined],
		['null', null],
		['an array', ['5']],
		['an object', { seconds: 5 }],
	])('%s (%p) is no wait at all: absent', (_label, value) => {
		expect(parseRetryAfter(value, NOW)).toBeUndefined();
	});
});

describe('parseHttpDate', () => {
	it('reads the three forms of RFC 9110 as UTC', () => {
		const expected = Date.UTC(1994, 10, 6, 8, 49, 37);
		expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(expected);
		expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW)).toBe(expected);
		expect(parseHttpDate('Sun Nov  6 08:49:37 1994', NOW)).toBe(expected);
		expect(parseHttpDate('Sun Nov 16 08:49:37 1994', NOW)).toBe(Date.UTC(1994, 10, 16, 8, 49, 37));
	});

	it('reads every month', () => {
		const months = [
			'Jan',
			'Feb',
			'Mar',
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sep',
			'Oct',
			'Nov',
			'Dec',
		];
		months.forEach((month, index) => {
			expect(parseHttpDate(`Mon, 01 ${month} 2024 00:00:00 GMT`, NOW)).toBe(
				Date.UTC(2024, index, 1),
			);
		});
	});

	it('puts a two-digit year at most 50 years ahead (RFC 9110 section 5.6.7)', () => {
		expect(parseHttpDate('Monday, 01-Jan-76 00:00:00 GMT', NOW)).toBe(Date.UTC(2076, 0, 1));
		expect(parseHttpDate('Monday, 01-Jan-77 00:00:00 GMT', NOW)).toBe(Date.UTC(1977, 0, 1));
		expect(parseHttpDate('Monday, 01-Jan-26 00:00:00 GMT', NOW)).toBe(Date.UTC(2026, 0, 1));
	});

	it('keeps a leap second inside its minute and accepts 29 February of a leap year', () => {
		expect(parseHttpDate('Wed, 31 Dec 2025 23:59:60 GMT', NOW)).toBe(
			Date.UTC(2025, 11, 31, 23, 59, 59),
		);
		expect(parseHttpDate('Thu, 29 Feb 2024 00:00:00 GMT', NOW)).toBe(Date.UTC(2024, 1, 29));
		expect(parseHttpDate('Sun, 29 Feb 2026 00:00:00 GMT', NOW)).toBeUndefined();
		expect(parseHttpDate('Sun, 01 Jan 2026 00:00:61 GMT', NOW)).toBeUndefined();
	});

	it.each([
		'',
		'abc 2',
		'Sun, 6 Nov 1994 08:49:37 GMT',
		'Sun, 06 Nov 1994 08:49 GMT',
		'x Sun, 06 Nov 1994 08:49:37 GMT',
	])('refuses %p', (text) => {
		expect(parseHttpDate(text, NOW)).toBeUndefined();
	});
});
