/** Teams and their user, connection and group memberships. */
import type { Emulator } from '../../emulator';
import { nth, type ContractCase } from './types';

export const seed = { users: 1, groups: 1, connections: 1 };

const team = (emu: Emulator) => nth(emu.state.teams);
const user = (emu: Emulator) => nth(emu.state.users, 1);
const group = (emu: Emulator) => nth(emu.state.groups);
const connection = (emu: Emulator) => nth(emu.state.connections);

/** The cases of one membership kind: add, add twice, list, get, update, remove, remove again. */
function memberships(
	segment: 'users' | 'connections' | 'groups',
	idField: 'user_id' | 'id',
	member: (emu: Emulator) => string,
	role: string,
	newRole: string,
): ContractCase[] {
	const base = (emu: Emulator) => `/v1/teams/${team(emu)}/${segment}`;
	const item = (emu: Emulator) => `${base(emu)}/${member(emu)}`;
	return [
		{
			name: `add to ${segment}`,
			method: 'POST',
			path: base,
			body: (emu) => ({ [idField]: member(emu), role }),
			status: 201,
		},
		{
			name: `add to ${segment} twice: 409`,
			method: 'POST',
			path: base,
			body: (emu) => ({ [idField]: member(emu), role }),
			status: 409,
		},
		{
			name: `add an unknown member to ${segment}: 404`,
			method: 'POST',
			path: base,
			body: { [idField]: 'nope', role },
			status: 404,
		},
		{ name: `list ${segment}`, method: 'GET', path: base, status: 200 },
		{
			name: `list ${segment} of unknown: 404`,
			method: 'GET',
			path: `/v1/teams/nope/${segment}`,
			status: 404,
		},
		{
			name: `update a membership of ${segment} of a non-member: 404`,
			method: 'PATCH',
			path: (emu) => `${base(emu)}/nope`,
			body: { role: newRole },
			status: 404,
		},
		{ name: `get a membership of ${segment}`, method: 'GET', path: item, status: 200 },
		{
			name: `get a membership of ${segment} of a non-member: 404`,
			method: 'GET',
			path: (emu) => `${base(emu)}/nope`,
			status: 404,
		},
		{
			name: `update a membership of ${segment}`,
			method: 'PATCH',
			path: item,
			body: { role: newRole },
			status: 200,
		},
		{
			name: `update a membership of ${segment} with an unknown role: 400`,
			method: 'PATCH',
			path: item,
			body: { role: 'Nope' },
			status: 400,
		},
		{ name: `remove from ${segment}`, method: 'DELETE', path: item, status: 200 },
		{ name: `remove from ${segment} again: 404`, method: 'DELETE', path: item, status: 404 },
	];
}

export const cases: ContractCase[] = [
	{
		name: 'create',
		method: 'POST',
		path: '/v1/teams',
		body: { name: 'analysts', description: 'Reads everything', role: 'Account Reviewer' },
		status: 201,
	},
	{
		name: 'create with a taken name: 409',
		method: 'POST',
		path: '/v1/teams',
		body: { name: 'analysts' },
		status: 409,
	},
	{ name: 'create without a name: 400', method: 'POST', path: '/v1/teams', body: {}, status: 400 },
	{ name: 'list', method: 'GET', path: '/v1/teams', status: 200 },
	{ name: 'get', method: 'GET', path: (emu) => `/v1/teams/${team(emu)}`, status: 200 },
	{ name: 'get unknown: 404', method: 'GET', path: '/v1/teams/nope', status: 404 },
	{
		name: 'update',
		method: 'PATCH',
		path: (emu) => `/v1/teams/${team(emu)}`,
		body: { description: 'Reads and writes' },
		status: 200,
	},
	{
		name: 'update unknown: 404',
		method: 'PATCH',
		path: '/v1/teams/nope',
		body: { name: 'x' },
		status: 404,
	},
	...memberships('users', 'user_id', user, 'Team Member', 'Team Manager'),
	...memberships('connections', 'id', connection, 'View Connection', 'Edit Connection'),
	...memberships('groups', 'id', group, 'View Destination', 'Edit Destination'),
	{
		name: 'remove the account role',
		method: 'DELETE',
		path: (emu) => `/v1/teams/${team(emu)}/role`,
		status: 200,
	},
	{
		name: 'remove the account role of unknown: 404',
		method: 'DELETE',
		path: '/v1/teams/nope/role',
		status: 404,
	},
	{ name: 'delete', method: 'DELETE', path: (emu) => `/v1/teams/${team(emu)}`, status: 200 },
	{ name: 'delete unknown: 404', method: 'DELETE', path: '/v1/teams/nope', status: 404 },
];
