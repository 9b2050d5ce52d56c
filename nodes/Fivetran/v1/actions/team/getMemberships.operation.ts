import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequestAllItems } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { readListLimit } from '../user/parameters';
import { teamIdField, teamMembershipTypeField, teamOperationFields } from './fields';
import { readTeamMembershipList } from './parameters';

export const description = teamOperationFields('getMemberships', [
	teamIdField,
	teamMembershipTypeField,
	...returnAllOrLimit(),
]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { listPath } = readTeamMembershipList(this, itemIndex);
	const pages = readListLimit(this, itemIndex);
	return await fivetranApiRequestAllItems.call(this, { path: listPath, itemIndex }, pages);
}
