/**
 * Failures of User operations, with Continue On Fail off (the execution fails, naming the
 * item) and on (the item carries the error): Fivetran's 401, 403, 404 and 400, and the node's
 * own validation, which must refuse before anything is sent.
 */
import type { INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { track } from '../../emulator/pagination';
import { byId, useEmulator } from '../../harness';
import {
	addMembership,
	addUser,
	jsonOf,
	pairedOf,
	runUser,
	type RunUserOptions,
} from './userTestKit';

// Built, not written out: test values, but shaped like real secrets.
const WRONG_SECRET = 'f'.repeat(32);
const SCOPED_KEY = 'ft_ScopedConnectorReader';
const SCOPED_SECRET = '0123456789abcdef'.repeat(2);

let emu: Emulator;

useEmulator({ users: 2, groups: 1 }, (started) => {
	emu = started;
});

beforeAll(() => {
	// A system key that may read connections only: no USER permission at all.
	emu.state.systemKeys.set(
		'key_scoped',
		track({
			id: 'key_scoped',
			name: 'connector_reader',
			key: SCOPED_KEY,
			secret: SCOPED_SECRET,
			permissions: [{ resource_type: 'CONNECTOR', access_level: 'READ' }],
			expiration_period: 'INFINITE',
			created_at: '2025-12-01T00:00:00.000Z',
			updated_at: '2025-12-01T00:00:00.000Z',
			expired_at: null,
			last_used_at: null,
		}),
	);
});

interface ApiErrorCase {
	name: string;
	operation: string;
	parameters: () => INodeParameters;
	options?: RunUserOptions;
	status: number;
	/** Authorization as the request log shows it. */
	authorization: () => string;
	message: () => string;
	code: string;
}

const API_ERRORS: ApiErrorCase[] = [
	{
		name: '401 with a wrong API secret',
		operation: 'getMany',
		parameters: () => ({ returnAll: true }),
		options: { credentials: { apiSecret: WRONG_SECRET } },
		status: 401,
		authorization: () => '<invalid>',
		message: () => 'Fivetran: Invalid API key or secret [Unauthorized]',
		code: 'Unauthorized',
	},
	{
		name: '403 with a system key lacking the USER permission',
		operation: 'getMany',
		parameters: () => ({ returnAll: true }),
		options: { credentials: { apiKey: SCOPED_KEY, apiSecret: SCOPED_SECRET } },
		status: 403,
		authorization: () => `Basic ${SCOPED_KEY}`,
		message: () => 'Fivetran: Access denied. Required permission: USER_READ [Forbidden]',
		code: 'Forbidden',
	},
	{
		name: '404 for a user that does not exist',
		operation: 'get',
		parameters: () => ({ userId: byId('no_such_user') }),
		status: 404,
		authorization: () => `Basic ${emu.apiKey}`,
		message: () => "Fivetran: User with id 'no_such_user' does not exist. [NotFound_User]",
		code: 'NotFound_User',
	},
	{
		name: '400 InvalidInput for a role Fivetran does not know',
		operation: 'invite',
		parameters: () => ({
			email: 'new.person@example.com',
			givenName: 'New',
			familyName: 'Person',
			additionalFields: { role: 'Galactic Emperor' },
		}),
		status: 400,
		authorization: () => `Basic ${emu.apiKey}`,
		message: () => "Fivetran: Invalid role 'Galactic Emperor' for scope ACCOUNT [InvalidInput]",
		code: 'InvalidInput',
	},
];

describe.each(API_ERRORS)('$name', (testCase) => {
	function expectOneFailedRequest() {
		expect(
			emu.requestLog.entries.map((entry) => [entry.status, entry.headers.authorization]),
		).toEqual([[testCase.status, testCase.authorization()]]);
	}

	it('fails the execution, naming the item, without Continue On Fail', async () => {
		const { items, error } = await runUser(
			emu,
			testCase.operation,
			testCase.parameters(),
			testCase.options,
		);

		expect(items).toEqual([]);
		expect(error?.message).toBe(testCase.message());
		expect(error?.httpCode).toBe(String(testCase.status));
		expect(error?.context?.itemIndex).toBe(0);
		expect(JSON.stringify(error)).not.toContain(SCOPED_SECRET);
		expect(JSON.stringify(error)).not.toContain(emu.apiSecret);
		expectOneFailedRequest();
	});

	it('puts the error in the item with Continue On Fail', async () => {
		const { items, error } = await runUser(emu, testCase.operation, testCase.parameters(), {
			...testCase.options,
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(jsonOf(items)).toEqual([
			expect.objectContaining({
				error: testCase.message(),
				code: testCase.code,
				httpCode: String(testCase.status),
			}),
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
		expect(JSON.stringify(items)).not.toContain(WRONG_SECRET);
		expectOneFailedRequest();
	});
});

interface ValidationCase {
	rule: string;
	operation: string;
	parameters: () => INodeParameters;
	message: string;
}

const VALIDATION: ValidationCase[] = [
	{
		rule: 'Invite needs a valid email',
		operation: 'invite',
		parameters: () => ({ email: 'grace.example.com', givenName: 'Grace', familyName: 'Hopper' }),
		message: "'Email' is not a valid email address: use the form name@example.com",
	},
	{
		rule: 'Invite needs a given name',
		operation: 'invite',
		parameters: () => ({ email: 'grace@example.com', givenName: '  ', familyName: 'Hopper' }),
		message: "'Given Name' is empty: enter a value",
	},
	{
		rule: 'Invite needs a family name',
		operation: 'invite',
		// An expression: n8n itself refuses a required parameter left literally empty.
		parameters: () => ({ email: 'grace@example.com', givenName: 'Grace', familyName: '={{ "" }}' }),
		message: "'Family Name' is empty: enter a value",
	},
	{
		rule: 'Invite refuses a picture that is not a URL',
		operation: 'invite',
		parameters: () => ({
			email: 'grace@example.com',
			givenName: 'Grace',
			familyName: 'Hopper',
			additionalFields: { picture: 'grace.png' },
		}),
		message: "'Picture URL' must be an http(s) URL or a data URI, e.g. https://example.com/a.png",
	},
	{
		rule: 'Invite refuses an added but empty role',
		operation: 'invite',
		parameters: () => ({
			email: 'grace@example.com',
			givenName: 'Grace',
			familyName: 'Hopper',
			additionalFields: { role: '' },
		}),
		message: "'Role' was added but is empty: enter a value or remove it",
	},
	{
		rule: 'Update refuses an update with no fields',
		operation: 'update',
		parameters: () => ({ userId: byId(emu.adminUserId), updateFields: {} }),
		message: 'Nothing to update: add at least one field under Update Fields',
	},
	{
		rule: 'Update refuses a field both set and cleared',
		operation: 'update',
		parameters: () => ({
			userId: byId(emu.adminUserId),
			updateFields: { picture: 'https://example.com/p.png', clearFields: ['picture'] },
		}),
		message: "'Picture URL' is both set and listed in Clear Fields: keep only one of them",
	},
	{
		rule: 'a user id cannot be empty',
		operation: 'get',
		parameters: () => ({ userId: byId('   ') }),
		message: "'User' is empty: pick one from the list or enter its ID",
	},
	{
		rule: 'a user id cannot be a dot segment',
		operation: 'delete',
		parameters: () => ({ userId: byId('..') }),
		message: '\'User\' cannot be "..": enter a real ID',
	},
	{
		rule: 'Limit must be a whole number of at least 1',
		operation: 'getMany',
		parameters: () => ({ returnAll: false, limit: '={{ 0 }}' }),
		message: "'Limit' must be a whole number of at least 1",
	},
	{
		rule: 'a membership needs its group',
		operation: 'getMembership',
		parameters: () => ({
			userId: byId(emu.adminUserId),
			membershipType: 'group',
			groupId: byId('={{ "" }}'),
		}),
		message: "'Group' is empty: pick one from the list or enter its ID",
	},
	{
		rule: 'Add Membership needs a role',
		operation: 'addMembership',
		parameters: () => ({
			userId: byId(emu.adminUserId),
			membershipType: 'connection',
			connectionId: byId('some_connection'),
			role: ' ',
		}),
		message: "'Role' is empty: enter a value",
	},
];

describe.each(VALIDATION)('validation: $rule', ({ operation, parameters, message }) => {
	it('fails with the message and sends nothing', async () => {
		const { items, error } = await runUser(emu, operation, parameters());

		expect(items).toEqual([]);
		expect(error?.message).toBe(message);
		expect(error?.context?.itemIndex).toBe(0);
		expect(emu.requestLog.entries).toEqual([]);
	});

	it('puts the message in the item with Continue On Fail, still sending nothing', async () => {
		const { items, error } = await runUser(emu, operation, parameters(), { continueOnFail: true });

		expect(error).toBeUndefined();
		expect(jsonOf(items)).toEqual([{ error: message }]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
		expect(emu.requestLog.entries).toEqual([]);
	});
});

describe('validation per item', () => {
	it('with Continue On Fail, refuses only the invalid item and runs the others', async () => {
		const { items } = await runUser(
			emu,
			'invite',
			{ email: '={{ $json.email }}', givenName: 'Pat', familyName: 'Doe' },
			{
				inputItems: [{ email: 'not-an-email' }, { email: 'pat.doe@example.com' }],
				continueOnFail: true,
			},
		);

		expect(emu.requestLog.entries.map((entry) => [entry.method, entry.path, entry.body])).toEqual([
			[
				'POST',
				'/v1/users',
				{ email: 'pat.doe@example.com', given_name: 'Pat', family_name: 'Doe' },
			],
		]);
		expect(jsonOf(items)[0]).toEqual({
			error: "'Email' is not a valid email address: use the form name@example.com",
		});
		expect(jsonOf(items)[1]).toMatchObject({ email: 'pat.doe@example.com', invited: true });
		expect(pairedOf(items)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('without Continue On Fail, names the failing item', async () => {
		const member = addUser(emu);
		addMembership(
			emu,
			'group',
			member.id,
			Array.from(emu.state.groups.keys())[0],
			'View Destination',
		);

		const { error } = await runUser(
			emu,
			'removeMembership',
			{
				userId: byId('={{ $json.id }}'),
				membershipType: 'group',
				groupId: byId('={{ $json.groupId }}'),
			},
			{ inputItems: [{ id: member.id, groupId: '' }] },
		);

		expect(error?.message).toBe("'Group' is empty: pick one from the list or enter its ID");
		expect(error?.context?.itemIndex).toBe(0);
		expect(emu.requestLog.entries).toEqual([]);
	});
});
