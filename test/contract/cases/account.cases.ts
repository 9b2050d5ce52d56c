/** GET /v1/account/info, GET /v1/roles, metadata connector types. */
import type { Emulator } from '../../emulator';
import { track } from '../../emulator/pagination';
import type { ContractCase } from './types';

/** A system key with connection access only: no ACCOUNT permission. */
const CONNECTIONS_ONLY = { apiKey: 'ft_ConnectionsOnlyKey', apiSecret: 'c'.repeat(32) };

function addConnectionsOnlyKey(emu: Emulator): void {
	emu.state.systemKeys.set(
		'key_connections_only',
		track({
			id: 'key_connections_only',
			name: 'connections_only',
			key: CONNECTIONS_ONLY.apiKey,
			secret: CONNECTIONS_ONLY.apiSecret,
			permissions: [{ resource_type: 'CONNECTOR', access_level: 'MANAGE' as const }],
			expiration_period: 'INFINITE',
			created_at: '2026-01-01T00:00:00.000Z',
			updated_at: '2026-01-01T00:00:00.000Z',
			expired_at: null,
			last_used_at: null,
		}),
	);
}

export const seed = {};

export const cases: ContractCase[] = [
	{ name: 'account info', method: 'GET', path: '/v1/account/info', status: 200 },
	{
		name: 'account info for a system key without ACCOUNT read: 403',
		method: 'GET',
		path: '/v1/account/info',
		status: 403,
		setup: addConnectionsOnlyKey,
		as: () => CONNECTIONS_ONLY,
	},
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
