/**
 * The transport, plus what every System Key request shares: Fivetran lets only a *user* API
 * key of an Account Administrator manage system keys and answers 403 to every other key
 * (system keys included, whatever their permissions), so a 403 here gets that explanation.
 */
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type JsonObject,
} from 'n8n-workflow';

import {
	fivetranApiRequest,
	fivetranApiRequestAllItems,
	type FivetranRequest,
	type FivetranResponse,
	type ListRequest,
} from '../../../../shared/transport';

export const ADMIN_ONLY_HINT =
	"Only a user's API key with the Account Administrator role can manage system keys; system keys and other users' keys are refused";

const ADMIN_ONLY_ADVICE =
	"Put an Account Administrator's API key and secret in the Fivetran credential used by this node.";

type ListLimit = Parameters<typeof fivetranApiRequestAllItems>[1];

export async function systemKeyApiRequest(
	this: IExecuteFunctions,
	options: FivetranRequest,
): Promise<FivetranResponse> {
	return await explainForbidden(
		this,
		options.itemIndex,
		async () => await fivetranApiRequest.call(this, options),
	);
}

export async function systemKeyApiRequestAllItems(
	this: IExecuteFunctions,
	options: ListRequest,
	limit: ListLimit,
): Promise<IDataObject[]> {
	return await explainForbidden(
		this,
		options.itemIndex,
		async () => await fivetranApiRequestAllItems.call(this, options, limit),
	);
}

async function explainForbidden<T>(
	ctx: IExecuteFunctions,
	itemIndex: number | undefined,
	request: () => Promise<T>,
): Promise<T> {
	try {
		return await request();
	} catch (error) {
		if (error instanceof NodeApiError) {
			if (error.httpCode === '403') {
				// Fivetran's own wording may already say it; otherwise the message gets the rule.
				if (!/Account Administrator/i.test(error.message)) {
					error.message = `${error.message}. ${ADMIN_ONLY_HINT}`;
				}
				error.description = `${ADMIN_ONLY_ADVICE} ${error.description ?? ''}`.trim();
			}
			// Re-wrapping a NodeApiError hands back the same object (n8n-workflow), status intact.
			throw new NodeApiError(ctx.getNode(), error as unknown as JsonObject);
		}
		throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
	}
}
