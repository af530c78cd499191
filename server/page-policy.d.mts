import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function holdPagePolicy(req: IncomingMessage, res: ServerResponse): void;
