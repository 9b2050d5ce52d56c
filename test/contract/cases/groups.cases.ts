/** Groups (destination groups), their users, keys and service account. */
import type { Emulator } from '../../emulator';
import { nth, type ContractCase } from './types';

export const seed = { users: 1, groups: 2, connections: 1 };

const group = (emu: Emulator) => nth(emu.state.groups);
/** The seeded group without connections (connections are seeded into a group of their own). */
const empty = (emu: Emulator) =>
	[...emu.state.groups.keys()].find(
		(id) => ![...emu.state.connections.values()].some((c) => c.group_id === id),
	) ?? 'none';
const withConnections = (emu: Emulator) =>
	[...emu.state.connections.values()][0]?.group_id ?? 'none';
const email = (emu: Emulator) => emu.state.users.get(nth(emu.state.users, 1))?.email;

export const cases: ContractCase[] = [
	{ name: 'list', method: 'GET', path: '/v1/groups', status: 200 },
	{ name: 'get', method: 'GET', path: (emu) => `/v1/groups/${group(emu)}`, status: 200 },
	{ name: 'get unknown: 404', method: 'GET', path: '/v1/groups/nope', status: 404 },
	{ name: 'create', method: 'POST', path: '/v1/groups', body: { name: 'new_group' }, status: 201 },
	{
		name: 'create with a taken name: 409',
		method: 'POST',
		path: '/v1/groups',
		body: { name: 'new_group' },
		status: 409,
	},
	{ name: 'create without a name: 400', method: 'POST', path: '/v1/groups', body: {}, status: 400 },
	{
		name: 'update',
		method: 'PATCH',
		path: (emu) => `/v1/groups/${group(emu)}`,
		body: { name: 'renamed_group' },
		status: 200,
	},
	{
		name: 'update unknown: 404',
		method: 'PATCH',
		path: '/v1/groups/nope',
		body: { name: 'x' },
		status: 404,
	},
	{ name: 'users', method: 'GET', path: (emu) => `/v1/groups/${group(emu)}/users`, status: 200 },
	{
		name: 'add a user',
		method: 'POST',
		path: (emu) => `/v1/groups/${group(emu)}/users`,
		body: (emu) => ({ email: email(emu), role: 'View Destination' }),
		status: 200,
	},
	{
		name: 'add a user twice: 409',
		method: 'POST',
		path: (emu) => `/v1/groups/${group(emu)}/users`,
		body: (emu) => ({ email: email(emu), role: 'View Destination' }),
		status: 409,
	},
	{
		name: 'remove a user',
		method: 'DELETE',
		path: (emu) => `/v1/groups/${group(emu)}/users/${nth(emu.state.users, 1)}`,
		status: 200,
	},
	{
		name: 'remove a user again: 404',
		method: 'DELETE',
		path: (emu) => `/v1/groups/${group(emu)}/users/${nth(emu.state.users, 1)}`,
		status: 404,
	},
	{
		name: 'connections',
		method: 'GET',
		path: (emu) => `/v1/groups/${withConnections(emu)}/connections`,
		status: 200,
	},
	{
		name: 'connections on the legacy path',
		method: 'GET',
		path: (emu) => `/v1/groups/${withConnections(emu)}/connectors`,
		status: 200,
	},
	{
		name: 'connections of unknown: 404',
		method: 'GET',
		path: '/v1/groups/nope/connections',
		status: 404,
	},
	{
		name: 'public key',
		method: 'GET',
		path: (emu) => `/v1/groups/${group(emu)}/public-key`,
		status: 200,
	},
	{
		name: 'public key of unknown: 404',
		method: 'GET',
		path: '/v1/groups/nope/public-key',
		status: 404,
	},
	{
		name: 'service account',
		method: 'GET',
		path: (emu) => `/v1/groups/${group(emu)}/service-account`,
		status: 200,
	},
	{
		name: 'delete a group with connections: 409',
		method: 'DELETE',
		path: (emu) => `/v1/groups/${withConnections(emu)}`,
		status: 409,
	},
	{ name: 'delete', method: 'DELETE', path: (emu) => `/v1/groups/${empty(emu)}`, status: 200 },
	{ name: 'delete unknown: 404', method: 'DELETE', path: '/v1/groups/nope', status: 404 },
	{ name: 'users of unknown: 404', method: 'GET', path: '/v1/groups/nope/users', status: 404 },
	{
		name: 'add a user to unknown: 404',
		method: 'POST',
		path: '/v1/groups/nope/users',
		body: (emu) => ({ email: email(emu), role: 'View Destination' }),
		status: 404,
	},
	{
		name: 'service account of unknown: 404',
		method: 'GET',
		path: '/v1/groups/nope/service-account',
		status: 404,
	},
];
