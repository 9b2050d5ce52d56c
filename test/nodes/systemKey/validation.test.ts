/**
 * Every System Key validation rule through a workflow run: the message users see, and
 * nothing sent to Fivetran (the emulator's request log stays empty).
 */
import { byId, useEmulator } from '../../harness';
import { EVERY_CONNECTOR, FILTER_MATRIX } from '../../reliability/filterMatrix';
import { firstKey, runSystemKey, type Emulator } from './systemKeyKit';

let emu: Emulator;
useEmulator({ systemKeys: 1 }, (started) => {
	emu = started;
});

/** Create parameters with one valid builder permission, so each case breaks exactly one rule. */
function createParameters(overrides: Record<string, unknown>) {
	return {
		name: 'valid_name',
		permissionsInput: 'builder',
		permissions: { permission: [{ resourceType: 'CONNECTOR', accessLevel: 'READ' }] },
		...overrides,
	};
}

function builder(...rows: Array<Record<string, string>>) {
	return { permissionsInput: 'builder', permissions: { permission: rows } };
}

function json(text: string) {
	return { permissionsInput: 'json', permissionsJson: text };
}

const NAME_RULE =
	'it must start with a letter or an underscore and contain only letters, numbers and underscores (e.g. "ci_reader")';

const createCases: Array<[string, Record<string, unknown>, string]> = [
	[
		'a name starting with a digit',
		{ name: '1st_key' },
		`System key name "1st_key" is not valid: ${NAME_RULE}`,
	],
	[
		'a name with a hyphen',
		{ name: 'ci-reader' },
		`System key name "ci-reader" is not valid: ${NAME_RULE}`,
	],
	['an empty name', { name: '  ' }, 'Enter a name for the system key (e.g. "ci_reader")'],
	[
		'an unknown expiration period',
		{ expirationPeriod: 'TWO_WEEKS' },
		'Expiration period "TWO_WEEKS" is not valid. Use one of: ONE_WEEK, ONE_MONTH, THREE_MONTHS, SIX_MONTHS, INFINITE',
	],
	[
		'no permission in the builder',
		{ permissions: {} },
		'Add at least one permission: Fivetran requires a system key to have permissions',
	],
	[
		'an unknown resource type',
		builder({ resourceType: 'PROXY', accessLevel: 'READ' }),
		'Permission 1: resource type "PROXY" is not valid. Use one of: ACCOUNT, USER, WEBHOOK, TEAM, ROLES, DESTINATION, TRANSFORMATION, REMOTE_EXECUTION_AGENT, CONNECTOR',
	],
	[
		'an unknown access level',
		builder({ resourceType: 'USER', accessLevel: 'WRITE' }),
		'Permission 1: access level "WRITE" is not valid. Use one of: NONE, READ, MANAGE',
	],
	// Permissions never fail open: the rows of MATRIX.md's empty-filter table.
	...FILTER_MATRIX.map((row): [string, Record<string, unknown>, string] => [
		row.name,
		row.parameters,
		row.message,
	]),
	[
		'JSON that does not parse',
		json('[{"resource_type": "USER",}]'),
		"'Permissions (JSON)' is not valid JSON",
	],
	['empty JSON', json(' '), "'Permissions (JSON)' is empty: enter a JSON array of permissions"],
	[
		'JSON that is not an array',
		json('{"resource_type": "USER", "access_level": "READ"}'),
		'Permissions (JSON) must be a JSON array of permissions, e.g. [{"resource_type": "CONNECTOR", "access_level": "READ"}]',
	],
	[
		'an empty JSON array',
		json('[]'),
		'Add at least one permission: Fivetran requires a system key to have permissions',
	],
	[
		'camelCase JSON fields',
		json('[{"resourceType": "USER", "accessLevel": "READ"}]'),
		'Permission 1: unknown field "resourceType", "accessLevel". Allowed fields: resource_type, access_level, resource_filter',
	],
	[
		'a JSON filter outside its types',
		json(
			'[{"resource_type": "WEBHOOK", "access_level": "READ", "resource_filter": {"group_ids": ["g1"]}}]',
		),
		'Permission 1: group IDs can only be set for CONNECTOR and TRANSFORMATION permissions, not WEBHOOK; remove them',
	],
];

describe('Create', () => {
	it.each(createCases)('refuses %s before sending anything', async (_case, overrides, message) => {
		const { items, error } = await runSystemKey(emu, 'create', createParameters(overrides));

		expect(error?.message).toContain(message);
		expect(error?.context?.itemIndex).toBe(0);
		expect(items).toEqual([]);
		expect(emu.requestLog.entries).toEqual([]);
	});

	it('does not send a filter left in a row whose type does not take it (n8n drops hidden fields)', async () => {
		const { error } = await runSystemKey(
			emu,
			'create',
			createParameters({
				name: 'hidden_filter',
				...builder({
					resourceType: 'USER',
					accessLevel: 'READ',
					resourceIds: 'u1',
					groupIds: 'g1',
				}),
			}),
		);

		expect(error).toBeUndefined();
		expect((emu.requestLog.entries[0].body as { permissions: unknown }).permissions).toEqual([
			{ resource_type: 'USER', access_level: 'READ' },
		]);
	});

	it('names the JSON syntax problem', async () => {
		const { error } = await runSystemKey(
			emu,
			'create',
			createParameters(json('[{"resource_type": "USER",}]')),
		);

		expect(error?.message).toMatch(
			/^'Permissions \(JSON\)' is not valid JSON: fix the syntax \(check quotes, commas and brackets\)$/,
		);
	});

	it('with Continue On Fail, outputs the message for the invalid item and creates the valid one', async () => {
		const { items, error } = await runSystemKey(
			emu,
			'create',
			createParameters({ name: '={{ $json.name }}' }),
			{ inputItems: [{ name: 'bad name' }, { name: 'good_name' }], continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.error ?? item.json.name, item.pairedItem])).toEqual([
			[`System key name "bad name" is not valid: ${NAME_RULE}`, { item: 0 }],
			['good_name', { item: 1 }],
		]);
		expect(emu.requestLog.entries.map((entry) => (entry.body as { name: string }).name)).toEqual([
			'good_name',
		]);
	});
});

describe('Update', () => {
	it('refuses a call that changes nothing', async () => {
		const { error } = await runSystemKey(emu, 'update', {
			systemKeyId: byId(firstKey(emu).id),
			name: '',
			permissionsInput: 'keep',
		});

		expect(error?.message).toBe(
			'Nothing to update: enter a New Name or set Permissions Input to Builder or JSON',
		);
		expect(emu.requestLog.entries).toEqual([]);
	});

	it('checks the new name and the new permissions', async () => {
		const key = byId(firstKey(emu).id);
		const badName = await runSystemKey(emu, 'update', {
			systemKeyId: key,
			name: 'new name',
			permissionsInput: 'keep',
		});
		const noPermission = await runSystemKey(emu, 'update', {
			systemKeyId: key,
			name: '',
			...json('[]'),
		});

		const emptyIds = await runSystemKey(emu, 'update', {
			systemKeyId: key,
			name: '',
			...builder({ resourceType: 'CONNECTOR', accessLevel: 'READ', resourceIds: '={{ "" }}' }),
		});

		expect(badName.error?.message).toBe(`System key name "new name" is not valid: ${NAME_RULE}`);
		expect(emptyIds.error?.message).toBe(`Permission 1: Resource IDs ${EVERY_CONNECTOR}`);
		expect(noPermission.error?.message).toBe(
			'Add at least one permission: Fivetran requires a system key to have permissions',
		);
		expect(emu.requestLog.entries).toEqual([]);
	});
});

describe('System Key ID', () => {
	it.each([
		['get', {}],
		['delete', {}],
		['rotate', { expirationPeriod: 'INFINITE' }],
		['update', { name: 'valid_name', permissionsInput: 'keep' }],
	])('%s refuses a blank or dot-only ID', async (operation, parameters) => {
		// An empty ID never gets this far: n8n itself stops on the required parameter.
		for (const id of ['   ', '.', '..']) {
			const { error } = await runSystemKey(emu, operation, {
				systemKeyId: byId(id),
				...parameters,
			});

			expect(error?.message).toMatch(
				/^'System Key' (is empty: pick one from the list or enter its ID|cannot be "\.\.?": enter a real ID)$/,
			);
		}
		expect(emu.requestLog.entries).toEqual([]);
	});
});

describe('Rotate', () => {
	it('refuses an unknown expiration period', async () => {
		const { error } = await runSystemKey(emu, 'rotate', {
			systemKeyId: byId(firstKey(emu).id),
			expirationPeriod: 'FOREVER',
		});

		expect(error?.message).toBe(
			'Expiration period "FOREVER" is not valid. Use one of: ONE_WEEK, ONE_MONTH, THREE_MONTHS, SIX_MONTHS, INFINITE',
		);
		expect(emu.requestLog.entries).toEqual([]);
	});
});
