import type { IDataObject } from 'n8n-workflow';

/**
 * The fields of a connection that answer "what is it and is it healthy?", in the order the
 * "Simplify" output shows them. Status fields are lifted out of the nested `status` object.
 */
const TOP_LEVEL_FIELDS = [
	'id',
	'group_id',
	'service',
	'schema',
	'paused',
	'schedule_type',
	'sync_frequency',
] as const;
const STATUS_FIELDS = ['setup_state', 'sync_state', 'update_state'] as const;
const TIMESTAMP_FIELDS = ['succeeded_at', 'failed_at', 'created_at'] as const;

/**
 * The "Simplify" view of a connection (formerly connector). Every key is always present, a
 * missing value is `null`: a never-synced connection has no `succeeded_at`, and downstream
 * nodes (IF, Set) should not have to guess whether a key exists.
 */
export function simplifyConnection(connection: IDataObject): IDataObject {
	const status = isObject(connection.status) ? connection.status : {};
	const simplified: IDataObject = {};
	for (const field of TOP_LEVEL_FIELDS) simplified[field] = connection[field] ?? null;
	for (const field of STATUS_FIELDS) simplified[field] = status[field] ?? null;
	for (const field of TIMESTAMP_FIELDS) simplified[field] = connection[field] ?? null;
	return simplified;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
