import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

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
import { requestOptionsDescription } from './requestOptions.description';

/**
 * displayName, name, group and icon come from the wrapper's base description (Fivetran.node.ts):
 * n8n's lint takes any object with the first three for a node class description and then wants
 * its file named Fivetran.node.ts.
 */
export const versionDescription: Omit<INodeTypeDescription, 'displayName' | 'name' | 'group'> = {
	version: 1,
	subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
	description:
		'Manage Fivetran connections (connectors), syncs, users, groups, destinations, webhooks, teams, system keys and user API keys',
	defaults: { name: 'Fivetran' },
	usableAsTool: true,
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	// Tested by the node (nodes/shared/credentialTest.ts): a 403 on the test request still passes.
	credentials: [{ name: 'fivetranApi', required: true, testedBy: 'fivetranApiTest' }],
	properties: [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Account', value: 'account' },
				{ name: 'Connection (Connector)', value: 'connection' },
				{ name: 'Connection Schema', value: 'connectionSchema' },
				{ name: 'Connector Type', value: 'connectorType' },
				{ name: 'Destination', value: 'destination' },
				{ name: 'Group', value: 'group' },
				{ name: 'Role', value: 'role' },
				{ name: 'System Key', value: 'systemKey' },
				{ name: 'Team', value: 'team' },
				{ name: 'User', value: 'user' },
				{ name: 'User API Key', value: 'userApiKey' },
				{ name: 'Webhook', value: 'webhook' },
			],
			default: 'connection',
		},
		...account.description,
		...connection.description,
		...connectionSchema.description,
		...connectorType.description,
		...destination.description,
		...group.description,
		...role.description,
		...systemKey.description,
		...team.description,
		...user.description,
		...userApiKey.description,
		...webhook.description,
		...requestOptionsDescription,
	],
};
