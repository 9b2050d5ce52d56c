/**
 * The Team resource: teams, their account role, and their members (users) and roles on
 * connections and groups (fivetran-api.md section 5, "Teams").
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as addMembership from './addMembership.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getMembership from './getMembership.operation';
import * as getMemberships from './getMemberships.operation';
import * as removeMembership from './removeMembership.operation';
import * as update from './update.operation';
import * as updateMembership from './updateMembership.operation';

export const operations: Record<string, OperationModule> = {
	addMembership,
	create,
	delete: del,
	get,
	getMany,
	getMembership,
	getMemberships,
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
		displayOptions: { show: { resource: ['team'] } },
		options: [
			{
				name: 'Add Membership',
				value: 'addMembership',
				action: 'Add a member to a team',
				description:
					'Add a user to a team, or give the team a role on a connection or group (destination)',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a team',
				description: 'Create a team, optionally with an account role for its members',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a team',
				description:
					'Permanently deletes a team; its members lose the access the team gave them. Cannot be undone.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a team',
				description: 'Get a team by ID',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many teams',
				description: 'List the teams of the account',
			},
			{
				name: 'Get Membership',
				value: 'getMembership',
				action: 'Get a team membership',
				description: "Get one team member's role, or the team's role on one connection or group",
			},
			{
				name: 'List Memberships',
				value: 'getMemberships',
				action: 'List team memberships',
				description: "List a team's users, or the connections or groups it has a role on",
			},
			{
				name: 'Remove Membership',
				value: 'removeMembership',
				action: 'Remove a member from a team',
				description:
					"Removes a user from the team, or the team's role on a connection or group; that access is lost",
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a team',
				description: "Update a team's name, description or account role",
			},
			{
				name: 'Update Membership Role',
				value: 'updateMembership',
				action: 'Update the role of a team membership',
				description: "Change a team member's role, or the team's role on a connection or group",
			},
		],
		default: 'getMany',
	},
	...addMembership.description,
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...getMembership.description,
	...getMemberships.description,
	...removeMembership.description,
	...update.description,
	...updateMembership.description,
];
