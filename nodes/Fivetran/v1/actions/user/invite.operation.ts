import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import {
	accountRoleOption,
	familyNameField,
	givenNameField,
	phoneField,
	pictureField,
	userOperationFields,
} from './fields';
import { buildInviteBody } from './userBody';
import { bodyOrThrow, readCollection } from '../../helpers/parameters';

export const description = userOperationFields('invite', [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Email address of the person to invite; Fivetran sends them an invitation',
	},
	{ ...givenNameField, required: true },
	{ ...familyNameField, required: true },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [phoneField, pictureField, accountRoleOption],
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const invite = buildInviteBody({
		email: this.getNodeParameter('email', itemIndex, ''),
		givenName: this.getNodeParameter('givenName', itemIndex, ''),
		familyName: this.getNodeParameter('familyName', itemIndex, ''),
		additionalFields: readCollection(this, 'additionalFields', itemIndex),
	});
	const body = bodyOrThrow(this, itemIndex, invite);

	const { data } = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: '/v1/users',
		body,
		itemIndex,
	});
	return data;
}
