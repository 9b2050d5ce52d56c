/**
 * The Delete shape several resources share: read the record's id, DELETE its path, answer
 * `{ success, id, message }` (saying so when a retried DELETE found the record already gone).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { actionResult } from '../../helpers/parameters';
import { fivetranApiRequest } from '../../../../shared/transport';
import type { OperationBehaviour } from './listOperation';

export interface DeleteTarget {
	/** Reads and validates the record's id from the item's parameters. */
	readId(ctx: IExecuteFunctions, itemIndex: number): string;
	path(id: string): string;
	/** Destination endpoints are asked for their version 2 representation. */
	acceptVersion2?: boolean;
}

export function deleteOperation({
	readId,
	path,
	acceptVersion2,
}: DeleteTarget): OperationBehaviour {
	return {
		concurrency: 'write',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = readId(this, itemIndex);
			const response = await fivetranApiRequest.call(this, {
				method: 'DELETE',
				path: path(id),
				...(acceptVersion2 ? { acceptVersion2 } : {}),
				itemIndex,
			});
			return actionResult(id, response);
		},
	};
}
