import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { readRole } from '../user/parameters';
import { teamMembershipFields, teamMembershipRoleField, teamOperationFields } from './fields';
import { addMembershipBody, readTeamMembership } from './parameters';

export const description = teamOperationFields('addMembership', [
	...teamMembershipFields,
	teamMembershipRoleField,
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const membership = readTeamMembership(this, itemIndex);
	const role = readRole(this, itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: membership.listPath,
		body: addMembershipBody(membership, role),
		itemIndex,
	});
	return data;
}
