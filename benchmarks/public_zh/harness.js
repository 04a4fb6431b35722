// Runs chrono-node's Chinese test files with stand-ins for jest and chrono that record, for each
// case, the text, the reference date, the options and the values the test expects; prints one
// JSON object per case. Used by extract.py (run under TZ=UTC so new Date(y, m, d) is that day).
"use strict";
const fs = require("fs");
const vm = require("vm");

const cases = [];
let current = null;

function pad(n) { return String(n).padStart(2, "0"); }
function day(d) { return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; }

class Token { constructor(path) { this.path = path; } }

function component(side) {
    return {
        get: (key) => new Token(`${side}.${key}`),
        isCertain: (key) => new Token(`${side}.certain.${key}`),
        date: () => ({ getTime: () => new Token(`${side}.date`) }),
        __side: side,
    };
}

function fakeResult() {
    return { index: new Token("index"), text: new Token("text"), start: component("start"), end: component("end") };
}

function record(path, value) {
    if (!current) return;
    if (path.endsWith(".date")) value = day(value instanceof Date ? value : new Date(value));
    current.expect[path] = value;
}

function expect(actual) {
    const matchers = {
        toBe: (v) => {
            if (actual instanceof Token) record(actual.path, v);
            else if (v instanceof Token) record(v.path, actual);
        },
        toBeCloseTo: (v) => {
            if (actual instanceof Token) record(actual.path, v);
            else if (v instanceof Token) record(v.path, actual);
        },
        toBeDate: (d) => { if (actual && actual.__side) record(`${actual.__side}.date`, d); },
        toHaveLength: (n) => { if (current && actual === current.results) current.expect.count = n; },
        toBeSingleOnText: () => {},
        toBeNull: () => {},
        toBeTruthy: () => {},
        toStrictEqual: () => {},
        toEqual: () => {},
    };
    matchers.not = {
        toBeNull: () => { if (actual && actual.__side && current) current.expect[`${actual.__side}.exists`] = true; },
        toBe: () => {}, toBeDate: () => {},
    };
    return matchers;
}

function startCase(source, text, ref, option) {
    current = { source, text, reference: ref instanceof Date ? day(ref) : null,
                reference_is_now: !(ref instanceof Date) || Math.abs(ref - Date.now()) < 60000,
                option: option || {}, expect: {} };
    cases.push(current);
}

function testSingleCase(chrono, text, refOrCheck, optionOrCheck, check) {
    if (check === undefined && typeof optionOrCheck === "function") { check = optionOrCheck; optionOrCheck = undefined; }
    if (optionOrCheck === undefined && typeof refOrCheck === "function") { check = refOrCheck; refOrCheck = undefined; }
    startCase(chrono.__source, text, refOrCheck, optionOrCheck);
    current.expect.count = 1;
    if (check) check(fakeResult(), text);
}

function testUnexpectedResult(chrono, text, ref, option) {
    startCase(chrono.__source, text, ref, option);
    current.expect.count = 0;
}

function fakeChrono(source) {
    const parser = {
        __source: source,
        parse: (text, ref, option) => {
            startCase(source, text, ref, option);
            // 1.x tests check results.length first, then read results[0]
            const results = { 0: fakeResult(), length: new Token("count") };
            current.results = results;
            return results;
        },
        parseDate: () => null,
    };
    parser.casual = parser; parser.strict = parser;
    parser.zh = parser; parser.zh.hans = parser; parser.zh.hant = parser;
    return parser;
}

for (const path of process.argv.slice(2)) {
    const source = path;
    let code = fs.readFileSync(path, "utf-8");
    code = code.replace(/^import .*$/gm, "").replace(/^var chrono = require\(.*\);?$/gm, "");
    const chrono = fakeChrono(source);
    const sandbox = {
        chrono, expect, testSingleCase, testUnexpectedResult, Date, Math, console,
        test: (name, fn) => fn(), it: (name, fn) => fn(), describe: (name, fn) => fn(),
        testWithExpectedDate: (c, text, d) => { testSingleCase(c, text, (r) => expect(r.start).toBeDate(d)); },
    };
    vm.runInNewContext(code, sandbox, { filename: path });
    current = null;
}
for (const c of cases) {
    delete c.results;
    console.log(JSON.stringify(c));
}
