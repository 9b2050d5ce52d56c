import { updateDisplayOptions, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { apiPath } from '../../../../shared/transport';
import { expirationPeriodField, secretShownOnceNotice, systemKeyIdField } from './fields';
import { systemKeyWithSecretOutput } from './output';
import { readNewExpirationPeriod, readSystemKeyId } from './parameters';
import { systemKeyApiRequest } from './request';

const properties: INodeProperties[] = [
	secretShownOnceNotice,
	systemKeyIdField,
	expirationPeriodField(
		'How long the key stays valid from now on. Keep Current sends none, so an expiring key does not become permanent.',
		true,
	),
];

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['systemKey'], operation: ['rotate'] } },
	properties,
);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const systemKeyId = readSystemKeyId(this, itemIndex);
	// rotate_system_key's body is optional: without expiration_period the key keeps its own.
	const period = readNewExpirationPeriod(this, itemIndex);
	const body = period === undefined ? {} : { expiration_period: period };
	// Not idempotent: a repeat would rotate again and discard the secret the first one returned.
	const { data } = await systemKeyApiRequest.call(this, {
		method: 'POST',
		path: apiPath`/v1/system-keys/${systemKeyId}/rotate`,
		body,
		idempotent: false,
		// The new secret is in `data`: an answer without it must fail, not output a null secret.
		expectData: true,
		itemIndex,
	});
	return systemKeyWithSecretOutput(this, itemIndex, data, 'rotated');
}
