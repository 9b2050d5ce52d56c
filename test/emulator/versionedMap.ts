/**
 * A Map that counts its changes, so list routes can reuse one array of its values between
 * pages instead of copying 100,000 records per request (`valuesOf`).
 */
export class VersionedMap<K, V> extends Map<K, V> {
	/** Bumped by every set, delete and clear. */
	version = 0;

	set(key: K, value: V): this {
		this.version += 1;
		return super.set(key, value);
	}

	delete(key: K): boolean {
		this.version += 1;
		return super.delete(key);
	}

	clear(): void {
		this.version += 1;
		super.clear();
	}
}

const valuesCache = new WeakMap<object, { version: number; values: readonly unknown[] }>();

/**
 * The values of a map in insertion order. For a VersionedMap the array is cached until the
 * map changes; callers must not mutate it.
 */
export function valuesOf<V>(map: ReadonlyMap<unknown, V>): readonly V[] {
	if (!(map instanceof VersionedMap)) return Array.from(map.values());
	const cached = valuesCache.get(map);
	if (cached && cached.version === map.version) return cached.values as readonly V[];
	const values = Array.from(map.values());
	valuesCache.set(map, { version: map.version, values });
	return values;
}
