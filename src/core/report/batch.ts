import * as z from "zod/mini";
import { ReportSchema } from "./schema";

/**
 * One entry per input of `jixiao check` over several files or a folder (`--json` array, `--jsonl` lines): the
 * file's report, or why it could not be read. An unreadable input is an entry, not a gap, so a consumer counting
 * reports can never mistake "not read" for "nothing wrong".
 */
export const UnreadableEntrySchema = z.object({
  file: z.string(),
  unreadable: z.object({
    /** missing, is-directory, no-access, empty, legacy-xls-or-encrypted, not-xlsx, corrupt, too-large, empty-folder, internal-error */
    reason: z.string(),
    message: z.string(),
  }),
});

export const BatchEntrySchema = z.union([ReportSchema, UnreadableEntrySchema]);

export type UnreadableEntry = z.infer<typeof UnreadableEntrySchema>;
export type BatchEntry = z.infer<typeof BatchEntrySchema>;
