// Shared by the events table tests: a sentence segmented the way the pipeline does it.
import { segment } from '../segment/index.js';
import type { Doc } from '../../types.js';

export const docOf = (text: string, published?: string): Doc =>
  segment({ id: 't', text, fromHtml: false, ...(published ? { published } : {}) } as any);
