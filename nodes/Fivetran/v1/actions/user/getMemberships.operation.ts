import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequestAllItems } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { membershipTypeField, userIdField, userOperationFields } from './fields';
import { readListLimit, readMembershipList } from './parameters';

export const description = userOperationFields('getMemberships', [
	userIdField,
	membershipTypeField,
	...returnAllOrLimit(),
]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { listPath } = readMembershipList(this, itemIndex);
	const pages = readListLimit(this, itemIndex);
	return await fivetranApiRequestAllItems.call(this, { path: listPath, itemIndex }, pages);
}
