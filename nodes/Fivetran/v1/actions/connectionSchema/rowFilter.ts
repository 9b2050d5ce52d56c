/**
 * A table's row filter and a column's target data type, as the schema-config PATCHes of the
 * 2026-09 definition take them (modify_connection_table_config, modify_connection_column_config).
 *
 * `row_filter` has three states: absent leaves the table's filter unchanged, `null` deletes it,
 * an object creates or replaces it. The structural rules the definition states are checked
 * before any request: `name` and `description` required, 1 to 10 `column_clauses`, `operator`
 * (AND/OR) only with 2 or more clauses. Fivetran checks the rest (operators per column type).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { failValidation, parseJsonObject } from '../../helpers/validation';

/** `target_data_type` enum of modify_connection_column_config. */
export const TARGET_DATA_TYPES = [
	'Unknown',
	'Boolean',
	'String',
	'Short',
	'Int',
	'Long',
	'Float',
	'Double',
	'BigDecimal',
	'Instant',
	'LocalDateTime',
	'LocalDate',
	'LocalTime',
	'Json',
	'Binary',
	'Xml',
] as const;

/** Option value meaning "remove the mapping" (sent as null); not one of Fivetran's types. */
export const DEFAULT_DATA_TYPE = 'FIVETRAN_DEFAULT';

export const targetDataTypeOption: INodeProperties = {
	displayName: 'Target Data Type',
	name: 'targetDataType',
	type: 'options',
	options: [
		{
			name: 'Fivetran Default (Remove Mapping)',
			value: DEFAULT_DATA_TYPE,
			description: "Remove the column's mapping: Fivetran's default type applies again",
		},
		...TARGET_DATA_TYPES.map((type) => ({ name: type, value: type })),
	],
	default: DEFAULT_DATA_TYPE,
	description:
		"The column's type in the destination, overriding Fivetran's default mapping. Which types are available depends on the source type and the destination. Not added: unchanged.",
};

export const rowFilterOptions: INodeProperties[] = [
	{
		displayName: 'Remove Row Filter',
		name: 'removeRowFilter',
		type: 'boolean',
		default: true,
		description:
			"Whether to delete the table's row filter, so every row is synced again. Not added: unchanged.",
	},
	{
		displayName: 'Row Filter (JSON)',
		name: 'rowFilter',
		type: 'json',
		default:
			'{\n  "name": "US orders",\n  "description": "Only orders shipped to the US",\n  "column_clauses": [\n    {"column": "country", "operator": "EQUALS", "values": ["US"], "column_type": "STRING"}\n  ]\n}',
		description:
			'Creates or replaces the row filter: only rows that satisfy its clauses are synced. Needs a connection whose schema config says row_filtering_supported. Not added: unchanged.',
	},
];

/** The target_data_type body field for the option's value; `{}` when the option is not set. */
export function targetDataTypeBody(value: unknown): IDataObject | string {
	if (value === undefined) return {};
	if (value === DEFAULT_DATA_TYPE) return { target_data_type: null };
	if (!(TARGET_DATA_TYPES as readonly unknown[]).includes(value)) {
		return `'Target Data Type' must be one of ${TARGET_DATA_TYPES.join(', ')} (got '${String(value)}')`;
	}
	return { target_data_type: value as string };
}

function rowFilterProblem(filter: IDataObject): string | undefined {
	for (const field of ['name', 'description']) {
		if (typeof filter[field] !== 'string' || String(filter[field]).trim() === '')
			return `'Row Filter (JSON)' needs a "${field}"`;
	}
	const clauses = filter.column_clauses;
	if (!Array.isArray(clauses) || clauses.length < 1 || clauses.length > 10)
		return `'Row Filter (JSON)' needs "column_clauses": a list of 1 to 10 clauses`;
	if (filter.operator !== undefined && clauses.length < 2)
		return `'Row Filter (JSON)': "operator" is only valid with 2 or more clauses; remove it for a single clause`;
	return undefined;
}

/**
 * The row_filter body field for the options: an object, `null` (remove) or nothing; a string is
 * the problem to report.
 */
export function rowFilterBody(options: IDataObject): IDataObject | string {
	const remove = options.removeRowFilter === true;
	if (options.rowFilter === undefined) return remove ? { row_filter: null } : {};
	if (remove) return "Use either 'Row Filter (JSON)' or 'Remove Row Filter', not both";
	const parsed = parseJsonObject(options.rowFilter, 'Row Filter (JSON)');
	if (parsed.problem !== undefined) return parsed.problem;
	return rowFilterProblem(parsed.value) ?? { row_filter: parsed.value };
}

/** A body part, or the item's NodeOperationError naming the problem (before any request). */
export function bodyPartOrThrow(
	ctx: IExecuteFunctions,
	itemIndex: number,
	part: IDataObject | string,
): IDataObject {
	if (typeof part === 'string') failValidation(ctx.getNode(), itemIndex, [part]);
	return part;
}
