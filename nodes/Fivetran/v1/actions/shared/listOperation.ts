/**
 * The "Get Many" shape many resources share: read where the list is, read Return All / Limit,
 * follow the cursor, optionally reshape each record.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readListLimit } from '../../helpers/parameters';
import { fivetranApiRequestAllItems } from '../../../../shared/transport';
import type { OperationModule } from '../node.type';

/** What a factory provides; the operation file adds its own description. */
export type OperationBehaviour = Pick<OperationModule, 'concurrency' | 'execute'>;

/** The list's path: fixed, or read (and validated) from the item's parameters. */
export type ListPath = string | ((ctx: IExecuteFunctions, itemIndex: number) => string);

/** The list's query filters, read (and validated) from the item's parameters. */
export type ListQuery = (ctx: IExecuteFunctions, itemIndex: number) => IDataObject;

export function listOperation(
	path: ListPath,
	toOutput?: (record: IDataObject) => IDataObject,
	query?: ListQuery,
): OperationBehaviour {
	return {
		concurrency: 'read',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			// The path first: its parameter errors are reported before those of Limit.
			const listPath = typeof path === 'string' ? path : path(this, itemIndex);
			const qs = query?.(this, itemIndex);
			const pages = readListLimit(this, itemIndex);
			const records = await fivetranApiRequestAllItems.call(
				this,
				{ path: listPath, ...(qs && { qs }), itemIndex },
				pages,
			);
			return toOutput ? records.map((record) => toOutput(record)) : records;
		},
	};
}
