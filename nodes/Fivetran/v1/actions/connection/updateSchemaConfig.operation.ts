import type { IDataObject, INodeProperties, IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId, validated } from './params';
import { ConnectionInputError, parseJsonObject } from './validation';

const properties: INodeProperties[] = [
	connectionIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field to Update',
		default: {},
		options: [
			{
				displayName: 'Schema Change Handling',
				name: 'schemaChangeHandling',
				type: 'options',
				options: [
					{
						name: 'Allow All',
						value: 'ALLOW_ALL',
						description: 'Sync new schemas, tables and columns',
					},
					{
						name: 'Allow Columns',
						value: 'ALLOW_COLUMNS',
						description: 'Sync new columns of enabled tables only',
					},
					{
						name: 'Block All',
						value: 'BLOCK_ALL',
						description: 'Sync nothing new until enabled',
					},
				],
				default: 'ALLOW_ALL',
				description:
					'What Fivetran does with schemas, tables and columns that appear in the source',
			},
			{
				displayName: 'Schemas (JSON)',
				name: 'schemas',
				type: 'json',
				default: '{}',
				description:
					'Schemas, tables and columns to enable or disable, e.g. {"public": {"enabled": true, "tables": {"orders": {"enabled": false}}}}. Names are case-sensitive.',
			},
		],
	},
];

export const description = connectionOperationFields('updateSchemaConfig', properties);

export const concurrency: ConcurrencyKind = 'write';

/** The PATCH body; refuses an update that would change nothing. */
export function schemaConfigBody(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	if (typeof fields.schemaChangeHandling === 'string' && fields.schemaChangeHandling !== '') {
		body.schema_change_handling = fields.schemaChangeHandling;
	}
	const schemas = parseJsonObject(fields.schemas, 'Schemas (JSON)');
	if (schemas !== undefined && Object.keys(schemas).length > 0) body.schemas = schemas;
	if (Object.keys(body).length === 0) {
		throw new ConnectionInputError(
			'Nothing to update: add Schema Change Handling or Schemas (JSON) under Update Fields',
		);
	}
	return body;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = validated(this, itemIndex, () => schemaConfigBody(fields));
	const { data } = await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: apiPath`/v1/connections/${connectionId}/schemas`,
		body,
		itemIndex,
	});
	return data;
}
