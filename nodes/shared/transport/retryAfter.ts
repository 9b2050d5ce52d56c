/**
 * Retry-After (RFC 9110 section 10.2.3): delay-seconds or an HTTP-date. Only a value that asks
 * for a real wait counts: 0, a negative number, a date in the past or anything that is not one
 * of the two forms reads as absent, so the caller backs off on its own. (A lenient Date.parse
 * reads junk such as "abc 2" as a date long past, which once meant "retry at once", forever.)
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(\d{2}):(\d{2}):(\d{2})`;

/** IMF-fixdate, the preferred form: "Sun, 06 Nov 1994 08:49:37 GMT". */
const IMF_FIXDATE = new RegExp(String.raw`^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) ${TIME} GMT$`, 'i');
/** Obsolete RFC 850 form: "Sunday, 06-Nov-94 08:49:37 GMT". */
const RFC_850 = new RegExp(String.raw`^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) ${TIME} GMT$`, 'i');
/** Obsolete asctime form: "Sun Nov  6 08:49:37 1994". */
const ASCTIME = new RegExp(String.raw`^[a-z]{3} ([a-z]{3}) ([ \d]\d) ${TIME} (\d{4})$`, 'i');

interface DateParts {
	day: string;
	month: string;
	year: number;
	hour: string;
	minute: string;
	second: string;
}

/** An RFC 850 two-digit year is the most recent year with those digits not over 50 years ahead. */
function fullYear(twoDigits: number, nowMs: number): number {
	const thisYear = new Date(nowMs).getUTCFullYear();
	const candidate = thisYear - (thisYear % 100) + twoDigits;
	return candidate > thisYear + 50 ? candidate - 100 : candidate;
}

function dateParts(text: string, nowMs: number): DateParts | undefined {
	let match = IMF_FIXDATE.exec(text);
	if (match) {
		const [, day, month, year, hour, minute, second] = match;
		return { day, month, year: Number(year), hour, minute, second };
	}
	match = RFC_850.exec(text);
	if (match) {
		const [, day, month, year, hour, minute, second] = match;
		return { day, month, year: fullYear(Number(year), nowMs), hour, minute, second };
	}
	match = ASCTIME.exec(text);
	if (match) {
		const [, month, day, hour, minute, second, year] = match;
		return { day, month, year: Number(year), hour, minute, second };
	}
	return undefined;
}

/** Milliseconds since the epoch of an HTTP-date in one of its three forms, or undefined. */
export function parseHttpDate(text: string, nowMs: number): number | undefined {
	const parts = dateParts(text, nowMs);
	if (parts === undefined) return undefined;
	const month = MONTHS.indexOf(parts.month.toLowerCase());
	const [day, hour, minute, second] = [parts.day, parts.hour, parts.minute, parts.second].map(
		Number,
	);
	if (month < 0 || hour > 23 || minute > 59 || second > 60) return undefined;
	const ms = Date.UTC(parts.year, month, day, hour, minute, Math.min(second, 59));
	// Date.UTC rolls 31 Feb over into March: such a day does not exist.
	if (new Date(ms).getUTCDate() !== day) return undefined;
	return ms;
}

/** Seconds to wait, or undefined when the value does not ask for a wait (see the file comment). */
export function parseRetryAfter(value: unknown, nowMs: number): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (/^\d+(\.\d+)?$/.test(text)) {
		const seconds = Number(text);
		return seconds > 0 && Number.isFinite(seconds) ? seconds : undefined;
	}
	const date = parseHttpDate(text, nowMs);
	if (date === undefined || date <= nowMs) return undefined;
	return (date - nowMs) / 1000;
}
