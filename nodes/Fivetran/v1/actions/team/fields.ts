/**
 * Field builders shared by the Team operations, so each operation file only lists what it
 * needs and every operation spells a field the same way.
 */
import type { INodeProperties } from 'n8n-workflow';

import { operationFieldsFor } from '../../helpers/operationFields';
import { connectionLocator, groupLocator, teamLocator, userLocator } from '../../../../shared/descriptions';
import { membershipTargetField, roleField } from '../user/fields';

export type TeamMembershipType = 'user' | 'group' | 'connection';

/** An operation's fields, shown only for resource Team and that operation. */
export const teamOperationFields = operationFieldsFor('team');

/** The team the operation acts on ("From List" or "By ID"). */
export const teamIdField: INodeProperties = {
	...teamLocator,
	name: 'teamId',
	required: true,
	description: 'The team to act on',
};

export const teamMembershipTypeField: INodeProperties = {
	displayName: 'Membership Type',
	name: 'membershipType',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Connection',
			value: 'connection',
			description: "The team's role on a single connection",
		},
		{
			name: 'Group',
			value: 'group',
			description: "The team's role on a group: a destination and all its connections",
		},
		{
			name: 'User',
			value: 'user',
			description: 'A user who belongs to the team, with their role in it',
		},
	],
	default: 'user',
	description:
		"Whether the membership is a team member (user), or the team's role on a connection or group",
};

/** The user, connection or group the membership is about, depending on Membership Type. */
const membershipTargetFields: INodeProperties[] = [
	membershipTargetField(userLocator, 'user'),
	membershipTargetField(connectionLocator, 'connection'),
	membershipTargetField(groupLocator, 'group'),
];

/** Team, Membership Type and the user, connection or group: the fields that name one membership. */
export const teamMembershipFields: INodeProperties[] = [
	teamIdField,
	teamMembershipTypeField,
	...membershipTargetFields,
];

/** The membership role, e.g. "Team Member", "Manage Connection" or "Manage Destination". */
export const teamMembershipRoleField: INodeProperties = roleField({
	required: true,
	description:
		'The role, e.g. Team Member or Team Manager for users, Manage Connection for connections, Manage Destination for groups. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
});

export const teamNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Data Engineering',
	description: 'The team name; unique in the account',
};

export const teamDescriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	description: 'What the team is for',
};

/** The team's account-level role, e.g. "Account Reviewer". */
export const teamAccountRoleField: INodeProperties = roleField({
	displayName: 'Account Role Name or ID',
	typeOptions: { loadOptionsMethod: 'getAccountRoles' },
	description:
		'The role every team member gets on the account. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
});
