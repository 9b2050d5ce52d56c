import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { membershipFields, membershipRoleField, userOperationFields } from './fields';
import { readMembership, readRole } from './parameters';

export const description = userOperationFields('addMembership', [
	...membershipFields,
	membershipRoleField,
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { listPath, targetId } = readMembership(this, itemIndex);
	const role = readRole(this, itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: listPath,
		body: { id: targetId, role },
		itemIndex,
	});
	return data;
}
