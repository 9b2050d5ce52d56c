/**
 * Validation of the connection fields shared by create (POST) and update (PATCH):
 * schedule, delay sensitivity, pause flags. Each reader returns `undefined` when the field is
 * absent and throws 400 InvalidInput when it is present but invalid.
 */
import { invalidInput, optionalBoolean, optionalString } from '../../respond';
import type { ConnectionRecord } from '../../state';

export const SYNC_FREQUENCIES = [1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440];
const DAILY = 1440;
const SCHEDULE_TYPES = ['auto', 'manual'] as const;
const DELAY_SENSITIVITIES = ['LOW', 'NORMAL', 'HIGH', 'CUSTOM', 'SYNC_FREQUENCY'];

/** The schedule and behaviour fields a body may set, validated. */
export type ScheduleFields = Partial<
	Pick<
		ConnectionRecord,
		| 'paused'
		| 'pause_after_trial'
		| 'sync_frequency'
		| 'schedule_type'
		| 'daily_sync_time'
		| 'data_delay_sensitivity'
		| 'data_delay_threshold'
	>
>;

export function oneOf<T>(
	body: Record<string, unknown>,
	field: string,
	allowed: readonly T[],
): T | undefined {
	const value = body[field];
	if (value === undefined) return undefined;
	if (!allowed.includes(value as T)) {
		throw invalidInput(`Invalid value for '${field}': must be one of ${allowed.join(', ')}`);
	}
	return value as T;
}

function dailySyncTime(body: Record<string, unknown>): string | null | undefined {
	const value = body.daily_sync_time;
	if (value === undefined || value === null) return value;
	if (typeof value !== 'string' || !/^([01]\d|2[0-3]):00$/.test(value)) {
		throw invalidInput("Invalid value for 'daily_sync_time': use whole hours, 'HH:00'");
	}
	return value;
}

function delayThreshold(body: Record<string, unknown>): number | undefined {
	const value = body.data_delay_threshold;
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
		throw invalidInput("Invalid value for 'data_delay_threshold': must be a non-negative integer");
	}
	return value;
}

export function readScheduleFields(body: Record<string, unknown>): ScheduleFields {
	const fields: ScheduleFields = {
		paused: optionalBoolean(body, 'paused'),
		pause_after_trial: optionalBoolean(body, 'pause_after_trial'),
		sync_frequency: oneOf(body, 'sync_frequency', SYNC_FREQUENCIES),
		schedule_type: oneOf(body, 'schedule_type', SCHEDULE_TYPES),
		daily_sync_time: dailySyncTime(body),
		data_delay_sensitivity: oneOf(body, 'data_delay_sensitivity', DELAY_SENSITIVITIES),
		data_delay_threshold: delayThreshold(body),
	};
	return Object.fromEntries(
		Object.entries(fields).filter(([, value]) => value !== undefined),
	) as ScheduleFields;
}

/**
 * Networking settings, as create_connection and modify_connection define them (request enum of
 * `networking_method`; the ids are plain strings).
 */
export type NetworkingFields = Partial<
	Pick<
		ConnectionRecord,
		'networking_method' | 'proxy_agent_id' | 'private_link_id' | 'hybrid_deployment_agent_id'
	>
>;

const NETWORKING_METHODS = ['Directly', 'PrivateLink', 'SshTunnel', 'ProxyAgent'];

export function readNetworkingFields(body: Record<string, unknown>): NetworkingFields {
	const fields: NetworkingFields = {
		networking_method: oneOf(body, 'networking_method', NETWORKING_METHODS),
		proxy_agent_id: optionalString(body, 'proxy_agent_id'),
		private_link_id: optionalString(body, 'private_link_id'),
		hybrid_deployment_agent_id: optionalString(body, 'hybrid_deployment_agent_id'),
	};
	return Object.fromEntries(
		Object.entries(fields).filter(([, value]) => value !== undefined),
	) as NetworkingFields;
}

/** create_connection `destination_schema_names` (enum FIVETRAN_NAMING / SOURCE_NAMING). */
export function readSchemaNaming(body: Record<string, unknown>): string | undefined {
	return oneOf(body, 'destination_schema_names', ['FIVETRAN_NAMING', 'SOURCE_NAMING']);
}

/** Cross-field rule checked on the resulting record: a daily sync time needs a daily frequency. */
export function checkDailySyncTime(
	record: Pick<ConnectionRecord, 'sync_frequency' | 'daily_sync_time'>,
): void {
	if (record.daily_sync_time !== null && record.sync_frequency !== DAILY) {
		throw invalidInput("Field 'daily_sync_time' can only be set when 'sync_frequency' is 1440");
	}
}

/** An optional JSON object field (`config`, `auth`, `state`). */
export function optionalObject(
	body: Record<string, unknown>,
	field: string,
): Record<string, unknown> | undefined {
	const value = body[field];
	if (value === undefined) return undefined;
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw invalidInput(`Field '${field}' must be an object`);
	}
	return value as Record<string, unknown>;
}
