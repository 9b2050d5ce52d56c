import { apiPath } from '../../../../shared/transport';
import { deleteOperation } from '../shared/deleteOperation';
import { webhookIdField, webhookOperationFields } from './fields';
import { readWebhookId } from './parameters';

export const description = webhookOperationFields('delete', [
	{ ...webhookIdField, description: 'The webhook to delete permanently' },
]);

export const { concurrency, execute } = deleteOperation({
	readId: readWebhookId,
	path: (id) => apiPath`/v1/webhooks/${id}`,
});
