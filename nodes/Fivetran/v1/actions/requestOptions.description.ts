import type { INodeProperties } from 'n8n-workflow';

/**
 * "Request Options", shown for every operation. The transport reads them (transport/options.ts)
 * and the router reads Concurrency. Parameter names are part of saved workflows: keep them.
 */
/**
 * Operations whose requests are `longRunning` (transport/request.ts) on some resource: Create
 * (connection, destination, webhook), Run Setup Tests, Reload Schema Config, Send Test Event.
 */
const LONG_RUNNING_RESOURCES = ['connection', 'destination', 'webhook'];
const LONG_RUNNING_OPERATIONS = ['create', 'reloadSchemaConfig', 'runSetupTests', 'sendTestEvent'];

export const requestOptionsDescription: INodeProperties[] = [
	{
		displayName: 'Request Options',
		name: 'requestOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Concurrency',
				name: 'concurrency',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description:
					"How many input items to process at once. 0 uses the operation's default: 5 for reads, 10 for Sync and Wait, 1 for other changes.",
			},
			{
				displayName: 'Long-Running Timeout',
				name: 'longRunningTimeout',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 10,
				displayOptions: {
					show: { '/resource': LONG_RUNNING_RESOURCES, '/operation': LONG_RUNNING_OPERATIONS },
				},
				description:
					'Minutes to wait for operations that answer only when Fivetran has finished its work: Create (with setup tests) and Run Setup Tests of connections and destinations, Reload Schema Config, webhook Create and Send Test Event. After this time the request is not sent again (the work may still be running); the error says what to check.',
			},
			{
				displayName: 'Max Retries',
				name: 'maxRetries',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 3,
				description:
					'How many times to retry a request that is safe to repeat after a server error or network failure',
			},
			{
				displayName: 'Max Wait on Rate Limit',
				name: 'maxRateLimitWait',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 300,
				description:
					"Longest total time in seconds to wait for Fivetran's rate limit (HTTP 429, Retry-After) before failing",
			},
			{
				displayName: 'Timeout',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 30000,
				description:
					"Time in milliseconds to wait for each answer from Fivetran (operations that wait for Fivetran's work use Long-Running Timeout instead)",
			},
		],
	},
];
