/**
 * Service accounts (Fivetran's September 2026 definition: users/create_user.json,
 * list_all_users.json) through real workflow runs: Invite with User Type Service Account
 * (created at once, no invitation, email optional), and User › Get Many's `user_type` and
 * `has_api_key` filters.
 */
import type { Emulator } from '../../emulator';
import { onlyRequest, useEmulator } from '../../harness';
import { describeValidation } from '../kit';
import { addUser, expectedRequest, jsonOf, runUser } from './userTestKit';

let emu: Emulator;

useEmulator({ users: 0 }, (started) => {
	emu = started;
});

describe('Invite a service account', () => {
	it('creates it at once without an email: user_type sent, no invitation', async () => {
		const { items, error } = await runUser(emu, 'invite', {
			userType: 'SERVICE_ACCOUNT',
			givenName: 'CI',
			familyName: 'Robot',
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'POST', '/v1/users', {
				given_name: 'CI',
				family_name: 'Robot',
				user_type: 'SERVICE_ACCOUNT',
			}),
		);
		expect(jsonOf(items)).toEqual([
			expect.objectContaining({
				email: null,
				invited: false,
				user_type: 'SERVICE_ACCOUNT',
				has_api_key: false,
			}),
		]);
	});

	it('sends an email when one is given', async () => {
		const { error } = await runUser(emu, 'invite', {
			userType: 'SERVICE_ACCOUNT',
			email: ' robot@example.com ',
			givenName: 'CI',
			familyName: 'Mailer',
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu).body).toEqual({
			email: 'robot@example.com',
			given_name: 'CI',
			family_name: 'Mailer',
			user_type: 'SERVICE_ACCOUNT',
		});
	});

	it("surfaces Fivetran's refusal when a service account creates another", async () => {
		const creator = addUser(emu, {
			user_type: 'SERVICE_ACCOUNT',
			email: null,
			role: 'Account Administrator',
		});
		const keyPair = emu.createUserKey(creator.id);

		const { error } = await runUser(
			emu,
			'invite',
			{ userType: 'SERVICE_ACCOUNT', givenName: 'CI', familyName: 'Twin' },
			{ credentials: keyPair },
		);

		expect(error?.message).toBe(
			'Fivetran: A service account cannot create another service account [Forbidden]',
		);
	});
});

describe('Get Many filters', () => {
	it('asks Fivetran for service accounts with an API key, and outputs what it answers', async () => {
		const robot = addUser(emu, { user_type: 'SERVICE_ACCOUNT', email: null });
		emu.createUserKey(robot.id);
		const keyless = addUser(emu, { user_type: 'SERVICE_ACCOUNT', email: null });

		const { items, error } = await runUser(emu, 'getMany', {
			returnAll: true,
			userType: 'SERVICE_ACCOUNT',
			hasApiKey: 'true',
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu).query).toEqual({
			limit: '1000',
			user_type: 'SERVICE_ACCOUNT',
			has_api_key: 'true',
		});
		const found = jsonOf(items);
		expect(found.map((user) => user.id)).toContain(robot.id);
		expect(found.map((user) => user.id)).not.toContain(keyless.id);
		for (const user of found)
			expect(user).toMatchObject({ user_type: 'SERVICE_ACCOUNT', has_api_key: true });
	});

	it('combines them with Inactive Only, which the node filters itself', async () => {
		const inactive = addUser(emu, { active: false });

		const { items, error } = await runUser(emu, 'getMany', {
			returnAll: true,
			status: 'inactive',
			userType: 'REGULAR_USER',
			hasApiKey: 'false',
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu).query).toEqual({
			limit: '1000',
			user_type: 'REGULAR_USER',
			has_api_key: 'false',
		});
		expect(jsonOf(items).map((user) => user.id)).toEqual([inactive.id]);
	});
});

describeValidation(
	() => emu,
	(started, operation, parameters, options) => runUser(started, operation, parameters, options),
	[
		{
			rule: 'a regular user still needs an email',
			operation: 'invite',
			// Blank, not missing: n8n itself refuses a missing required field before the node runs.
			parameters: () => ({
				userType: 'REGULAR_USER',
				email: '  ',
				givenName: 'A',
				familyName: 'B',
			}),
			message: "'Email' is empty: enter a value",
		},
		{
			rule: "a service account's email, when given, must be one",
			operation: 'invite',
			parameters: () => ({
				userType: 'SERVICE_ACCOUNT',
				email: 'robot',
				givenName: 'A',
				familyName: 'B',
			}),
			message: "'Email' is not a valid email address: use the form name@example.com",
		},
		{
			rule: 'an unknown user type is refused',
			operation: 'invite',
			parameters: () => ({ userType: 'ROBOT', email: 'a@b.co', givenName: 'A', familyName: 'B' }),
			message:
				"'User Type' must be Regular User or Service Account (REGULAR_USER or SERVICE_ACCOUNT)",
		},
		{
			rule: 'an unknown Get Many user type is refused',
			operation: 'getMany',
			parameters: () => ({ userType: 'ROBOT' }),
			message: "'User Type' must be All, REGULAR_USER or SERVICE_ACCOUNT",
		},
		{
			rule: 'an unknown API Key filter is refused',
			operation: 'getMany',
			parameters: () => ({ hasApiKey: 'yes' }),
			message: "'API Key' must be All, true or false",
		},
	],
);
