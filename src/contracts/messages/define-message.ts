import type { z } from '../../core/zod.ts';

/** One entry of the message map: what the sender must send and what the background answers. */
export interface MessageDefinition<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}

export function defineMessage<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
): MessageDefinition<Req, Res> {
  return { request, response };
}
