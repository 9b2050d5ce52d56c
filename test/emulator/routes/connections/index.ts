/**
 * Connection routes (fivetran-api.md section 3). Legacy `/v1/connectors...` paths are
 * rewritten to these by the router, with `ctx.legacy` set.
 */
import type { Route } from '../../types';
import { actionRoutes } from './actions';
import { crudRoutes } from './crud';
import { moveRoutes } from './move';
import { warningRoutes } from './warnings';
import { schemaRoutes } from './schemas';
import { stateAndHistoryRoutes } from './stateAndHistory';

export { seedConnections } from './seed';
export { moveJobTicker } from './move';
export { addConnectionWarning, WARNINGS_PREVIEW } from './warnings';

export const routes: Route[] = [
	...crudRoutes,
	...actionRoutes,
	...schemaRoutes,
	...stateAndHistoryRoutes,
	...warningRoutes,
	...moveRoutes,
];
