/**
 * "From List" modes of the resource locators. Fivetran has no server-side text search, so a
 * search string is matched client-side over up to two full pages; the pagination token is
 * Fivetran's own cursor.
 */
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { fivetranApiRequestPage, type ListRequest } from './transport';

/** Page size when browsing without a filter. */
const BROWSE_PAGE = 100;
/** When filtering, how many records to scan per call (two full pages). */
const FILTER_PAGES = 2;
const FILTER_PAGE = 1000;

function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

function matches(item: INodeListSearchItems, filter: string): boolean {
	const needle = filter.toLowerCase();
	return (
		item.name.toLowerCase().includes(needle) || String(item.value).toLowerCase().includes(needle)
	);
}

/** Lists one or two pages of `request` and maps each record with `toItem`, filtered by `filter`. */
async function searchList(
	context: ILoadOptionsFunctions,
	request: ListRequest,
	toItem: (record: IDataObject) => INodeListSearchItems,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const filtering = filter !== undefined && filter.trim() !== '';
	const results: INodeListSearchItems[] = [];
	let cursor = paginationToken || undefined;
	for (let page = 0; page < (filtering ? FILTER_PAGES : 1); page++) {
		const { items, nextCursor } = await fivetranApiRequestPage.call(context, request, {
			cursor,
			limit: filtering ? FILTER_PAGE : BROWSE_PAGE,
		});
		for (const record of items) {
			const item = toItem(record);
			if (!filtering || matches(item, filter.trim())) results.push(item);
		}
		cursor = nextCursor;
		if (cursor === undefined) break;
	}
	return { results, paginationToken: cursor };
}

type SearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/**
 * Builds a listSearch method for one list endpoint. `prepare` runs once per call and returns
 * the record -> result mapping (it may look things up first, e.g. group names).
 */
function searchMethod(
	request: ListRequest,
	prepare: (
		context: ILoadOptionsFunctions,
	) => Promise<(record: IDataObject) => INodeListSearchItems>,
): SearchMethod {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await searchList(this, request, await prepare(this), filter, paginationToken);
	};
}

/** group id -> group name, from the first page of groups (used to label connections). */
async function groupNames(context: ILoadOptionsFunctions): Promise<Map<string, string>> {
	const { items } = await fivetranApiRequestPage.call(
		context,
		{ path: '/v1/groups' },
		{ limit: FILTER_PAGE },
	);
	return new Map(items.map((group) => [text(group.id), text(group.name)]));
}

/** Connections as "schema (service) · group", linked to their dashboard page. */
export const searchConnections = searchMethod(
	{ path: '/v1/connections', acceptVersion2: true },
	async (context) => {
		const groups = await groupNames(context);
		return (connection) => {
			const id = text(connection.id);
			const groupId = text(connection.group_id);
			return {
				name: `${text(connection.schema) || id} (${text(connection.service)}) · ${groups.get(groupId) || groupId}`,
				value: id,
				url: `https://fivetran.com/dashboard/connections/${encodeURIComponent(id)}/status`,
			};
		};
	},
);

export const searchGroups = searchMethod({ path: '/v1/groups' }, async () => (group) => ({
	name: text(group.name) || text(group.id),
	value: text(group.id),
	url: `https://fivetran.com/dashboard/destinations/${encodeURIComponent(text(group.id))}`,
}));

/** Users as "Given Family <email>". */
export const searchUsers = searchMethod({ path: '/v1/users' }, async () => (user) => {
	const fullName = [text(user.given_name), text(user.family_name)].filter(Boolean).join(' ');
	const email = text(user.email);
	// A service account may have no email (Fivetran's 2026-09 create_user).
	const contact = email
		? `<${email}>`
		: user.user_type === 'SERVICE_ACCOUNT'
			? '(service account)'
			: '';
	return {
		name: fullName ? [fullName, contact].filter(Boolean).join(' ') : email || text(user.id),
		value: text(user.id),
	};
});

export const searchSystemKeys = searchMethod({ path: '/v1/system-keys' }, async () => (key) => ({
	name: text(key.name) || text(key.id),
	value: text(key.id),
}));

/** Destinations as "service · group name" (a destination's id is its group's id). */
export const searchDestinations = searchMethod(
	{ path: '/v1/destinations', acceptVersion2: true },
	async (context) => {
		const groups = await groupNames(context);
		return (destination) => {
			const id = text(destination.id);
			return {
				name: `${text(destination.service) || id} · ${groups.get(id) || id}`,
				value: id,
				url: `https://fivetran.com/dashboard/destinations/${encodeURIComponent(id)}`,
			};
		};
	},
);

/** Webhooks as "url (account)" or "url (group <id>)": Fivetran gives webhooks no name. */
export const searchWebhooks = searchMethod({ path: '/v1/webhooks' }, async () => (webhook) => {
	const scope = text(webhook.group_id) ? `group ${text(webhook.group_id)}` : 'account';
	return { name: `${text(webhook.url) || text(webhook.id)} (${scope})`, value: text(webhook.id) };
});

export const searchTeams = searchMethod({ path: '/v1/teams' }, async () => (team) => ({
	name: text(team.name) || text(team.id),
	value: text(team.id),
}));

/** Connector types (services) as "Name (service_id)". */
export const searchConnectorTypes = searchMethod(
	{ path: '/v1/metadata/connector-types' },
	async () => (type) => ({
		name: text(type.name) ? `${text(type.name)} (${text(type.id)})` : text(type.id),
		value: text(type.id),
		url: text(type.link_to_docs) || undefined,
	}),
);
