import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId, validated } from './params';
import { requireText } from './validation';

export const description = connectionOperationFields('getMoveStatus', [
	{ ...connectionIdField, description: 'The connection (connector) being moved' },
	{
		displayName: 'Job ID',
		name: 'jobId',
		type: 'string',
		required: true,
		default: '',
		description: 'The job_id that Move output (moves with sync behavior Continue With Data)',
	},
]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const jobId = validated(this, itemIndex, () =>
		requireText(this.getNodeParameter('jobId', itemIndex, ''), 'Enter the Job ID that Move output'),
	);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: apiPath`/v1/connections/${connectionId}/move/${jobId}`,
		acceptVersion2: true,
		itemIndex,
	});
	return data;
}
