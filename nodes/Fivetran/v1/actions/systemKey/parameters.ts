/**
 * Readers for the System Key parameters. Each validates what it reads and throws a
 * NodeOperationError naming the problem (with the item index) before any request is made.
 */
import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import {
	permissionsFromBuilder,
	permissionsFromJson,
	SystemKeyInputError,
	validateExpirationPeriod,
	validateSystemKeyName,
	type PermissionBuilderRow,
	type SystemKeyExpirationPeriod,
	type SystemKeyPermission,
} from '../../helpers/systemKeyValidation';
import { parseJsonOrUndefined, requireId, throwIfInvalid } from '../../helpers/validation';
import { KEEP_CURRENT_EXPIRATION, type PermissionsInputMode } from './fields';

/**
 * Runs a pure check from systemKeyValidation and turns its SystemKeyInputError into the
 * NodeOperationError users see (anything else would be a bug; it is wrapped the same way).
 */
function checked<T>(ctx: IExecuteFunctions, itemIndex: number, check: () => T): T {
	try {
		return check();
	} catch (error) {
		const message = error instanceof SystemKeyInputError ? error.message : String(error);
		throw new NodeOperationError(ctx.getNode(), message, { itemIndex });
	}
}

/** The validated id of the System Key parameter. */
export function readSystemKeyId(ctx: IExecuteFunctions, itemIndex: number): string {
	const raw = ctx.getNodeParameter('systemKeyId', itemIndex, '', { extractValue: true });
	const id = String(raw ?? '').trim();
	throwIfInvalid(ctx.getNode(), itemIndex, requireId(id, 'System Key'));
	return id;
}

/** The Name parameter, checked against Fivetran's naming rule. */
export function readName(ctx: IExecuteFunctions, itemIndex: number): string {
	const name = ctx.getNodeParameter('name', itemIndex, '');
	return checked(ctx, itemIndex, () => validateSystemKeyName(name));
}

export function readExpirationPeriod(
	ctx: IExecuteFunctions,
	itemIndex: number,
): SystemKeyExpirationPeriod {
	const period = ctx.getNodeParameter('expirationPeriod', itemIndex, 'INFINITE');
	return checked(ctx, itemIndex, () => validateExpirationPeriod(period));
}

/** Rotate's period: undefined for "Keep Current" (send none), else a checked period. */
export function readNewExpirationPeriod(
	ctx: IExecuteFunctions,
	itemIndex: number,
): SystemKeyExpirationPeriod | undefined {
	const period = ctx.getNodeParameter('expirationPeriod', itemIndex, KEEP_CURRENT_EXPIRATION);
	if (period === KEEP_CURRENT_EXPIRATION) return undefined;
	return checked(ctx, itemIndex, () => validateExpirationPeriod(period));
}

export function readPermissionsMode(
	ctx: IExecuteFunctions,
	itemIndex: number,
): PermissionsInputMode {
	return ctx.getNodeParameter('permissionsInput', itemIndex, 'builder') as PermissionsInputMode;
}

/** The permissions from the builder or the JSON field, whichever "Permissions Input" selects. */
export function readPermissions(ctx: IExecuteFunctions, itemIndex: number): SystemKeyPermission[] {
	if (readPermissionsMode(ctx, itemIndex) === 'json') {
		const json = parseJsonParameter(ctx, 'permissionsJson', 'Permissions (JSON)', itemIndex);
		return checked(ctx, itemIndex, () => permissionsFromJson(json));
	}
	const builder = ctx.getNodeParameter('permissions', itemIndex, {}) as BuilderValue;
	const rows = withExpressionFlags(builder?.permission ?? [], ctx.getNode().parameters.permissions);
	return checked(ctx, itemIndex, () => permissionsFromBuilder(rows));
}

type BuilderValue = { permission?: PermissionBuilderRow[] } | undefined;

/**
 * Marks the ID fields the user gave as an expression (the node's raw parameters start with
 * "="), so that one resolving to nothing is refused instead of read as "no filter".
 */
function withExpressionFlags(rows: PermissionBuilderRow[], raw: unknown): PermissionBuilderRow[] {
	const rawRows = (raw as BuilderValue)?.permission ?? [];
	return rows.map((row, index) => {
		const rawRow = (rawRows[index] ?? {}) as Record<string, unknown>;
		const fromExpression = (['resourceIds', 'groupIds'] as const).filter(
			(field) => field in row && typeof rawRow[field] === 'string' && rawRow[field].startsWith('='),
		);
		return { ...row, fromExpression };
	});
}

/**
 * A `type: 'json'` parameter: n8n hands it over as text, or already parsed when an expression
 * produced an object or array.
 */
function parseJsonParameter(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): unknown {
	const value = ctx.getNodeParameter(name, itemIndex, '');
	if (typeof value !== 'string') return value;
	if (value.trim() === '') {
		throw new NodeOperationError(
			ctx.getNode(),
			`'${label}' is empty: enter a JSON array of permissions`,
			{
				itemIndex,
			},
		);
	}
	const parsed = parseJsonOrUndefined(value);
	if (parsed === undefined) {
		// Not the parser's message: it quotes the input, which may hold anything.
		throw new NodeOperationError(
			ctx.getNode(),
			`'${label}' is not valid JSON: fix the syntax (check quotes, commas and brackets)`,
			{ itemIndex },
		);
	}
	return parsed;
}
