/**
 * Files the program ships beside its code (examples/, profiles/, ops/fontconfig/, dist/web/), found from the package
 * root. The code runs from src/ under a TypeScript loader in development and from dist/node/src/ once compiled, and an
 * installed package sits anywhere; a path counted in "../" from the calling module would hold in one of those only.
 * @module
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(folder, "package.json")) && existsSync(join(folder, "bin", "jixiao.mjs"))) return folder;
    const parent = dirname(folder);
    if (parent === folder)
      throw new Error(
        `找不到 jixiao 的安装目录（从 ${fileURLToPath(import.meta.url)} 向上没有 package.json 与 bin/jixiao.mjs）`,
      );
    folder = parent;
  }
}

/** The folder holding package.json: the repository in development, the installed package otherwise. */
export const PACKAGE_ROOT = findPackageRoot();

/** A path under the package root: `packagePath("examples")`, `packagePath("ops", "fontconfig", "fonts.conf")`. */
export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}
