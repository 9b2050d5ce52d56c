import type { IExecuteFunctions } from 'n8n-workflow';

import { failValidation } from '../../helpers/validation';
import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { schemaOperationFields, targetFields } from './fields';
import { readSchemaTarget } from './parameters';
import { actionResult } from '../../helpers/parameters';

export const description = schemaOperationFields('dropBlockedColumns', [
	...targetFields('table'),
	{
		displayName: 'Column Names',
		name: 'columnNames',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Column' },
		required: true,
		default: [],
		placeholder: 'e.g. email',
		description:
			'Blocked (disabled) columns to drop from the destination table, names case-sensitive. Fivetran refuses columns that are still enabled.',
	},
]);

export const concurrency: ConcurrencyKind = 'write';

/** The column names, trimmed; problems for none, empty or repeated ones. */
export function columnNamesOf(value: unknown): { columns: string[]; problems: string[] } {
	const raw = Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value];
	const columns = raw.map((name) => String(name ?? '').trim());
	const problems: string[] = [];
	if (columns.length === 0) problems.push("'Column Names' is empty: add at least one column");
	if (columns.some((name) => name === '')) {
		problems.push("'Column Names' has an empty entry: enter a name or remove it");
	}
	const repeated = columns.filter((name, index) => name !== '' && columns.indexOf(name) !== index);
	if (repeated.length > 0) {
		problems.push(`'Column Names' lists ${repeated.join(', ')} more than once: keep one of each`);
	}
	return { columns, problems };
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const { connectionId, schema, table = '' } = readSchemaTarget(this, itemIndex, 'table');
	const { columns, problems } = columnNamesOf(this.getNodeParameter('columnNames', itemIndex, []));
	if (problems.length > 0) failValidation(this.getNode(), itemIndex, problems);

	const response = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: apiPath`/v1/connections/${connectionId}/schemas/drop-columns`,
		body: { schemas: { [schema]: { tables: { [table]: { columns } } } } },
		itemIndex,
	});
	return actionResult(connectionId, response, { schema, table, droppedColumns: columns });
}
