/**
 * Role → Get Many: the catalog with `status` 'current' / 'deprecated' next to Fivetran's
 * is_deprecated and replacement_role_name, optional Scope / Status filters, and its failures.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { track } from '../../emulator/pagination';
import { onlyRequest, useEmulator } from '../../harness';
import { expectedRequest, jsonOf, pairedOf } from '../user/userTestKit';
import { describePagination } from '../team/paginationSuite';
import {
	accessCases,
	describeApiErrors,
	describeValidation,
	returnAll,
	runnerFor,
	runResource,
} from '../kit';

let emu: Emulator;

useEmulator({}, (started) => {
	emu = started;
});

/** The catalog as the node outputs it. */
function catalog(): IDataObject[] {
	return [...emu.state.roles.values()].map((role) => ({
		...role,
		status: role.is_deprecated ? 'deprecated' : 'current',
	}));
}

const runRoles = (parameters = {}) => runResource(emu, 'role', 'getMany', parameters);

describe('Role Get Many', () => {
	it('returns every role with its status', async () => {
		const { items } = await runRoles({ returnAll: true });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'GET', '/v1/roles', undefined, { limit: '1000' }),
		);
		expect(jsonOf(items)).toEqual(catalog());
		expect(pairedOf(items).every((paired) => JSON.stringify(paired) === '{"item":0}')).toBe(true);
	});

	it('marks a deprecated role and names its replacement', async () => {
		const { items } = await runRoles({ returnAll: true });

		const byName = Object.fromEntries(jsonOf(items).map((role) => [role.name, role]));
		expect(byName['Connector Administrator']).toMatchObject({
			is_deprecated: true,
			replacement_role_name: 'Manage Connection',
			status: 'deprecated',
		});
		expect(byName['Manage Connection']).toMatchObject({
			is_deprecated: false,
			replacement_role_name: null,
			status: 'current',
		});
	});

	it('Limit asks Fivetran for that many roles', async () => {
		const { items } = await runRoles({ returnAll: false, limit: 3 });

		expect(onlyRequest(emu).query).toEqual({ limit: '3' });
		expect(jsonOf(items)).toEqual(catalog().slice(0, 3));
	});

	it('Status Deprecated keeps only deprecated roles', async () => {
		const { items } = await runRoles({ returnAll: true, filters: { status: 'deprecated' } });

		expect(jsonOf(items).map((role) => [role.name, role.replacement_role_name])).toEqual([
			['Destination Administrator', 'Manage Destination'],
			['Connector Administrator', 'Manage Connection'],
		]);
	});

	it('a filter reads every page and applies Limit to the matching roles', async () => {
		const { items } = await runRoles({
			returnAll: false,
			limit: 2,
			filters: { scope: 'CONNECTOR', status: 'current' },
		});

		// Not limit=2: the first two roles of the catalog are account roles.
		expect(onlyRequest(emu).query).toEqual({ limit: '1000' });
		expect(jsonOf(items).map((role) => role.name)).toEqual([
			'Manage Connection',
			'Edit Connection',
		]);
	});
});

describeApiErrors(() => emu, runnerFor('role'), [
	...accessCases(() => emu, 'getMany', returnAll, 'ROLES_READ'),
]);

describeValidation(() => emu, runnerFor('role'), [
	{
		rule: 'Limit must be a whole number of at least 1',
		operation: 'getMany',
		parameters: () => ({ returnAll: false, limit: '={{ 1.5 }}' }),
		message: "'Limit' must be a whole number of at least 1",
	},
]);

describe('with more than a page of roles', () => {
	beforeAll(() => {
		for (let index = 0; index < 1200; index++) {
			const name = `Custom Role ${index}`;
			emu.state.roles.set(
				name,
				track({
					name,
					description: 'A custom role',
					scope: ['CONNECTOR' as const],
					is_custom: true,
					is_deprecated: false,
					replacement_role_name: null,
				}),
			);
		}
	});

	describePagination(() => emu, {
		resource: 'role',
		operation: 'getMany',
		path: '/v1/roles',
		expected: catalog,
	});
});
