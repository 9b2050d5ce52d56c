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
import type { Schema } from '../../scripts/contract/convert';

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
	rewrite(schema: Schema, place: SchemaPlace): Schema;
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
];
