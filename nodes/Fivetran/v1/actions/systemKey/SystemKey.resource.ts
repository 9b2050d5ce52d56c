/**
 * System Key resource (fivetran-api.md section 4): the operation map the router uses and the
 * node description (the Operation selector plus every operation's fields).
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as rotate from './rotate.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = {
	create,
	delete: del,
	get,
	getMany,
	rotate,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName:
			"Only the API key of a user with the Account Administrator role can manage system keys: Fivetran refuses system keys and other users' keys (403).",
		name: 'systemKeyAdminNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['systemKey'] } },
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['systemKey'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a system key',
				description:
					'Create a system key with permissions; outputs its secret once as secretShownOnce, which must be stored immediately',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a system key',
				description:
					'Permanently delete a system key; anything still using it loses access at once. Cannot be undone.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a system key',
				description: 'Get a system key and its permissions (never its secret)',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many system keys',
				description: 'List the system keys of the account (never their secrets)',
			},
			{
				name: 'Rotate',
				value: 'rotate',
				action: 'Rotate a system key',
				description:
					'Replace the secret of a system key; the old secret stops working. Outputs the new secret once as secretShownOnce.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a system key',
				description: 'Rename a system key and/or replace its permissions',
			},
		],
		default: 'getMany',
	},
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...rotate.description,
	...update.description,
];
