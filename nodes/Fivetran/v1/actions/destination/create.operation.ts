import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { groupIdField } from '../group/fields';
import { readGroupId } from '../group/parameters';
import {
	configField,
	daylightSavingField,
	destinationOperationFields,
	regionField,
	runSetupTestsField,
	timeZoneOffsetField,
	trustFields,
} from './fields';
import { destinationRequest } from './request';
import { destinationSettingsBody } from './settings';
import { readRequiredText, bodyOrThrow, readCollection } from '../../helpers/parameters';

export const description = destinationOperationFields('create', [
	{
		...groupIdField,
		description: 'The group the destination belongs to; a group has at most one destination',
	},
	{
		displayName: 'Service',
		name: 'service',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. snowflake',
		description:
			'The destination type in Fivetran API format, e.g. snowflake, big_query, postgres_warehouse',
	},
	regionField,
	timeZoneOffsetField,
	configField,
	runSetupTestsField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [daylightSavingField, ...trustFields],
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const groupId = readGroupId(this, itemIndex);
	const service = readRequiredText(this, 'service', 'Service', itemIndex);
	const settings: IDataObject = {
		region: this.getNodeParameter('region', itemIndex),
		timeZoneOffset: this.getNodeParameter('timeZoneOffset', itemIndex),
		config: this.getNodeParameter('config', itemIndex, '{}'),
		runSetupTests: this.getNodeParameter('runSetupTests', itemIndex, true),
		...readCollection(this, 'additionalFields', itemIndex),
	};
	const body: IDataObject = {
		group_id: groupId,
		service,
		...bodyOrThrow(this, itemIndex, destinationSettingsBody(settings)),
	};
	// Not retried: a repeat after an ambiguous failure would answer 409 (the group has one).
	const { data } = await destinationRequest(this, itemIndex, {
		method: 'POST',
		body,
		// Fivetran answers after the setup tests, which run unless turned off.
		longRunning: body.run_setup_tests !== false,
		outcomeUnknownAdvice:
			"Check whether the group now has a destination (Destination › Get with the group's ID) and its setup_status before creating it again.",
	});
	return data;
}
