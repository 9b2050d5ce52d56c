import type { IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import {
	configField,
	daylightSavingField,
	destinationIdField,
	destinationOperationFields,
	regionField,
	runSetupTestsField,
	timeZoneOffsetField,
	trustFields,
} from './fields';
import { readDestinationId } from './parameters';
import { destinationRequest } from './request';
import { destinationSettingsBody } from './settings';
import { readUpdateBody } from '../../helpers/parameters';

export const description = destinationOperationFields('update', [
	destinationIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				...configField,
				description: `${configField.description} Only the keys given change; the others stay as they are.`,
			},
			daylightSavingField,
			regionField,
			{ ...runSetupTestsField, default: false },
			timeZoneOffsetField,
			...trustFields,
		],
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const destinationId = readDestinationId(this, itemIndex);
	const body = readUpdateBody(this, itemIndex, destinationSettingsBody);
	const { data } = await destinationRequest(this, itemIndex, {
		method: 'PATCH',
		destinationId,
		body,
	});
	return data;
}
