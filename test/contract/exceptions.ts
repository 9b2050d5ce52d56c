/**
 * Where Fivetran's definition is known to be looser or stricter than Fivetran's real answers:
 * the only places the contract tests depart from test/contract/fivetran-contract.json. Each one is
 * a rewrite of the definition's schemas (applied to every schema before it is compiled), with its
 * reason and evidence. Keep this list short; never special-case a route or a test elsewhere.
 *
 * To add one: append an entry with `id`, `reason`, `evidence` (a Fivetran docs page, an SDK test,
 * ../shared/spec/README.md), the side it applies to, and a `rewrite` that changes as little as
 * possible. contract.test.ts checks that each exception still changes some schema.
 */
import type { ContractOperation, Schema } from '../../scripts/contract/convert';

export type Side = 'request' | 'response';

/** Where a schema sits: the property it describes and whether its parent requires it. */
export interface SchemaPlace {
	side: Side;
	operationId: string;
	/** Name of the property this schema describes, if it is one. */
	property?: string;
	/** True when the parent object lists the property in `required`. */
	required: boolean;
	/** True for the whole request body or answer (the envelope). */
	root: boolean;
}

export interface ContractException {
	id: string;
	reason: string;
	evidence: string;
	sides: Side[];
	/** Returns the schema to use instead (or the same object when the exception does not apply). */
	rewrite?(schema: Schema, place: SchemaPlace): Schema;
	/**
	 * Returns the operation to use instead (or the same object): for what the definition leaves
	 * out of an operation's parameters rather than of a schema.
	 */
	rewriteOperation?(operation: ContractOperation): ContractOperation;
}

function typesOf(schema: Schema): unknown[] {
	return Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
}

function allowNull(schema: Schema): Schema {
	const types = typesOf(schema);
	if (types.length === 0 || types.includes('null')) return schema;
	const enumValues = Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {};
	return { ...schema, type: [...types, 'null'], ...enumValues };
}

/** Property names that stand for "any schema / table / column name" (name-placeholder-for-a-map). */
const PLACEHOLDERS = ['schema', 'table', 'column'];

/** Operations whose answers are user records, and create_user (service-account-without-email). */
const USER_OPERATIONS = new Set([
	'create_user',
	'user_details',
	'list_all_users',
	'modify_user',
	'list_all_users_in_group',
]);

/** Required fields Fivetran answers null (null-where-not-nullable's evidence). */
const NULL_WHEN_REQUIRED = new Set(['replacement_role_name', 'is_deprecated', 'role']);

export const exceptions: ContractException[] = [
	{
		id: 'null-where-not-nullable',
		reason:
			'Fivetran answers null for timestamps not reached yet (succeeded_at, failed_at, expired_at, last_used_at, ...), for optional fields without a value, and for a few required fields without one, although the definition never says `nullable`.',
		evidence:
			'../shared/spec/README.md "Known places where the definition is looser or stricter"; Fivetran Go SDK test fixtures ("logged_in_at": null, "phone": null in users/user_update_test.go; "replacement_role_name": null, "is_deprecated": null in the roles list test); a user whose account role was removed (DELETE /v1/users/{userId}/role) has none; the September sync-history file describes start/end as "Null if the sync has not started yet" with type string.',
		sides: ['response'],
		rewrite: (schema, place) =>
			place.property !== undefined &&
			(!place.required || schema.format === 'date-time' || NULL_WHEN_REQUIRED.has(place.property))
				? allowNull(schema)
				: schema,
	},
	{
		id: 'null-clears-user-fields',
		reason:
			'Update a User clears `phone` and `picture` with JSON null; the definition types them as plain strings.',
		evidence:
			'Fivetran Go SDK users/user_update.go: ClearPhone() / ClearPicture() send null (common.NewNullableString).',
		sides: ['request'],
		rewrite: (schema, place) =>
			place.operationId === 'modify_user' &&
			(place.property === 'phone' || place.property === 'picture')
				? allowNull(schema)
				: schema,
	},
	{
		id: 'delete-membership-message-only',
		reason:
			"Removing a user's connection membership answers `{code, message}` like every other delete; the definition requires the deleted membership as `data`.",
		evidence:
			'Fivetran Go SDK users/user_connection_membership_delete_test.go: {"code": "Success", "message": "Connection membership has been deleted"}.',
		sides: ['response'],
		rewrite: (schema, place) => {
			if (!place.root || place.operationId !== 'delete_user_membership_in_connection')
				return schema;
			const properties = { ...(schema.properties as Schema) };
			delete properties.data;
			return { ...schema, required: ['code', 'message'], properties };
		},
	},
	{
		id: 'service-account-without-email',
		reason:
			'A service account needs no e-mail: the September definition describes `email` as "Optional for service accounts (`user_type: SERVICE_ACCOUNT`)" on create_user\'s body and on the user records, yet still lists it in `required` and types it as a plain string. A service account created without one is sent without `email` and answered with `email: null`.',
		evidence:
			'../shared/spec/2026-09/users/create_user.json (body and answer `email`, and its description: "For a service account, the user gets created immediately with no invitation or email validation required"); 2026-09/DELTA.md ("`email` is still listed in `required`"); user_details.json, list_all_users.json.',
		sides: ['request', 'response'],
		rewrite: (schema, place) => {
			if (!USER_OPERATIONS.has(place.operationId)) return schema;
			if (place.side === 'response') {
				return place.property === 'email' ? allowNull(schema) : schema;
			}
			if (!place.root || place.operationId !== 'create_user' || !Array.isArray(schema.required))
				return schema;
			return { ...schema, required: schema.required.filter((name) => name !== 'email') };
		},
	},
	{
		id: 'name-placeholder-for-a-map',
		reason:
			'Maps keyed by schema or table name are written as an object with one property literally named `schema`, `table` or `column` (titled "Schema name"): the resync scope, Re-sync Tables and Drop Columns bodies, the columns of a table. Any name is a key.',
		evidence:
			'The July definition\'s titles and examples for resync_tables ({"schema": ["table1", "table2"]}, title "Schema name") and delete_multiple_columns_connection_config; Fivetran docs Re-sync Connection Table Data: body {"schema_name": ["table_name"]}.',
		sides: ['request', 'response'],
		rewrite: (schema) => {
			const properties = schema.properties as Schema | undefined;
			const names = Object.keys(properties ?? {});
			if (names.length !== 1 || !PLACEHOLDERS.includes(names[0])) return schema;
			const map: Schema = { ...schema, additionalProperties: (properties as Schema)[names[0]] };
			delete map.properties;
			return map;
		},
	},
	{
		id: 'service-list-changes',
		reason:
			"Create Connection's `service` enum is the connector catalogue of the day (773 values in July, 781 in September, with additions and removals); the node takes the service from the user or from /v1/metadata/connector-types and lets Fivetran refuse an unknown one, so the request side does not hold it to one snapshot of the list.",
		evidence:
			"The definition's own 400 example for create_connection (\"Unsupported service 'service_id'\"); ../shared/spec/2026-09/DELTA.md (service enum: 9 added, 1 removed).",
		sides: ['request'],
		rewrite: (schema, place) => {
			if (place.operationId !== 'create_connection' || place.property !== 'service') return schema;
			const open: Schema = { ...schema };
			delete open.enum;
			return open;
		},
	},
	{
		id: 'config-per-service',
		reason:
			"A connection's or destination's `config` (and `auth`, `external_secrets_keys_config`) has one schema per service; the contract keeps no per-service schemas (the September per-operation files drop them entirely), so these are free objects on every record or request that names a `service` and a `group_id`.",
		evidence:
			"../shared/spec/README.md; the July definition's discriminator on `service` (773 connection variants, 37 destination variants) adds only these properties.",
		sides: ['request', 'response'],
		rewrite: (schema) => {
			const properties = schema.properties as Schema | undefined;
			if (!properties || !('service' in properties) || !('group_id' in properties)) return schema;
			const free = { type: 'object' };
			return {
				...schema,
				properties: {
					...properties,
					config: free,
					auth: free,
					external_secrets_keys_config: free,
				},
			};
		},
	},
	{
		id: 'enum-on-array',
		reason:
			"`RoleResponse.scope` puts its items' enum on the array itself, so no array could ever match: the enum belongs to the items.",
		evidence: '../shared/spec/README.md; GET /v1/roles (list_all_roles), `scope`.',
		sides: ['response'],
		rewrite: (schema) => {
			if (schema.type !== 'array' || !Array.isArray(schema.enum)) return schema;
			const { enum: values, ...rest } = schema;
			return { ...rest, items: { ...(rest.items as Schema), enum: values } };
		},
	},
	{
		id: 'integer-enum-written-as-strings',
		reason:
			'`sync_frequency` is an integer whose enum is written as strings ("1", "5", ... "1440"); Fivetran sends and accepts numbers. September: it is `null` when the schedule has no single cadence (custom cron, several times of day).',
		evidence:
			'../shared/spec/README.md; Fivetran Go SDK (SyncFrequency *int); 2026-09 connection_details.json `sync_frequency` description.',
		sides: ['request', 'response'],
		rewrite: (schema, place) => {
			if (schema.type !== 'integer' || !Array.isArray(schema.enum)) return schema;
			const values = schema.enum.map((value) =>
				typeof value === 'string' ? Number(value) : value,
			);
			const rewritten = { ...schema, enum: values };
			return place.side === 'response' && place.property === 'sync_frequency'
				? allowNull(rewritten)
				: rewritten;
		},
	},
	{
		id: 'cursor-on-paginated-list',
		reason:
			'Retrieve Connection Warnings is marked PAGINATED and answers `next_cursor`, but declares no query parameters: the next page is asked for with `cursor`, as on every paginated Fivetran list.',
		evidence:
			'../shared/spec/2026-09/connections/connection_warnings.json (description "RESULTS ARE PAGINATED", `next_cursor` in the answer); Fivetran docs Pagination (https://fivetran.com/docs/rest-api/pagination): "pass the next_cursor value as the cursor query parameter".',
		sides: ['request'],
		rewriteOperation: (operation) => {
			const declaresNextCursor = JSON.stringify(operation.responses).includes('"next_cursor"');
			const hasCursor = operation.parameters.some((p) => p.in === 'query' && p.name === 'cursor');
			if (operation.method !== 'GET' || !declaresNextCursor || hasCursor) return operation;
			return {
				...operation,
				parameters: [
					...operation.parameters,
					{ name: 'cursor', in: 'query', required: false, schema: { type: 'string' } },
				],
			};
		},
	},
	{
		id: 'row-filter-column-type-spelling',
		reason:
			"A row filter's column clause lists `columnType` in `required`, but its property is `column_type` (the only spelling the clause has); a clause can never satisfy both.",
		evidence:
			'../shared/spec/2026-09/connections/modify_connection_table_config.json (`column_clauses` items: properties `column`, `operator`, `values`, `column_type`; required `columnType`); ../shared/spec/2026-09/DELTA.md ("column_clauses[≤10] of {column, operator, values[], column_type}").',
		sides: ['request', 'response'],
		rewrite: (schema) => {
			const required = schema.required;
			if (!Array.isArray(required) || !required.includes('columnType')) return schema;
			return {
				...schema,
				required: required.map((name) => (name === 'columnType' ? 'column_type' : name)),
			};
		},
	},
	{
		id: 'null-reverts-target-data-type',
		reason:
			"A column's `target_data_type` is sent as `null` to go back to Fivetran's default type; the definition types it as a plain string enum.",
		evidence:
			"../shared/spec/2026-09/DELTA.md (request `target_data_type` ... `null` reverts to default), the field's description in 2026-09/connections/modify_connection_column_config.json.",
		sides: ['request'],
		rewrite: (schema, place) =>
			place.property === 'target_data_type' ? allowNull(schema) : schema,
	},
];
