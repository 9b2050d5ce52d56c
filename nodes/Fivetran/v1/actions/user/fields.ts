/**
 * Field builders shared by the User operations, so each operation file only lists what it
 * needs and every operation spells a field the same way.
 */
import type { INodeProperties } from 'n8n-workflow';

import { operationFieldsFor } from '../../helpers/operationFields';
import { connectionLocator, groupLocator, userLocator } from '../../../../shared/descriptions';

export type MembershipType = 'connection' | 'group';

/** An operation's fields, shown only for resource User and that operation. */
export const userOperationFields = operationFieldsFor('user');

/** The user the operation acts on ("From List" or "By ID"). */
export const userIdField: INodeProperties = {
	...userLocator,
	name: 'userId',
	required: true,
	description: 'The user to act on',
};

export const membershipTypeField: INodeProperties = {
	displayName: 'Membership Type',
	name: 'membershipType',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Connection',
			value: 'connection',
			description: "The user's role on a single connection",
		},
		{
			name: 'Group',
			value: 'group',
			description: "The user's role on a group: a destination and all its connections",
		},
	],
	default: 'connection',
	description: 'Whether the membership is on a connection or on a group (destination)',
};

/** A membership's connection, group or user locator, shown for its Membership Type. */
export function membershipTargetField(
	locator: INodeProperties,
	membershipType: string,
): INodeProperties {
	return {
		...locator,
		required: true,
		displayOptions: { show: { membershipType: [membershipType] } },
	};
}

/** The connection or group the membership is on, depending on Membership Type. */
export const membershipTargetFields: INodeProperties[] = [
	membershipTargetField(connectionLocator, 'connection'),
	membershipTargetField(groupLocator, 'group'),
];

/**
 * A role picker backed by a role load-options method (GET /v1/roles, by default the roles for
 * the chosen Membership Type). Roles are free strings on Fivetran, so an expression can name
 * any role, including custom ones.
 */
export function roleField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Role Name or ID',
		name: 'role',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getMembershipRoles',
			loadOptionsDependsOn: ['membershipType'],
		},
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		...overrides,
	};
}

/** The membership role, e.g. "Manage Connection" or "Manage Destination". */
export const membershipRoleField: INodeProperties = roleField({ required: true });

/** User, Membership Type and the connection or group: the fields that name one membership. */
export const membershipFields: INodeProperties[] = [
	userIdField,
	membershipTypeField,
	...membershipTargetFields,
];

export const givenNameField: INodeProperties = {
	displayName: 'Given Name',
	name: 'givenName',
	type: 'string',
	default: '',
	description: "The user's first name",
};

export const familyNameField: INodeProperties = {
	displayName: 'Family Name',
	name: 'familyName',
	type: 'string',
	default: '',
	description: "The user's last name",
};

export const phoneField: INodeProperties = {
	displayName: 'Phone',
	name: 'phone',
	type: 'string',
	default: '',
	placeholder: '+15555555555',
	description: "The user's phone number",
};

export const pictureField: INodeProperties = {
	displayName: 'Picture URL',
	name: 'picture',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/avatar.png',
	description: "URL (or data URI) of the user's avatar",
};

/** The account role option of Invite and Update, e.g. "Account Reviewer". */
export const accountRoleOption: INodeProperties = roleField({
	typeOptions: { loadOptionsMethod: 'getAccountRoles' },
});
