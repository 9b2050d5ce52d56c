import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequestAllItems } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupIdField, groupOperationFields } from './fields';
import { readGroupId } from './parameters';
import { groupPath } from './request';
import { readListLimit } from '../../helpers/parameters';

export const description = groupOperationFields('getUsers', [
	{ ...groupIdField, description: 'The group whose users to list' },
	...returnAllOrLimit(),
]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const groupId = readGroupId(this, itemIndex);
	const pages = readListLimit(this, itemIndex);
	return await fivetranApiRequestAllItems.call(
		this,
		{ path: groupPath(groupId, '/users'), itemIndex },
		pages,
	);
}
