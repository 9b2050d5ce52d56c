import type { INodeProperties } from 'n8n-workflow';

/**
 * "Request Options", shown for every operation. The transport reads them (transport/options.ts)
 * and the router reads Concurrency. Parameter names are part of saved workflows: keep them.
 */
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
				description: 'Time in milliseconds to wait for each answer from Fivetran',
			},
		],
	},
];
