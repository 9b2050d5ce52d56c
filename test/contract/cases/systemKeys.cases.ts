/** System keys: only an Account Administrator's user key may manage them. */
import type { Emulator } from '../../emulator';
import { nth, type ContractCase } from './types';

export const seed = { systemKeys: 1 };

const key = (emu: Emulator) => nth(emu.state.systemKeys);
const PERMISSIONS = [{ resource_type: 'CONNECTOR', access_level: 'READ' }];

export const cases: ContractCase[] = [
	{ name: 'list', method: 'GET', path: '/v1/system-keys', status: 200 },
	{ name: 'get', method: 'GET', path: (emu) => `/v1/system-keys/${key(emu)}`, status: 200 },
	{ name: 'get unknown: 404', method: 'GET', path: '/v1/system-keys/key_nope', status: 404 },
	{
		name: 'create',
		method: 'POST',
		path: '/v1/system-keys',
		body: { name: 'reader', expiration_period: 'THREE_MONTHS', permissions: PERMISSIONS },
		status: 201,
	},
	{
		name: 'create with a taken name: 409',
		method: 'POST',
		path: '/v1/system-keys',
		body: { name: 'reader', permissions: PERMISSIONS },
		status: 409,
	},
	{
		name: 'create without permissions: 400',
		method: 'POST',
		path: '/v1/system-keys',
		body: { name: 'nothing' },
		status: 400,
	},
	{
		name: 'update',
		method: 'PATCH',
		path: (emu) => `/v1/system-keys/${key(emu)}`,
		body: { name: 'renamed' },
		status: 200,
	},
	{
		name: 'update with nothing to change: 400',
		method: 'PATCH',
		path: (emu) => `/v1/system-keys/${key(emu)}`,
		body: {},
		status: 400,
	},
	{
		name: 'rotate',
		method: 'POST',
		path: (emu) => `/v1/system-keys/${key(emu)}/rotate`,
		body: { expiration_period: 'SIX_MONTHS' },
		status: 200,
	},
	{
		name: 'rotate unknown: 404',
		method: 'POST',
		path: '/v1/system-keys/key_nope/rotate',
		body: {},
		status: 404,
	},
	{ name: 'delete', method: 'DELETE', path: (emu) => `/v1/system-keys/${key(emu)}`, status: 200 },
	{ name: 'delete unknown: 404', method: 'DELETE', path: '/v1/system-keys/key_nope', status: 404 },
	{
		name: 'update unknown: 404',
		method: 'PATCH',
		path: '/v1/system-keys/key_nope',
		body: { name: 'x' },
		status: 404,
	},
];
