import type { IExecuteFunctions } from 'n8n-workflow';

import { failValidation } from '../../helpers/validation';
import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import {
	teamAccountRoleField,
	teamDescriptionField,
	teamIdField,
	teamNameField,
	teamOperationFields,
} from './fields';
import { readTeamId, teamBody } from './parameters';
import { NOTHING_TO_UPDATE, readCollection } from '../../helpers/parameters';

export const description = teamOperationFields('update', [
	teamIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field to Update',
		default: {},
		options: [teamAccountRoleField, teamDescriptionField, teamNameField],
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const teamId = readTeamId(this, itemIndex);
	const { body, problems } = teamBody(readCollection(this, 'updateFields', itemIndex));
	if (problems.length === 0 && Object.keys(body).length === 0) {
		problems.push(NOTHING_TO_UPDATE);
	}
	if (problems.length > 0) failValidation(this.getNode(), itemIndex, problems);

	const { data } = await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: apiPath`/v1/teams/${teamId}`,
		body,
		itemIndex,
	});
	return data;
}
