/**
 * What System Key operations output. Fivetran returns a key's secret only when it is created or
 * rotated: those answers expose it as `secretShownOnce`, a name that says it cannot be fetched
 * again. Every other output drops any `secret` field, so no list or get ever carries one.
 */
import type { IDataObject } from 'n8n-workflow';

import { withSecretShownOnce } from '../shared/secretShownOnce';

/** Two spec examples name the key `key_value`; the node always outputs `key`. */
function normaliseKeyField(record: IDataObject): IDataObject {
	const copy: IDataObject = { ...record };
	delete copy.secret;
	delete copy.key_value;
	if (copy.key === undefined && record.key_value !== undefined) copy.key = record.key_value;
	return copy;
}

/** A system key without its secret (Get, Get Many, Update). */
export function systemKeyOutput(record: IDataObject): IDataObject {
	return normaliseKeyField(record);
}

/** A created or rotated key: the one-time secret is renamed, right after `key`. */
export function systemKeyWithSecretOutput(record: IDataObject): IDataObject {
	return withSecretShownOnce(normaliseKeyField(record), record.secret, 'key');
}
