import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequestAllItems } from '../../../../shared/transport';
import { returnAllOrLimit } from '../../../../shared/descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { userOperationFields } from './fields';
import { readListLimit } from '../../helpers/parameters';
import { apiKeyFilter, listFilterField, readListFilters, userTypeFilter } from './listFilters';

export const description = userOperationFields('getMany', [
	...returnAllOrLimit(),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Active Only', value: 'active' },
			{ name: 'All', value: 'all' },
			{ name: 'Inactive Only', value: 'inactive' },
		],
		default: 'all',
		description:
			'Which users to return by their active flag. Fivetran filters active users itself; inactive users are filtered by the node, which reads every page.',
	},
	listFilterField(
		userTypeFilter,
		'Which users to return by type: people, or non-human service accounts',
	),
	listFilterField(
		apiKeyFilter,
		'Which users to return by whether they have an API key (expired keys count)',
	),
]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { returnAll, limit } = readListLimit(this, itemIndex);
	const status = this.getNodeParameter('status', itemIndex, 'all') as string;
	const filters = readListFilters(this, itemIndex, [userTypeFilter, apiKeyFilter]);
	const path = '/v1/users';

	if (status === 'inactive') {
		// Fivetran's `active` query only narrows to active users (true); false is not documented
		// as "inactive only". So read every page and keep the inactive ones here.
		const users = await fivetranApiRequestAllItems.call(
			this,
			{ path, qs: filters, itemIndex },
			{ returnAll: true, limit },
		);
		const inactive = users.filter((user: IDataObject) => user.active === false);
		return returnAll ? inactive : inactive.slice(0, limit);
	}

	const qs: IDataObject = status === 'active' ? { active: true, ...filters } : filters;
	return await fivetranApiRequestAllItems.call(this, { path, qs, itemIndex }, { returnAll, limit });
}
