import { z } from 'zod';

/** An id or slug a page passes to a server action besides the form; bounded so a forged call cannot send megabytes. */
export const refArg = z.string().min(1).max(200);

/** A move within an ordered list (questions, hosts). */
export const directionArg = z.enum(['up', 'down']);
