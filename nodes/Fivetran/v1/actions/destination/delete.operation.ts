import type { IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { destinationIdField, destinationOperationFields } from './fields';
import { readDestinationId } from './parameters';
import { destinationRequest } from './request';
import { actionResult } from '../../helpers/parameters';

export const description = destinationOperationFields('delete', [
	{ ...destinationIdField, description: 'The destination to delete permanently' },
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const destinationId = readDestinationId(this, itemIndex);
	const response = await destinationRequest(this, itemIndex, { method: 'DELETE', destinationId });
	return actionResult(destinationId, response);
}
