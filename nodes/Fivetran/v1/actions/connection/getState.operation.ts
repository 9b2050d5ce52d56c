import { apiPath, fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationModule } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId } from './params';

export const description = connectionOperationFields('getState', [connectionIdField]);

export const concurrency: ConcurrencyKind = 'read';

export const execute: OperationModule['execute'] = async function (itemIndex) {
	const connectionId = getConnectionId.call(this, itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: apiPath`/v1/connections/${connectionId}/state`,
		acceptVersion2: true,
		itemIndex,
	});
	return { id: connectionId, ...data };
};
