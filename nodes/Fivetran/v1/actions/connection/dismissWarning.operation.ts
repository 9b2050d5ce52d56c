import type { INodeProperties, IExecuteFunctions } from 'n8n-workflow';

import { actionResult } from '../../helpers/parameters';
import { apiPath } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId, validated } from './params';
import { requireText } from './validation';
import { warningsRequest } from './warnings';

const warningTypeField: INodeProperties = {
	displayName: 'Warning Type',
	name: 'warningType',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. resync_table_warning',
	description:
		"The type of warning to dismiss: the warning's code as Get Warnings outputs it, e.g. resync_table_warning or type_coercion_to_null_warning. Every active warning of this type is dismissed.",
};

export const description = connectionOperationFields('dismissWarning', [
	connectionIdField,
	warningTypeField,
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const warningType = validated(this, itemIndex, () =>
		requireText(
			this.getNodeParameter('warningType', itemIndex, ''),
			'Enter a Warning Type, e.g. resync_table_warning',
		),
	);
	const response = await warningsRequest(this, {
		method: 'DELETE',
		path: apiPath`/v1/connections/${connectionId}/warnings/${warningType}`,
		itemIndex,
	});
	return actionResult(connectionId, response, { warningType });
}
