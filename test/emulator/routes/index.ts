/**
 * Every route and ticker of the emulator. Each routes file exports `routes: Route[]`
 * (and optionally tickers); add yours here with one line.
 */
import type { Route, Ticker } from '../types';
import { routes as accountRoutes } from './account';
import { routes as systemKeyRoutes } from './systemKeys';
import { routes as userRoutes } from './users';
import { routes as userApiKeyRoutes } from './userApiKeys';
import { webhookTicker } from '../webhookDelivery';
import { routes as destinationRoutes } from './destinations';
import { routes as groupRoutes } from './groups';
import { routes as roleRoutes } from './roles';
import { routes as teamRoutes } from './teams';
import { routes as webhookRoutes } from './webhooks';
import { routes as connectionRoutes, moveJobTicker } from './connections';
import { routes as metadataRoutes } from './metadata';
import { syncTicker } from '../sync';

export const routes: Route[] = [
	...accountRoutes,
	...userRoutes,
	...userApiKeyRoutes,
	...systemKeyRoutes,
	...groupRoutes,
	...destinationRoutes,
	...webhookRoutes,
	...teamRoutes,
	...roleRoutes,
	...connectionRoutes,
	...metadataRoutes,
];

/** Keep webhookTicker last: it delivers what the other tickers put in the outbox in the same tick. */
export const tickers: Ticker[] = [syncTicker, moveJobTicker, webhookTicker];
