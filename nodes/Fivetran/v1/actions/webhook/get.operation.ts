import type { IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { webhookIdField, webhookOperationFields } from './fields';
import { webhookOutput } from './output';
import { readWebhookId } from './parameters';
import { webhookRequest } from './request';

export const description = webhookOperationFields('get', [webhookIdField]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const webhookId = readWebhookId(this, itemIndex);
	const { data } = await webhookRequest(this, itemIndex, { method: 'GET', webhookId });
	return webhookOutput(data);
}
