import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../../shared/transport';
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

const emailField = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
} as const;

export const description = userOperationFields('invite', [
	{
		displayName: 'User Type',
		name: 'userType',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Regular User',
				value: 'REGULAR_USER',
				description:
					'A person: Fivetran emails an invitation, which they must accept before they get access',
			},
			{
				name: 'Service Account',
				value: 'SERVICE_ACCOUNT',
				description:
					'A non-human identity for API access that cannot log in to the dashboard: created at once, no invitation. A service account cannot create another one.',
			},
		],
		default: 'REGULAR_USER',
		description: 'Whether to invite a person or create a service account',
	},
	{
		...emailField,
		required: true,
		description: 'Email address of the person to invite; Fivetran sends them an invitation',
		displayOptions: { show: { userType: ['REGULAR_USER'] } },
	},
	{
		...emailField,
		description: 'Optional for a service account: Fivetran sends no email to it',
		displayOptions: { show: { userType: ['SERVICE_ACCOUNT'] } },
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
		userType: this.getNodeParameter('userType', itemIndex, 'REGULAR_USER'),
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
