/** GET /v1/account/info: who is calling. Any valid key may call it (no permission). */
import { ok } from '../respond';
import type { Route } from '../types';

export const routes: Route[] = [
	{
		method: 'GET',
		path: '/v1/account/info',
		handler: ({ state, caller }) =>
			ok({
				account_id: state.accountId,
				account_name: state.accountName,
				...(caller.kind === 'user' ? { user_id: caller.id } : { system_key_id: caller.id }),
			}),
	},
];
