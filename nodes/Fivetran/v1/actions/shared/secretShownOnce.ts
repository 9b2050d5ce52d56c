/**
 * Fivetran returns a key's secret only when the key is created or rotated (system keys, user
 * API keys). The node outputs it as `secretShownOnce`, a name that says it cannot be fetched
 * again, right after the key it belongs to; the harness's secret scan allows it nowhere else.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

/** Warns that the output's `secretShownOnce` cannot be fetched again (Create and Rotate). */
export const secretShownOnceNotice: INodeProperties = {
	displayName:
		'Fivetran shows the secret only once: this operation outputs it as "secretShownOnce". Store it immediately, e.g. in an n8n credential; it cannot be read again, only rotated.',
	name: 'secretShownOnceNotice',
	type: 'notice',
	default: '',
};

/**
 * `record` (already without its secret field) with `secretShownOnce` inserted right after the
 * field `after` (at the end when `record` has no such field); null when Fivetran sent none.
 */
export function withSecretShownOnce(
	record: IDataObject,
	secret: IDataObject[string] | undefined,
	after: string,
): IDataObject {
	const shown = secret ?? null;
	const output: IDataObject = {};
	for (const [field, value] of Object.entries(record)) {
		output[field] = value;
		if (field === after) output.secretShownOnce = shown;
	}
	if (!('secretShownOnce' in output)) output.secretShownOnce = shown;
	return output;
}
