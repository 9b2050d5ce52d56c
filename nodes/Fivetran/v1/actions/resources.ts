/**
 * The registry of resources: resource value -> its operations (name -> module).
 * Adding a resource = one line here and one in versionDescription.ts; the router
 * never changes.
 */
import type { OperationModule } from './node.type';
import * as account from './account/Account.resource';
import * as connection from './connection/Connection.resource';
import * as connectionSchema from './connectionSchema/ConnectionSchema.resource';
import * as connectorType from './connectorType/ConnectorType.resource';
import * as destination from './destination/Destination.resource';
import * as group from './group/Group.resource';
import * as role from './role/Role.resource';
import * as systemKey from './systemKey/SystemKey.resource';
import * as team from './team/Team.resource';
import * as user from './user/User.resource';
import * as userApiKey from './userApiKey/UserApiKey.resource';
import * as webhook from './webhook/Webhook.resource';

export const resources: Record<string, Record<string, OperationModule>> = {
	account: account.operations,
	connection: connection.operations,
	connectionSchema: connectionSchema.operations,
	connectorType: connectorType.operations,
	destination: destination.operations,
	group: group.operations,
	role: role.operations,
	systemKey: systemKey.operations,
	team: team.operations,
	user: user.operations,
	userApiKey: userApiKey.operations,
	webhook: webhook.operations,
};
