/**
 * The registry of resources: resource value -> its operations (name -> module).
 * Adding a resource = one line here and one in versionDescription.ts; the router
 * never changes.
 */
import type { OperationModule } from './node.type';
import * as account from './account/Account.resource';
import * as connection from './connection/Connection.resource';
import * as systemKey from './systemKey/SystemKey.resource';
import * as user from './user/User.resource';

export const resources: Record<string, Record<string, OperationModule>> = {
	account: account.operations,
	connection: connection.operations,
	systemKey: systemKey.operations,
	user: user.operations,
};
