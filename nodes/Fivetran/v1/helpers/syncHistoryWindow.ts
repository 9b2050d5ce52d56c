/**
 * The time window of Connection › Get Sync History, checked before any request against
 * Fivetran's rules (2026-09 definition, connection_sync_history; DELTA.md): `start_time`
 * defaults to one hour before `end_time` and `end_time` to one hour after `start_time`, `end_time`
 * must be after `start_time`, at most 7 days apart, and `start_time` at most 7 days in the past.
 * Pure: errors are plain Errors whose message names the field, for `validated`.
 */
import { isoSeconds, MAX_WINDOW_MS } from '../../../shared/syncHistory/window';

const HOUR_MS = 3_600_000;
const ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
	return new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	});
}

/** The offset of `timeZone` from UTC at the instant `ms`, in ms (e.g. +7,200,000 for CEST). */
function zoneOffset(ms: number, timeZone: string): number {
	let format: Intl.DateTimeFormat;
	try {
		format = zoneFormat(timeZone);
	} catch {
		return 0; // Not a zone Intl knows: UTC.
	}
	const parts = format.formatToParts(new Date(ms));
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(
		part('year'),
		part('month') - 1,
		part('day'),
		part('hour'),
		part('minute'),
		part('second'),
	);
	return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * A Date & Time parameter as milliseconds; undefined when empty. The date picker gives a local
 * time without a zone ("2026-09-01T08:00:00"), read in the workflow's time zone; an ISO string
 * with `Z` or an offset, a Date, or a Luxon DateTime from an expression is taken as it is.
 */
export function parseDateTime(value: unknown, timeZone: string, label: string): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (value instanceof Date) return checked(value.getTime(), value, label);
	const toISO = (value as { toISO?: unknown }).toISO;
	const text =
		typeof value === 'object' && typeof toISO === 'function'
			? String((toISO as () => unknown).call(value))
			: String(value).trim();
	const isoLike = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?/.test(text);
	if (!isoLike) return checked(Number.NaN, value, label);
	if (ZONE.test(text)) return checked(Date.parse(text), value, label);
	const asUtc = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : `${text}Z`);
	if (Number.isNaN(asUtc)) return checked(asUtc, value, label);
	const first = asUtc - zoneOffset(asUtc, timeZone);
	return asUtc - zoneOffset(first, timeZone);
}

function checked(ms: number, value: unknown, label: string): number {
	if (Number.isNaN(ms)) {
		throw new Error(
			`${label} must be a date and time, e.g. 2026-09-01T08:00:00Z (got '${String(value)}')`,
		);
	}
	return ms;
}

export interface HistoryWindowQuery {
	start_time?: string;
	end_time?: string;
}

/**
 * The query for the window: nothing when neither end is set (Fivetran answers the last hour),
 * otherwise both ends, the missing one filled in as Fivetran would.
 */
export function syncHistoryWindow(
	startMs: number | undefined,
	endMs: number | undefined,
	nowMs: number,
): HistoryWindowQuery {
	if (startMs === undefined && endMs === undefined) return {};
	const start = startMs ?? (endMs as number) - HOUR_MS;
	const end = endMs ?? start + HOUR_MS;
	if (end <= start) throw new Error('To must be after From');
	if (end - start > MAX_WINDOW_MS) {
		throw new Error(
			"From and To must be at most 7 days apart (Fivetran's limit): split a longer period into several runs",
		);
	}
	if (start < nowMs - MAX_WINDOW_MS) {
		throw new Error(
			'From must be within the last 7 days: Fivetran refuses a sync history window that starts earlier',
		);
	}
	return { start_time: isoSeconds(start), end_time: isoSeconds(end) };
}
