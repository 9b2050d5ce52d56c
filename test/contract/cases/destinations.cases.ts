/** Destinations: one per group, created by the cases (the seed makes none). */
import type { Emulator } from '../../emulator';
import { nth, type ContractCase } from './types';

export const seed = { groups: 2 };

const group = (emu: Emulator) => nth(emu.state.groups);
const other = (emu: Emulator) => nth(emu.state.groups, 1);

export const cases: ContractCase[] = [
	{
		name: 'create',
		method: 'POST',
		path: '/v1/destinations',
		body: (emu) => ({
			group_id: group(emu),
			service: 'snowflake',
			region: 'GCP_US_EAST4',
			time_zone_offset: '-5',
			config: { host: 'account.snowflakecomputing.com', user: 'fivetran', database: 'fivetran' },
		}),
		status: 201,
	},
	{
		name: 'create with setup tests',
		method: 'POST',
		path: '/v1/destinations',
		body: (emu) => ({
			group_id: other(emu),
			service: 'big_query',
			time_zone_offset: '+1',
			run_setup_tests: true,
		}),
		status: 201,
	},
	{
		name: 'create a second one in a group: 409',
		method: 'POST',
		path: '/v1/destinations',
		body: (emu) => ({ group_id: group(emu), service: 'snowflake', time_zone_offset: '0' }),
		status: 409,
	},
	{
		name: 'create in an unknown group: 404',
		method: 'POST',
		path: '/v1/destinations',
		body: { group_id: 'nope', service: 'snowflake', time_zone_offset: '0' },
		status: 404,
	},
	{
		name: 'create with a bad offset: 400',
		method: 'POST',
		path: '/v1/destinations',
		body: (emu) => ({ group_id: group(emu), service: 'snowflake', time_zone_offset: '+40' }),
		status: 400,
	},
	{ name: 'list', method: 'GET', path: '/v1/destinations', status: 200 },
	{ name: 'get', method: 'GET', path: (emu) => `/v1/destinations/${group(emu)}`, status: 200 },
	{ name: 'get unknown: 404', method: 'GET', path: '/v1/destinations/nope', status: 404 },
	{
		name: 'update',
		method: 'PATCH',
		path: (emu) => `/v1/destinations/${group(emu)}`,
		body: { region: 'AWS_US_EAST_1', time_zone_offset: '+2' },
		status: 200,
	},
	{
		name: 'update with an unknown region: 400',
		method: 'PATCH',
		path: (emu) => `/v1/destinations/${group(emu)}`,
		body: { region: 'MOON_1', time_zone_offset: '+2' },
		status: 400,
	},
	{
		name: 'update unknown: 404',
		method: 'PATCH',
		path: '/v1/destinations/nope',
		body: { time_zone_offset: '+2' },
		status: 404,
	},
	{
		name: 'setup tests',
		method: 'POST',
		path: (emu) => `/v1/destinations/${group(emu)}/test`,
		body: { trust_certificates: true },
		status: 200,
	},
	{
		name: 'setup tests of unknown: 404',
		method: 'POST',
		path: '/v1/destinations/nope/test',
		body: {},
		status: 404,
	},
	{
		name: 'delete',
		method: 'DELETE',
		path: (emu) => `/v1/destinations/${group(emu)}`,
		status: 200,
	},
	{ name: 'delete unknown: 404', method: 'DELETE', path: '/v1/destinations/nope', status: 404 },
];
