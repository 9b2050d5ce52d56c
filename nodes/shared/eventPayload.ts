import type { IDataObject } from 'n8n-workflow';

/** One webhook delivery, flattened for the workflow; `raw` keeps the payload as received. */
export interface FivetranEventItem extends IDataObject {
	event: string | null;
	connectionId: string | null;
	connectionName: string | null;
	connectorType: string | null;
	syncId: string | null;
	groupId: string | null;
	status: string | null;
	reason: string | null;
	createdAt: string | null;
	raw: IDataObject;
}

/** A JSON object: not null, not an array, not a string or number. */
export function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first key of `keys` holding a non-empty string (numbers are stringified), else null. */
function firstString(source: IDataObject, keys: readonly string[]): string | null {
	for (const key of keys) {
		const value = source[key];
		if (typeof value === 'string' && value !== '') return value;
		if (typeof value === 'number') return String(value);
	}
	return null;
}

/**
 * Fivetran's payloads differ between its pages and the clients seen in the wild
 * (decisions.md, "Trigger"): `sync_id` at the top level or inside `data`,
 * `destination_group_id` or `group_id`, `connector_*` or `connection_*`. Every variant is
 * read; a field that none carries is null, so the item shape never changes.
 */
export function flattenEvent(payload: IDataObject): FivetranEventItem {
	const data = isObject(payload.data) ? payload.data : {};
	const topThenData = (keys: readonly string[]) =>
		firstString(payload, keys) ?? firstString(data, keys);
	return {
		event: firstString(payload, ['event']),
		connectionId: topThenData(['connector_id', 'connection_id']),
		connectionName: topThenData(['connector_name', 'connection_name']),
		connectorType: topThenData(['connector_type', 'connection_type', 'service']),
		syncId: topThenData(['sync_id']),
		groupId: topThenData(['destination_group_id', 'group_id']),
		status: firstString(data, ['status']) ?? firstString(payload, ['status']),
		reason: firstString(data, ['reason']) ?? firstString(payload, ['reason']),
		createdAt: firstString(payload, ['created', 'created_at']),
		raw: payload,
	};
}

/**
 * The `sync_end` statuses that mean the sync failed. Fivetran also ends syncs `SUCCESSFUL` and
 * `RESCHEDULED` (the sync will run again later: not a failure); a payload without a status is
 * not known to have failed either.
 */
export const FAILED_SYNC_STATUSES: readonly string[] = ['FAILURE', 'FAILURE_WITH_TASK'];

/** Whether a flattened event is a sync that ended in failure (`FAILURE`, `FAILURE_WITH_TASK`). */
export function isFailedSync(item: FivetranEventItem): boolean {
	return item.event === 'sync_end' && FAILED_SYNC_STATUSES.includes(item.status ?? '');
}
