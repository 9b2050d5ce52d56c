import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

/** The fields of one operation of one resource, shown only for that resource and operation. */
export function operationFields(
	resource: string,
	operation: string,
	properties: INodeProperties[],
): INodeProperties[] {
	return updateDisplayOptions(
		{ show: { resource: [resource], operation: [operation] } },
		properties,
	);
}

/** `operationFields` bound to one resource: each resource's `<resource>OperationFields`. */
export function operationFieldsFor(
	resource: string,
): (operation: string, properties: INodeProperties[]) => INodeProperties[] {
	return (operation, properties) => operationFields(resource, operation, properties);
}
