/**
 * Fivetran returns a key's secret only when the key is created or rotated (system keys, user
 * API keys). The node outputs it as `secretShownOnce`, a name that says it cannot be fetched
 * again, right after the key it belongs to; the harness's secret scan allows it nowhere else.
 */
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeProperties,
} from 'n8n-workflow';

/** Warns that the output's `secretShownOnce` cannot be fetched again (Create and Rotate). */
export const secretShownOnceNotice: INodeProperties = {
	displayName:
		'Fivetran shows the secret only once: this operation outputs it as "secretShownOnce". Store it immediately, e.g. in an n8n credential; it cannot be read again, only rotated.',
	name: 'secretShownOnceNotice',
	type: 'notice',
	default: '',
};

/** Which key was created or rotated, for the error when Fivetran sent no secret. */
export interface SecretChange {
	ctx: IExecuteFunctions;
	itemIndex: number;
	/** e.g. 'system key', 'API key'. */
	keyKind: string;
	change: 'created' | 'rotated';
	/** How to get a usable secret after all. */
	remedy: string;
}

/**
 * `record` (already without its secret field) with `secretShownOnce` inserted right after the
 * field `after` (at the end when `record` has no such field). An answer without a secret is an
 * error, never `secretShownOnce: null`: the change was applied, but the secret that proves it is
 * lost, so the user must know at once (the answer is not quoted: a cut-off answer may hold part
 * of a secret).
 */
export function withSecretShownOnce(
	record: IDataObject,
	secret: IDataObject[string] | undefined,
	after: string,
	{ ctx, itemIndex, keyKind, change, remedy }: SecretChange,
): IDataObject {
	if (typeof secret !== 'string' || secret === '') {
		throw new NodeOperationError(
			ctx.getNode(),
			`Fivetran answered that the ${keyKind} was ${change} but sent no secret`,
			{
				itemIndex,
				description: `The key most likely has a new secret that was never shown. ${remedy}`,
			},
		);
	}
	const output: IDataObject = {};
	for (const [field, value] of Object.entries(record)) {
		output[field] = value;
		if (field === after) output.secretShownOnce = secret;
	}
	if (!('secretShownOnce' in output)) output.secretShownOnce = secret;
	return output;
}
