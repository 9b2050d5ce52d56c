/**
 * The schema config of a connection (fivetran-api.md 3.6), generated lazily and
 * deterministically from the service's catalog tables, and the PATCH logic shared by every
 * level (whole config, schema, table, column). Names are case-sensitive: a wrong name is a 404.
 *
 * As on Fivetran, a table's `columns` holds only user-overridden columns; the full column list
 * of the source is derived (see `sourceColumns`).
 */
import { isDatabaseService, sourceTablesOf } from '../../catalog/connectorTypes';
import { invalidInput, optionalBoolean } from '../../respond';
import type { ConnectionRecord } from '../../state';
import { ApiError, type JsonObject } from '../../types';
import { oneOf } from './fields';
import { readRowFilter, readTargetDataType } from './rowFilter';

interface PatchSettings {
	allowed: boolean;
	reason_code?: 'SYSTEM_TABLE' | 'DELETED' | 'OTHER';
	reason?: string;
}

export interface ColumnConfig {
	name_in_destination: string;
	enabled: boolean;
	hashed: boolean;
	is_primary_key: boolean;
	enabled_patch_settings: PatchSettings;
	/** Set by a PATCH; omitted while Fivetran's default mapping applies. */
	target_data_type?: string;
}

export interface TableConfig {
	name_in_destination: string;
	enabled: boolean;
	sync_mode: 'SOFT_DELETE' | 'HISTORY' | 'LIVE';
	supports_columns_config: boolean;
	supports_history_mode: boolean;
	enabled_patch_settings: PatchSettings;
	columns: Record<string, ColumnConfig>;
	/** "Omitted when no row filter is configured for the table." */
	row_filter?: JsonObject;
	/** "appears in the response only for tables that belong to a group" (a core table's child). */
	parent_table?: string;
}

export interface SchemaEntry {
	name_in_destination: string;
	enabled: boolean;
	tables: Record<string, TableConfig>;
}

export interface SchemaConfig {
	enable_new_by_default: boolean;
	schema_change_handling: 'ALLOW_ALL' | 'ALLOW_COLUMNS' | 'BLOCK_ALL';
	schemas: Record<string, SchemaEntry>;
	/**
	 * "true only when the row filtering feature is enabled for the connection [and] the connector
	 * type supports row filtering"; false when the type does not. The emulator enables the feature
	 * for every connection and lets database connectors support it.
	 */
	row_filtering_supported?: boolean;
}

const PRIMARY_KEY = 'id';
const SOURCE_COLUMNS = [PRIMARY_KEY, 'name', 'email', 'created_at', 'updated_at'];
const SYNC_MODES = ['SOFT_DELETE', 'HISTORY', 'LIVE'] as const;
const CHANGE_HANDLING = ['ALLOW_ALL', 'ALLOW_COLUMNS', 'BLOCK_ALL'] as const;

/** Columns marked for deletion, per connection: `schema/table/column`. */
const droppedColumns = new WeakMap<ConnectionRecord, Set<string>>();

/** Own keys only: a name like `constructor` or `__proto__` is just an unknown name. */
function hasOwn(record: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(record, key);
}

function schemaConfigNotFound(what: string): ApiError {
	return new ApiError(404, 'NotFound_SchemaConfig', `${what} does not exist in the schema config`);
}

/** Source schemas and their tables: databases have `public` and `reporting`, other services one schema. */
function sourceSchemas(connection: ConnectionRecord): Record<string, string[]> {
	const tables = sourceTablesOf(connection.service);
	if (isDatabaseService(connection.service))
		return { public: tables, reporting: ['daily_summary'] };
	return { [connection.schema.split('.')[0]]: tables };
}

function newTable(name: string): TableConfig {
	return {
		name_in_destination: name,
		enabled: true,
		sync_mode: 'SOFT_DELETE',
		supports_columns_config: true,
		supports_history_mode: true,
		enabled_patch_settings: { allowed: true },
		columns: {},
	};
}

function defaultColumn(name: string): ColumnConfig {
	const isKey = name === PRIMARY_KEY;
	return {
		name_in_destination: name,
		enabled: true,
		hashed: false,
		is_primary_key: isKey,
		enabled_patch_settings: isKey
			? { allowed: false, reason_code: 'OTHER', reason: 'Primary key columns cannot be disabled' }
			: { allowed: true },
	};
}

export function schemaConfigOf(connection: ConnectionRecord): SchemaConfig {
	if (!connection.schema_config) {
		const schemas: Record<string, SchemaEntry> = {};
		for (const [schemaName, tables] of Object.entries(sourceSchemas(connection))) {
			schemas[schemaName] = {
				name_in_destination: schemaName,
				enabled: true,
				tables: Object.fromEntries(tables.map((table) => [table, newTable(table)])),
			};
		}
		const config: SchemaConfig = {
			enable_new_by_default: true,
			schema_change_handling: 'ALLOW_ALL',
			schemas,
			row_filtering_supported: isDatabaseService(connection.service),
		};
		connection.schema_config = config as unknown as JsonObject;
	}
	return connection.schema_config as unknown as SchemaConfig;
}

export function findSchema(config: SchemaConfig, schemaName: string): SchemaEntry {
	if (!hasOwn(config.schemas, schemaName)) throw schemaConfigNotFound(`Schema '${schemaName}'`);
	return config.schemas[schemaName];
}

export function findTable(
	config: SchemaConfig,
	schemaName: string,
	tableName: string,
): TableConfig {
	const schema = findSchema(config, schemaName);
	if (!hasOwn(schema.tables, tableName))
		throw schemaConfigNotFound(`Table '${tableName}' of schema '${schemaName}'`);
	return schema.tables[tableName];
}

/** Every column of a source table: defaults with the user's overrides applied. */
export function sourceColumns(
	connection: ConnectionRecord,
	schemaName: string,
	tableName: string,
): Record<string, ColumnConfig> {
	const table = findTable(schemaConfigOf(connection), schemaName, tableName);
	const dropped = droppedColumns.get(connection);
	const columns: Record<string, ColumnConfig> = {};
	for (const name of SOURCE_COLUMNS) {
		if (dropped?.has(`${schemaName}/${tableName}/${name}`)) continue;
		columns[name] = table.columns[name] ?? defaultColumn(name);
	}
	return columns;
}

function findSourceColumn(
	connection: ConnectionRecord,
	schemaName: string,
	tableName: string,
	column: string,
): ColumnConfig {
	const columns = sourceColumns(connection, schemaName, tableName);
	if (!hasOwn(columns, column))
		throw schemaConfigNotFound(`Column '${column}' of table '${schemaName}.${tableName}'`);
	return columns[column];
}

/** Where a PATCH applies: names of the path (or of the nested maps of the body). */
export interface SchemaPath {
	schema: string;
	table?: string;
	column?: string;
}

/** `enabled` is required by the per-level PATCH routes, optional inside nested maps. */
function readEnabled(body: Record<string, unknown>, required: boolean): boolean | undefined {
	const enabled = optionalBoolean(body, 'enabled');
	if (required && enabled === undefined) throw invalidInput("Field 'enabled' is required");
	return enabled;
}

function nestedMap(body: Record<string, unknown>, field: string): Record<string, unknown> {
	const value = body[field];
	if (value === undefined) return {};
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		throw invalidInput(`Field '${field}' must be an object`);
	return value as Record<string, Record<string, unknown>>;
}

function asObject(value: unknown, what: string): Record<string, unknown> {
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		throw invalidInput(`${what} must be an object`);
	return value as Record<string, unknown>;
}

function patchColumn(
	connection: ConnectionRecord,
	path: Required<SchemaPath>,
	body: Record<string, unknown>,
	required: boolean,
): void {
	const current = findSourceColumn(connection, path.schema, path.table, path.column);
	const enabled = readEnabled(body, required);
	if (enabled === false && !current.enabled_patch_settings.allowed) {
		throw invalidInput(
			`Column '${path.column}' cannot be disabled: ${current.enabled_patch_settings.reason ?? 'not allowed'}`,
		);
	}
	const hashed = optionalBoolean(body, 'hashed');
	const isPrimaryKey = optionalBoolean(body, 'is_primary_key');
	const targetType = readTargetDataType(body);
	const table = findTable(schemaConfigOf(connection), path.schema, path.table);
	const column: ColumnConfig = {
		...current,
		...(enabled === undefined ? {} : { enabled }),
		...(hashed === undefined ? {} : { hashed }),
		...(isPrimaryKey === undefined ? {} : { is_primary_key: isPrimaryKey }),
		...(targetType ? { target_data_type: targetType } : {}),
	};
	if (targetType === null) delete column.target_data_type;
	table.columns[path.column] = column;
}

function patchRowFilter(
	connection: ConnectionRecord,
	table: TableConfig,
	body: Record<string, unknown>,
): void {
	const change = readRowFilter(body);
	if (change === undefined) return;
	if (change === null) {
		delete table.row_filter;
		return;
	}
	if (schemaConfigOf(connection).row_filtering_supported !== true)
		throw invalidInput(`Row filtering is not supported for connection '${connection.id}'`);
	table.row_filter = change;
}

function patchTable(
	connection: ConnectionRecord,
	path: SchemaPath & { table: string },
	body: Record<string, unknown>,
	required: boolean,
): void {
	const table = findTable(schemaConfigOf(connection), path.schema, path.table);
	const enabled = readEnabled(body, required);
	const syncMode = oneOf(body, 'sync_mode', SYNC_MODES);
	if (enabled !== undefined) table.enabled = enabled;
	if (syncMode) table.sync_mode = syncMode;
	patchRowFilter(connection, table, body);
	for (const [column, patch] of Object.entries(nestedMap(body, 'columns'))) {
		patchColumn(connection, { ...path, column }, asObject(patch, `Column '${column}'`), false);
	}
}

function patchSchema(
	connection: ConnectionRecord,
	schemaName: string,
	body: Record<string, unknown>,
	required: boolean,
): void {
	const schema = findSchema(schemaConfigOf(connection), schemaName);
	const enabled = readEnabled(body, required);
	if (enabled !== undefined) schema.enabled = enabled;
	for (const [table, patch] of Object.entries(nestedMap(body, 'tables'))) {
		patchTable(
			connection,
			{ schema: schemaName, table },
			asObject(patch, `Table '${table}'`),
			false,
		);
	}
}

function patchWholeConfig(connection: ConnectionRecord, body: Record<string, unknown>): void {
	const config = schemaConfigOf(connection);
	const handling = oneOf(body, 'schema_change_handling', CHANGE_HANDLING);
	optionalBoolean(body, 'is_type_locked');
	if (handling) config.schema_change_handling = handling;
	for (const [schema, patch] of Object.entries(nestedMap(body, 'schemas'))) {
		patchSchema(connection, schema, asObject(patch, `Schema '${schema}'`), false);
	}
}

/**
 * Applies a PATCH at the level `path` names (no schema: the whole config). All or nothing:
 * the patch runs on a copy that replaces the config only when every name and value was valid.
 */
export function patchSchemaConfig(
	connection: ConnectionRecord,
	path: Partial<SchemaPath>,
	body: Record<string, unknown>,
): SchemaConfig {
	const original = schemaConfigOf(connection);
	connection.schema_config = JSON.parse(JSON.stringify(original)) as JsonObject;
	let applied = false;
	try {
		if (path.schema === undefined) patchWholeConfig(connection, body);
		else if (path.table === undefined) patchSchema(connection, path.schema, body, true);
		else if (path.column === undefined)
			patchTable(connection, { schema: path.schema, table: path.table }, body, true);
		else
			patchColumn(
				connection,
				{ schema: path.schema, table: path.table, column: path.column },
				body,
				true,
			);
		applied = true;
	} finally {
		if (!applied) connection.schema_config = original as unknown as JsonObject;
	}
	return schemaConfigOf(connection);
}

/** Marks blocked (disabled) columns for deletion; 409 for a column that is not blocked. */
export function dropColumns(
	connection: ConnectionRecord,
	columns: Array<Required<SchemaPath>>,
): void {
	for (const path of columns) {
		if (findSourceColumn(connection, path.schema, path.table, path.column).enabled) {
			throw new ApiError(
				409,
				'Conflict',
				`Column '${path.column}' of table '${path.schema}.${path.table}' is not in blocked state`,
			);
		}
	}
	const dropped = droppedColumns.get(connection) ?? new Set<string>();
	for (const path of columns) {
		dropped.add(`${path.schema}/${path.table}/${path.column}`);
		delete findTable(schemaConfigOf(connection), path.schema, path.table).columns[path.column];
	}
	droppedColumns.set(connection, dropped);
}
