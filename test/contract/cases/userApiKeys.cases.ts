/**
 * Service accounts and user API keys (Fivetran's September 2026 definition: users/create_user,
 * list_all_users and the five *_api_key* files), including the rules they state: only a regular
 * user may create, rotate or delete keys; expiration at most 365 days, overlap at most 30.
 */
import type { Emulator } from '../../emulator';
import type { Credentials } from '../../emulator/testUtils';
import { nth, type ContractCase } from './types';

export const seed = { users: 1 };

/** The service account the first case creates (the last user in the state). */
const account = (emu: Emulator) => [...emu.state.users.keys()].at(-1) as string;
const regular = (emu: Emulator) => nth(emu.state.users, 1);

/** The service account's own key, once a case created it. */
function accountKey(emu: Emulator): Credentials {
	const key = [...emu.state.userKeys.values()].find(
		(candidate) => candidate.userId === account(emu),
	);
	if (!key) throw new Error('the service account has no key yet');
	return { apiKey: key.key, apiSecret: key.secret };
}

export const cases: ContractCase[] = [
	{
		name: 'create a service account without an e-mail',
		method: 'POST',
		path: '/v1/users',
		body: { given_name: 'CI', family_name: 'Robot', user_type: 'SERVICE_ACCOUNT' },
		status: 201,
	},
	{
		name: 'create with an unknown user_type: 400',
		method: 'POST',
		path: '/v1/users',
		body: { given_name: 'CI', family_name: 'Robot', email: 'r@example.com', user_type: 'ROBOT' },
		status: 400,
	},
	{
		name: 'list users by user_type and has_api_key',
		method: 'GET',
		path: '/v1/users?user_type=SERVICE_ACCOUNT&has_api_key=false',
		status: 200,
	},
	{
		name: 'list users with a bad has_api_key: 400',
		method: 'GET',
		path: '/v1/users?has_api_key=yes',
		status: 400,
	},
	{
		name: 'create a key',
		method: 'POST',
		path: (emu) => `/v1/users/${account(emu)}/api-keys`,
		body: { expiration_period_days: 30 },
		status: 201,
	},
	{
		name: 'create a second key: 409',
		method: 'POST',
		path: (emu) => `/v1/users/${account(emu)}/api-keys`,
		body: {},
		status: 409,
	},
	{
		name: 'create a key for more than 365 days: 400',
		method: 'POST',
		path: (emu) => `/v1/users/${regular(emu)}/api-keys`,
		body: { expiration_period_days: 366 },
		status: 400,
	},
	{
		name: "a service account's key cannot create keys: 403",
		method: 'POST',
		path: (emu) => `/v1/users/${regular(emu)}/api-keys`,
		body: {},
		status: 403,
		as: accountKey,
	},
	{
		name: 'a service account cannot create another one: 403',
		method: 'POST',
		path: '/v1/users',
		body: { given_name: 'CI', family_name: 'Twin', user_type: 'SERVICE_ACCOUNT' },
		status: 403,
		as: accountKey,
	},
	{ name: 'list keys', method: 'GET', path: '/v1/users/api-keys', status: 200 },
	{
		name: 'list keys by user_type',
		method: 'GET',
		path: '/v1/users/api-keys?user_type=SERVICE_ACCOUNT&limit=1',
		status: 200,
	},
	{
		name: 'list keys with an unknown user_type: 400',
		method: 'GET',
		path: '/v1/users/api-keys?user_type=ROBOT',
		status: 400,
	},
	{
		name: "get a user's key",
		method: 'GET',
		path: (emu) => `/v1/users/${account(emu)}/api-keys`,
		status: 200,
	},
	{
		name: 'get the key of a user without one: 404',
		method: 'GET',
		path: (emu) => `/v1/users/${regular(emu)}/api-keys`,
		status: 404,
	},
	{
		name: 'rotate with an overlap over 30 days: 400',
		method: 'POST',
		path: (emu) => `/v1/users/${account(emu)}/api-keys/rotate`,
		body: { overlap_days: 31 },
		status: 400,
	},
	{
		name: 'rotate with an overlap (ACTIVE_GRACE)',
		method: 'POST',
		path: (emu) => `/v1/users/${account(emu)}/api-keys/rotate`,
		body: { expiration_period_days: 60, overlap_days: 7 },
		status: 200,
	},
	{
		name: 'get the key during the overlap',
		method: 'GET',
		path: (emu) => `/v1/users/${account(emu)}/api-keys`,
		status: 200,
	},
	{
		name: 'get an expired key',
		method: 'GET',
		path: (emu) => `/v1/users/${account(emu)}/api-keys`,
		status: 200,
		setup: async (emu) => await emu.clock.advance(61 * 86_400_000),
	},
	{
		name: 'rotate a key without overlap',
		method: 'POST',
		path: (emu) => `/v1/users/${account(emu)}/api-keys/rotate`,
		body: {},
		status: 200,
	},
	{
		name: "delete a user's keys",
		method: 'DELETE',
		path: (emu) => `/v1/users/${account(emu)}/api-keys`,
		status: 200,
	},
	{
		name: 'delete again: 404',
		method: 'DELETE',
		path: (emu) => `/v1/users/${account(emu)}/api-keys`,
		status: 404,
	},
	{
		name: 'create a key for an unknown user: 404',
		method: 'POST',
		path: '/v1/users/nope/api-keys',
		body: {},
		status: 404,
	},
	{
		name: 'rotate the key of an unknown user: 404',
		method: 'POST',
		path: '/v1/users/nope/api-keys/rotate',
		body: {},
		status: 404,
	},
];
