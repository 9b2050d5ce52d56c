/**
 * The "Get Many" shape many resources share: read where the list is, read Return All / Limit,
 * follow the cursor, optionally reshape each record.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readListLimit } from '../../helpers/parameters';
import { fivetranApiRequestAllItems } from '../../transport';
import type { OperationModule } from '../node.type';

/** What a factory provides; the operation file adds its own description. */
export type OperationBehaviour = Pick<OperationModule, 'concurrency' | 'execute'>;

/** The list's path: fixed, or read (and validated) from the item's parameters. */
export type ListPath = string | ((ctx: IExecuteFunctions, itemIndex: number) => string);

export function listOperation(
	path: ListPath,
	toOutput?: (record: IDataObject) => IDataObject,
): OperationBehaviour {
	return {
		concurrency: 'read',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			// The path first: its parameter errors are reported before those of Limit.
			const listPath = typeof path === 'string' ? path : path(this, itemIndex);
			const pages = readListLimit(this, itemIndex);
			const records = await fivetranApiRequestAllItems.call(
				this,
				{ path: listPath, itemIndex },
				pages,
			);
			return toOutput ? records.map((record) => toOutput(record)) : records;
		},
	};
}
