import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { membershipFields, userOperationFields } from './fields';
import { actionResult, readMembership } from './parameters';

export const description = userOperationFields('removeMembership', [...membershipFields]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { itemPath, targetId } = readMembership(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'DELETE',
		path: itemPath,
		itemIndex,
	});
	return actionResult(targetId, response);
}
