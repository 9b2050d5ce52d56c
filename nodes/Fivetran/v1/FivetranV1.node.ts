import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeBaseDescription,
	INodeTypeDescription,
} from 'n8n-workflow';

import { router } from './actions/router';
import { versionDescription } from './actions/versionDescription';
import { listSearch, loadOptions } from './methods';
import { credentialTest } from './methods/credentialTest';

export class FivetranV1 implements INodeType {
	// The lint resolves icon paths from this file (v1/), n8n from the loaded Fivetran.node.js
	// one folder up: the constructor takes the wrapper's icon so both find the file.
	description: INodeTypeDescription = {
		displayName: 'Fivetran',
		name: 'fivetran',
		group: ['transform'],
		...versionDescription,
		icon: { light: 'file:../fivetran.svg', dark: 'file:../fivetran.dark.svg' },
		subtitle: versionDescription.subtitle,
		usableAsTool: true,
	};

	constructor(baseDescription: INodeTypeBaseDescription) {
		this.description = { ...baseDescription, ...this.description, icon: baseDescription.icon };
	}

	methods = { listSearch, loadOptions, credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
