/**
 * Readers for the User API Key parameters. Each validates what it reads and throws a
 * NodeOperationError naming the parameter before any request is made (an expression can set
 * a number field to anything).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { readLocatorId } from '../../helpers/parameters';
import { requireIntegerInRange, throwIfInvalid } from '../../helpers/validation';
import { MAX_EXPIRATION_DAYS, MAX_OVERLAP_DAYS } from './fields';

export function readKeyOwnerId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readLocatorId(ctx, 'userId', 'User', itemIndex);
}

function readDays(
	ctx: IExecuteFunctions,
	itemIndex: number,
	[name, label, min, max, fallback]: [string, string, number, number, number],
): number {
	const value = ctx.getNodeParameter(name, itemIndex, fallback);
	throwIfInvalid(ctx.getNode(), itemIndex, requireIntegerInRange(value, label, min, max));
	return Number(value);
}

export function readExpirationDays(ctx: IExecuteFunctions, itemIndex: number): number {
	return readDays(ctx, itemIndex, [
		'expirationDays',
		'Expiration (Days)',
		1,
		MAX_EXPIRATION_DAYS,
		90,
	]);
}

export function readOverlapDays(ctx: IExecuteFunctions, itemIndex: number): number {
	return readDays(ctx, itemIndex, ['overlapDays', 'Overlap (Days)', 0, MAX_OVERLAP_DAYS, 0]);
}
