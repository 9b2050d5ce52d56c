/**
 * Field builders shared by the System Key operations, so every operation spells a field the
 * same way and each operation file only lists what it needs.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { systemKeyLocator } from '../../../../shared/descriptions';
import {
	RESOURCE_TYPES_WITH_GROUP_FILTER,
	RESOURCE_TYPES_WITH_ID_FILTER,
} from '../../helpers/systemKeyValidation';

/** The system key the operation acts on ("From List" or "By ID"). */
export const systemKeyIdField: INodeProperties = {
	...systemKeyLocator,
	name: 'systemKeyId',
	required: true,
	description: 'The system key to act on',
};

export const nameDescription =
	'Must start with a letter or an underscore and contain only letters, numbers and underscores, e.g. ci_reader';

/** Rotate's default: send no expiration period, so Fivetran keeps the key's current one. */
export const KEEP_CURRENT_EXPIRATION = 'keepCurrent';

const EXPIRATION_PERIOD_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Never (Infinite)', value: 'INFINITE' },
	{ name: 'One Month', value: 'ONE_MONTH' },
	{ name: 'One Week', value: 'ONE_WEEK' },
	{ name: 'Six Months', value: 'SIX_MONTHS' },
	{ name: 'Three Months', value: 'THREE_MONTHS' },
];

/**
 * The expiration period; with `allowKeep` (Rotate) the default sends none, so rotating never
 * turns an expiring key into a permanent one by accident.
 */
export function expirationPeriodField(description: string, allowKeep = false): INodeProperties {
	const field: INodeProperties = {
		displayName: 'Expiration Period',
		name: 'expirationPeriod',
		type: 'options',
		options: EXPIRATION_PERIOD_OPTIONS,
		default: 'INFINITE',
		description,
	};
	if (allowKeep) {
		const keepCurrent: INodePropertyOptions = {
			name: 'Keep Current',
			value: KEEP_CURRENT_EXPIRATION,
			description: 'Send no expiration period: the key keeps the one it has',
		};
		field.options = [keepCurrent, ...EXPIRATION_PERIOD_OPTIONS];
		field.default = KEEP_CURRENT_EXPIRATION;
	}
	return field;
}

export { secretShownOnceNotice } from '../shared/secretShownOnce';

const RESOURCE_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Account', value: 'ACCOUNT' },
	{ name: 'Connection (Connector)', value: 'CONNECTOR' },
	{ name: 'Destination', value: 'DESTINATION' },
	{ name: 'Remote Execution Agent', value: 'REMOTE_EXECUTION_AGENT' },
	{ name: 'Roles', value: 'ROLES' },
	{ name: 'Team', value: 'TEAM' },
	{ name: 'Transformation', value: 'TRANSFORMATION' },
	{ name: 'User', value: 'USER' },
	{ name: 'Webhook', value: 'WEBHOOK' },
];

const ACCESS_LEVEL_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Manage', value: 'MANAGE', description: 'Read and change' },
	{ name: 'None', value: 'NONE', description: 'No access' },
	{ name: 'Read', value: 'READ', description: 'Read only' },
];

/** One builder row: resource type × access level × optional resource filters. */
const permissionRowFields: INodeProperties[] = [
	{
		displayName: 'Resource Type',
		name: 'resourceType',
		type: 'options',
		options: RESOURCE_TYPE_OPTIONS,
		default: 'CONNECTOR',
		description: 'What kind of Fivetran resource this permission covers',
	},
	{
		displayName: 'Access Level',
		name: 'accessLevel',
		type: 'options',
		options: ACCESS_LEVEL_OPTIONS,
		default: 'READ',
	},
	{
		displayName: 'Resource IDs',
		name: 'resourceIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. speak_inexpensive, projected_sickle',
		description:
			'Comma-separated IDs of the destinations or connections the permission is limited to. Leave empty for all; an expression that resolves to no ID is refused.',
		displayOptions: { show: { resourceType: [...RESOURCE_TYPES_WITH_ID_FILTER] } },
	},
	{
		displayName: 'Group IDs',
		name: 'groupIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. projected_sickle',
		description:
			'Comma-separated IDs of the groups (destinations) whose connections or transformations the permission is limited to. Leave empty for all; an expression that resolves to no ID is refused.',
		displayOptions: { show: { resourceType: [...RESOURCE_TYPES_WITH_GROUP_FILTER] } },
	},
];

const PERMISSIONS_JSON_EXAMPLE = JSON.stringify(
	[
		{ resource_type: 'CONNECTOR', access_level: 'READ' },
		{ resource_type: 'DESTINATION', access_level: 'READ' },
	],
	null,
	2,
);

const REPEATED_TYPES_HINT =
	'What the key may access. A resource type may appear more than once: Connection Manage plus Connection None for some IDs means all connections except those.';

/** What "Permissions Input" may be: Update also offers keeping the current permissions. */
export type PermissionsInputMode = 'builder' | 'json' | 'keep';

/**
 * "Permissions Input" switch plus the builder (fixedCollection) and the raw JSON field.
 * With `allowKeep` (Update) the default is to leave the key's permissions alone.
 */
export function permissionsFields(allowKeep: boolean): INodeProperties[] {
	const modes: INodePropertyOptions[] = [
		{ name: 'Builder', value: 'builder', description: 'Add permissions one by one' },
		{
			name: 'JSON',
			value: 'json',
			description: 'Enter the permissions array in Fivetran API format',
		},
	];
	if (allowKeep) {
		modes.push({
			name: 'Keep Current',
			value: 'keep',
			description: "Don't change the key's permissions",
		});
	}
	const replaces = allowKeep ? " They replace all of the key's current permissions." : '';
	const inputMode: INodeProperties = {
		displayName: 'Permissions Input',
		name: 'permissionsInput',
		type: 'options',
		noDataExpression: true,
		options: modes,
		default: 'builder',
		description: 'How to enter the permissions',
	};
	if (allowKeep) inputMode.default = 'keep';
	return [
		inputMode,
		{
			displayName: 'Permissions',
			name: 'permissions',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Permission',
			default: {},
			description: `${REPEATED_TYPES_HINT}${replaces}`,
			displayOptions: { show: { permissionsInput: ['builder'] } },
			options: [{ displayName: 'Permission', name: 'permission', values: permissionRowFields }],
		},
		{
			displayName: 'Permissions (JSON)',
			name: 'permissionsJson',
			type: 'json',
			default: PERMISSIONS_JSON_EXAMPLE,
			description: `Array of permission objects with resource_type, access_level and an optional resource_filter holding ID lists.${replaces}`,
			displayOptions: { show: { permissionsInput: ['json'] } },
		},
	];
}
