import type { IExecuteFunctions } from 'n8n-workflow';

import { failValidation } from '../../helpers/validation';
import { fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import {
	teamAccountRoleField,
	teamDescriptionField,
	teamNameField,
	teamOperationFields,
} from './fields';
import { teamBody } from './parameters';
import { readCollection } from '../../helpers/parameters';

export const description = teamOperationFields('create', [
	{ ...teamNameField, required: true },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [teamAccountRoleField, teamDescriptionField],
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { body, problems } = teamBody({
		...readCollection(this, 'additionalFields', itemIndex),
		name: this.getNodeParameter('name', itemIndex, ''),
	});
	if (problems.length > 0) failValidation(this.getNode(), itemIndex, problems);

	const { data } = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: '/v1/teams',
		body,
		itemIndex,
	});
	return data;
}
