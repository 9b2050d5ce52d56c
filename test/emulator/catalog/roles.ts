/**
 * The emulator's static role catalog (GET /v1/roles) and the role-name check used wherever a
 * role is assigned (users, groups, teams).
 *
 * Names and scopes follow the 2026 spec examples; the deprecated entries are the older names
 * that go-fivetran's live e2e tests still used, each pointing at its replacement, as Fivetran's
 * `is_deprecated` / `replacement_role_name` fields do. Deprecated names are still accepted when
 * assigning (clients written against the old names keep working).
 */
import { invalidInput } from '../respond';
import type { EmulatorState, RoleRecord } from '../state';

export type RoleScope = RoleRecord['scope'][number];

function role(
	name: string,
	scope: RoleScope,
	description: string,
	replacement: string | null = null,
): RoleRecord {
	return {
		name,
		description,
		scope: [scope],
		is_custom: false,
		is_deprecated: replacement !== null,
		replacement_role_name: replacement,
	};
}

export const ROLE_CATALOG: readonly RoleRecord[] = [
	role(
		'Account Administrator',
		'ACCOUNT',
		'Full access to the account, its users, billing and settings',
	),
	role(
		'Account Analyst',
		'ACCOUNT',
		'Can view and edit destinations and connections, read-only on the account',
	),
	role(
		'Account Reviewer',
		'ACCOUNT',
		'Read-only access to the account, destinations and connections',
	),
	role('Account Billing', 'ACCOUNT', 'Can manage billing and view usage'),
	role('Manage Destination', 'DESTINATION', 'Full access to a destination and its connections'),
	role('Edit Destination', 'DESTINATION', 'Can edit a destination and its connections'),
	role('View Destination', 'DESTINATION', 'Read-only access to a destination and its connections'),
	role('Create Connection', 'DESTINATION', 'Can create connections in a destination'),
	role('Destination Administrator', 'DESTINATION', 'Deprecated', 'Manage Destination'),
	role('Manage Connection', 'CONNECTOR', 'Full access to a connection'),
	role('Edit Connection', 'CONNECTOR', 'Can edit a connection'),
	role('View Connection', 'CONNECTOR', 'Read-only access to a connection'),
	role('Connector Administrator', 'CONNECTOR', 'Deprecated', 'Manage Connection'),
	role('Team Manager', 'TEAM', 'Can manage the team and its members'),
	role('Team Member', 'TEAM', 'Member of the team'),
];

/** Fills `state.roles` from the catalog (called by the seeder). */
export function seedRoles(state: EmulatorState): void {
	for (const record of ROLE_CATALOG) {
		state.roles.set(record.name, { ...record, scope: [...record.scope] });
	}
}

/** True when `name` is a role of the state's catalog that applies to `scope`. */
export function isKnownRole(state: EmulatorState, name: string, scope: RoleScope): boolean {
	const record = state.roles.get(name);
	return record !== undefined && record.scope.includes(scope);
}

/** A role name from a request body, checked against the catalog; 400 InvalidInput otherwise. */
export function requireRole(state: EmulatorState, value: unknown, scope: RoleScope): string {
	if (typeof value !== 'string' || value.trim() === '') {
		throw invalidInput(`Field 'role' is required`);
	}
	if (!isKnownRole(state, value, scope)) {
		throw invalidInput(`Invalid role '${value}' for scope ${scope}`);
	}
	return value;
}
