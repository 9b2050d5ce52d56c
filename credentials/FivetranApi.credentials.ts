import type { IAuthenticateGeneric, Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Fivetran API key + secret, sent as HTTP Basic auth. The base URL may be given with or without
 * a trailing '/' or '/v1' (Fivetran's docs show both); requests add '/v1/...' themselves.
 *
 * No declarative `test`: n8n would fail every non-2xx answer, and a system key without ACCOUNT
 * read permission gets 403 on the test request although it is valid. Both nodes test it instead
 * (`testedBy: 'fivetranApiTest'`, nodes/shared/credentialTest.ts).
 */
export class FivetranApi implements ICredentialType {
	name = 'fivetranApi';

	displayName = 'Fivetran API';

	icon: Icon = { light: 'file:fivetran.svg', dark: 'file:fivetran.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-fivetran/n8n-nodes-fivetran#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A scoped API key (Fivetran dashboard → your user → API Key) or a system key (Account Settings → System Keys)',
		},
		{
			displayName: 'API Secret',
			name: 'apiSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Shown once when the key is generated; regenerating it invalidates the old secret',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.fivetran.com',
			description:
				'Change only for a Fivetran-compatible endpoint (e.g. a local emulator). A trailing /v1 is ignored.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.apiKey}}',
				password: '={{$credentials.apiSecret}}',
			},
		},
	};
}
