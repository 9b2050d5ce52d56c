/**
 * Failures of User operations, with Continue On Fail off (the execution fails, naming the
 * item) and on (the item carries the error): Fivetran's 401, 403, 404 and 400, and the node's
 * own validation, which must refuse before anything is sent.
 */
import type { Emulator } from '../../emulator';
import { byId, useEmulator } from '../../harness';
import {
	connectorReaderOf,
	describeApiErrors,
	describeValidation,
	dotSegmentIdRule,
	emptyIdRule,
	forbiddenForConnectorReader,
	returnAll,
	unauthorizedCase,
	type ValidationCase,
} from '../kit';
import { addMembership, addUser, jsonOf, pairedOf, runUser } from './userTestKit';

let emu: Emulator;

useEmulator({ users: 2, groups: 1 }, (started) => {
	emu = started;
});

const adminAuthorization = () => `Basic ${emu.apiKey}`;

describeApiErrors(() => emu, runUser, [
	{ ...unauthorizedCase('getMany', returnAll), authorization: () => '<invalid>' },
	{
		// A system key that may read connections only: no USER permission at all.
		...forbiddenForConnectorReader(() => emu, 'getMany', returnAll, 'USER_READ'),
		name: '403 with a system key lacking the USER permission',
		authorization: () => `Basic ${connectorReaderOf(emu).apiKey}`,
	},
	{
		name: '404 for a user that does not exist',
		operation: 'get',
		parameters: () => ({ userId: byId('no_such_user') }),
		status: 404,
		authorization: adminAuthorization,
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
		authorization: adminAuthorization,
		message: () => "Fivetran: Invalid role 'Galactic Emperor' for scope ACCOUNT [InvalidInput]",
		code: 'InvalidInput',
	},
]);

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
	emptyIdRule('get', 'userId', 'User', '   '),
	dotSegmentIdRule('delete', 'userId', 'User', '..'),
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

describeValidation(() => emu, runUser, VALIDATION);

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
