import {
	NodeConnectionTypes,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { credentialTest } from '../shared/credentialTest';
import { searchGroups } from '../shared/listSearch';
import { createWebhook, deleteWebhook, webhookExists } from './lifecycle';
import { triggerProperties } from './properties';
import { receiveWebhook } from './webhook';

export class FivetranTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fivetran Trigger',
		name: 'fivetranTrigger',
		icon: { light: 'file:../Fivetran/fivetran.svg', dark: 'file:../Fivetran/fivetran.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			"Starts the workflow on Fivetran events (syncs, connections, transformations), verifying every delivery's signature",
		defaults: { name: 'Fivetran Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fivetranApi', required: true, testedBy: 'fivetranApiTest' }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	methods = {
		listSearch: { searchGroups },
		credentialTest,
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhookExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createWebhook.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return receiveWebhook.call(this);
	}
}
