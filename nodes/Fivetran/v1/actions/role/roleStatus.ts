/**
 * Deprecation of roles. Fivetran renames roles over time and keeps the old names working for a
 * while, marking them `is_deprecated` with a `replacement_role_name`. The node keeps both API
 * fields and adds `status`, so an IF node can test one plain value.
 */
import type { IDataObject } from 'n8n-workflow';

export type RoleStatus = 'current' | 'deprecated';

export function roleStatus(role: IDataObject): RoleStatus {
	return role.is_deprecated === true ? 'deprecated' : 'current';
}

/** A role as the node outputs it: the API's fields plus `status`. */
export function roleOutput(role: IDataObject): IDataObject {
	return {
		...role,
		is_deprecated: role.is_deprecated === true,
		replacement_role_name: role.replacement_role_name ?? null,
		status: roleStatus(role),
	};
}

export interface RoleFilters {
	scope?: string;
	status?: RoleStatus;
}

/** Whether a role passes the optional Scope and Status filters. */
export function matchesRoleFilters(role: IDataObject, filters: RoleFilters): boolean {
	if (filters.status !== undefined && roleStatus(role) !== filters.status) return false;
	if (filters.scope !== undefined) {
		const scopes = Array.isArray(role.scope) ? role.scope : [];
		if (!scopes.includes(filters.scope)) return false;
	}
	return true;
}
