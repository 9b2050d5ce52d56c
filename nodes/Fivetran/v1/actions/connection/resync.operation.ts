import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationModule } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId, validated } from './params';
import { actionResult } from './results';
import { resyncScope } from './resyncScope';

const properties: INodeProperties[] = [
	connectionIdField,
	{
		displayName: 'Re-Sync',
		name: 'resyncScope',
		type: 'options',
		options: [
			{
				name: 'Chosen Tables',
				value: 'tables',
				description: 'Re-import the full history of the listed tables only',
			},
			{
				name: 'Whole Connection',
				value: 'connection',
				description: 'Re-import the full history of every table of the connection',
			},
		],
		default: 'connection',
		description: 'What to re-import from the source',
	},
	{
		displayName: 'Tables',
		name: 'tables',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Table',
		default: {},
		displayOptions: { show: { resyncScope: ['tables'] } },
		options: [
			{
				displayName: 'Table',
				name: 'table',
				values: [
					{
						displayName: 'Schema Name',
						name: 'schema',
						type: 'string',
						default: '',
						description: 'Source schema of the table, as in the schema config (case-sensitive)',
					},
					{
						displayName: 'Table Name',
						name: 'table',
						type: 'string',
						default: '',
						description: 'Table to re-sync, as in the schema config (case-sensitive)',
					},
				],
			},
		],
	},
];

export const description = connectionOperationFields('resync', properties);

export const concurrency: ConcurrencyKind = 'write';

export const execute: OperationModule['execute'] = async function (itemIndex) {
	const connectionId = getConnectionId.call(this, itemIndex);
	const body: IDataObject = {};
	if (this.getNodeParameter('resyncScope', itemIndex, 'connection') === 'tables') {
		const tables = this.getNodeParameter('tables.table', itemIndex, []) as IDataObject[];
		body.scope = validated(this, itemIndex, () => resyncScope(tables));
	}
	const response = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: apiPath`/v1/connections/${connectionId}/resync`,
		body,
		acceptVersion2: true,
		itemIndex,
	});
	return actionResult(connectionId, response, `Re-sync triggered for connection '${connectionId}'`);
};
