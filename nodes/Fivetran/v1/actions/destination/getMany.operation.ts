/**
 * Destination > Get Many: every destination the key can see (GET /v1/destinations), in the
 * version 2 representation the other destination calls ask for (decisions.md).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { readListLimit } from '../../helpers/parameters';
import { fivetranApiRequestAllItems } from '../../../../shared/transport';
import { returnAllOrLimit } from '../../../../shared/descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { destinationOperationFields } from './fields';

export const description = destinationOperationFields('getMany', [...returnAllOrLimit()]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const pages = readListLimit(this, itemIndex);
	return await fivetranApiRequestAllItems.call(
		this,
		{ path: '/v1/destinations', acceptVersion2: true, itemIndex },
		pages,
	);
}
