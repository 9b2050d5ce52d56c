import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { teamMembershipFields, teamOperationFields } from './fields';
import { readTeamMembership } from './parameters';

export const description = teamOperationFields('getMembership', [...teamMembershipFields]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { itemPath } = readTeamMembership(this, itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: itemPath,
		itemIndex,
	});
	return data;
}
