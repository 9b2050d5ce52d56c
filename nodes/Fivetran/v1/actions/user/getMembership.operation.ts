import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { membershipFields, userOperationFields } from './fields';
import { readMembership } from './parameters';

export const description = userOperationFields('getMembership', [...membershipFields]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { itemPath } = readMembership(this, itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: itemPath,
		itemIndex,
	});
	return data;
}
