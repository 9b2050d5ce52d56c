import type { IExecuteFunctions } from 'n8n-workflow';

import { setupTestOptions } from '../../../../shared/descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { destinationIdField, destinationOperationFields, trustFields } from './fields';
import { readDestinationId } from './parameters';
import { destinationRequest } from './request';
import { destinationSettingsBody } from './settings';
import { bodyOrThrow, readCollection } from '../../helpers/parameters';

export const description = destinationOperationFields('runSetupTests', [
	destinationIdField,
	setupTestOptions(trustFields),
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const destinationId = readDestinationId(this, itemIndex);
	// Fivetran wants a body here, even an empty one.
	const body = bodyOrThrow(
		this,
		itemIndex,
		destinationSettingsBody(readCollection(this, 'options', itemIndex)),
	);
	const { data } = await destinationRequest(this, itemIndex, {
		method: 'POST',
		destinationId,
		subPath: '/test',
		body,
		// Each run counts against Fivetran's setup-test limit: never re-sent.
		longRunning: true,
		outcomeUnknownAdvice:
			"Check the destination's setup_status with Destination › Get, or run the setup tests again later.",
	});
	return data;
}
