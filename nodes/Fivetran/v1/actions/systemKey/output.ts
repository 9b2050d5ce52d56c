/**
 * What System Key operations output. Fivetran returns a key's secret only when it is created or
 * rotated: those answers expose it as `secretShownOnce`, a name that says it cannot be fetched
 * again. Every other output drops any `secret` field, so no list or get ever carries one.
 */
import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

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

/**
 * A created or rotated key: the one-time secret is renamed, right after `key`. An answer
 * without a secret is an error, never `secretShownOnce: null`: the change was applied, but the
 * secret that proves it is lost, so the user must know at once (the answer is not quoted: a
 * cut-off answer may hold part of a secret).
 */
export function systemKeyWithSecretOutput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	record: IDataObject,
	change: 'created' | 'rotated',
): IDataObject {
	const secret = record.secret;
	if (typeof secret !== 'string' || secret === '') {
		throw new NodeOperationError(
			ctx.getNode(),
			`Fivetran answered that the system key was ${change} but sent no secret`,
			{
				itemIndex,
				description:
					'The key most likely exists with a new secret that was never shown. Rotate it (System Key › Rotate) to get a secret you can store, or delete it.',
			},
		);
	}
	const withoutSecret = normaliseKeyField(record);
	const output: IDataObject = {};
	for (const [field, value] of Object.entries(withoutSecret)) {
		output[field] = value;
		if (field === 'key') output.secretShownOnce = secret;
	}
	if (!('secretShownOnce' in output)) output.secretShownOnce = secret;
	return output;
}
