import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { userIdField } from '../user/fields';
import { readUserId } from '../user/parameters';
import { groupIdField, groupOperationFields } from './fields';
import { readGroupId } from './parameters';
import { actionResult } from '../../helpers/parameters';

export const description = groupOperationFields('removeUser', [
	{ ...groupIdField, description: 'The group to remove the user from' },
	{ ...userIdField, description: 'The user who loses their role on the group' },
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const groupId = readGroupId(this, itemIndex);
	const userId = readUserId(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/v1/groups/${groupId}/users/${userId}`,
		itemIndex,
	});
	const result = actionResult(groupId, response, { user_id: userId });
	if (response.alreadyDeleted) {
		result.message = `User '${userId}' was already removed from group '${groupId}': an earlier attempt of this request most likely removed them`;
	}
	return result;
}
