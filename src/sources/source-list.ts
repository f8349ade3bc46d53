// SOURCES as `sitrep watch` takes them: URLs given directly, or files listing one URL a line (blank lines
// and lines starting with # are skipped; a # after the URL starts a comment). A line that is no http(s)
// URL is reported with its file and line and skipped, so one typo never stops the other sources.
import { readFile } from 'node:fs/promises';
import { cleanUrl } from './url.js';

export interface SourceList { urls: string[]; problems: string[] }

export const looksLikeUrl = (s: string): boolean => /^https?:\/\//i.test(s.trim());

export async function readSourceList(args: string[]): Promise<SourceList> {
  const urls: string[] = [];
  const problems: string[] = [];
  const add = (raw: string, where: string): void => {
    const url = cleanUrl(raw);
    if (!url) problems.push(`${where}: not an http(s) URL: ${raw.slice(0, 200)}`);
    else if (!urls.includes(url)) urls.push(url);
  };
  for (const arg of args) {
    if (looksLikeUrl(arg)) { add(arg, 'argument'); continue; }
    let text: string;
    try { text = await readFile(arg, 'utf8'); } catch (err) {
      problems.push(`${arg}: cannot read: ${(err as NodeJS.ErrnoException).code ?? err}`);
      continue;
    }
    text.split(/\r?\n/).forEach((line, i) => {
      const value = line.replace(/(?:^|\s)#.*$/, '').trim();
      if (value) add(value, `${arg}:${i + 1}`);
    });
  }
  return { urls, problems };
}
