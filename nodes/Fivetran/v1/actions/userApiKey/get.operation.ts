import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { keyOwnerField, userApiKeyOperationFields } from './fields';
import { readKeyOwnerId } from './parameters';

export const description = userApiKeyOperationFields('get', [keyOwnerField]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const userId = readKeyOwnerId(this, itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: apiPath`/v1/users/${userId}/api-keys`,
		itemIndex,
	});
	return data;
}
