/**
 * Connection routes (fivetran-api.md section 3). Legacy `/v1/connectors...` paths are
 * rewritten to these by the router, with `ctx.legacy` set.
 */
import type { Route } from '../../types';
import { actionRoutes } from './actions';
import { crudRoutes } from './crud';
import { schemaRoutes } from './schemas';
import { stateAndHistoryRoutes } from './stateAndHistory';

export { seedConnections } from './seed';

export const routes: Route[] = [
	...crudRoutes,
	...actionRoutes,
	...schemaRoutes,
	...stateAndHistoryRoutes,
];
