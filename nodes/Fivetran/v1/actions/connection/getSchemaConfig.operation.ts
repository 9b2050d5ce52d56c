import { apiPath, fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationModule } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId } from './params';

export const description = connectionOperationFields('getSchemaConfig', [connectionIdField]);

export const concurrency: ConcurrencyKind = 'read';

export const execute: OperationModule['execute'] = async function (itemIndex) {
	const connectionId = getConnectionId.call(this, itemIndex);
	// Schema endpoints keep Fivetran's plain application/json representation (no version=2).
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: apiPath`/v1/connections/${connectionId}/schemas`,
		itemIndex,
	});
	return data;
};
