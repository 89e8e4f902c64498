import { z } from '../../core/zod.ts';

/** What travels over runtime.sendMessage: a name and its request. Parsed before anything else. */
export const requestEnvelopeSchema = z.object({
  name: z.string().max(64),
  request: z.unknown(),
});
export type RequestEnvelope = z.infer<typeof requestEnvelopeSchema>;
