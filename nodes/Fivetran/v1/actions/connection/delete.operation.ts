import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId } from './params';
import { actionResult } from './results';

export const description = connectionOperationFields('delete', [connectionIdField]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/v1/connections/${connectionId}`,
		acceptVersion2: true,
		itemIndex,
	});
	if (response.alreadyDeleted) {
		// A retry after an ambiguous failure answered 404: the first attempt deleted it.
		return actionResult(
			connectionId,
			{ data: {} },
			`Connection '${connectionId}' was already deleted`,
		);
	}
	return actionResult(connectionId, response, `Connection '${connectionId}' has been deleted`);
}
