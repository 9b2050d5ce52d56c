import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import {
	accountRoleOption,
	familyNameField,
	givenNameField,
	phoneField,
	pictureField,
	userIdField,
	userOperationFields,
} from './fields';
import { readUserId } from './parameters';
import { buildUpdateBody } from './userBody';
import { bodyOrThrow, readCollection } from '../../helpers/parameters';

export const description = userOperationFields('update', [
	userIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Clear Fields',
				name: 'clearFields',
				type: 'multiOptions',
				options: [
					{ name: 'Phone', value: 'phone' },
					{ name: 'Picture URL', value: 'picture' },
				],
				default: [],
				description:
					'Fields to erase on Fivetran (sent as null). Fields not added here or below stay unchanged.',
			},
			familyNameField,
			givenNameField,
			phoneField,
			pictureField,
			{
				...accountRoleOption,
				description: `${accountRoleOption.description}. You cannot change your own role.`,
			},
		],
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const userId = readUserId(this, itemIndex);
	const update = buildUpdateBody(readCollection(this, 'updateFields', itemIndex));
	const body = bodyOrThrow(this, itemIndex, update);

	const { data } = await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: apiPath`/v1/users/${userId}`,
		body,
		itemIndex,
	});
	return data;
}
