import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { teamIdField, teamOperationFields } from './fields';
import { readTeamId } from './parameters';
import { actionResult } from '../../helpers/parameters';

export const description = teamOperationFields('delete', [
	{ ...teamIdField, description: 'The team to delete permanently' },
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const teamId = readTeamId(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/v1/teams/${teamId}`,
		itemIndex,
	});
	return actionResult(teamId, response);
}
