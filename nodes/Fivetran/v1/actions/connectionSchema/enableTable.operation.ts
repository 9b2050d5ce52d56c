import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { schemaOperationFields, targetFields } from './fields';
import { patchEnabled } from './enabledPatch';
import { readCollection } from '../../helpers/parameters';
import { bodyPartOrThrow, rowFilterBody, rowFilterOptions } from './rowFilter';

export const description = schemaOperationFields('enableTable', [
	...targetFields('table'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			...rowFilterOptions,
			{
				displayName: 'Sync Mode',
				name: 'syncMode',
				type: 'options',
				options: [
					{
						name: 'History',
						value: 'HISTORY',
						description: 'Keep every version of each row (history mode)',
					},
					{
						name: 'Live',
						value: 'LIVE',
						description: 'Mirror the source: rows deleted there are deleted in the destination',
					},
					{
						name: 'Soft Delete',
						value: 'SOFT_DELETE',
						description: 'Mark rows deleted in the source instead of removing them',
					},
				],
				default: 'SOFT_DELETE',
				description:
					'How the table is synced. Not added: Fivetran keeps the current mode. History needs a connector that supports it.',
			},
		],
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const options = readCollection(this, 'options', itemIndex);
	const extra: IDataObject = {
		...(options.syncMode ? { sync_mode: options.syncMode } : {}),
		...bodyPartOrThrow(this, itemIndex, rowFilterBody(options)),
	};
	return await patchEnabled(this, itemIndex, 'table', true, extra);
}
