/**
 * Connection Schema failures: Fivetran's 401, 403, 404, 400 and 409 with Continue On Fail off
 * and on, and the node's validation, which refuses before anything is sent.
 */
import type { Emulator } from '../../emulator';
import type { ConnectionRecord } from '../../emulator/state';
import { byId, useEmulator } from '../../harness';
import { connectedPostgres, target } from './schemaKit';
import {
	describeApiErrors,
	describeValidation,
	forbiddenForConnectorReader,
	runnerFor,
	unauthorizedCase,
} from '../kit';

let emu: Emulator;
let connection: ConnectionRecord;

useEmulator({ connections: 2 }, (started) => {
	emu = started;
	connection = connectedPostgres(emu);
});

/** The second seeded connection, its setup not complete: its source cannot be queried. */
function incompleteConnection(): ConnectionRecord {
	const [, other] = emu.state.connections.values();
	other.status.setup_state = 'incomplete';
	return other;
}

describeApiErrors(() => emu, runnerFor('connectionSchema'), [
	unauthorizedCase('getTableColumns', () => target(connection.id, 'public', 'users')),
	forbiddenForConnectorReader(
		() => emu,
		'disableTable',
		() => target(connection.id, 'public', 'users'),
		'CONNECTOR_MANAGE',
	),
	{
		name: '404 for a table name in the wrong case',
		operation: 'enableTable',
		parameters: () => target(connection.id, 'public', 'Users'),
		status: 404,
		code: 'NotFound_SchemaConfig',
		message:
			"Fivetran: Table 'Users' of schema 'public' does not exist in the schema config [NotFound_SchemaConfig]",
	},
	{
		name: '400 InvalidInput for disabling the primary key',
		operation: 'disableColumn',
		parameters: () => target(connection.id, 'public', 'users', 'id'),
		status: 400,
		code: 'InvalidInput',
		message:
			"Fivetran: Column 'id' cannot be disabled: Primary key columns cannot be disabled [InvalidInput]",
	},
	{
		name: '400 InvalidInput for the columns of a connection whose setup is incomplete',
		operation: 'getTableColumns',
		parameters: () => ({
			...target(incompleteConnection().id, 'public', 'records'),
		}),
		status: 400,
		code: 'InvalidInput',
		message:
			'Fivetran: The source can only be queried once the connection setup is complete [InvalidInput]',
	},
	{
		name: '409 for dropping a column that is still enabled',
		operation: 'dropBlockedColumns',
		parameters: () => ({ ...target(connection.id, 'public', 'users'), columnNames: ['email'] }),
		status: 409,
		code: 'Conflict',
		message: "Fivetran: Column 'email' of table 'public.users' is not in blocked state [Conflict]",
	},
]);

describeValidation(() => emu, runnerFor('connectionSchema'), [
	{
		rule: 'the connection cannot be empty',
		operation: 'disableSchema',
		parameters: () => ({ connectionId: byId('={{ "" }}'), schemaName: 'public' }),
		message: "'Connection' is empty: pick one from the list or enter its ID",
	},
	{
		rule: 'a schema name cannot be empty',
		operation: 'enableSchema',
		parameters: () => target('some_connection', '={{ "  " }}'),
		message: "'Schema Name' is empty: enter the name as in the schema config",
	},
	{
		rule: 'a table name cannot be a dot segment',
		operation: 'disableTable',
		parameters: () => target('some_connection', 'public', '..'),
		message: '\'Table Name\' cannot be "..": enter a real ID',
	},
	{
		rule: 'a column name cannot be empty',
		operation: 'enableColumn',
		parameters: () => target('some_connection', 'public', 'users', '={{ "" }}'),
		message: "'Column Name' is empty: enter the name as in the schema config",
	},
	{
		rule: 'Drop Blocked Columns needs a column',
		operation: 'dropBlockedColumns',
		parameters: () => ({ ...target('some_connection', 'public', 'users'), columnNames: [] }),
		message: "'Column Names' is empty: add at least one column",
	},
	{
		rule: 'Drop Blocked Columns refuses an empty entry',
		operation: 'dropBlockedColumns',
		parameters: () => ({
			...target('some_connection', 'public', 'users'),
			columnNames: ['email', ' '],
		}),
		message: "'Column Names' has an empty entry: enter a name or remove it",
	},
	{
		rule: 'Drop Blocked Columns refuses a repeated column',
		operation: 'dropBlockedColumns',
		parameters: () => ({
			...target('some_connection', 'public', 'users'),
			columnNames: ['email', 'email '],
		}),
		message: "'Column Names' lists email more than once: keep one of each",
	},
]);
