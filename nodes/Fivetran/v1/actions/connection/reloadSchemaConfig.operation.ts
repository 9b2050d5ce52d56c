import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId } from './params';

export const description = connectionOperationFields('reloadSchemaConfig', [
	connectionIdField,
	{
		displayName: 'New Tables and Columns',
		name: 'excludeMode',
		type: 'options',
		options: [
			{
				name: 'Exclude',
				value: 'EXCLUDE',
				description: 'Add what the reload finds as disabled',
			},
			{
				name: 'Preserve',
				value: 'PRESERVE',
				description: 'Keep the current settings; new items follow the schema change handling',
			},
		],
		default: 'PRESERVE',
		description: 'How the reload treats schemas, tables and columns it finds in the source',
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const excludeMode = this.getNodeParameter('excludeMode', itemIndex, 'PRESERVE') as string;
	const { data } = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: apiPath`/v1/connections/${connectionId}/schemas/reload`,
		body: { exclude_mode: excludeMode },
		// Each reload reads the source and counts against Fivetran's limits: never re-sent.
		longRunning: true,
		outcomeUnknownAdvice:
			'Check the schema config with Get Schema Config, or reload it again later.',
		itemIndex,
	});
	return data;
}
