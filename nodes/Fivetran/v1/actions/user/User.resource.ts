/**
 * The User resource: account users, their account role and their connection / group
 * memberships (Fivetran API "User Management", fivetran-api.md section 2).
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as addMembership from './addMembership.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getMembership from './getMembership.operation';
import * as getMemberships from './getMemberships.operation';
import * as invite from './invite.operation';
import * as offboard from './offboard.operation';
import * as removeAccountRole from './removeAccountRole.operation';
import * as removeMembership from './removeMembership.operation';
import * as update from './update.operation';
import * as updateMembership from './updateMembership.operation';

export const operations: Record<string, OperationModule> = {
	addMembership,
	delete: del,
	get,
	getMany,
	getMembership,
	getMemberships,
	invite,
	offboard,
	removeAccountRole,
	removeMembership,
	update,
	updateMembership,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Add Membership',
				value: 'addMembership',
				action: 'Add a user to a connection or group',
				description: 'Give a user a role on a connection or on a group (destination)',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a user',
				description: 'Permanently deletes a user from the Fivetran account; this cannot be undone',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				description: 'Get a user by ID',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many users',
				description:
					'List the users of the account, optionally by status, user type or whether they have an API key',
			},
			{
				name: 'Get Membership',
				value: 'getMembership',
				action: 'Get a user membership',
				description: "Get a user's role on one connection or group",
			},
			{
				name: 'Invite',
				value: 'invite',
				action: 'Invite a user',
				description:
					'Invite a person to the account by email, or create a service account (no invitation)',
			},
			{
				name: 'List Memberships',
				value: 'getMemberships',
				action: 'List user memberships',
				description: 'List the connections or groups a user has a role on',
			},
			{
				name: 'Offboard',
				value: 'offboard',
				action: 'Offboard a user',
				description:
					'Removes all connection, group and team memberships of a user, then permanently deletes the user; reports each step. Cannot be undone.',
			},
			{
				name: 'Remove Account Role',
				value: 'removeAccountRole',
				action: 'Remove the account role of a user',
				description:
					"Removes the user's account-level role; the user stays in the account with their memberships",
			},
			{
				name: 'Remove Membership',
				value: 'removeMembership',
				action: 'Remove a user from a connection or group',
				description: "Removes the user's role on a connection or group; the user loses that access",
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				description: "Update a user's name, phone, picture or account role",
			},
			{
				name: 'Update Membership Role',
				value: 'updateMembership',
				action: 'Update the role of a user membership',
				description: "Change a user's role on a connection or group",
			},
		],
		default: 'getMany',
	},
	...addMembership.description,
	...del.description,
	...get.description,
	...getMany.description,
	...getMembership.description,
	...getMemberships.description,
	...invite.description,
	...offboard.description,
	...removeAccountRole.description,
	...removeMembership.description,
	...update.description,
	...updateMembership.description,
];
