/**
 * The Webhook resource: account and group webhooks Fivetran POSTs events to (fivetran-api.md
 * section 5). To start a workflow on events, use the Fivetran Trigger instead; it manages its
 * own webhook.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as sendTestEvent from './sendTestEvent.operation';
import * as update from './update.operation';

export const operations: Record<string, OperationModule> = {
	create,
	delete: del,
	get,
	getMany,
	sendTestEvent,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['webhook'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a webhook',
				description:
					'Create an account or group webhook; Fivetran first sends a test event to its URL',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a webhook',
				description:
					'Permanently deletes a webhook; Fivetran stops sending its events at once. Cannot be undone.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a webhook',
				description: 'Get a webhook by ID (its secret is never returned)',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many webhooks',
				description: 'List the webhooks of the account and its groups',
			},
			{
				name: 'Send Test Event',
				value: 'sendTestEvent',
				action: 'Send a test event to a webhook',
				description: 'Send a made-up event to the webhook URL and report how it answered',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a webhook',
				description: "Change a webhook's URL, events, secret or whether it is active",
			},
		],
		default: 'getMany',
	},
	...create.description,
	...del.description,
	...get.description,
	...getMany.description,
	...sendTestEvent.description,
	...update.description,
];
