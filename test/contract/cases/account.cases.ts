/** GET /v1/account/info, GET /v1/roles, metadata connector types. */
import type { ContractCase } from './types';

export const seed = {};

export const cases: ContractCase[] = [
	{ name: 'account info', method: 'GET', path: '/v1/account/info', status: 200 },
	{ name: 'roles', method: 'GET', path: '/v1/roles', status: 200 },
	{ name: 'roles, one page', method: 'GET', path: '/v1/roles?limit=2', status: 200 },
	{ name: 'connector types', method: 'GET', path: '/v1/metadata/connector-types', status: 200 },
	{
		name: 'connector type',
		method: 'GET',
		path: '/v1/metadata/connector-types/postgres',
		status: 200,
	},
	{
		name: 'connector type on the legacy path',
		method: 'GET',
		path: '/v1/metadata/connectors/postgres',
		status: 200,
	},
	{
		name: 'unknown connector type: 404',
		method: 'GET',
		path: '/v1/metadata/connector-types/nope',
		status: 404,
	},
	{ name: 'bad cursor: 400', method: 'GET', path: '/v1/roles?cursor=%%%', status: 400 },
];
