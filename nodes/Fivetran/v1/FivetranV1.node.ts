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

export class FivetranV1 implements INodeType {
	// Icon paths are relative to this file (v1/), so they point one folder up.
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
		this.description = { ...baseDescription, ...this.description };
	}

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
