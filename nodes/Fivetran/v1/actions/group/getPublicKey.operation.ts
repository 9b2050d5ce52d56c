import type { IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupIdField, groupOperationFields } from './fields';
import { getGroupData } from './request';

export const description = groupOperationFields('getPublicKey', [
	{
		...groupIdField,
		description: 'The group whose public SSH key to get (to allow-list for SSH tunnels)',
	},
]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { groupId, data } = await getGroupData(this, itemIndex, '/public-key');
	// The answer names no group: the item does, so lists of keys stay readable.
	return { group_id: groupId, ...data };
}
