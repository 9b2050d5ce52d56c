import type { IDataObject } from 'n8n-workflow';

import { isFailedSync, type FivetranEventItem } from './eventPayload';

export const CONNECTION_IDS_FIELD = 'Connection IDs';

export type ParsedConnectionIds = { ids: string[] } | { problem: string };

function describe(value: unknown): string {
	if (value === null || value === undefined) return String(value);
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isIdPart(part: unknown): part is string | number {
	return typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part));
}

/**
 * A list of IDs from a field: "a, b", ["a", "b"] (an expression may return a list) or a single
 * number → ['a', 'b']; empty → [] (no filter). Anything else (an object, a list holding
 * objects, lists or booleans, a boolean) is a problem naming `field`, never stringified:
 * "[object Object]" would silently filter out every event.
 */
export function parseIdList(value: unknown, field: string): ParsedConnectionIds {
	if (value === undefined || value === null || value === '') return { ids: [] };
	let parts: unknown[];
	if (typeof value === 'string') parts = value.split(',');
	else if (Array.isArray(value)) parts = value;
	else if (isIdPart(value)) parts = [value];
	else return { problem: `${field} is ${describe(value)}` };
	const badIndex = parts.findIndex((part) => !isIdPart(part));
	if (badIndex !== -1) {
		return { problem: `${field} holds ${describe(parts[badIndex])}` };
	}
	const ids = parts.map((part) => String(part).trim()).filter((part) => part !== '');
	return { ids };
}

/** Options › Connection IDs (parseIdList); empty → every connection. */
export function parseConnectionIds(value: unknown): ParsedConnectionIds {
	return parseIdList(value, CONNECTION_IDS_FIELD);
}

/** What to tell the user when the Connection IDs option cannot be read. */
export const CONNECTION_IDS_HINT =
	'Give a comma-separated list of connection IDs, or an expression returning a list of IDs (strings), e.g. {{ ["speak_inexpensive", "program_airworthy"] }}';

export type FilterVerdict = { run: true } | { run: false; reason: string } | { problem: string };

/** Applies the Options to one verified, subscribed event. */
export function applyOptions(options: IDataObject, item: FivetranEventItem): FilterVerdict {
	const parsed = parseConnectionIds(options.connectionIds);
	if ('problem' in parsed) return parsed;
	if (parsed.ids.length > 0 && !parsed.ids.includes(item.connectionId ?? '')) {
		return { run: false, reason: 'Ignored: event of a connection not in Connection IDs' };
	}
	if (options.onlyFailedSyncs === true && !isFailedSync(item)) {
		return { run: false, reason: 'Ignored: not a failed sync' };
	}
	return { run: true };
}
