/**
 * Get Sync History: the syncs of a connection in a time window of up to 7 days, one item per
 * sync, as Fivetran lists them (GET /v1/connections/{id}/sync-history, 2026-09 definition).
 */
import type { INodeProperties, IExecuteFunctions } from 'n8n-workflow';

import { parseDateTime, syncHistoryWindow } from '../../helpers/syncHistoryWindow';
import {
	apiPath,
	fivetranApiRequestAllItems,
	transportRuntime,
} from '../../../../shared/transport';
import { returnAllOrLimit } from '../../../../shared/descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId, validated } from './params';
import { requireLimit } from './validation';

const properties: INodeProperties[] = [
	connectionIdField,
	{
		displayName: 'From',
		name: 'startTime',
		type: 'dateTime',
		default: '',
		description:
			'Start of the time window (in the workflow time zone unless the value has one). At most 7 days in the past. Empty: one hour before To, or the last hour when To is empty too.',
	},
	{
		displayName: 'To',
		name: 'endTime',
		type: 'dateTime',
		default: '',
		description:
			"End of the time window: after From and at most 7 days after it (Fivetran's limit). Empty: one hour after From.",
	},
	...returnAllOrLimit(),
];

export const description = connectionOperationFields('getSyncHistory', properties);

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const timeZone = this.getTimezone();
	const qs = validated(this, itemIndex, () =>
		syncHistoryWindow(
			parseDateTime(this.getNodeParameter('startTime', itemIndex, ''), timeZone, 'From'),
			parseDateTime(this.getNodeParameter('endTime', itemIndex, ''), timeZone, 'To'),
			transportRuntime.now(),
		),
	);
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll
		? undefined
		: validated(this, itemIndex, () => requireLimit(this.getNodeParameter('limit', itemIndex, 50)));
	const syncs = await fivetranApiRequestAllItems.call(
		this,
		{
			path: apiPath`/v1/connections/${connectionId}/sync-history`,
			qs: { ...qs },
			acceptVersion2: true,
			itemIndex,
		},
		{ returnAll, limit },
	);
	return syncs.map((sync) => ({ connection_id: connectionId, ...sync }));
}
