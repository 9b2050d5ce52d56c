import type { INodeProperties, IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId } from './params';
import { actionResult } from './results';
import { readResyncBody, resyncScopeFields } from './resyncScope';

const properties: INodeProperties[] = [connectionIdField, ...resyncScopeFields];

export const description = connectionOperationFields('resync', properties);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const body = readResyncBody(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: apiPath`/v1/connections/${connectionId}/resync`,
		body,
		acceptVersion2: true,
		itemIndex,
	});
	return actionResult(connectionId, response, `Re-sync triggered for connection '${connectionId}'`);
}
