/**
 * Every destination request: Fivetran's destination endpoints default to the version 2
 * representation, which the node asks for explicitly (decisions.md, as Fivetran's Go client).
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import {
	apiPath,
	fivetranApiRequest,
	type FivetranRequest,
	type FivetranResponse,
} from '../../../../shared/transport';

export async function destinationRequest(
	ctx: IExecuteFunctions,
	itemIndex: number,
	request: Pick<FivetranRequest, 'longRunning' | 'outcomeUnknownAdvice'> & {
		method: IHttpRequestMethods;
		/** Omitted for POST /v1/destinations. */
		destinationId?: string;
		/** A fixed sub-path such as `/test`. */
		subPath?: string;
		body?: IDataObject;
		idempotent?: boolean;
	},
): Promise<FivetranResponse> {
	const { destinationId, subPath = '', ...rest } = request;
	const base =
		destinationId === undefined ? '/v1/destinations' : apiPath`/v1/destinations/${destinationId}`;
	return await fivetranApiRequest.call(ctx, {
		...rest,
		path: `${base}${subPath}`,
		acceptVersion2: true,
		itemIndex,
	});
}
