import type { IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { webhookIdField, webhookOperationFields } from './fields';
import { readWebhookId } from './parameters';
import { webhookRequest } from './request';
import { actionResult } from '../../helpers/parameters';

export const description = webhookOperationFields('delete', [
	{ ...webhookIdField, description: 'The webhook to delete permanently' },
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const webhookId = readWebhookId(this, itemIndex);
	const response = await webhookRequest(this, itemIndex, { method: 'DELETE', webhookId });
	return actionResult(webhookId, response);
}
