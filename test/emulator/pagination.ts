/**
 * Cursor pagination exactly as Fivetran's lists: `limit` 1..1000 (default 100),
 * opaque `cursor`, `data.next_cursor` absent on the last page.
 *
 * The cursor remembers the sequence number of the last record returned, not an offset,
 * so inserts (which get higher sequence numbers) and deletes between pages never make
 * a page skip or repeat a record.
 */
import { invalidInput, ok } from './respond';
import type { EmuResponse } from './types';
import { valuesOf } from './versionedMap';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

const sequence = new WeakMap<object, number>();
let nextSequence = 0;

/** Gives a record its position in list order; call once when the record is created. */
export function track<T extends object>(record: T): T {
	nextSequence += 1;
	sequence.set(record, nextSequence);
	return record;
}

function sequenceOf(record: object): number {
	let seq = sequence.get(record);
	if (seq === undefined) seq = track(record) && (sequence.get(record) as number);
	return seq;
}

export function parseLimit(query: URLSearchParams): number {
	const raw = query.get('limit');
	if (raw === null || raw === '') return DEFAULT_LIMIT;
	const limit = Number(raw);
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
		throw invalidInput(`Invalid value for 'limit': must be an integer between 1 and ${MAX_LIMIT}`);
	}
	return limit;
}

function parseCursor(query: URLSearchParams): number {
	const raw = query.get('cursor');
	if (raw === null || raw === '') return 0;
	try {
		const decoded = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as {
			after?: unknown;
		};
		if (
			typeof decoded.after === 'number' &&
			Number.isInteger(decoded.after) &&
			decoded.after >= 0
		) {
			return decoded.after;
		}
	} catch {
		// fall through to the error below
	}
	throw invalidInput(`Invalid value for 'cursor'`);
}

function encodeCursor(after: number): string {
	return Buffer.from(JSON.stringify({ after }), 'utf8').toString('base64url');
}

/**
 * One page of `source` (in list order, i.e. creation order) as a Fivetran list response.
 * `present` maps a stored record to what the API returns for it.
 */
export function paginate<T extends object>(
	source: readonly T[] | ReadonlyMap<unknown, T>,
	query: URLSearchParams,
	present: (record: T) => unknown = (record) => record,
): EmuResponse {
	// Passing a state Map (not Array.from(map.values())) reuses a cached array between pages.
	const records = Array.isArray(source) ? source : valuesOf(source as ReadonlyMap<unknown, T>);
	const limit = parseLimit(query);
	const after = parseCursor(query);
	// Records are in ascending sequence order: binary-search the first one after the cursor.
	let lo = 0;
	let hi = records.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sequenceOf(records[mid]) <= after) lo = mid + 1;
		else hi = mid;
	}
	const page = records.slice(lo, lo + limit);
	const data: { items: unknown[]; next_cursor?: string } = { items: page.map(present) };
	if (lo + limit < records.length) {
		data.next_cursor = encodeCursor(sequenceOf(page[page.length - 1]));
	}
	return ok(data);
}
