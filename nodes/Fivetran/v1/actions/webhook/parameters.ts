/** Readers for the Webhook parameters; each refuses bad input before any request. */
import type { IExecuteFunctions } from 'n8n-workflow';
import { readLocatorId } from '../../helpers/parameters';

export function readWebhookId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readLocatorId(ctx, 'webhookId', 'Webhook', itemIndex);
}
