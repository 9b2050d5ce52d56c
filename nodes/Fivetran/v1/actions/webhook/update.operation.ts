import type { IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import {
	activeField,
	eventsField,
	secretField,
	urlField,
	webhookIdField,
	webhookOperationFields,
} from './fields';
import { webhookOutput } from './output';
import { readWebhookId } from './parameters';
import { webhookRequest } from './request';
import { webhookSettingsBody } from './settings';
import { readUpdateBody } from '../../helpers/parameters';

export const description = webhookOperationFields('update', [
	webhookIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			activeField,
			{ ...eventsField, description: 'The events Fivetran sends; replaces the current list' },
			{ ...secretField, description: `${secretField.description} Replaces the current secret.` },
			urlField,
		],
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const webhookId = readWebhookId(this, itemIndex);
	const body = readUpdateBody(this, itemIndex, webhookSettingsBody);
	const { data } = await webhookRequest(this, itemIndex, { method: 'PATCH', webhookId, body });
	return webhookOutput(data);
}
