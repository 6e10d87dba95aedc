// `npm run api:types`: regenerates the web's API types from the server's OpenAPI document.
import { writeFileSync } from 'node:fs';
import { generateWebTypes, WEB_TYPES_FILE } from '../apps/server/src/contract/api-contract';

writeFileSync(WEB_TYPES_FILE, await generateWebTypes());
console.log(`Đã tạo ${WEB_TYPES_FILE}`);
