/**
 * Field builders shared by the Connection operations, so each operation file only lists what
 * it needs and every operation spells a field the same way.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { operationFieldsFor } from '../../helpers/operationFields';
import {
	connectionLocator,
	groupLocator,
	trustFields as sharedTrustFields,
} from '../../../../shared/descriptions';
import { DAILY_SYNC_FREQUENCY, SYNC_FREQUENCY_MINUTES, type SettingsMode } from './settings';

/** An operation's fields, shown only for resource Connection and that operation. */
export const connectionOperationFields = operationFieldsFor('connection');

/** The connection (connector) the operation acts on. */
export const connectionIdField: INodeProperties = {
	...connectionLocator,
	name: 'connectionId',
	required: true,
	description: 'The connection (connector) to act on',
};

/** The group (destination) a connection belongs to. */
export const groupIdField: INodeProperties = {
	...groupLocator,
	name: 'groupId',
	required: true,
};

/** "Simplify", off: single records (Get) show everything by default. */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description:
		'Whether to return a simplified version of the response instead of the raw data (ID, group, service, schema, schedule, status and last sync times)',
};

/** "Simplify", on: lists are read by people and IF nodes, which want the summary. */
export const simplifyOnField: INodeProperties = { ...simplifyField, default: true };

function syncFrequencyLabel(minutes: number): string {
	if (minutes === DAILY_SYNC_FREQUENCY) return 'Every 24 Hours (Daily)';
	if (minutes === 1) return 'Every Minute';
	if (minutes === 60) return 'Every Hour';
	return minutes < 60 ? `Every ${minutes} Minutes` : `Every ${minutes / 60} Hours`;
}

/** In increasing frequency order, which is how people read them (not alphabetical). */
const syncFrequencyOptions: INodePropertyOptions[] = SYNC_FREQUENCY_MINUTES.map((minutes) => ({
	name: syncFrequencyLabel(minutes),
	value: minutes,
}));

const syncFrequencyField: INodeProperties = {
	displayName: 'Sync Frequency',
	name: 'syncFrequency',
	type: 'options',
	options: syncFrequencyOptions,
	default: 360,
	description: 'How often Fivetran syncs the connection',
};

const scheduleTypeField: INodeProperties = {
	displayName: 'Schedule Type',
	name: 'scheduleType',
	type: 'options',
	options: [
		{
			name: 'Auto',
			value: 'auto',
			description: 'Fivetran syncs at the sync frequency',
		},
		{
			name: 'Manual',
			value: 'manual',
			description: 'Syncs run only when triggered, e.g. by the Sync operation',
		},
	],
	default: 'auto',
	description: 'Whether Fivetran schedules syncs or they only run when triggered',
};

const dailySyncTimeField: INodeProperties = {
	displayName: 'Daily Sync Time',
	name: 'dailySyncTime',
	type: 'string',
	default: '',
	placeholder: '03:00',
	description:
		'Whole hour (HH:00, UTC) at which the daily sync starts. Only with a sync frequency of 24 hours.',
};

const dataDelaySensitivityField: INodeProperties = {
	displayName: 'Data Delay Sensitivity',
	name: 'dataDelaySensitivity',
	type: 'options',
	options: [
		{ name: 'Custom', value: 'CUSTOM' },
		{ name: 'High', value: 'HIGH' },
		{ name: 'Low', value: 'LOW' },
		{ name: 'Normal', value: 'NORMAL' },
		{ name: 'Sync Frequency', value: 'SYNC_FREQUENCY' },
	],
	default: 'NORMAL',
	description: 'How soon Fivetran reports the connection as delayed',
};

const dataDelayThresholdField: INodeProperties = {
	displayName: 'Data Delay Threshold (Minutes)',
	name: 'dataDelayThreshold',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description:
		'Delay after which the connection counts as delayed. Only with a custom data delay sensitivity.',
};

function booleanField(displayName: string, name: string, description: string): INodeProperties {
	return { displayName, name, type: 'boolean', default: false, description };
}

const configField: INodeProperties = {
	displayName: 'Config (JSON)',
	name: 'config',
	type: 'json',
	default: '{}',
	description:
		'Service-specific settings, as in the connector\'s setup guide on fivetran.com (e.g. {"sheet_id": "..."})',
};

const authField: INodeProperties = {
	displayName: 'Auth (JSON)',
	name: 'auth',
	type: 'json',
	default: '{}',
	description:
		'Service-specific credentials, e.g. OAuth client ID, secret and refresh token. Sent to Fivetran only, never included in the output.',
};

function textField(displayName: string, name: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', description };
}

/** Request enum of create_connection / modify_connection (`networking_method`). */
const networkingMethodField: INodeProperties = {
	displayName: 'Networking Method',
	name: 'networkingMethod',
	type: 'options',
	options: [
		{ name: 'Directly', value: 'Directly' },
		{ name: 'Private Link', value: 'PrivateLink' },
		{ name: 'Proxy Agent', value: 'ProxyAgent' },
		{ name: 'SSH Tunnel', value: 'SshTunnel' },
	],
	default: 'Directly',
	description:
		'How Fivetran reaches the source: directly, through a private link, a proxy agent or an SSH tunnel',
};

/** Networking settings of create_connection and modify_connection. */
const networkingFields: INodeProperties[] = [
	textField(
		'Hybrid Deployment Agent ID',
		'hybridDeploymentAgentId',
		"The hybrid deployment agent that runs the connection's syncs; by default the destination's agent",
	),
	networkingMethodField,
	textField(
		'Private Link ID',
		'privateLinkId',
		'The self-served private link the connection uses (with networking method Private Link)',
	),
	textField(
		'Proxy Agent ID',
		'proxyAgentId',
		'The proxy agent the connection uses (with networking method Proxy Agent)',
	),
];

/** modify_connection only: `is_historical_sync`. */
const historicalSyncField: INodeProperties = booleanField(
	'Re-Sync Historical Data',
	'isHistoricalSync',
	'Whether to start a historical re-sync of all data now. A running sync is cancelled and restarted as a historical sync; Fivetran resets this to false when the historical sync completes.',
);

/** The trust flags steer the setup tests, so Run Setup Tests and Create/Update share them. */
export const trustFields = sharedTrustFields("source's");

/** Every connection setting Create and Update accept, sorted by name as n8n shows them. */
function settingFields(mode: SettingsMode): INodeProperties[] {
	const fields: INodeProperties[] = [
		authField,
		configField,
		dailySyncTimeField,
		dataDelaySensitivityField,
		dataDelayThresholdField,
		booleanField(
			'Pause After Trial',
			'pauseAfterTrial',
			'Whether to pause the connection when its free trial ends',
		),
		booleanField(
			'Paused',
			'paused',
			'Whether the connection is paused (a paused connection does not sync)',
		),
		{
			displayName: 'Run Setup Tests',
			name: 'runSetupTests',
			type: 'boolean',
			default: true,
			description:
				mode === 'create'
					? 'Whether to test the connection to the source after creating it (Fivetran does unless this is off)'
					: 'Whether to test the connection to the source again after the update',
		},
		scheduleTypeField,
		syncFrequencyField,
		...trustFields,
		...networkingFields,
		...(mode === 'update' ? [historicalSyncField] : []),
	];
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The optional settings of Create ("Additional Fields") or Update ("Update Fields"). */
export function settingsCollection(mode: SettingsMode): INodeProperties {
	return {
		displayName: mode === 'create' ? 'Additional Fields' : 'Update Fields',
		name: mode === 'create' ? 'additionalFields' : 'updateFields',
		type: 'collection',
		placeholder: mode === 'create' ? 'Add Field' : 'Add Field to Update',
		default: {},
		options: settingFields(mode),
	};
}
