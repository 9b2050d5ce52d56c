import type { IDataObject, INodeProperties, IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionOperationFields, groupIdField, settingsCollection } from './fields';
import { getGroupId, getSettingsBody, validated } from './params';
import { withoutAuth } from './results';
import { configWithSchema, DESTINATION_SCHEMA_NAMES } from './settings';
import { requireOneOf, requireText } from './validation';

const properties: INodeProperties[] = [
	{ ...groupIdField, description: 'The group (destination) the connection loads into' },
	{
		displayName: 'Service Name or ID',
		name: 'service',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getConnectorTypes' },
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Destination Schema Name',
		name: 'destinationSchema',
		type: 'string',
		default: '',
		placeholder: 'e.g. google_sheets_sales',
		description:
			'Schema the connector writes to in the destination (sent as config.schema, permanent). Leave empty only when Config holds the naming keys, e.g. schema_prefix for database connectors.',
	},
	{
		displayName: 'Destination Naming',
		name: 'destinationSchemaNames',
		type: 'options',
		options: [
			{
				name: 'Fivetran Naming',
				value: 'FIVETRAN_NAMING',
				description:
					'Fivetran naming conventions simplify and standardize schema, table and column names',
			},
			{
				name: 'Source Naming',
				value: 'SOURCE_NAMING',
				description: "Keep the source's schema, table and column names",
			},
		],
		default: 'FIVETRAN_NAMING',
		description:
			'How schema, table and column names appear in the destination (destination_schema_names; Fivetran will soon require it). Can be changed only before the first sync.',
	},
	settingsCollection('create'),
];

export const description = connectionOperationFields('create', properties);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const groupId = getGroupId.call(this, itemIndex);
	const service = this.getNodeParameter('service', itemIndex, '');
	const destinationSchema = this.getNodeParameter('destinationSchema', itemIndex, '') as string;
	const naming = this.getNodeParameter('destinationSchemaNames', itemIndex, 'FIVETRAN_NAMING');
	const settings = getSettingsBody.call(this, itemIndex, 'create');
	const body: IDataObject = validated(this, itemIndex, () => ({
		group_id: groupId,
		service: requireText(
			service,
			'Choose a Service (the connector type) from the list or enter its ID',
		),
		...settings,
		config: configWithSchema(settings.config as IDataObject | undefined, destinationSchema),
		destination_schema_names: requireOneOf(naming, DESTINATION_SCHEMA_NAMES, 'Destination Naming'),
	}));
	const { data } = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: '/v1/connections',
		body,
		acceptVersion2: true,
		// Fivetran answers after the setup tests, which run unless turned off.
		longRunning: body.run_setup_tests !== false,
		outcomeUnknownAdvice:
			'Check whether the connection was created (Connection › Get Many in the group: its schema name) and its status.setup_state before creating it again; if it exists, run its setup tests later with Run Setup Tests.',
		itemIndex,
	});
	return withoutAuth(data);
}
