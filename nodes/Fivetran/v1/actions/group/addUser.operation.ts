import type { IExecuteFunctions } from 'n8n-workflow';

import { requireEmail, throwIfInvalid } from '../../helpers/validation';
import { fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { roleField } from '../user/fields';
import { groupIdField, groupOperationFields } from './fields';
import { readGroupId } from './parameters';
import { groupPath } from './request';
import { actionResult, readRole } from '../../helpers/parameters';

export const description = groupOperationFields('addUser', [
	{ ...groupIdField, description: 'The group to add the user to' },
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Email address of an existing user of the account',
	},
	roleField({
		required: true,
		typeOptions: { loadOptionsMethod: 'getDestinationRoles' },
		description:
			'The role on the group, e.g. Manage Destination. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const groupId = readGroupId(this, itemIndex);
	const email = String(this.getNodeParameter('email', itemIndex, '') ?? '').trim();
	throwIfInvalid(this.getNode(), itemIndex, requireEmail(email));
	const role = readRole(this, itemIndex);
	const response = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: groupPath(groupId, '/users'),
		body: { email, role },
		itemIndex,
	});
	// Fivetran answers with a message only: the item says who got which role.
	return actionResult(groupId, response, { email, role });
}
