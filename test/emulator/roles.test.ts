import { startTestEmulator, type ApiCall } from './apiTestClient';
import { isKnownRole, ROLE_CATALOG, seedRoles } from './catalog/roles';
import type { Emulator } from './index';
import { EmulatorState } from './state';

describe('role catalog', () => {
	it('marks deprecated roles with their replacement, which is a current role of the same scope', () => {
		const byName = new Map(ROLE_CATALOG.map((role) => [role.name, role]));
		const deprecated = ROLE_CATALOG.filter((role) => role.is_deprecated);
		expect(deprecated.map((role) => [role.name, role.replacement_role_name])).toEqual([
			['Destination Administrator', 'Manage Destination'],
			['Connector Administrator', 'Manage Connection'],
		]);
		for (const role of deprecated) {
			const replacement = byName.get(role.replacement_role_name as string);
			expect(replacement).toMatchObject({ is_deprecated: false, scope: role.scope });
		}
		expect(
			ROLE_CATALOG.filter((role) => !role.is_deprecated).every(
				(role) => role.replacement_role_name === null,
			),
		).toBe(true);
	});

	it('checks role names by scope once seeded', () => {
		const state = new EmulatorState();
		expect(isKnownRole(state, 'Account Reviewer', 'ACCOUNT')).toBe(false);
		seedRoles(state);
		expect(isKnownRole(state, 'Account Reviewer', 'ACCOUNT')).toBe(true);
		expect(isKnownRole(state, 'Account Reviewer', 'DESTINATION')).toBe(false);
		expect(isKnownRole(state, 'Create Connection', 'DESTINATION')).toBe(true);
		expect(isKnownRole(state, 'Connector Administrator', 'CONNECTOR')).toBe(true);
		expect(isKnownRole(state, 'Team Manager', 'TEAM')).toBe(true);
		expect(isKnownRole(state, 'Superuser', 'ACCOUNT')).toBe(false);
	});
});

describe('GET /v1/roles', () => {
	let emu: Emulator;
	let api: ApiCall;

	beforeEach(async () => {
		({ emu, api } = await startTestEmulator());
	});

	afterEach(async () => {
		await emu.close();
	});

	it('lists the whole catalog in the API shape', async () => {
		const { status, body } = await api('GET', '/v1/roles?limit=1000');
		expect(status).toBe(200);
		expect(body.data?.items).toEqual(ROLE_CATALOG.map((role) => ({ ...role })));
		expect(body.data?.items?.[0]).toEqual({
			name: 'Account Administrator',
			description: expect.any(String),
			scope: ['ACCOUNT'],
			is_custom: false,
			is_deprecated: false,
			replacement_role_name: null,
		});
	});

	it('pages with limit and cursor', async () => {
		const first = await api('GET', '/v1/roles?limit=10');
		expect(first.body.data?.items).toHaveLength(10);
		const rest = await api(
			'GET',
			`/v1/roles?limit=10&cursor=${first.body.data?.next_cursor as string}`,
		);
		expect(rest.body.data?.items).toHaveLength(ROLE_CATALOG.length - 10);
		expect(rest.body.data?.next_cursor).toBeUndefined();
		expect((await api('GET', '/v1/roles?limit=0')).status).toBe(400);
	});
});
