/**
 * Connection warnings (2026-09 definition: connection_warnings, dismiss_connection_warning).
 *
 * - Private preview: "THE ACCOUNT MUST BE ALLOWLISTED TO USE THIS FEATURE" (both operations).
 *   An account without `connection_warnings` in `state.previewFeatures` gets 403. The status
 *   and wording of Fivetran's refusal are not in the definition: ours is an assumption.
 * - GET: "all active warnings for a connection, grouped by destination table", each
 *   `{code, message, error_message?, created_at}`; `schema`/`table` "omitted for warnings that
 *   are not scoped to a specific table". Paginated (`next_cursor`); the definition declares no
 *   query parameters, so `cursor`/`limit` are read as on every other Fivetran list.
 * - DELETE by type: "Dismiss all active warnings of a specific type. Requires the warning type
 *   to be registered in the warning type registry": an unknown type is 400.
 */
import { paginate, track } from '../../pagination';
import { done, forbidden, invalidInput } from '../../respond';
import type { EmulatorState } from '../../state';
import { stateScoped } from '../../stateScoped';
import type { Route, RouteContext } from '../../types';
import { connectionRoute, findConnection } from './common';

export const WARNINGS_PREVIEW = 'connection_warnings';

/** The types the definition names as examples (dismiss_connection_warning `warningType`). */
export const REGISTERED_WARNING_TYPES = ['resync_table_warning', 'type_coercion_to_null_warning'];

export interface ConnectionWarning {
	code: string;
	message: string;
	error_message?: string;
	created_at: string;
}

/** One item of the GET answer: the active warnings of one destination table (or none). */
export interface WarningGroup {
	schema?: string;
	table?: string;
	warnings: ConnectionWarning[];
}

const warningsOf = stateScoped(() => new Map<string, WarningGroup[]>());

function groupsOf(state: EmulatorState, connectionId: string): WarningGroup[] {
	const store = warningsOf(state);
	let groups = store.get(connectionId);
	if (groups === undefined) {
		groups = [];
		store.set(connectionId, groups);
	}
	return groups;
}

/** Test and seed helper: an active warning on a connection, grouped by its table. */
export function addConnectionWarning(
	state: EmulatorState,
	connectionId: string,
	warning: ConnectionWarning & { schema?: string; table?: string },
): void {
	const { schema, table, ...fields } = warning;
	const groups = groupsOf(state, connectionId);
	let group = groups.find((candidate) => candidate.schema === schema && candidate.table === table);
	if (group === undefined) {
		group = track<WarningGroup>({
			...(schema !== undefined ? { schema } : {}),
			...(table !== undefined ? { table } : {}),
			warnings: [],
		});
		groups.push(group);
	}
	group.warnings.push(fields);
}

function checkAllowlisted(ctx: RouteContext): void {
	if (!ctx.state.previewFeatures.has(WARNINGS_PREVIEW)) {
		throw forbidden(
			'Connection warnings are in private preview: the account must be allowlisted to use this feature',
		);
	}
}

function listWarnings(ctx: RouteContext) {
	checkAllowlisted(ctx);
	const connection = findConnection(ctx);
	return paginate(groupsOf(ctx.state, connection.id), ctx.query);
}

function dismissWarnings(ctx: RouteContext) {
	checkAllowlisted(ctx);
	const connection = findConnection(ctx);
	const type = ctx.params.warningType;
	if (!REGISTERED_WARNING_TYPES.includes(type)) {
		throw invalidInput(`Unknown warning type '${type}'`);
	}
	const groups = groupsOf(ctx.state, connection.id);
	for (const group of groups) group.warnings = group.warnings.filter(({ code }) => code !== type);
	const remaining = groups.filter((group) => group.warnings.length > 0);
	groups.splice(0, groups.length, ...remaining);
	return done(
		`Warnings of type '${type}' have been dismissed for connection with id '${connection.id}'`,
	);
}

const WARNINGS = '/v1/connections/:connectionId/warnings';

export const warningRoutes: Route[] = [
	connectionRoute('GET', WARNINGS, 'READ', listWarnings),
	connectionRoute('DELETE', `${WARNINGS}/:warningType`, 'MANAGE', dismissWarnings),
];
