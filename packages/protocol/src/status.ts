import { z } from 'zod/mini';
import { timestampSchema } from './text.ts';

/** `GET /v1/status`: enough for the widget to decide chat or "leave a message". */
export const statusSchema = z.lazy(() =>
  z.strictObject({
    /** The server's clock; the client's skew against it is a diagnostic. */
    serverTime: timestampSchema,
    protocolVersion: z.int().check(z.minimum(1)),
    agentsOnline: z.int().check(z.minimum(0)),
    businessHours: z.strictObject({
      open: z.boolean(),
      /** When closed, the next opening; null when hours are not configured. */
      nextOpenAt: z.nullable(timestampSchema),
    }),
    queueLength: z.int().check(z.minimum(0)),
  }),
);
export type ServerStatus = z.infer<typeof statusSchema>;
