import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { actionResult, readRole } from '../user/parameters';
import { teamMembershipFields, teamMembershipRoleField, teamOperationFields } from './fields';
import { readTeamMembership } from './parameters';

export const description = teamOperationFields('updateMembership', [
	...teamMembershipFields,
	teamMembershipRoleField,
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { itemPath, memberId } = readTeamMembership(this, itemIndex);
	const role = readRole(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: itemPath,
		body: { role },
		itemIndex,
	});
	// The spec documents the membership as the answer; should it come back empty, the item
	// still says what was set.
	return Object.keys(response.data).length > 0
		? response.data
		: actionResult(memberId, response, { role });
}
