/**
 * User API Key resource: the API keys of users, mostly service accounts (new in Fivetran's
 * September 2026 definition, users/*_api_key*.json). A resource of its own, like System Key
 * (the same Create / Get / Get Many / Rotate / Delete, the same one-time secret) and like
 * Connection Schema beside Connection: Get Many lists every user's keys, not one user's.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as rotate from './rotate.operation';

export const operations: Record<string, OperationModule> = {
	create,
	delete: del,
	get,
	getMany,
	rotate,
};

export const description: INodeProperties[] = [
	{
		displayName:
			"Only a regular user (a person) can create, rotate or delete API keys: Fivetran refuses these for a service account's key and for system keys.",
		name: 'userApiKeyRegularUserNotice',
		type: 'notice',
		default: '',
		displayOptions: {
			show: { resource: ['userApiKey'], operation: ['create', 'delete', 'rotate'] },
		},
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['userApiKey'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an API key for a user',
				description:
					'Create an API key for a user, usually a service account; outputs its secret once as secretShownOnce, which must be stored immediately',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete the API keys of a user',
				description:
					'Permanently deletes every API key of a user; anything still using them loses access at once. Cannot be undone.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get the API key of a user',
				description: "Get a user's API key: its key value, status and expiry (never its secret)",
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many user API keys',
				description:
					'List the API keys of all users of the account, optionally only people or service accounts (never their secrets)',
			},
			{
				name: 'Rotate',
				value: 'rotate',
				action: 'Rotate the API key of a user',
				description:
					"Replace the secret of a user's API key; with an overlap the old secret stays valid that many days. Outputs the new secret once as secretShownOnce.",
			},
		],
		default: 'getMany',
	},
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...rotate.description,
];
