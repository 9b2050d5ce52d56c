import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { fivetranApiRequestAllItems } from '../../../../shared/transport';
import { returnAllOrLimit } from '../../../../shared/descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { matchesRoleFilters, roleOutput, type RoleFilters } from './roleStatus';
import { readCollection, readListLimit } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Scope',
				name: 'scope',
				type: 'options',
				options: [
					{ name: 'Account', value: 'ACCOUNT' },
					{ name: 'Connection (Connector)', value: 'CONNECTOR' },
					{ name: 'Destination (Group)', value: 'DESTINATION' },
					{ name: 'Team', value: 'TEAM' },
				],
				default: 'ACCOUNT',
				description: 'Only roles that can be given on this kind of resource',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Current', value: 'current', description: 'Roles to use today' },
					{
						name: 'Deprecated',
						value: 'deprecated',
						description: 'Old role names Fivetran still accepts; each names its replacement',
					},
				],
				default: 'current',
				description: 'Only current or only deprecated roles',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['role'], operation: ['getMany'] } },
	properties,
);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { returnAll, limit } = readListLimit(this, itemIndex);
	const filters = readCollection(this, 'filters', itemIndex) as RoleFilters;
	const filtering = filters.scope !== undefined || filters.status !== undefined;
	// Fivetran cannot filter roles: with a filter every page is read and Limit applies after it.
	const roles = await fivetranApiRequestAllItems.call(
		this,
		{ path: '/v1/roles', itemIndex },
		{ returnAll: returnAll || filtering, limit },
	);
	const matching = roles.filter((role) => matchesRoleFilters(role, filters)).map(roleOutput);
	return returnAll ? matching : matching.slice(0, limit);
}
