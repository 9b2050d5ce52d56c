/**
 * Every documented way of installing the package loads both nodes and the credential into a
 * real n8n 2.41: as a community package, from N8N_CUSTOM_EXTENSIONS, from `~/.n8n/custom`, and
 * through `n8n-node dev`'s link. The custom-directory loader takes every `*.node.js` for a node,
 * so a class file such as `v1/FivetranV1.node.js` makes n8n refuse to start ("Class could not
 * be found"): each route starts n8n only until its editor lists the types, then stops it.
 * The routes' user folders are copies of one whose database n8n has already migrated.
 */
import {
	cloneUserFolder,
	createUserFolder,
	installPackageInto,
	n8nCliOrThrow,
	PACKAGE_NAME,
	startN8n,
	type N8nNodeType,
} from '../../scripts/lib/n8n';
import {
	CUSTOM_PACKAGE,
	installIntoCustomFolder,
	linkWithNodeDev,
	unpackPackage,
} from '../../scripts/lib/installRoutes';

function iconPath(type: N8nNodeType): string {
	const { iconUrl } = type;
	if (iconUrl === undefined) throw new Error(`${type.name} has no icon`);
	return typeof iconUrl === 'string' ? iconUrl : iconUrl.light;
}

/**
 * Starts n8n on the user folder, checks what it loaded under `packageName` (both nodes with
 * their parameters and icons, the credential), and stops it.
 */
async function expectPackageLoaded(
	userFolder: string,
	packageName: string,
	env: Record<string, string> = {},
): Promise<void> {
	const n8n = await startN8n({ userFolder, env });
	try {
		const api = await n8n.api();
		const types = await api.nodeTypes();
		for (const node of ['fivetran', 'fivetranTrigger', 'fivetranPollingTrigger']) {
			const type = types.find((candidate) => candidate.name === `${packageName}.${node}`);
			expect(type).toBeDefined();
			expect(type!.properties.length).toBeGreaterThan(0);
			const icon = await api.get(iconPath(type!));
			expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
		}
		// Nothing else of the package (a version's class file) was taken for a node.
		// (`fivetranTool` is the node's AI-tool variant, which n8n derives from usableAsTool.)
		expect(
			types
				.map((type) => type.name)
				.filter((name) => /fivetran/i.test(name))
				.sort(),
		).toEqual([
			`${packageName}.fivetran`,
			`${packageName}.fivetranPollingTrigger`,
			`${packageName}.fivetranTool`,
			`${packageName}.fivetranTrigger`,
		]);
		expect(await api.credentialTypeNames()).toContain('fivetranApi');
	} finally {
		await n8n.stop();
	}
}

let template: string;

beforeAll(async () => {
	// Any CLI command migrates the database of a new user folder; this one then lists nothing.
	template = createUserFolder('install-template');
	await n8nCliOrThrow(['list:workflow'], { userFolder: template });
});

test('as a community package in <user folder>/.n8n/nodes', async () => {
	const userFolder = cloneUserFolder(template, 'install-community');
	await installPackageInto(userFolder);
	await expectPackageLoaded(userFolder, PACKAGE_NAME);
});

test('from a folder named in N8N_CUSTOM_EXTENSIONS', async () => {
	const userFolder = cloneUserFolder(template, 'install-extensions');
	const packageDir = await unpackPackage();
	await expectPackageLoaded(userFolder, CUSTOM_PACKAGE, { N8N_CUSTOM_EXTENSIONS: packageDir });
});

test('installed with npm into <user folder>/.n8n/custom', async () => {
	const userFolder = cloneUserFolder(template, 'install-custom');
	await installIntoCustomFolder(userFolder);
	await expectPackageLoaded(userFolder, CUSTOM_PACKAGE);
});

test("through n8n-node dev's link of the checkout", async () => {
	const userFolder = cloneUserFolder(template, 'install-node-dev');
	const env = await linkWithNodeDev(userFolder);
	await expectPackageLoaded(userFolder, CUSTOM_PACKAGE, env);
});
