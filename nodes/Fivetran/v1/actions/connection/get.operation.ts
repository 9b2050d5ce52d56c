import type { IExecuteFunctions } from 'n8n-workflow';

import { simplifyConnection } from '../../helpers/simplify';
import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields, simplifyField } from './fields';
import { getConnectionId } from './params';
import { withoutAuth } from './results';

export const description = connectionOperationFields('get', [connectionIdField, simplifyField]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, false) as boolean;
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: apiPath`/v1/connections/${connectionId}`,
		acceptVersion2: true,
		itemIndex,
	});
	return simplify ? simplifyConnection(data) : withoutAuth(data);
}
