/**
 * Check Freshness: one item per connection saying whether its data is fresh within a maximum
 * age, or stale, paused, broken, never synced or syncing (helpers/freshness.ts).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { connectionFreshness, parseConnectionIds, requireMaxAge } from '../../helpers/freshness';
import {
	apiPath,
	fivetranApiRequest,
	fivetranApiRequestAllItems,
	transportRuntime,
} from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields, groupIdField } from './fields';
import { getConnectionId, getGroupId, validated } from './params';

const properties: INodeProperties[] = [
	{
		displayName: 'Check',
		name: 'source',
		type: 'options',
		options: [
			{ name: 'One Connection', value: 'connection', description: 'The connection chosen below' },
			{
				name: 'Connections by ID',
				value: 'ids',
				description: 'A list of connection IDs, e.g. from an expression',
			},
			{
				name: 'All Connections in a Group',
				value: 'group',
				description: 'Every connection of one group (destination)',
			},
		],
		default: 'connection',
		description: 'Which connections to check; the output has one item per connection',
	},
	{ ...connectionIdField, displayOptions: { show: { source: ['connection'] } } },
	{
		displayName: 'Connection IDs',
		name: 'connectionIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. speak_inexpensive, dreamy_raccoon',
		description: 'IDs separated by commas, spaces or new lines',
		displayOptions: { show: { source: ['ids'] } },
	},
	{ ...groupIdField, displayOptions: { show: { source: ['group'] } } },
	{
		displayName: 'Max Age (Minutes)',
		name: 'maxAge',
		type: 'number',
		typeOptions: { minValue: 0.01, numberPrecision: 2 },
		default: 60,
		description: 'Data is fresh when the last successful sync ended at most this many minutes ago',
	},
];

export const description = connectionOperationFields('checkFreshness', properties);

export const concurrency: ConcurrencyKind = 'read';

async function getConnection(
	context: IExecuteFunctions,
	connectionId: string,
	itemIndex: number,
): Promise<IDataObject> {
	const { data } = await fivetranApiRequest.call(context, {
		method: 'GET',
		path: apiPath`/v1/connections/${connectionId}`,
		acceptVersion2: true,
		itemIndex,
	});
	return data;
}

async function connectionsToCheck(
	context: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject[]> {
	const source = context.getNodeParameter('source', itemIndex, 'connection') as string;
	if (source === 'group') {
		const groupId = getGroupId.call(context, itemIndex);
		return await fivetranApiRequestAllItems.call(
			context,
			{ path: apiPath`/v1/groups/${groupId}/connections`, acceptVersion2: true, itemIndex },
			{ returnAll: true },
		);
	}
	const ids =
		source === 'ids'
			? validated(context, itemIndex, () => {
					const raw = context.getNodeParameter('connectionIds', itemIndex, '') as string;
					const list = parseConnectionIds(String(raw));
					if (list.length === 0) throw new Error('Enter at least one connection ID');
					return list;
				})
			: [getConnectionId.call(context, itemIndex)];
	const connections: IDataObject[] = [];
	// One at a time: the router already runs several input items at once.
	for (const id of ids) connections.push(await getConnection(context, id, itemIndex));
	return connections;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const maxAge = validated(this, itemIndex, () =>
		requireMaxAge(this.getNodeParameter('maxAge', itemIndex, 60)),
	);
	const connections = await connectionsToCheck(this, itemIndex);
	const now = transportRuntime.now();
	return connections.map((connection) => connectionFreshness(connection, now, maxAge));
}
