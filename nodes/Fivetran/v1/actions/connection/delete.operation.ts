import { apiPath, fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationModule } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId } from './params';
import { actionResult } from './results';

export const description = connectionOperationFields('delete', [connectionIdField]);

export const concurrency: ConcurrencyKind = 'write';

export const execute: OperationModule['execute'] = async function (itemIndex) {
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
};
