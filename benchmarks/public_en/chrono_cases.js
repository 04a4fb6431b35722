// Record the English test cases of chrono-node (test/en/*.test.ts) as JSON lines on stdout.
//
//     cd /tmp && npm pack chrono-node@2.7.0 && tar xzf chrono-node-2.7.0.tgz
//     TZ=UTC node benchmarks/public_en/chrono_cases.js /tmp/package > cases.jsonl
//
// Called by extract.py. The test files are TypeScript run as JavaScript after removing their
// few type annotations; testSingleCase / testUnexpectedResult / expect are stubs that record, for
// each call, the text, the reference date, the options, and what the test expects of the result
// (start / end components and dates, or no result). The test's callback is run on a recording
// stand-in for the result, so the values are the test's own expectations, not chrono's output.
// chrono's own parse of the same text (its dist/ in the package) is asked only which components
// the text states (year / month / day / weekday known, not implied), which gives the grain.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const root = process.argv[2];
const chrono = require(path.join(root, "dist/cjs"));
// a test with no reference date runs against "now": pinned, so a re-run gives the same cases
const FIXED_NOW = Date.UTC(2023, 8, 1, 12);

function recorder(pathName) {
    const fn = function () {};
    return new Proxy(fn, {
        get(_, prop) {
            if (prop === "__path") return pathName;
            if (prop === Symbol.toPrimitive) return () => NaN;
            if (typeof prop === "symbol") return undefined;
            return recorder(`${pathName}.${prop}`);
        },
        apply(_, __, args) {
            return recorder(`${pathName}(${args.map((a) => JSON.stringify(a)).join(",")})`);
        },
    });
}

function parserName(parser) {
    if (parser && parser.__path) return parser.__path;
    return "unknown";
}

function resolveParser(name) {
    if (name === "chrono" || name === "chrono.en") return chrono;
    if (name === "chrono.casual" || name === "chrono.en.casual") return chrono.casual;
    if (name === "chrono.strict" || name === "chrono.en.strict") return chrono.strict;
    if (name === "chrono.en.GB") return chrono.en.GB;
    return null; // fr, custom clones: not English defaults, skipped
}

function isoDay(date) {
    return date instanceof Date && !isNaN(date) ? date.toISOString().slice(0, 10) : null;
}

function refOf(ref) {
    if (ref instanceof Date) return ref;
    if (ref && ref.instant instanceof Date) return ref.instant;
    return null;
}

function known(component) {
    if (!component) return null;
    const out = {};
    for (const key of ["year", "month", "day", "weekday"]) out[key] = component.isCertain(key);
    return out;
}

let current = { file: "", test: "" };
const cases = [];

function testSingleCase(parser, text, refOrCheck, optionOrCheck, check) {
    if (check === undefined && typeof optionOrCheck === "function") {
        check = optionOrCheck;
        optionOrCheck = undefined;
    }
    if (optionOrCheck === undefined && typeof refOrCheck === "function") {
        check = refOrCheck;
        refOrCheck = undefined;
    }
    const record = { file: current.file, test: current.test, parser: parserName(parser), text,
                     ref: isoDay(refOf(refOrCheck)), options: optionOrCheck || {}, expect: {} };
    cases.push(record);
    if (check) {
        pending = record;
        try {
            check(recorder("result"), text);
        } catch (e) {
            record.error = String(e);
        }
        pending = null;
    }
    const real = resolveParser(record.parser);
    if (real) {
        const reference = refOf(refOrCheck) || new Date(FIXED_NOW);
        try {
            const found = real.parse(text, refOrCheck && !(refOrCheck instanceof Date) ? refOrCheck : reference,
                                     optionOrCheck || {});
            if (found.length) {
                record.known_start = known(found[0].start);
                record.known_end = known(found[0].end);
            }
        } catch (e) {
            record.error = String(e);
        }
    }
    if (!record.ref) record.ref = isoDay(new Date(FIXED_NOW));
}

function testWithExpectedDate(parser, text, expectedDate) {
    testSingleCase(parser, text, (result) => expect(result.start).toBeDate(expectedDate));
}

function testUnexpectedResult(parser, text, refDate, options) {
    cases.push({ file: current.file, test: current.test, parser: parserName(parser), text,
                 ref: isoDay(refDate || new Date(FIXED_NOW)), options: options || {}, expect: { none: true } });
}

let pending = null;

function expect(value) {
    const target = value && value.__path ? value.__path : null;
    const put = (key, v) => {
        if (pending && target) pending.expect[`${target}${key}`] = v;
    };
    const matchers = {
        toBe: (v) => put("", v),
        toEqual: (v) => put("", v),
        toStrictEqual: (v) => put("", v),
        toBeDate: (d) => put(".date", isoDay(d)),
        toBeNull: () => put("", null),
        toBeUndefined: () => put("", null),
        toBeFalsy: () => put("", null),
        toBeTruthy: () => {},
        toBeSingleOnText: () => {},
        toHaveLength: () => {},
        toBeGreaterThan: () => {},
        toBeLessThan: () => {},
        toContain: () => {},
        toMatchObject: () => {},
        toBeInstanceOf: () => {},
    };
    matchers.not = new Proxy({}, { get: () => () => {} });
    return matchers;
}

class PinnedDate extends Date {
    constructor(...args) {
        if (args.length === 0) super(FIXED_NOW);
        else super(...args);
    }
    static now() {
        return FIXED_NOW;
    }
}

function stripTypes(source) {
    return source
        .replace(/^import .*$/gm, "")
        .replace(/\s+as\s+[A-Z]\w*(\[\])?/g, "")
        .replace(/\((\w+):\s*[A-Za-z]\w*(\[\])?\)/g, "($1)")
        .replace(/(\w+)!\./g, "$1.");
}

const dir = path.join(root, "test/en");
for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith(".test.ts") || name.includes("performance")) continue;
    current.file = `test/en/${name}`;
    const context = vm.createContext({
        chrono: recorder("chrono"),
        testSingleCase, testUnexpectedResult, testWithExpectedDate, expect, console,
        test: (title, body) => {
            current.test = title;
            try {
                body();
            } catch (e) {
                process.stderr.write(`${name}: ${title}: ${e}\n`);
            }
        },
        Date: PinnedDate,
        Meridiem: { AM: 0, PM: 1 },
        Month: recorder("Month"), Weekday: recorder("Weekday"),
        ENTimeExpressionParser: function () {}, ENTimeUnitCasualRelativeFormatParser: function () {},
        ParsingResult: function () {}, getLastWeekdayOfMonth: () => new Date(FIXED_NOW),
        measureMilliSec: () => 0,
    });
    try {
        vm.runInContext(stripTypes(fs.readFileSync(path.join(dir, name), "utf8")), context, { filename: name });
    } catch (e) {
        process.stderr.write(`${name}: ${e}\n`);
    }
}
for (const c of cases) process.stdout.write(JSON.stringify(c) + "\n");
