import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupIdField, groupNameField, groupOperationFields } from './fields';
import { readGroupId } from './parameters';
import { groupPath } from './request';
import { readRequiredText } from '../../helpers/parameters';

export const description = groupOperationFields('update', [
	{ ...groupIdField, description: 'The group to rename' },
	groupNameField('New Name', 'The new name of the group; it must be unique in the account'),
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const groupId = readGroupId(this, itemIndex);
	const name = readRequiredText(this, 'name', 'New Name', itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: groupPath(groupId),
		body: { name },
		itemIndex,
	});
	return data;
}
