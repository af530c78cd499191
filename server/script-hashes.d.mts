export declare const THEME_SCRIPT_HASH: string;
export declare function isFrameworkScript(script: string): boolean;
export declare function toScriptHash(script: string): string;
export declare function toScriptHashes(body: Buffer): string[];
export declare function toPagePolicy(body: Buffer, basePolicy: string | undefined): string;
export declare function decodeBody(body: Buffer, encoding: string | undefined): Buffer;
