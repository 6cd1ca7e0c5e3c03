/**
 * Imported first by the workspace, before any module that builds or parses a zod schema: the page's
 * Content-Security-Policy forbids eval, and zod's probe for it (made on first use) would be reported as a violation on
 * every load. Without it, zod validates the same way, without generating code.
 */
import { z } from "zod";

z.config({ jitless: true });
