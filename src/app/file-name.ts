/**
 * The workbook's file name from Office.context.document.url, which is a local path or a URL:
 * "C:\预算\目标.xlsx" → "目标.xlsx"; a SharePoint or OneDrive URL ("…/2024%E7%BB%A9%E6%95%88.xlsx?web=1") →
 * "2024绩效.xlsx" (query and fragment dropped, percent-escapes decoded). A local path is taken as it is: "#"
 * and "%" are ordinary characters in a file name. The pane and the ribbon commands both use it.
 */
export function fileNameOf(url: string | undefined | null): string {
  if (!url) return "workbook.xlsx";
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
  const last = (isUrl ? url.split(/[?#]/)[0]! : url).split(/[\\/]/).pop();
  if (!last) return "workbook.xlsx";
  if (!isUrl) return last;
  try {
    return decodeURIComponent(last) || "workbook.xlsx";
  } catch {
    return last;
  }
}
