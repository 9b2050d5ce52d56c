import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyConnection } from '../../helpers/simplify';
import {
	apiPath,
	fivetranApiRequestAllItems,
	type ListRequest,
} from '../../../../shared/transport';
import { returnAllOrLimit } from '../../../../shared/descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionOperationFields, groupIdField, simplifyOnField } from './fields';
import { getGroupId, validated } from './params';
import { withoutAuth } from './results';
import { requireLimit } from './validation';

const properties: INodeProperties[] = [
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		options: [
			{
				name: 'Account',
				value: 'account',
				description: 'Connections of every group in the account',
			},
			{ name: 'Group', value: 'group', description: 'Connections of one group (destination)' },
		],
		default: 'account',
		description: 'Whether to list the connections of the whole account or of one group',
	},
	{ ...groupIdField, displayOptions: { show: { scope: ['group'] } } },
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Group ID',
				name: 'groupId',
				type: 'string',
				default: '',
				placeholder: 'e.g. speak_inexpensive',
				description: 'Only connections of this group (destination)',
				displayOptions: { show: { '/scope': ['account'] } },
			},
			{
				displayName: 'Schema Name',
				name: 'schema',
				type: 'string',
				default: '',
				placeholder: 'e.g. google_sheets_sales',
				description:
					'Only the connection with this destination schema name (exact, case-sensitive)',
			},
		],
	},
	simplifyOnField,
];

export const description = connectionOperationFields('getMany', properties);

export const concurrency: ConcurrencyKind = 'read';

/** Account scope lists GET /v1/connections (group as a filter); group scope the group's list. */
function listRequest(this: IExecuteFunctions, itemIndex: number): ListRequest {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	if (typeof filters.schema === 'string' && filters.schema !== '') qs.schema = filters.schema;
	if (this.getNodeParameter('scope', itemIndex) === 'group') {
		const groupId = getGroupId.call(this, itemIndex);
		return {
			path: apiPath`/v1/groups/${groupId}/connections`,
			qs,
			acceptVersion2: true,
			itemIndex,
		};
	}
	if (typeof filters.groupId === 'string' && filters.groupId.trim() !== '') {
		qs.group_id = filters.groupId.trim();
	}
	return { path: '/v1/connections', qs, acceptVersion2: true, itemIndex };
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const request = listRequest.call(this, itemIndex);
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll
		? undefined
		: validated(this, itemIndex, () => requireLimit(this.getNodeParameter('limit', itemIndex, 50)));
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const connections = await fivetranApiRequestAllItems.call(this, request, { returnAll, limit });
	return connections.map((connection) =>
		simplify ? simplifyConnection(connection) : withoutAuth(connection),
	);
}
