import type { INodeProperties } from 'n8n-workflow';

/**
 * Resource locators shared by several resources. Each has "From List" (backed by a
 * `listSearch` method in listSearch.ts), "By ID" and, where Fivetran's dashboard
 * has a page for the record, "By URL".
 *
 * Use with a spread and your own name/displayOptions, e.g.
 *   { ...connectionLocator, name: 'connectionId', required: true }
 * and read the value with getNodeParameter(name, i, undefined, { extractValue: true }).
 */

const ID_HINT = 'e.g. speak_inexpensive';

/** "By URL" mode: a link to the record's page in Fivetran's dashboard. */
interface DashboardUrl {
	/** The dashboard path before the id, as a regex, e.g. `destinations`. */
	pathPattern: string;
	placeholder: string;
	errorMessage: string;
}

interface LocatorOptions {
	displayName: string;
	name: string;
	/** The `listSearch` method behind "From List". */
	searchListMethod: string;
	description?: string;
	url?: DashboardUrl;
}

/** "By URL" after its name: how it finds the id in a dashboard link and refuses other links. */
function dashboardUrlMode({ pathPattern, placeholder, errorMessage }: DashboardUrl) {
	const regex = `https?://[^/]*fivetran\\.com/dashboard/${pathPattern}/([^/?#]+)`;
	return {
		type: 'string' as const,
		placeholder,
		extractValue: { type: 'regex', regex } as const,
		validation: [{ type: 'regex', properties: { regex: `${regex}.*`, errorMessage } } as const],
	};
}

/** A required resource locator: "From List", "By ID" and, with `url`, "By URL". */
function locator({
	displayName,
	name,
	searchListMethod,
	description,
	url,
}: LocatorOptions): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		...(description === undefined ? {} : { description }),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: ID_HINT },
			...(url ? [{ displayName: 'By URL', name: 'url', ...dashboardUrlMode(url) }] : []),
		],
	};
}

export const connectionLocator = locator({
	displayName: 'Connection',
	name: 'connectionId',
	searchListMethod: 'searchConnections',
	description: 'The connection (formerly connector)',
	url: {
		pathPattern: '(?:connections|connectors)',
		placeholder: 'https://fivetran.com/dashboard/connections/speak_inexpensive/status',
		errorMessage: 'Not a Fivetran connection URL',
	},
});

/** Groups and destinations share their id and their dashboard page. */
const destinationPage: DashboardUrl = {
	pathPattern: 'destinations',
	placeholder: 'https://fivetran.com/dashboard/destinations/speak_inexpensive',
	errorMessage: 'Not a Fivetran destination URL',
};

export const groupLocator = locator({
	displayName: 'Group',
	name: 'groupId',
	searchListMethod: 'searchGroups',
	description: 'The group (a destination and its connections share the group ID)',
	url: destinationPage,
});

/** A destination: its id is its group's id (Fivetran maps groups and destinations 1:1). */
export const destinationLocator = locator({
	displayName: 'Destination',
	name: 'destinationId',
	searchListMethod: 'searchDestinations',
	description: 'The destination (its ID is the ID of its group)',
	url: destinationPage,
});

export const webhookLocator = locator({
	displayName: 'Webhook',
	name: 'webhookId',
	searchListMethod: 'searchWebhooks',
});

export const userLocator = locator({
	displayName: 'User',
	name: 'userId',
	searchListMethod: 'searchUsers',
});

export const systemKeyLocator = locator({
	displayName: 'System Key',
	name: 'systemKeyId',
	searchListMethod: 'searchSystemKeys',
});

export const teamLocator = locator({
	displayName: 'Team',
	name: 'teamId',
	searchListMethod: 'searchTeams',
});

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

/**
 * The trust flags that steer the setup tests of a connection ("source's") or a destination
 * ("destination's"): Run Setup Tests and Create/Update share them.
 */
export function trustFields(owner: string): INodeProperties[] {
	const trustField = (displayName: string, name: string, what: string): INodeProperties => ({
		displayName,
		name,
		type: 'boolean',
		default: false,
		description: `Whether to trust the ${owner} ${what} automatically during the setup tests`,
	});
	return [
		trustField('Trust Certificates', 'trustCertificates', 'TLS certificate'),
		trustField('Trust Fingerprints', 'trustFingerprints', 'SSH fingerprint'),
	];
}

/** The Options of Run Setup Tests: the trust flags. */
export function setupTestOptions(trust: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: trust,
	};
}
