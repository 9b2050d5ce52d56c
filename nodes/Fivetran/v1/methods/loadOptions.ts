/** Options for `options` / `multiOptions` fields (typeOptions.loadOptionsMethod). */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { fivetranApiRequestAllItems, type ListRequest } from '../transport';

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

/** Roles, current ones first; deprecated roles say which role replaces them. */
export async function getRoles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const roles = await allRecords(this, { path: '/v1/roles' });
	const options = roles.map((role) => {
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
