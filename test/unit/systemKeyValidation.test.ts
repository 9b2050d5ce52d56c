import {
	permissionsFromBuilder,
	permissionsFromJson,
	splitIdList,
	SystemKeyInputError,
	validateExpirationPeriod,
	validateSystemKeyName,
} from '../../nodes/Fivetran/v1/helpers/systemKeyValidation';
import { CREATE_SYSTEM_KEY_EXAMPLE_PERMISSIONS } from '../support/systemKeyExamples';

/** The message a check throws, failing the test when it does not throw a SystemKeyInputError. */
function problemOf(check: () => unknown): string {
	try {
		check();
	} catch (error) {
		expect(error).toBeInstanceOf(SystemKeyInputError);
		return (error as Error).message;
	}
	throw new Error('expected the check to throw');
}

describe('validateSystemKeyName', () => {
	it.each(['ci_reader', '_private', 'A1', 'x'])('accepts %s', (name) => {
		expect(validateSystemKeyName(name)).toBe(name);
	});

	it('trims surrounding whitespace', () => {
		expect(validateSystemKeyName('  ci_reader ')).toBe('ci_reader');
	});

	it.each(['1st_key', 'my-key', 'my key', 'schlüssel', 'key.name'])(
		'refuses %s, explaining the rule',
		(name) => {
			expect(problemOf(() => validateSystemKeyName(name))).toBe(
				`System key name "${name}" is not valid: it must start with a letter or an underscore ` +
					'and contain only letters, numbers and underscores (e.g. "ci_reader")',
			);
		},
	);

	it.each(['', '   ', undefined, 42])('asks for a name when given %p', (name) => {
		expect(problemOf(() => validateSystemKeyName(name))).toBe(
			'Enter a name for the system key (e.g. "ci_reader")',
		);
	});
});

describe('validateExpirationPeriod', () => {
	it('accepts every documented period', () => {
		for (const period of ['ONE_WEEK', 'ONE_MONTH', 'THREE_MONTHS', 'SIX_MONTHS', 'INFINITE']) {
			expect(validateExpirationPeriod(period)).toBe(period);
		}
	});

	it('refuses anything else, listing the choices', () => {
		expect(problemOf(() => validateExpirationPeriod('one_week'))).toBe(
			'Expiration period "one_week" is not valid. Use one of: ONE_WEEK, ONE_MONTH, THREE_MONTHS, SIX_MONTHS, INFINITE',
		);
	});
});

describe('splitIdList', () => {
	it('splits on commas, trims and drops empty entries', () => {
		expect(splitIdList(' a, b,,c ,')).toEqual(['a', 'b', 'c']);
		expect(splitIdList('')).toEqual([]);
		expect(splitIdList(undefined)).toEqual([]);
	});
});

describe('permissionsFromBuilder', () => {
	it('maps rows to API permissions with filters only where given', () => {
		expect(
			permissionsFromBuilder([
				{ resourceType: 'CONNECTOR', accessLevel: 'MANAGE', resourceIds: 'c1, c2', groupIds: 'g1' },
				{ resourceType: 'DESTINATION', accessLevel: 'READ', resourceIds: '' },
				{ resourceType: 'TRANSFORMATION', accessLevel: 'NONE', groupIds: 'g2' },
				{ resourceType: 'ACCOUNT', accessLevel: 'READ' },
			]),
		).toEqual([
			{
				resource_type: 'CONNECTOR',
				access_level: 'MANAGE',
				resource_filter: { ids: ['c1', 'c2'], group_ids: ['g1'] },
			},
			{ resource_type: 'DESTINATION', access_level: 'READ' },
			{
				resource_type: 'TRANSFORMATION',
				access_level: 'NONE',
				resource_filter: { group_ids: ['g2'] },
			},
			{ resource_type: 'ACCOUNT', access_level: 'READ' },
		]);
	});

	it('requires at least one permission', () => {
		expect(problemOf(() => permissionsFromBuilder([]))).toBe(
			'Add at least one permission: Fivetran requires a system key to have permissions',
		);
	});

	it('refuses an unknown resource type or access level, naming the row', () => {
		expect(
			problemOf(() =>
				permissionsFromBuilder([
					{ resourceType: 'ACCOUNT', accessLevel: 'READ' },
					{ resourceType: 'PRIVATE_LINK', accessLevel: 'READ' },
				]),
			),
		).toBe(
			'Permission 2: resource type "PRIVATE_LINK" is not valid. Use one of: ACCOUNT, USER, WEBHOOK, TEAM, ROLES, DESTINATION, TRANSFORMATION, REMOTE_EXECUTION_AGENT, CONNECTOR',
		);
		expect(
			problemOf(() => permissionsFromBuilder([{ resourceType: 'USER', accessLevel: 'WRITE' }])),
		).toBe('Permission 1: access level "WRITE" is not valid. Use one of: NONE, READ, MANAGE');
		expect(problemOf(() => permissionsFromBuilder([{ resourceType: 'USER' }]))).toBe(
			'Permission 1: access level missing. Use one of: NONE, READ, MANAGE',
		);
	});

	it('refuses resource IDs outside DESTINATION and CONNECTOR', () => {
		expect(
			problemOf(() =>
				permissionsFromBuilder([
					{ resourceType: 'TRANSFORMATION', accessLevel: 'READ', resourceIds: 't1' },
				]),
			),
		).toBe(
			'Permission 1: resource IDs can only be set for DESTINATION and CONNECTOR permissions, not TRANSFORMATION; remove them',
		);
	});

	it('refuses group IDs outside CONNECTOR and TRANSFORMATION', () => {
		expect(
			problemOf(() =>
				permissionsFromBuilder([
					{ resourceType: 'DESTINATION', accessLevel: 'READ', groupIds: 'g1' },
				]),
			),
		).toBe(
			'Permission 1: group IDs can only be set for CONNECTOR and TRANSFORMATION permissions, not DESTINATION; remove them',
		);
	});

	it("accepts a resource type more than once: all except these (Fivetran's own example)", () => {
		expect(
			permissionsFromBuilder([
				{ resourceType: 'CONNECTOR', accessLevel: 'MANAGE' },
				{ resourceType: 'CONNECTOR', accessLevel: 'NONE', resourceIds: 'c1, c2' },
			]),
		).toEqual([
			{ resource_type: 'CONNECTOR', access_level: 'MANAGE' },
			{ resource_type: 'CONNECTOR', access_level: 'NONE', resource_filter: { ids: ['c1', 'c2'] } },
		]);
	});

	it('takes ID lists an expression gave as arrays', () => {
		expect(
			permissionsFromBuilder([
				{
					resourceType: 'CONNECTOR',
					accessLevel: 'READ',
					resourceIds: [' c1', 'c2'],
					groupIds: ['g1'],
				},
			]),
		).toEqual([
			{
				resource_type: 'CONNECTOR',
				access_level: 'READ',
				resource_filter: { ids: ['c1', 'c2'], group_ids: ['g1'] },
			},
		]);
	});

	it.each([
		['only separators', { resourceIds: ' , ,' }, 'Resource IDs'],
		['an empty array', { resourceIds: [] }, 'Resource IDs'],
		[
			'an expression that resolved to nothing',
			{ resourceIds: '', fromExpression: ['resourceIds'] as const },
			'Resource IDs',
		],
		[
			'group IDs from an expression, blank',
			{ groupIds: '  ', fromExpression: ['groupIds'] as const },
			'Group IDs',
		],
	])('refuses an ID field holding %s: it would grant every resource', (_case, fields, label) => {
		expect(
			problemOf(() =>
				permissionsFromBuilder([
					{ resourceType: 'USER', accessLevel: 'READ' },
					{ resourceType: 'CONNECTOR', accessLevel: 'MANAGE', ...fields },
				]),
			),
		).toBe(
			`Permission 2: ${label} holds no ID. Without IDs Fivetran applies the permission to every CONNECTOR resource; ` +
				'enter at least one ID, or remove the filter to cover all of them on purpose',
		);
	});

	it('refuses an ID field an expression set to something else than text or a list', () => {
		expect(
			problemOf(() =>
				permissionsFromBuilder([
					{ resourceType: 'CONNECTOR', accessLevel: 'READ', resourceIds: { id: 'c1' } },
				]),
			),
		).toBe(
			'Permission 1: Resource IDs must be a comma-separated text or a list of ID strings, not object',
		);
	});
});

describe('permissionsFromJson', () => {
	it('accepts the API shape and trims IDs', () => {
		expect(
			permissionsFromJson([
				{
					resource_type: 'CONNECTOR',
					access_level: 'READ',
					resource_filter: { ids: [' c1 '] },
				},
				{ resource_type: 'WEBHOOK', access_level: 'MANAGE', resource_filter: null },
			]),
		).toEqual([
			{ resource_type: 'CONNECTOR', access_level: 'READ', resource_filter: { ids: ['c1'] } },
			{ resource_type: 'WEBHOOK', access_level: 'MANAGE' },
		]);
	});

	it.each([{ resource_type: 'USER', access_level: 'READ' }, 'USER', null])(
		'refuses %p when it is not an array',
		(value) => {
			expect(problemOf(() => permissionsFromJson(value))).toBe(
				'Permissions (JSON) must be a JSON array of permissions, e.g. [{"resource_type": "CONNECTOR", "access_level": "READ"}]',
			);
		},
	);

	it('requires at least one permission', () => {
		expect(problemOf(() => permissionsFromJson([]))).toMatch(/^Add at least one permission/);
	});

	it('refuses entries that are not objects', () => {
		expect(problemOf(() => permissionsFromJson(['CONNECTOR']))).toBe(
			'Permission 1 in Permissions (JSON) must be a JSON object, e.g. {"resource_type": "CONNECTOR", "access_level": "READ"}',
		);
	});

	it('refuses camelCase or unknown fields', () => {
		expect(
			problemOf(() => permissionsFromJson([{ resourceType: 'USER', access_level: 'READ' }])),
		).toBe(
			'Permission 1: unknown field "resourceType". Allowed fields: resource_type, access_level, resource_filter',
		);
		expect(
			problemOf(() =>
				permissionsFromJson([
					{ resource_type: 'CONNECTOR', access_level: 'READ', resource_filter: { groups: ['g'] } },
				]),
			),
		).toBe('Permission 1: resource_filter: unknown field "groups". Allowed fields: ids, group_ids');
	});

	it('refuses enum values in the wrong case', () => {
		expect(
			problemOf(() => permissionsFromJson([{ resource_type: 'connector', access_level: 'READ' }])),
		).toMatch(/^Permission 1: resource_type "connector" is not valid\. Use one of: ACCOUNT, /);
	});

	it('refuses filters that are not ID arrays', () => {
		expect(
			problemOf(() =>
				permissionsFromJson([
					{ resource_type: 'CONNECTOR', access_level: 'READ', resource_filter: { ids: 'c1' } },
				]),
			),
		).toBe('Permission 1: resource_filter.ids must be an array of non-empty ID strings');
		expect(
			problemOf(() =>
				permissionsFromJson([
					{ resource_type: 'CONNECTOR', access_level: 'READ', resource_filter: ['c1'] },
				]),
			),
		).toMatch(/^Permission 1: resource_filter must be a JSON object/);
	});

	it('applies the same filter rules as the builder', () => {
		expect(
			problemOf(() =>
				permissionsFromJson([
					{ resource_type: 'USER', access_level: 'READ', resource_filter: { ids: ['u1'] } },
				]),
			),
		).toMatch(
			/^Permission 1: resource IDs can only be set for DESTINATION and CONNECTOR permissions, not USER/,
		);
	});

	it("accepts Fivetran's own create_system_key example with CONNECTOR twice, unchanged", () => {
		const example = CREATE_SYSTEM_KEY_EXAMPLE_PERMISSIONS;
		expect(permissionsFromJson(example)).toEqual(example);
	});

	it.each(['ids', 'group_ids'])(
		'refuses an explicit empty %s list: it would grant every resource',
		(field) => {
			expect(
				problemOf(() =>
					permissionsFromJson([
						{ resource_type: 'CONNECTOR', access_level: 'READ', resource_filter: { [field]: [] } },
					]),
				),
			).toBe(
				`Permission 1: resource_filter.${field} (an empty list) holds no ID. Without IDs Fivetran applies the permission to every CONNECTOR resource; ` +
					'enter at least one ID, or remove the filter to cover all of them on purpose',
			);
		},
	);
});
