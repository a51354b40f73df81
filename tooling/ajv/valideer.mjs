// Cross-check with ajv, an implementation independent of the library's own validator:
//  1. every committed schema compiles in strict mode;
//  2. every example under docs/examples/<schema>/ is valid against that schema;
//  3. every document of the corpus written by the json module's tests (json/target/corpus) gets the
//     same verdict from ajv as from the library's reader (a differential test).
// Exits non-zero on any failure. Run from anywhere: node tooling/ajv/valideer.mjs
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const schemaDir = join(root, "json/src/main/resources/io/github/inburgering/json/schema/v1");
const exampleDir = join(root, "docs/examples");
const corpusDir = join(root, "json/target/corpus");

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

let failures = 0;
const fail = (msg) => { failures++; console.error("FAIL " + msg); };

// 1. schemas
const validators = new Map();
for (const f of readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort()) {
  const name = f.replace(/\.schema\.json$/, "");
  try {
    validators.set(name, ajv.compile(JSON.parse(readFileSync(join(schemaDir, f), "utf8"))));
  } catch (e) {
    fail(`schema ${f} does not compile in strict mode: ${e.message}`);
  }
}
console.log(`ajv: ${validators.size} schemas compiled in strict mode`);

// 2. examples
let examples = 0;
if (existsSync(exampleDir)) {
  for (const dir of readdirSync(exampleDir).sort()) {
    const path = join(exampleDir, dir);
    if (!statSync(path).isDirectory()) continue;
    const validate = validators.get(dir);
    if (!validate) { fail(`docs/examples/${dir} names no schema`); continue; }
    for (const f of readdirSync(path).filter((f) => f.endsWith(".json")).sort()) {
      examples++;
      const doc = JSON.parse(readFileSync(join(path, f), "utf8"));
      if (!validate(doc)) fail(`example ${dir}/${f}: ${ajv.errorsText(validate.errors)}`);
    }
  }
}
console.log(`ajv: ${examples} documented examples checked`);

// 3. differential corpus
const verdictFile = join(corpusDir, "verdicts.json");
if (!existsSync(verdictFile)) {
  fail(`no corpus at ${verdictFile}: run the Maven build (mvn verify) first`);
} else {
  const verdicts = JSON.parse(readFileSync(verdictFile, "utf8"));
  let agree = 0, valid = 0;
  for (const v of verdicts) {
    const text = readFileSync(join(corpusDir, v.bestand), "utf8");
    let ok;
    try {
      ok = validators.get(v.schema)(JSON.parse(text));
    } catch (e) {
      ok = false;
    }
    if (ok) valid++;
    if (ok === v.geldig) agree++;
    else fail(`corpus ${v.bestand}: ajv says ${ok ? "valid" : "invalid"}, the library says ${v.geldig ? "valid" : "invalid"}` +
      (ok ? "" : ` (${ajv.errorsText(validators.get(v.schema).errors)})`));
  }
  console.log(`ajv: corpus ${verdicts.length} documents (${valid} valid, ${verdicts.length - valid} invalid), agreement ${agree}/${verdicts.length}`);
  if (verdicts.length < 1000) fail(`corpus has ${verdicts.length} documents, fewer than 1000`);
}

if (failures > 0) {
  console.error(`ajv cross-check: ${failures} failure(s)`);
  process.exit(1);
}
console.log("ajv cross-check: ok");
