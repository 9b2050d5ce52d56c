/**
 * Connection settings shared by Create and Update: the UI collection (camelCase) to Fivetran's
 * body (snake_case), with the cross-field rules Fivetran enforces checked up front so the user
 * gets a message that names the field instead of a 400 after a round trip.
 */
import type { IDataObject } from 'n8n-workflow';

import { ConnectionInputError, parseJsonObject, requireOneOf } from './validation';

/** Fivetran accepts only these sync frequencies (minutes). */
export const SYNC_FREQUENCY_MINUTES = [1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440] as const;
export const DAILY_SYNC_FREQUENCY = 1440;

/** `networking_method` of create_connection / modify_connection requests. */
export const NETWORKING_METHODS = ['Directly', 'PrivateLink', 'SshTunnel', 'ProxyAgent'] as const;

/** `destination_schema_names` of create_connection. */
export const DESTINATION_SCHEMA_NAMES = ['FIVETRAN_NAMING', 'SOURCE_NAMING'] as const;

export const DATA_DELAY_SENSITIVITIES = [
	'LOW',
	'NORMAL',
	'HIGH',
	'CUSTOM',
	'SYNC_FREQUENCY',
] as const;

/** What Fivetran assumes on create when the field is left out. */
const CREATE_DEFAULTS = { syncFrequency: 360, dataDelaySensitivity: 'NORMAL' };

/** UI field -> body field, for the plain (non-JSON) settings. */
const BODY_FIELDS: Record<string, string> = {
	dailySyncTime: 'daily_sync_time',
	dataDelaySensitivity: 'data_delay_sensitivity',
	dataDelayThreshold: 'data_delay_threshold',
	pauseAfterTrial: 'pause_after_trial',
	paused: 'paused',
	scheduleType: 'schedule_type',
	syncFrequency: 'sync_frequency',
	runSetupTests: 'run_setup_tests',
	trustCertificates: 'trust_certificates',
	trustFingerprints: 'trust_fingerprints',
	networkingMethod: 'networking_method',
	proxyAgentId: 'proxy_agent_id',
	privateLinkId: 'private_link_id',
	hybridDeploymentAgentId: 'hybrid_deployment_agent_id',
	isHistoricalSync: 'is_historical_sync',
};

/** JSON settings: UI field -> [body field, name shown in messages]. */
const JSON_FIELDS: Record<string, [string, string]> = {
	config: ['config', 'Config (JSON)'],
	auth: ['auth', 'Auth (JSON)'],
};

/**
 * Flags that only steer the setup tests run with the change; Fivetran rejects an update that
 * carries nothing else (fivetran-api.md 3.5).
 */
const TEST_CONTROL_FIELDS = new Set([
	'run_setup_tests',
	'trust_certificates',
	'trust_fingerprints',
]);

export type SettingsMode = 'create' | 'update';

/** Turns the settings collection into request body fields; throws ConnectionInputError. */
export function connectionSettingsBody(fields: IDataObject, mode: SettingsMode): IDataObject {
	const body: IDataObject = {};
	for (const [field, bodyField] of Object.entries(BODY_FIELDS)) {
		if (fields[field] !== undefined && fields[field] !== '') body[bodyField] = fields[field];
	}
	for (const [field, [bodyField, displayName]] of Object.entries(JSON_FIELDS)) {
		const parsed = parseJsonObject(fields[field], displayName);
		// An empty object changes nothing; leaving it out keeps "refuse empty updates" honest.
		if (parsed !== undefined && Object.keys(parsed).length > 0) body[bodyField] = parsed;
	}
	if (body.sync_frequency !== undefined)
		body.sync_frequency = checkSyncFrequency(body.sync_frequency);
	if (body.networking_method !== undefined)
		requireOneOf(body.networking_method, NETWORKING_METHODS, 'Networking Method');
	if (body.daily_sync_time !== undefined) checkDailySyncTime(fields, mode);
	if (body.data_delay_threshold !== undefined) checkDataDelayThreshold(fields, mode);
	return body;
}

/** Whether an update body changes anything persistent (test-control flags alone do not). */
export function hasPersistentChange(body: IDataObject): boolean {
	return Object.keys(body).some((field) => !TEST_CONTROL_FIELDS.has(field));
}

function checkSyncFrequency(value: unknown): number {
	const minutes = Number(value);
	if (!(SYNC_FREQUENCY_MINUTES as readonly number[]).includes(minutes)) {
		throw new ConnectionInputError(
			`Sync Frequency must be one of ${SYNC_FREQUENCY_MINUTES.join(', ')} minutes (got '${String(value)}')`,
		);
	}
	return minutes;
}

/** The value a field will have after the request: what the user set, else the create default. */
function effective(fields: IDataObject, field: keyof typeof CREATE_DEFAULTS, mode: SettingsMode) {
	if (fields[field] !== undefined && fields[field] !== '') return fields[field];
	return mode === 'create' ? CREATE_DEFAULTS[field] : undefined;
}

function checkDailySyncTime(fields: IDataObject, mode: SettingsMode): void {
	if (!/^([01]\d|2[0-3]):00$/.test(String(fields.dailySyncTime))) {
		throw new ConnectionInputError(
			`Daily Sync Time must be a whole hour as HH:00, e.g. 03:00 (got '${String(fields.dailySyncTime)}')`,
		);
	}
	const frequency = effective(fields, 'syncFrequency', mode);
	// On update without a new frequency, the connection may already sync daily: Fivetran decides.
	if (frequency !== undefined && Number(frequency) !== DAILY_SYNC_FREQUENCY) {
		throw new ConnectionInputError(
			'Daily Sync Time only applies to daily syncs: set Sync Frequency to 24 Hours or remove Daily Sync Time',
		);
	}
}

function checkDataDelayThreshold(fields: IDataObject, mode: SettingsMode): void {
	const sensitivity = effective(fields, 'dataDelaySensitivity', mode);
	if (sensitivity !== undefined && sensitivity !== 'CUSTOM') {
		throw new ConnectionInputError(
			'Data Delay Threshold only applies to a custom sensitivity: set Data Delay Sensitivity to Custom or remove Data Delay Threshold',
		);
	}
}

/**
 * Puts the destination schema name into the config. Database connectors name their schemas
 * with `schema_prefix` instead, which the user passes in Config.
 */
export function configWithSchema(
	config: IDataObject | undefined,
	destinationSchema: string,
): IDataObject {
	const merged: IDataObject = { ...config };
	const schema = destinationSchema.trim();
	if (schema !== '') {
		if (merged.schema !== undefined && merged.schema !== schema) {
			throw new ConnectionInputError(
				`Destination Schema Name '${schema}' differs from "schema" in Config (JSON): remove one of them`,
			);
		}
		merged.schema = schema;
	}
	if (merged.schema === undefined && merged.schema_prefix === undefined) {
		throw new ConnectionInputError(
			'Enter a Destination Schema Name (or put "schema_prefix" in Config (JSON) for database connectors)',
		);
	}
	return merged;
}
