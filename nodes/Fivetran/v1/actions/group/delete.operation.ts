import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupIdField, groupOperationFields } from './fields';
import { readGroupId } from './parameters';
import { groupPath } from './request';
import { actionResult } from '../../helpers/parameters';

export const description = groupOperationFields('delete', [
	{ ...groupIdField, description: 'The group to delete permanently, with its destination' },
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const groupId = readGroupId(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'DELETE',
		path: groupPath(groupId),
		itemIndex,
	});
	return actionResult(groupId, response);
}
