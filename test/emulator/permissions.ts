/**
 * Permission scoping of user keys (by account role) and system keys (by their permissions).
 *
 * - A user key of an Account Administrator may do anything; other users may only READ.
 * - A system key may act when one of its permissions has the route's resource type and
 *   access level MANAGE (or READ for READ access); NONE refuses. A `resource_filter`
 *   (`ids`, `group_ids`) limits it to the listed resources or groups: single-resource routes
 *   are refused outside it, list routes show only what it covers (see `visible`). A NONE
 *   permission with a filter excludes what it covers from any grant of its type (`excluded`).
 * - `adminUserKeyOnly` routes (system-key management) take only an administrator's user key.
 */
import { forbidden } from './respond';
import type { SystemKeyPermission } from './state';
import type { Route, RouteContext, RoutePermission } from './types';

export const ACCOUNT_ADMINISTRATOR = 'Account Administrator';

type ResourceType = RoutePermission['resourceType'];
type Access = RoutePermission['access'];
export interface PermissionTarget {
	id?: string;
	groupId?: string;
}

function isAdministrator(ctx: RouteContext): boolean {
	return (
		ctx.caller.kind === 'user' && ctx.state.users.get(ctx.caller.id)?.role === ACCOUNT_ADMINISTRATOR
	);
}

function grants(
	permission: SystemKeyPermission,
	resourceType: ResourceType,
	access: Access,
): boolean {
	if (permission.resource_type !== resourceType) return false;
	return (
		permission.access_level === 'MANAGE' ||
		(access === 'READ' && permission.access_level === 'READ')
	);
}

/** True when the filter (if any) covers the target. An empty filter covers everything. */
function covers(permission: SystemKeyPermission, target: PermissionTarget): boolean {
	const ids = permission.resource_filter?.ids;
	const groupIds = permission.resource_filter?.group_ids;
	const filtered = (ids?.length ?? 0) > 0 || (groupIds?.length ?? 0) > 0;
	if (!filtered) return true;
	return (
		(target.id !== undefined && (ids ?? []).includes(target.id)) ||
		(target.groupId !== undefined && (groupIds ?? []).includes(target.groupId))
	);
}

function systemKeyPermissions(ctx: RouteContext): SystemKeyPermission[] {
	return ctx.state.systemKeys.get(ctx.caller.id)?.permissions ?? [];
}

/**
 * A NONE permission limited to some resources takes them out of a broader grant of the same
 * type: Fivetran's own create_system_key / update_system_key examples pair CONNECTOR MANAGE
 * (all) with CONNECTOR NONE for listed ids, "every connection except these".
 */
function excluded(
	permissions: SystemKeyPermission[],
	resourceType: ResourceType,
	target: PermissionTarget | undefined,
): boolean {
	if (target === undefined) return false;
	return permissions.some(
		(permission) =>
			permission.resource_type === resourceType &&
			permission.access_level === 'NONE' &&
			((permission.resource_filter?.ids?.length ?? 0) > 0 ||
				(permission.resource_filter?.group_ids?.length ?? 0) > 0) &&
			covers(permission, target),
	);
}

/**
 * May the caller see / touch this resource? For list handlers:
 * `items.filter((c) => visible(ctx, 'CONNECTOR', { id: c.id, groupId: c.group_id }))`.
 */
export function visible(
	ctx: RouteContext,
	resourceType: ResourceType,
	target: PermissionTarget,
	access: Access = 'READ',
): boolean {
	if (ctx.caller.kind === 'user') return true;
	const permissions = systemKeyPermissions(ctx);
	if (excluded(permissions, resourceType, target)) return false;
	return permissions.some(
		(permission) => grants(permission, resourceType, access) && covers(permission, target),
	);
}

function denied(resourceType: ResourceType, access: Access) {
	return forbidden(`Access denied. Required permission: ${resourceType}_${access}`);
}

/** Throws 403 when the caller may not call this route. */
export function authorize(route: Route, ctx: RouteContext): void {
	if (route.adminUserKeyOnly) {
		if (!isAdministrator(ctx)) {
			throw forbidden(
				"Access denied. Only an Account Administrator's user key can manage system keys",
			);
		}
		return;
	}
	const required = route.permission;
	if (!required || isAdministrator(ctx)) return;
	if (ctx.caller.kind === 'user') {
		if (required.access === 'MANAGE') throw denied(required.resourceType, required.access);
		return;
	}
	const target = required.target?.(ctx);
	const permissions = systemKeyPermissions(ctx);
	const allowed =
		!excluded(permissions, required.resourceType, target) &&
		permissions.some(
			(permission) =>
				grants(permission, required.resourceType, required.access) &&
				(target === undefined || covers(permission, target)),
		);
	if (!allowed) throw denied(required.resourceType, required.access);
}
