import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { teamIdField, teamOperationFields } from './fields';
import { readTeamId } from './parameters';

export const description = teamOperationFields('get', [teamIdField]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const teamId = readTeamId(this, itemIndex);
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: apiPath`/v1/teams/${teamId}`,
		itemIndex,
	});
	return data;
}
