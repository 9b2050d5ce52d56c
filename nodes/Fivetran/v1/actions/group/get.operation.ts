import type { IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupIdField, groupOperationFields } from './fields';
import { getGroupData } from './request';

export const description = groupOperationFields('get', [groupIdField]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { data } = await getGroupData(this, itemIndex);
	return data;
}
