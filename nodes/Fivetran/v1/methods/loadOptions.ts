/** Options for `options` / `multiOptions` fields (typeOptions.loadOptionsMethod). */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { fivetranApiRequestAllItems, type ListRequest } from '../../../shared/transport';

function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

async function allRecords(
	context: ILoadOptionsFunctions,
	request: ListRequest,
): Promise<IDataObject[]> {
	return await fivetranApiRequestAllItems.call(context, request, { returnAll: true });
}

function byName(a: INodePropertyOptions, b: INodePropertyOptions): number {
	return a.name.localeCompare(b.name);
}

export async function getGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const groups = await allRecords(this, { path: '/v1/groups' });
	return groups
		.map((group) => ({ name: text(group.name) || text(group.id), value: text(group.id) }))
		.sort(byName);
}

/** Services for "Create Connection": value is the service id (e.g. google_sheets). */
export async function getConnectorTypes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const types = await allRecords(this, { path: '/v1/metadata/connector-types' });
	return types
		.map((type) => ({
			name: text(type.name) || text(type.id),
			value: text(type.id),
			description: text(type.description) || undefined,
		}))
		.sort(byName);
}

/** Fivetran's role scopes (GET /v1/roles `scope`): where a role can be assigned. */
type RoleScope = 'ACCOUNT' | 'DESTINATION' | 'CONNECTOR' | 'TEAM';

/** `scope` is a list on Fivetran; a single string is accepted too. */
function appliesTo(role: IDataObject, scope: RoleScope): boolean {
	const scopes: unknown[] = Array.isArray(role.scope) ? role.scope : [role.scope];
	return scopes.includes(scope);
}

/** Roles as options, current ones first; deprecated roles say which role replaces them. */
async function roleOptions(
	context: ILoadOptionsFunctions,
	scope?: RoleScope,
): Promise<INodePropertyOptions[]> {
	const roles = await allRecords(context, { path: '/v1/roles' });
	const options = roles
		.filter((role) => scope === undefined || appliesTo(role, scope))
		.map((role) => {
			const name = text(role.name);
			const deprecated = role.is_deprecated === true;
			const replacement = text(role.replacement_role_name);
			const label = deprecated
				? `${name} (deprecated${replacement ? `, use ${replacement}` : ''})`
				: name;
			return {
				option: { name: label, value: name, description: text(role.description) || undefined },
				deprecated,
			};
		});
	const current = options.filter((entry) => !entry.deprecated).map((entry) => entry.option);
	const deprecated = options.filter((entry) => entry.deprecated).map((entry) => entry.option);
	return [...current.sort(byName), ...deprecated.sort(byName)];
}

/** Account roles: User Invite / Update and the team's account role. */
export async function getAccountRoles(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await roleOptions(this, 'ACCOUNT');
}

/** Roles on a group (Fivetran calls its scope DESTINATION): Group > Add User. */
export async function getDestinationRoles(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await roleOptions(this, 'DESTINATION');
}

/** The scope of a membership's role, by Membership Type (User and Team memberships). */
const MEMBERSHIP_ROLE_SCOPES: Record<string, RoleScope> = {
	connection: 'CONNECTOR',
	group: 'DESTINATION',
	user: 'TEAM',
};

/** Roles for the membership being edited; every role if Membership Type is not known. */
export async function getMembershipRoles(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const membershipType = this.getCurrentNodeParameter('membershipType');
	const scope =
		typeof membershipType === 'string' ? MEMBERSHIP_ROLE_SCOPES[membershipType] : undefined;
	return await roleOptions(this, scope);
}
