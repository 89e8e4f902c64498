import { z } from 'zod';

// zod probes `new Function` for a faster parser; MV3's content security policy forbids it and
// `web-ext lint` flags it, so every schema in the project goes through this one configured instance.
z.config({ jitless: true });

export { z };
