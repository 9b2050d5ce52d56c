/**
 * Field builders shared by the Connection Schema operations: the connection, then the schema,
 * table and column names down to the level the operation works on.
 */
import type { INodeProperties } from 'n8n-workflow';

import { operationFieldsFor } from '../../helpers/operationFields';
import { connectionIdField } from '../connection/fields';

/** How deep an operation addresses the schema config. */
export type SchemaLevel = 'schema' | 'table' | 'column';

/** An operation's fields, shown only for resource Connection Schema and that operation. */
export const schemaOperationFields = operationFieldsFor('connectionSchema');

function nameField(
	displayName: string,
	name: string,
	placeholder: string,
	what: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder,
		description: `Name of the ${what} in the source, as in the connection's schema config. Case-sensitive.`,
	};
}

export const schemaNameField = nameField('Schema Name', 'schemaName', 'e.g. public', 'schema');
export const tableNameField = nameField('Table Name', 'tableName', 'e.g. orders', 'table');
export const columnNameField = nameField('Column Name', 'columnName', 'e.g. email', 'column');

/** Connection, Schema Name and, down to `level`, Table Name and Column Name. */
export function targetFields(level: SchemaLevel): INodeProperties[] {
	const fields = [connectionIdField, schemaNameField];
	if (level !== 'schema') fields.push(tableNameField);
	if (level === 'column') fields.push(columnNameField);
	return fields;
}
