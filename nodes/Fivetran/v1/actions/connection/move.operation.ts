import type { IDataObject, INodeProperties, IExecuteFunctions } from 'n8n-workflow';

import { withApiErrorHint } from '../../helpers/apiErrorHint';
import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import { groupLocator } from '../../../../shared/descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId, locatorId, validated } from './params';
import { requireOneOf } from './validation';

/** `sync_behavior` of connection_moved (2026-09 definition). */
const SYNC_BEHAVIORS = ['CONTINUE', 'BACKFILL', 'CONTINUE_WITH_DATA'] as const;

const properties: INodeProperties[] = [
	{
		...connectionIdField,
		description: 'The connection (connector) to move. It must be paused (use Pause first).',
	},
	{
		...groupLocator,
		displayName: 'Destination Group',
		name: 'destinationGroupId',
		required: true,
		description: 'The group (destination) to move the connection to',
	},
	{
		displayName: 'Sync Behavior',
		name: 'syncBehavior',
		type: 'options',
		options: [
			{
				name: 'Continue',
				value: 'CONTINUE',
				description:
					'Keep the sync cursor: the connection resumes incremental syncs where it left off',
			},
			{
				name: 'Backfill',
				value: 'BACKFILL',
				description: 'Reset the cursor and run a historical sync into the new destination',
			},
			{
				name: 'Continue With Data',
				value: 'CONTINUE_WITH_DATA',
				description:
					'Keep the cursor and copy the existing data in an asynchronous job (follow it with Get Move Status). Only from Snowflake Native tables to an MDLS-linked Snowflake Lakehouse destination.',
			},
		],
		default: 'CONTINUE',
		description: 'How the connection syncs after the move',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Force Move',
				name: 'forceMove',
				type: 'boolean',
				default: false,
				description:
					"Whether to confirm that the prerequisite steps are done for a connector whose credentials reference the current group (e.g. AWS IAM external IDs, GCP service accounts); Fivetran's error for such a connector lists the steps",
			},
		],
	},
];

export const description = connectionOperationFields('move', properties);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const destinationGroupId = locatorId(this, 'destinationGroupId', 'Destination Group', itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		destination_group_id: destinationGroupId,
		sync_behavior: validated(this, itemIndex, () =>
			requireOneOf(
				this.getNodeParameter('syncBehavior', itemIndex, 'CONTINUE'),
				SYNC_BEHAVIORS,
				'Sync Behavior',
			),
		),
	};
	if (options.forceMove !== undefined) body.force_move = options.forceMove === true;
	try {
		// Not idempotent (POST): after an ambiguous failure, Get tells whether the group changed.
		const { data } = await fivetranApiRequest.call(this, {
			method: 'POST',
			path: apiPath`/v1/connections/${connectionId}/move`,
			body,
			acceptVersion2: true,
			itemIndex,
		});
		return data;
	} catch (error) {
		// connection_moved: "The connection must be paused before calling this endpoint."
		throw withApiErrorHint(error, ['400', '409'], {
			description:
				"A connection must be paused before it is moved (use Pause first); a connector whose credentials reference its current group also needs Force Move once the steps in Fivetran's message are done.",
		});
	}
}
