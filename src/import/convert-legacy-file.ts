/**
 * Converts .doc/.wps to .docx and .xls/.et to .xlsx with LibreOffice headless (already a dependency for PDF), in a
 * private temporary folder with its own LibreOffice profile, under a time limit; the whole process group is killed
 * when the limit passes. The converted bytes are then read like any .docx/.xlsx, limits included.
 * @module
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_FONTCONFIG_FILE } from "../documents/pdf/create-pdf-converter.ts";
import { runSoffice } from "../documents/pdf/run-soffice.ts";
import { UnreadableFileError } from "./import-error.ts";
import { IMPORT_LIMITS } from "./import-limits.ts";

const SOFFICE = process.env.JIXIAO_SOFFICE ?? "soffice";

/**
 * Converts `data` (named `file`, extension `extension`) to `target` and returns the new bytes.
 * `target` is a LibreOffice filter spec or extension ("docx", "xlsx", "pdf", "docx:MS Word 2007 XML"); `infilter` names
 * the import filter when the extension does not tell it (tests make foreign files from HTML and text this way).
 */
export async function convertWithLibreOffice(
  file: string,
  data: Uint8Array,
  extension: string,
  target: string,
  infilter?: string,
): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), "jixiao-import-"));
  try {
    const input = join(dir, `input${extension}`);
    await writeFile(input, data);
    const outDir = join(dir, "out");
    let result;
    try {
      result = await runSoffice({
        command: SOFFICE,
        args: [
          `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
          "--headless",
          "--invisible",
          "--nocrashreport",
          "--nodefault",
          "--nofirststartwizard",
          "--nolockcheck",
          "--nologo",
          "--norestore",
          ...(infilter ? [`--infilter=${infilter}`] : []),
          "--convert-to",
          target,
          "--outdir",
          outDir,
          input,
        ],
        env: { ...process.env, FONTCONFIG_FILE: PROJECT_FONTCONFIG_FILE },
        timeoutMs: IMPORT_LIMITS.converterTimeoutMs,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "EACCES")
        throw new UnreadableFileError(file, "转换此格式需要 LibreOffice（soffice），本机未安装");
      throw new UnreadableFileError(file, `无法启动 LibreOffice（${(error as Error).message}）`);
    }
    if (result.timedOut)
      throw new UnreadableFileError(
        file,
        `LibreOffice 转换超时（${IMPORT_LIMITS.converterTimeoutMs / 1000} 秒），文件可能过大或已损坏`,
      );
    const extensionOut = target.split(":")[0] ?? target;
    const output = join(outDir, `input.${extensionOut}`);
    if (!existsSync(output)) {
      throw new UnreadableFileError(
        file,
        "LibreOffice 未能转换此文件，文件可能已损坏、已加密或不是它的扩展名所说的格式",
      );
    }
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
