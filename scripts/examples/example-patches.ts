/**
 * The examples are built by the importer from seeds/*.txt; what the importer reads differently from the hand-checked
 * examples is kept as a list of patches per example (scripts/examples/patches/*.json), each one a JSON path with the
 * importer's value and the example's, and listed in docs/import.md. Applying the patches to the importer's output
 * gives the example exactly; the number of patches is how far the importer is from a careful human reading.
 * @module
 */
export interface ExamplePatch {
  /** JSON path segments into the dataset. */
  path: Array<string | number>;
  /** The importer's value (absent: the importer has nothing there). */
  imported?: unknown;
  /** The example's value (absent: the example has nothing there, the patch removes the importer's). */
  example?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The patches that turn `imported` into `example`: objects key by key, arrays index by index. */
export function diffDatasets(imported: unknown, example: unknown, path: Array<string | number> = []): ExamplePatch[] {
  if (JSON.stringify(imported) === JSON.stringify(example)) return [];
  if (isObject(imported) && isObject(example)) {
    const keys = new Set([...Object.keys(imported), ...Object.keys(example)]);
    return [...keys].flatMap((key) => diffDatasets(imported[key], example[key], [...path, key]));
  }
  if (Array.isArray(imported) && Array.isArray(example)) {
    const patches: ExamplePatch[] = [];
    const common = Math.min(imported.length, example.length);
    for (let i = 0; i < common; i++) patches.push(...diffDatasets(imported[i], example[i], [...path, i]));
    for (let i = common; i < example.length; i++) patches.push({ path: [...path, i], example: example[i] });
    // Extra importer elements are removed from the end, so indexes before them stay valid.
    for (let i = imported.length - 1; i >= common; i--) patches.push({ path: [...path, i], imported: imported[i] });
    return patches;
  }
  const patch: ExamplePatch = { path };
  if (imported !== undefined) patch.imported = imported;
  if (example !== undefined) patch.example = example;
  return [patch];
}

/** Applies patches in order; throws when a patch's importer value is not what the importer gave (the patch is stale). */
export function applyPatches(dataset: unknown, patches: readonly ExamplePatch[], name: string): unknown {
  const root = structuredClone(dataset) as Record<string, unknown>;
  for (const patch of patches) {
    let parent: Record<string | number, unknown> = root;
    for (const segment of patch.path.slice(0, -1)) {
      const next = parent[segment];
      if (next === null || typeof next !== "object") {
        parent[segment] = typeof patch.path[patch.path.indexOf(segment) + 1] === "number" ? [] : {};
      }
      parent = parent[segment] as Record<string | number, unknown>;
    }
    const last = patch.path[patch.path.length - 1] as string | number;
    if (JSON.stringify(parent[last]) !== JSON.stringify(patch.imported)) {
      throw new Error(`${name}：补丁 ${patch.path.join(".")} 已过期（导入结果为 ${JSON.stringify(parent[last])?.slice(0, 80)}，补丁记录的是 ${JSON.stringify(patch.imported)?.slice(0, 80)}）；请运行 npm run build:examples -- --refresh-patches`);
    }
    if (patch.example === undefined) {
      if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
      else delete parent[last];
    } else parent[last] = patch.example;
  }
  return root;
}
