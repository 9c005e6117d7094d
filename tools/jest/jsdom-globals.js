/**
 * What every browser has and jsdom does not: the Encoding API (TextDecoder, TextEncoder). The import's checks
 * decode a file's bytes with it (src/import/csvGuards.ts, xmlScan.ts), in the browser as in Node.
 */
'use strict';
const { TextDecoder, TextEncoder } = require('util');

if (typeof globalThis.TextDecoder === 'undefined') globalThis.TextDecoder = TextDecoder;
if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = TextEncoder;
