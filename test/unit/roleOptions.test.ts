/**
 * The role pickers: each load-options method lists only the roles of its scope (GET /v1/roles
 * `scope`), current roles first by name, deprecated ones after them naming their replacement.
 * The membership picker follows Membership Type.
 */
import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import * as loadOptions from '../../nodes/Fivetran/v1/methods/loadOptions';
import { startEmulator, type Emulator } from '../emulator';
import { emulatorCredentials, methodContext } from '../harness';

let emu: Emulator;

beforeAll(async () => {
	emu = await startEmulator({ seed: { users: 1 } });
	// A custom role that applies to two scopes, as Fivetran's `scope` list allows.
	emu.state.roles.set('Auditor', {
		name: 'Auditor',
		description: 'Custom: reads the account and its teams',
		scope: ['ACCOUNT', 'TEAM'],
		is_custom: true,
		is_deprecated: false,
		replacement_role_name: null,
	});
});
afterAll(async () => {
	await emu.close();
});

/** The emulator's method context, with the node's current Membership Type. */
function context(membershipType?: string): ILoadOptionsFunctions {
	return methodContext(emulatorCredentials(emu), { membershipType });
}

const names = (options: INodePropertyOptions[]) => options.map((option) => option.name);
const values = (options: INodePropertyOptions[]) => options.map((option) => option.value);

const ACCOUNT_ROLES = [
	'Account Administrator',
	'Account Analyst',
	'Account Billing',
	'Account Reviewer',
	'Auditor',
];
const DESTINATION_ROLES = [
	'Create Connection',
	'Edit Destination',
	'Manage Destination',
	'View Destination',
	'Destination Administrator (deprecated, use Manage Destination)',
];
const CONNECTOR_ROLES = [
	'Edit Connection',
	'Manage Connection',
	'View Connection',
	'Connector Administrator (deprecated, use Manage Connection)',
];
const TEAM_ROLES = ['Auditor', 'Team Manager', 'Team Member'];

it('getAccountRoles lists the account roles only, including multi-scope custom ones', async () => {
	const roles = await loadOptions.getAccountRoles.call(context());

	expect(names(roles)).toEqual(ACCOUNT_ROLES);
	expect(roles[0]).toEqual({
		name: 'Account Administrator',
		value: 'Account Administrator',
		description: 'Full access to the account, its users, billing and settings',
	});
});

it('getDestinationRoles lists group roles, the deprecated one last with its value unchanged', async () => {
	const roles = await loadOptions.getDestinationRoles.call(context());

	expect(names(roles)).toEqual(DESTINATION_ROLES);
	expect(values(roles).at(-1)).toBe('Destination Administrator');
});

it.each([
	{ membershipType: 'connection', expected: CONNECTOR_ROLES },
	{ membershipType: 'group', expected: DESTINATION_ROLES },
	{ membershipType: 'user', expected: TEAM_ROLES },
])(
	'getMembershipRoles for Membership Type $membershipType lists its scope',
	async ({ membershipType, expected }) => {
		const roles = await loadOptions.getMembershipRoles.call(context(membershipType));

		expect(names(roles)).toEqual(expected);
	},
);

it('getMembershipRoles lists every role while Membership Type is unknown', async () => {
	const roles = await loadOptions.getMembershipRoles.call(context());

	expect(roles).toHaveLength(emu.state.roles.size);
	expect(new Set(roles.map((role) => role.value))).toEqual(new Set(emu.state.roles.keys()));
});
