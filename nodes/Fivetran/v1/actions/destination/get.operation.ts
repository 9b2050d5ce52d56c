import type { IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { destinationIdField, destinationOperationFields } from './fields';
import { readDestinationId } from './parameters';
import { destinationRequest } from './request';

export const description = destinationOperationFields('get', [destinationIdField]);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const destinationId = readDestinationId(this, itemIndex);
	const { data } = await destinationRequest(this, itemIndex, { method: 'GET', destinationId });
	return data;
}
