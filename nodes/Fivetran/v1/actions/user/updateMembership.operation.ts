import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { membershipFields, membershipRoleField, userOperationFields } from './fields';
import { actionResult, readMembership, readRole } from './parameters';

export const description = userOperationFields('updateMembership', [
	...membershipFields,
	membershipRoleField,
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { itemPath, targetId } = readMembership(this, itemIndex);
	const role = readRole(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: itemPath,
		body: { role },
		itemIndex,
	});
	// Connection memberships come back as the record; Fivetran documents no data for group
	// memberships, so the item then says what was set.
	return Object.keys(response.data).length > 0
		? response.data
		: actionResult(targetId, response, { role });
}
