import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { apiPath, fivetranApiRequest } from '../../../../shared/transport';

const properties: INodeProperties[] = [];

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getInfo'] } },
	properties,
);

export const concurrency: ConcurrencyKind = 'read';

/** GET /v1/account/info: account id and name, and which user or system key the credential is. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: apiPath`/v1/account/info`,
		itemIndex,
	});
	return data;
}
