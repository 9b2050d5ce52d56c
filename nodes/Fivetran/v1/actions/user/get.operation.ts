import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { userIdField, userOperationFields } from './fields';
import { readUserId } from './parameters';

export const description = userOperationFields('get', [userIdField]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const userId = readUserId(this, itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: apiPath`/v1/users/${userId}`,
		itemIndex,
	});
	return data;
}
