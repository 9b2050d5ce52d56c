/**
 * Errors any route can answer before its handler runs: authentication (401), permissions (403),
 * Accept (406), Content-Type (415), rate limits (429), malformed JSON (400). Sent to a few routes;
 * each must still be Fivetran's error envelope.
 */
import type { ContractCase } from './types';

export const seed = { users: 1 };

export const cases: ContractCase[] = [
	{
		name: 'wrong secret: 401',
		method: 'GET',
		path: '/v1/account/info',
		as: (emu) => ({ apiKey: emu.apiKey, apiSecret: 'not_the_secret_at_all' }),
		status: 401,
	},
	{
		name: 'a user key that is not an Account Administrator on system keys: 403',
		method: 'GET',
		path: '/v1/system-keys',
		as: (emu) => emu.createUserKey([...emu.state.users.keys()][1]),
		status: 403,
	},
	{
		name: 'an Accept the API does not serve: 406',
		method: 'GET',
		path: '/v1/users',
		headers: { accept: 'text/html' },
		status: 406,
	},
	{
		name: 'a body that is not JSON: 415',
		method: 'POST',
		path: '/v1/groups',
		headers: { 'content-type': 'text/plain' },
		rawBody: 'name=x',
		status: 415,
	},
	{
		name: 'malformed JSON: 400',
		method: 'POST',
		path: '/v1/groups',
		headers: { 'content-type': 'application/json' },
		rawBody: '{"name": ',
		status: 400,
	},
	{
		name: 'over the account rate limit: 429',
		method: 'GET',
		path: '/v1/users',
		status: 429,
		setup: (emu) => emu.rateLimits.setAccountLimit(0),
	},
];
