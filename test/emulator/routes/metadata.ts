/**
 * Connector-type metadata: GET /v1/metadata/connector-types[/:service].
 * Any authenticated caller may read it (it describes Fivetran, not the account).
 */
import { ensureConnectorTypes } from '../catalog/connectorTypes';
import { paginate } from '../pagination';
import { notFound, ok } from '../respond';
import type { ConnectorTypeRecord } from '../state';
import type { Route } from '../types';

/** List items carry no field metadata; the details add `config` and `auth`. */
function summary(record: ConnectorTypeRecord): Partial<ConnectorTypeRecord> {
	const item: Partial<ConnectorTypeRecord> = { ...record };
	delete item.config;
	delete item.auth;
	return item;
}

export const routes: Route[] = [
	{
		method: 'GET',
		path: '/v1/metadata/connector-types',
		handler: (ctx) => paginate([...ensureConnectorTypes(ctx.state).values()], ctx.query, summary),
	},
	{
		method: 'GET',
		path: '/v1/metadata/connector-types/:service',
		handler: (ctx) => {
			const record = ensureConnectorTypes(ctx.state).get(ctx.params.service);
			if (!record) throw notFound('ConnectorType', ctx.params.service);
			return ok(record);
		},
	},
];
