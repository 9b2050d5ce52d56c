/**
 * The permissions of Fivetran's own request example for create_system_key (fivetran-openapi.json,
 * July 2026): CONNECTOR appears twice, MANAGE for all and NONE for two ids, i.e. "every
 * connection except these". The node must accept and send it unchanged.
 */
export const CREATE_SYSTEM_KEY_EXAMPLE_PERMISSIONS = [
	{ resource_type: 'USER', access_level: 'READ' },
	{ resource_type: 'WEBHOOK', access_level: 'MANAGE' },
	{ resource_type: 'CONNECTOR', access_level: 'MANAGE' },
	{ resource_type: 'DESTINATION', access_level: 'MANAGE' },
	{
		resource_type: 'TRANSFORMATION',
		access_level: 'MANAGE',
		resource_filter: { group_ids: ['group_id_1', 'group_id_2'] },
	},
	{
		resource_type: 'CONNECTOR',
		access_level: 'NONE',
		resource_filter: { ids: ['connection_id_1', 'connection_id_2'] },
	},
];
