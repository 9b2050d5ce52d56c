import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { actionResult } from '../user/parameters';
import { teamMembershipFields, teamOperationFields } from './fields';
import { readTeamMembership } from './parameters';

export const description = teamOperationFields('removeMembership', [...teamMembershipFields]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { itemPath, memberId } = readTeamMembership(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'DELETE',
		path: itemPath,
		itemIndex,
	});
	return actionResult(memberId, response);
}
