/** Users and their connection and group memberships. */
import type { Emulator } from '../../emulator';
import { nth, type ContractCase } from './types';

export const seed = { users: 2, groups: 1, connections: 1 };

const user = (emu: Emulator) => nth(emu.state.users, 1);
const other = (emu: Emulator) => nth(emu.state.users, 2);
const group = (emu: Emulator) => nth(emu.state.groups);
const connection = (emu: Emulator) => nth(emu.state.connections);

export const cases: ContractCase[] = [
	{ name: 'list', method: 'GET', path: '/v1/users', status: 200 },
	{ name: 'list, one page', method: 'GET', path: '/v1/users?limit=1', status: 200 },
	{ name: 'get', method: 'GET', path: (emu) => `/v1/users/${user(emu)}`, status: 200 },
	{ name: 'get unknown: 404', method: 'GET', path: '/v1/users/nobody', status: 404 },
	{
		name: 'invite',
		method: 'POST',
		path: '/v1/users',
		body: {
			email: 'new.user@example.com',
			given_name: 'New',
			family_name: 'User',
			role: 'Account Reviewer',
		},
		status: 201,
	},
	{
		name: 'invite without a name: 400',
		method: 'POST',
		path: '/v1/users',
		body: { email: 'nameless@example.com' },
		status: 400,
	},
	{
		name: 'invite an existing e-mail: 409',
		method: 'POST',
		path: '/v1/users',
		body: { email: 'new.user@example.com', given_name: 'New', family_name: 'User' },
		status: 409,
	},
	{
		name: 'update',
		method: 'PATCH',
		path: (emu) => `/v1/users/${user(emu)}`,
		body: { given_name: 'Renamed', phone: '+123456789' },
		status: 200,
	},
	{
		name: 'update unknown: 404',
		method: 'PATCH',
		path: '/v1/users/nobody',
		body: { given_name: 'X' },
		status: 404,
	},
	{
		name: 'update with a bad type: 400',
		method: 'PATCH',
		path: (emu) => `/v1/users/${user(emu)}`,
		body: { given_name: 7 },
		status: 400,
	},
	{
		name: 'add to a group',
		method: 'POST',
		path: (emu) => `/v1/users/${user(emu)}/groups`,
		body: (emu) => ({ id: group(emu), role: 'View Destination' }),
		status: 201,
	},
	{
		name: 'add to a group twice: 409',
		method: 'POST',
		path: (emu) => `/v1/users/${user(emu)}/groups`,
		body: (emu) => ({ id: group(emu), role: 'View Destination' }),
		status: 409,
	},
	{
		name: 'add to an unknown group: 404',
		method: 'POST',
		path: (emu) => `/v1/users/${user(emu)}/groups`,
		body: { id: 'nothing', role: 'View Destination' },
		status: 404,
	},
	{
		name: 'group memberships',
		method: 'GET',
		path: (emu) => `/v1/users/${user(emu)}/groups`,
		status: 200,
	},
	{
		name: 'group membership',
		method: 'GET',
		path: (emu) => `/v1/users/${user(emu)}/groups/${group(emu)}`,
		status: 200,
	},
	{
		name: 'group membership of a non-member: 404',
		method: 'GET',
		path: (emu) => `/v1/users/${other(emu)}/groups/${group(emu)}`,
		status: 404,
	},
	{
		name: 'update a group membership',
		method: 'PATCH',
		path: (emu) => `/v1/users/${user(emu)}/groups/${group(emu)}`,
		body: { role: 'Edit Destination' },
		status: 200,
	},
	{
		name: 'update a group membership with an unknown role: 400',
		method: 'PATCH',
		path: (emu) => `/v1/users/${user(emu)}/groups/${group(emu)}`,
		body: { role: 'Nope' },
		status: 400,
	},
	{
		name: 'add to a connection',
		method: 'POST',
		path: (emu) => `/v1/users/${user(emu)}/connections`,
		body: (emu) => ({ id: connection(emu), role: 'View Connection' }),
		status: 201,
	},
	{
		name: 'add to a connection on the legacy path',
		method: 'POST',
		path: (emu) => `/v1/users/${other(emu)}/connectors`,
		body: (emu) => ({ id: connection(emu), role: 'View Connection' }),
		status: 201,
	},
	{
		name: 'add to a connection twice: 409',
		method: 'POST',
		path: (emu) => `/v1/users/${user(emu)}/connections`,
		body: (emu) => ({ id: connection(emu), role: 'View Connection' }),
		status: 409,
	},
	{
		name: 'connection memberships',
		method: 'GET',
		path: (emu) => `/v1/users/${user(emu)}/connections`,
		status: 200,
	},
	{
		name: 'connection membership',
		method: 'GET',
		path: (emu) => `/v1/users/${user(emu)}/connections/${connection(emu)}`,
		status: 200,
	},
	{
		name: 'connection membership of an unknown connection: 404',
		method: 'GET',
		path: (emu) => `/v1/users/${user(emu)}/connections/nothing`,
		status: 404,
	},
	{
		name: 'update a connection membership',
		method: 'PATCH',
		path: (emu) => `/v1/users/${user(emu)}/connections/${connection(emu)}`,
		body: { role: 'Edit Connection' },
		status: 200,
	},
	{
		name: 'remove from a connection',
		method: 'DELETE',
		path: (emu) => `/v1/users/${user(emu)}/connections/${connection(emu)}`,
		status: 200,
	},
	{
		name: 'remove from a connection again: 404',
		method: 'DELETE',
		path: (emu) => `/v1/users/${user(emu)}/connections/${connection(emu)}`,
		status: 404,
	},
	{
		name: 'remove from a group',
		method: 'DELETE',
		path: (emu) => `/v1/users/${user(emu)}/groups/${group(emu)}`,
		status: 200,
	},
	{
		name: 'remove from a group again: 404',
		method: 'DELETE',
		path: (emu) => `/v1/users/${user(emu)}/groups/${group(emu)}`,
		status: 404,
	},
	{
		name: 'remove the account role',
		method: 'DELETE',
		path: (emu) => `/v1/users/${user(emu)}/role`,
		status: 200,
	},
	{
		name: 'remove the account role of nobody: 404',
		method: 'DELETE',
		path: '/v1/users/nobody/role',
		status: 404,
	},
	{
		name: 'delete the last Account Administrator: 400',
		method: 'DELETE',
		path: (emu) => `/v1/users/${emu.adminUserId}`,
		status: 400,
	},
	{ name: 'delete', method: 'DELETE', path: (emu) => `/v1/users/${user(emu)}`, status: 200 },
	{ name: 'delete unknown: 404', method: 'DELETE', path: '/v1/users/nobody', status: 404 },
];
