import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { userIdField, userOperationFields } from './fields';
import { readUserId } from './parameters';
import { actionResult } from '../../helpers/parameters';

export const description = userOperationFields('removeAccountRole', [
	{
		...userIdField,
		description: 'The user whose account role to remove; they stay a member of the account',
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const userId = readUserId(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/v1/users/${userId}/role`,
		itemIndex,
	});
	return actionResult(userId, response);
}
