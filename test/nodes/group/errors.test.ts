/**
 * Failures of Group operations with Continue On Fail off and on: Fivetran's 401, 403 (a system
 * key without the DESTINATION permission), 404, 400 and 409, and the node's own validation,
 * which must refuse before anything is sent.
 */
import type { Emulator } from '../../emulator';
import { addGroup, byId, useEmulator } from './kit';
import {
	describeApiErrors,
	describeValidation,
	dotSegmentIdRule,
	emptyIdRule,
	forbiddenForConnectorReader,
	returnAll,
	runnerFor,
	unauthorizedCase,
} from '../kit';

const runGroup = runnerFor('group');
let emu: Emulator;
let existingGroup: ReturnType<typeof addGroup>;

useEmulator({ groups: 1 }, (started) => {
	emu = started;
	existingGroup = addGroup(emu, 'taken_name');
});

describeApiErrors(() => emu, runGroup, [
	unauthorizedCase('getMany', returnAll),
	forbiddenForConnectorReader(
		() => emu,
		'get',
		() => ({ groupId: byId(existingGroup.id) }),
		'DESTINATION_READ',
	),
	{
		name: '404 for a group that does not exist',
		operation: 'getPublicKey',
		parameters: () => ({ groupId: byId('no_such_group') }),
		status: 404,
		code: 'NotFound_Group',
		message: () => "Fivetran: Group with id 'no_such_group' does not exist. [NotFound_Group]",
	},
	{
		name: '404 when adding an email that is not a user of the account',
		operation: 'addUser',
		parameters: () => ({
			groupId: byId(existingGroup.id),
			email: 'stranger@example.com',
			role: 'View Destination',
		}),
		status: 404,
		code: 'NotFound_User',
		message: () =>
			"Fivetran: User with email 'stranger@example.com' does not exist. [NotFound_User]",
	},
	{
		name: '400 InvalidInput for a role that does not apply to groups',
		operation: 'addUser',
		parameters: () => ({
			groupId: byId(existingGroup.id),
			email: 'admin@example.com',
			role: 'Account Reviewer',
		}),
		status: 400,
		code: 'InvalidInput',
		message: () => "Fivetran: Invalid role 'Account Reviewer' for scope DESTINATION [InvalidInput]",
	},
	{
		name: '409 Conflict for a name another group has',
		operation: 'create',
		parameters: () => ({ name: 'taken_name' }),
		status: 409,
		code: 'Conflict',
		message: () => "Fivetran: Group with name 'taken_name' already exists [Conflict]",
	},
]);

describeValidation(() => emu, runGroup, [
	{
		rule: 'Create needs a name',
		operation: 'create',
		// An expression: n8n itself refuses a required parameter left literally empty.
		parameters: () => ({ name: '={{ "  " }}' }),
		message: "'Name' is empty: enter a value",
	},
	{
		rule: 'Rename needs a new name',
		operation: 'update',
		parameters: () => ({ groupId: byId(existingGroup.id), name: '={{ "" }}' }),
		message: "'New Name' is empty: enter a value",
	},
	emptyIdRule('get', 'groupId', 'Group', '={{ "" }}'),
	dotSegmentIdRule('delete', 'groupId', 'Group', '..'),
	{
		rule: 'Add User needs a valid email',
		operation: 'addUser',
		parameters: () => ({
			groupId: byId(existingGroup.id),
			email: 'analyst.example.com',
			role: 'View Destination',
		}),
		message: "'Email' is not a valid email address: use the form name@example.com",
	},
	{
		rule: 'Add User needs a role',
		operation: 'addUser',
		parameters: () => ({
			groupId: byId(existingGroup.id),
			email: 'analyst@example.com',
			role: ' ',
		}),
		message: "'Role' is empty: enter a value",
	},
	{
		rule: 'Remove User needs a user',
		operation: 'removeUser',
		parameters: () => ({ groupId: byId(existingGroup.id), userId: byId('={{ "" }}') }),
		message: "'User' is empty: pick one from the list or enter its ID",
	},
	{
		rule: 'Limit must be a whole number of at least 1',
		operation: 'getConnections',
		parameters: () => ({ groupId: byId(existingGroup.id), returnAll: false, limit: '={{ 0 }}' }),
		message: "'Limit' must be a whole number of at least 1",
	},
]);

describe('validation per item', () => {
	it('with Continue On Fail, refuses only the invalid item and runs the others', async () => {
		const { items } = await runGroup(
			emu,
			'create',
			{ name: '={{ $json.name }}' },
			{ inputItems: [{ name: '' }, { name: 'per_item_ok' }], continueOnFail: true },
		);

		expect(emu.requestLog.entries.map((entry) => [entry.method, entry.path, entry.body])).toEqual([
			['POST', '/v1/groups', { name: 'per_item_ok' }],
		]);
		expect(items.map((item) => [item.json.error ?? item.json.name, item.pairedItem])).toEqual([
			["'Name' is empty: enter a value", { item: 0 }],
			['per_item_ok', { item: 1 }],
		]);
	});
});
