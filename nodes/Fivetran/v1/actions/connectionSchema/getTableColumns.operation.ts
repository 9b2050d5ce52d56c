import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { schemaOperationFields, targetFields } from './fields';
import { readSchemaTarget } from './parameters';

export const description = schemaOperationFields('getTableColumns', targetFields('table'));

export const concurrency: ConcurrencyKind = 'read';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { schema, table, path } = readSchemaTarget(this, itemIndex, 'table');
	// Fivetran asks the source for its columns: the connection's setup must be complete.
	const { data } = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: `${path}/columns`,
		itemIndex,
	});
	const columns = (data.columns ?? {}) as Record<string, IDataObject>;
	return Object.entries(columns).map(([name, config]) => ({ name, schema, table, ...config }));
}
