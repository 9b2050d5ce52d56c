/**
 * The Group resource: groups (a destination and its connections share the group's ID), their
 * users, connections, public key and service account (fivetran-api.md section 5).
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as addUser from './addUser.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getConnections from './getConnections.operation';
import * as getMany from './getMany.operation';
import * as getPublicKey from './getPublicKey.operation';
import * as getServiceAccount from './getServiceAccount.operation';
import * as getUsers from './getUsers.operation';
import * as removeUser from './removeUser.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = {
	addUser,
	create,
	delete: del,
	get,
	getConnections,
	getMany,
	getPublicKey,
	getServiceAccount,
	getUsers,
	removeUser,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['group'] } },
		options: [
			{
				name: 'Add User',
				value: 'addUser',
				action: 'Add a user to a group',
				description: 'Give an existing user, found by email, a role on a group',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a group',
				description: 'Create a group; add its destination with Destination > Create',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a group',
				description:
					'Permanently deletes a group with its destination, webhooks and memberships; cannot be undone. Fivetran refuses while the group still has connections.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a group',
				description: 'Get a group by ID',
			},
			{
				name: 'Get Connections',
				value: 'getConnections',
				action: 'Get the connections of a group',
				description: 'List the connections (connectors) that load into a group',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many groups',
				description: 'List the groups of the account',
			},
			{
				name: 'Get Public Key',
				value: 'getPublicKey',
				action: 'Get the public key of a group',
				description: 'Get the public SSH key Fivetran uses for SSH tunnels into this group',
			},
			{
				name: 'Get Service Account',
				value: 'getServiceAccount',
				action: 'Get the service account of a group',
				description: 'Get the Google Cloud service account Fivetran uses for this group',
			},
			{
				name: 'Get Users',
				value: 'getUsers',
				action: 'Get the users of a group',
				description: 'List the users who have a role on a group',
			},
			{
				name: 'Remove User',
				value: 'removeUser',
				action: 'Remove a user from a group',
				description: "Removes a user's role on a group; the user loses that access",
			},
			{
				name: 'Rename',
				value: 'update',
				action: 'Rename a group',
				description: 'Change the name of a group',
			},
		],
		default: 'getMany',
	},
	...addUser.description,
	...create.description,
	...del.description,
	...get.description,
	...getConnections.description,
	...getMany.description,
	...getPublicKey.description,
	...getServiceAccount.description,
	...getUsers.description,
	...removeUser.description,
	...update.description,
];
