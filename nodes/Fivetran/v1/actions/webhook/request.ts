/** Requests on one webhook: `/v1/webhooks/{id}` plus an optional fixed sub-path. */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import {
	apiPath,
	fivetranApiRequest,
	type FivetranRequest,
	type FivetranResponse,
} from '../../../../shared/transport';

export async function webhookRequest(
	ctx: IExecuteFunctions,
	itemIndex: number,
	request: Pick<FivetranRequest, 'longRunning' | 'outcomeUnknownAdvice'> & {
		method: IHttpRequestMethods;
		webhookId: string;
		subPath?: string;
		body?: IDataObject;
	},
): Promise<FivetranResponse> {
	const { webhookId, subPath = '', ...rest } = request;
	return await fivetranApiRequest.call(ctx, {
		...rest,
		path: `${apiPath`/v1/webhooks/${webhookId}`}${subPath}`,
		itemIndex,
	});
}
