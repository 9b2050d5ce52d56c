import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ConcurrencyKind, OperationResult } from '../node.type';
import { schemaOperationFields, targetFields } from './fields';
import { patchEnabled } from './enabledPatch';
import { readCollection } from '../../helpers/parameters';
import { bodyPartOrThrow, targetDataTypeBody, targetDataTypeOption } from './rowFilter';

export const description = schemaOperationFields('enableColumn', [
	...targetFields('column'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Hashed',
				name: 'hashed',
				type: 'boolean',
				default: true,
				description:
					'Whether Fivetran hashes the values before writing them to the destination (e.g. for personal data). Not added: unchanged.',
			},
			targetDataTypeOption,
		],
	},
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const options = readCollection(this, 'options', itemIndex);
	const extra: IDataObject = {
		...(typeof options.hashed === 'boolean' ? { hashed: options.hashed } : {}),
		...bodyPartOrThrow(this, itemIndex, targetDataTypeBody(options.targetDataType)),
	};
	return await patchEnabled(this, itemIndex, 'column', true, extra);
}
