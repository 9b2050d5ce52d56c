import type { IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequestAllItems } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { webhookOperationFields } from './fields';
import { webhookOutput } from './output';
import { readListLimit } from '../../helpers/parameters';

export const description = webhookOperationFields('getMany', [...returnAllOrLimit()]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const pages = readListLimit(this, itemIndex);
	const webhooks = await fivetranApiRequestAllItems.call(
		this,
		{ path: '/v1/webhooks', itemIndex },
		pages,
	);
	return webhooks.map(webhookOutput);
}
