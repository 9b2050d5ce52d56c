/**
 * GET /v1/account/info: who is calling. Every valid user key may call it. A system key needs
 * the ACCOUNT permission with READ (or MANAGE) access, like every account-level endpoint:
 * Fivetran's system-key resource types (https://fivetran.com/docs/rest-api/getting-started/system-keys,
 * "Resource types": ACCOUNT) scope the account endpoints, and a key without it is answered 403
 * (issue 15, defect 8: a working system key fails the credential test on this 403).
 */
import { ok } from '../respond';
import type { Route } from '../types';

export const routes: Route[] = [
	{
		method: 'GET',
		path: '/v1/account/info',
		permission: { resourceType: 'ACCOUNT', access: 'READ' },
		handler: ({ state, caller }) =>
			ok({
				account_id: state.accountId,
				account_name: state.accountName,
				...(caller.kind === 'user' ? { user_id: caller.id } : { system_key_id: caller.id }),
			}),
	},
];
