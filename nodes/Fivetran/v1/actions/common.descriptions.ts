import type { INodeProperties } from 'n8n-workflow';

/**
 * Resource locators shared by several resources. Each has "From List" (backed by a
 * `listSearch` method in methods/listSearch.ts), "By ID" and, where Fivetran's dashboard
 * has a page for the record, "By URL".
 *
 * Use with a spread and your own name/displayOptions, e.g.
 *   { ...connectionLocator, name: 'connectionId', required: true }
 * and read the value with getNodeParameter(name, i, undefined, { extractValue: true }).
 */

const ID_HINT = 'e.g. speak_inexpensive';

export const connectionLocator: INodeProperties = {
	displayName: 'Connection',
	name: 'connectionId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The connection (formerly connector)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchConnections', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: ID_HINT,
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'https://fivetran.com/dashboard/connections/speak_inexpensive/status',
			extractValue: {
				type: 'regex',
				regex: 'https?://[^/]*fivetran\\.com/dashboard/(?:connections|connectors)/([^/?#]+)',
			},
			validation: [
				{
					type: 'regex',
					properties: {
						regex: 'https?://[^/]*fivetran\\.com/dashboard/(?:connections|connectors)/([^/?#]+).*',
						errorMessage: 'Not a Fivetran connection URL',
					},
				},
			],
		},
	],
};

export const groupLocator: INodeProperties = {
	displayName: 'Group',
	name: 'groupId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The group (a destination and its connections share the group ID)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchGroups', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: ID_HINT,
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'https://fivetran.com/dashboard/destinations/speak_inexpensive',
			extractValue: {
				type: 'regex',
				regex: 'https?://[^/]*fivetran\\.com/dashboard/destinations/([^/?#]+)',
			},
			validation: [
				{
					type: 'regex',
					properties: {
						regex: 'https?://[^/]*fivetran\\.com/dashboard/destinations/([^/?#]+).*',
						errorMessage: 'Not a Fivetran destination URL',
					},
				},
			],
		},
	],
};

/** A destination: its id is its group's id (Fivetran maps groups and destinations 1:1). */
export const destinationLocator: INodeProperties = {
	...groupLocator,
	displayName: 'Destination',
	name: 'destinationId',
	description: 'The destination (its ID is the ID of its group)',
	modes: (groupLocator.modes ?? []).map((mode) =>
		mode.name === 'list'
			? { ...mode, typeOptions: { searchListMethod: 'searchDestinations', searchable: true } }
			: mode,
	),
};

export const webhookLocator: INodeProperties = {
	displayName: 'Webhook',
	name: 'webhookId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchWebhooks', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: ID_HINT,
		},
	],
};

export const userLocator: INodeProperties = {
	displayName: 'User',
	name: 'userId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchUsers', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: ID_HINT,
		},
	],
};

export const systemKeyLocator: INodeProperties = {
	displayName: 'System Key',
	name: 'systemKeyId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchSystemKeys', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: ID_HINT,
		},
	],
};

export const teamLocator: INodeProperties = {
	displayName: 'Team',
	name: 'teamId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchTeams', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: ID_HINT,
		},
	],
};

/** "Return All" + "Limit" pair used by every list operation. */
export function returnAllOrLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}
