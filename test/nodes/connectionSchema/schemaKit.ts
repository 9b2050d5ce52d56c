/**
 * The Connection Schema tests' fixture: one connected PostgreSQL connection whose schema config
 * the emulator generates (schemas `public` with users, orders, order_items and `reporting`
 * with daily_summary; columns id, name, email, created_at, updated_at; `id` is the primary key).
 */
import type { INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import {
	patchSchemaConfig,
	schemaConfigOf,
	type SchemaConfig,
} from '../../emulator/routes/connections/schemaConfig';
import type { ConnectionRecord } from '../../emulator/state';
import { byId } from '../../harness';
import { type RunOptions, runResource } from '../kit';

/** Makes the first seeded connection a connected postgres one with a fresh schema config. */
export function connectedPostgres(emu: Emulator): ConnectionRecord {
	const [connection] = emu.state.connections.values();
	connection.service = 'postgres';
	connection.status.setup_state = 'connected';
	delete connection.schema_config;
	return connection;
}

export function configOf(connection: ConnectionRecord): SchemaConfig {
	return schemaConfigOf(connection);
}

/** Disables (blocks) a column straight in the emulator's state, as a PATCH would. */
export function blockColumn(
	connection: ConnectionRecord,
	schema: string,
	table: string,
	column: string,
): void {
	patchSchemaConfig(connection, { schema, table, column }, { enabled: false });
}

/** Connection and names as the operation's parameters. */
export function target(
	connectionId: string,
	schemaName: string,
	tableName?: string,
	columnName?: string,
): INodeParameters {
	const parameters: INodeParameters = { connectionId: byId(connectionId), schemaName };
	if (tableName !== undefined) parameters.tableName = tableName;
	if (columnName !== undefined) parameters.columnName = columnName;
	return parameters;
}

export async function runSchema(
	emu: Emulator,
	operation: string,
	parameters: INodeParameters,
	options: RunOptions = {},
) {
	return await runResource(emu, 'connectionSchema', operation, parameters, options);
}
