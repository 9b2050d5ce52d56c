/**
 * The filters of Fivetran's user lists (September 2026 definition): `user_type`, a person
 * (REGULAR_USER) or a non-human identity for API access (SERVICE_ACCOUNT), on list_all_users
 * and list_api_keys; `has_api_key` on list_all_users. Each is an option field whose "All"
 * sends nothing; a value an expression sets outside the choices is refused before any request.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectProblems, throwIfInvalid } from '../../helpers/validation';

export const USER_TYPES: readonly string[] = ['REGULAR_USER', 'SERVICE_ACCOUNT'];

export interface ListFilter {
	/** The node parameter. */
	name: string;
	displayName: string;
	/** The query parameter Fivetran reads. */
	query: string;
	choices: Array<{ name: string; value: string }>;
}

export const userTypeFilter: ListFilter = {
	name: 'userType',
	displayName: 'User Type',
	query: 'user_type',
	choices: [
		{ name: 'Regular Users Only', value: 'REGULAR_USER' },
		{ name: 'Service Accounts Only', value: 'SERVICE_ACCOUNT' },
	],
};

export const apiKeyFilter: ListFilter = {
	name: 'hasApiKey',
	displayName: 'API Key',
	query: 'has_api_key',
	choices: [
		{ name: 'With an API Key', value: 'true' },
		{ name: 'Without an API Key', value: 'false' },
	],
};

export function listFilterField(filter: ListFilter, description: string): INodeProperties {
	return {
		displayName: filter.displayName,
		name: filter.name,
		type: 'options',
		options: [{ name: 'All', value: 'all' }, ...filter.choices],
		default: 'all',
		description,
	};
}

/** The query of the chosen filters (nothing for All). */
export function readListFilters(
	ctx: IExecuteFunctions,
	itemIndex: number,
	filters: ListFilter[],
): IDataObject {
	const qs: IDataObject = {};
	const problems = filters.map((filter) => {
		const value = String(ctx.getNodeParameter(filter.name, itemIndex, 'all'));
		const values = filter.choices.map((choice) => choice.value);
		if (value !== 'all') qs[filter.query] = value;
		return value === 'all' || values.includes(value)
			? undefined
			: `'${filter.displayName}' must be All, ${values.join(' or ')}`;
	});
	throwIfInvalid(ctx.getNode(), itemIndex, ...collectProblems(...problems));
	return qs;
}
