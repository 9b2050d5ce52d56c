import type { IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupIdField, groupOperationFields } from './fields';
import { getGroupData } from './request';

export const description = groupOperationFields('getServiceAccount', [
	{
		...groupIdField,
		description: 'The group whose Google Cloud service account to get (to grant it access)',
	},
]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { groupId, data } = await getGroupData(this, itemIndex, '/service-account');
	// The answer names no group: the item does.
	return { group_id: groupId, ...data };
}
