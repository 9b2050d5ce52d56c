import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

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
	if (body.time_zone_offset === undefined) {
		body.time_zone_offset = await currentTimeZoneOffset(this, itemIndex, destinationId);
	}
	const { data } = await destinationRequest(this, itemIndex, {
		method: 'PATCH',
		destinationId,
		body,
	});
	return data;
}

/**
 * modify_destination's body requires `time_zone_offset` (Fivetran's definition, July and
 * September 2026): when the user does not change it, the destination's current value is read
 * and sent back unchanged.
 */
async function currentTimeZoneOffset(
	ctx: IExecuteFunctions,
	itemIndex: number,
	destinationId: string,
): Promise<string> {
	const { data } = await destinationRequest(ctx, itemIndex, { method: 'GET', destinationId });
	const offset = data.time_zone_offset;
	if (typeof offset !== 'string' || offset === '') {
		throw new NodeOperationError(
			ctx.getNode(),
			`Could not read the current time zone offset of destination '${destinationId}', which Fivetran requires in every update`,
			{ itemIndex, description: 'Add Time Zone Offset under Update Fields and run again.' },
		);
	}
	return offset;
}
