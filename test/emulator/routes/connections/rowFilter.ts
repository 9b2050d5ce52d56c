/**
 * Reading a table's `row_filter` and a column's `target_data_type` from a schema-config PATCH
 * (2026-09 definition: modify_connection_table_config and the other schema-config PATCHes).
 *
 * row_filter has "three-state semantics": absent leaves the filter unchanged, `null` deletes it,
 * an object "creates or replaces (upserts)" it. Rules the definition states, checked here:
 * `name` and `description` are "Required when a row filter object is provided"; "The list must
 * contain 1 to 10 clauses"; `operator` (AND/OR) is "Only valid when column_clauses contains 2
 * or more clauses"; each clause's `operator` takes exactly 1 value, at least 1 (`IN`) or none
 * (`IS_NULL`, `IS_NOT_NULL`); STARTS_WITH/CONTAINS are for STRING only, IN for LONG, STRING,
 * FLOAT and DOUBLE only, the comparisons for every type but BOOLEAN. In answers "the default AND
 * is represented by an omitted operator field". The clause's type is sent and answered as
 * `column_type` (its property name; the definition's `required` list spells it `columnType`).
 *
 * target_data_type: one of the definition's enum; "Set to null to remove an existing mapping and
 * revert to the default".
 */
import { invalidInput } from '../../respond';
import type { JsonObject } from '../../types';
import { oneOf } from './fields';

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

const COLUMN_TYPES = [
	'LONG',
	'FLOAT',
	'DOUBLE',
	'BIGDECIMAL',
	'STRING',
	'BOOLEAN',
	'DATE',
	'DATETIME',
];
const ONE_VALUE = [
	'EQUALS',
	'NOT_EQUALS',
	'LESS',
	'LESS_OR_EQUALS',
	'GREATER',
	'GREATER_OR_EQUALS',
	'STARTS_WITH',
	'CONTAINS',
];
const NO_VALUE = ['IS_NULL', 'IS_NOT_NULL'];
const CLAUSE_OPERATORS = [...ONE_VALUE, 'IN', ...NO_VALUE];
/** Operators limited to some column types; the others take every type but BOOLEAN (or all, for the null checks). */
const OPERATOR_TYPES: Record<string, string[]> = {
	STARTS_WITH: ['STRING'],
	CONTAINS: ['STRING'],
	IN: ['LONG', 'STRING', 'FLOAT', 'DOUBLE'],
};

/** `undefined`: leave unchanged; `null`: delete; an object: the filter to store. */
export type RowFilterChange = undefined | null | JsonObject;

function requiredText(body: Record<string, unknown>, field: string): string {
	const value = body[field];
	if (typeof value !== 'string' || value.trim() === '')
		throw invalidInput(`Field 'row_filter.${field}' is required`);
	return value;
}

function readClause(value: unknown, index: number): JsonObject {
	const where = `row_filter.column_clauses[${index}]`;
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		throw invalidInput(`Field '${where}' must be an object`);
	const clause = value as Record<string, unknown>;
	const operator = oneOf(clause, 'operator', CLAUSE_OPERATORS);
	const columnType = oneOf(clause, 'column_type', COLUMN_TYPES);
	if (operator === undefined || columnType === undefined)
		throw invalidInput(`Fields '${where}.operator' and '${where}.column_type' are required`);
	if (typeof clause.column !== 'string' || clause.column === '' || clause.column.length > 500)
		throw invalidInput(`Field '${where}.column' must be a column name of at most 500 characters`);
	const values = clause.values;
	if (!Array.isArray(values) || values.some((item) => typeof item !== 'string'))
		throw invalidInput(`Field '${where}.values' must be an array of strings`);
	const count = values.length;
	const countOk = NO_VALUE.includes(operator)
		? count === 0
		: operator === 'IN'
			? count >= 1
			: count === 1;
	if (!countOk)
		throw invalidInput(`Operator '${operator}' in '${where}' takes a different number of values`);
	const types = OPERATOR_TYPES[operator];
	const typeOk = types
		? types.includes(columnType)
		: NO_VALUE.includes(operator) || columnType !== 'BOOLEAN';
	if (!typeOk)
		throw invalidInput(`Operator '${operator}' is not valid for column type '${columnType}'`);
	return { column: clause.column, operator, values: values as string[], column_type: columnType };
}

export function readRowFilter(body: Record<string, unknown>): RowFilterChange {
	if (!('row_filter' in body) || body.row_filter === undefined) return undefined;
	const value = body.row_filter;
	if (value === null) return null;
	if (typeof value !== 'object' || Array.isArray(value))
		throw invalidInput("Field 'row_filter' must be an object or null");
	const filter = value as Record<string, unknown>;
	const clauses = filter.column_clauses;
	if (!Array.isArray(clauses) || clauses.length < 1 || clauses.length > 10)
		throw invalidInput("Field 'row_filter.column_clauses' must hold 1 to 10 clauses");
	const operator = oneOf(filter, 'operator', ['AND', 'OR']);
	if (operator !== undefined && clauses.length < 2)
		throw invalidInput("Field 'row_filter.operator' is only valid with 2 or more clauses: omit it");
	return {
		name: requiredText(filter, 'name'),
		description: requiredText(filter, 'description'),
		...(operator === 'OR' ? { operator } : {}),
		column_clauses: clauses.map(readClause),
	};
}

/** `undefined`: unchanged; `null`: revert to Fivetran's mapping; else the type. */
export function readTargetDataType(body: Record<string, unknown>): string | null | undefined {
	if (body.target_data_type === null) return null;
	return oneOf(body, 'target_data_type', TARGET_DATA_TYPES);
}
