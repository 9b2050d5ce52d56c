/** Roles: GET /v1/roles, the catalog seeded by `seedRoles` (catalog/roles.ts), paged. */
import { paginate } from '../pagination';
import type { Route, RouteContext } from '../types';

function listRoles(ctx: RouteContext) {
	return paginate([...ctx.state.roles.values()], ctx.query);
}

export const routes: Route[] = [
	{
		method: 'GET',
		path: '/v1/roles',
		handler: listRoles,
		permission: { resourceType: 'ROLES', access: 'READ' },
	},
];
