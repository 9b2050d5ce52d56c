import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequestAllItems } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupOperationFields } from './fields';
import { readListLimit } from '../../helpers/parameters';

export const description = groupOperationFields('getMany', [...returnAllOrLimit()]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const pages = readListLimit(this, itemIndex);
	return await fivetranApiRequestAllItems.call(this, { path: '/v1/groups', itemIndex }, pages);
}
