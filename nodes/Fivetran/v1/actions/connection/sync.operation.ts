import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId } from './params';
import { actionResult } from './results';

export const description = connectionOperationFields('sync', [
	connectionIdField,
	{
		displayName: 'Force',
		name: 'force',
		type: 'boolean',
		default: false,
		description:
			'Whether to stop a sync that is already running and start a new one. Off: a running sync is left alone and no new one starts.',
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const force = this.getNodeParameter('force', itemIndex, false) as boolean;
	// POST is not idempotent: the transport never re-sends it after an ambiguous failure.
	const response = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: apiPath`/v1/connections/${connectionId}/sync`,
		body: { force },
		acceptVersion2: true,
		itemIndex,
	});
	return actionResult(connectionId, response, `Sync triggered for connection '${connectionId}'`);
}
