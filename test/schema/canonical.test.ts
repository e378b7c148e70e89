import { expect } from '@open-wc/testing';
import { canonicalJson } from '../../src/schema/canonical.ts';

describe('canonicalJson', () => {
  const rows: [value: unknown, expected: string, why: string][] = [
    [{ b: 1, a: 2 }, '{"a":2,"b":1}', 'keys sorted'],
    [
      { a: { d: [3, { z: true, y: null }], c: 'x' } },
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]}}',
      'sorted at every depth, arrays keep their order',
    ],
    [{ B: 1, a: 2, _: 3, é: 4 }, '{"B":1,"_":3,"a":2,"é":4}', 'RFC 8785: UTF-16 code unit order, not locale order'],
    [{ a: undefined, b: 1 }, '{"b":1}', 'an undefined property is left out, as JSON leaves it out'],
    [[undefined, 1], '[null,1]', 'undefined in an array is null, as in JSON'],
    [{ n: 1.5e21, m: -0, k: 0.1 }, '{"k":0.1,"m":0,"n":1.5e+21}', 'numbers as JSON.stringify writes them'],
    [
      { s: 'line\nquote" ½ \u2028' },
      '{"s":"line\\nquote\\" ½ \u2028"}',
      'strings escaped as JSON.stringify escapes them',
    ],
    ['text', '"text"', 'a bare string'],
    [false, 'false', 'a bare boolean'],
    [null, 'null', 'null'],
    [[], '[]', 'an empty array'],
    [{}, '{}', 'an empty object'],
  ];
  for (const [value, expected, why] of rows) {
    it(`${why}: ${expected}`, () => {
      expect(canonicalJson(value)).to.equal(expected);
      expect(JSON.parse(canonicalJson(value))).to.deep.equal(JSON.parse(JSON.stringify(value) ?? 'null'));
    });
  }

  it('gives the same text for the same record built in a different order', () => {
    const one = {
      id: 'a',
      details: { address: 'Flat 2', nation: 'wales' },
      hazards: [{ hazardId: 'fire', spread: [0, 4.6, 21.5, 73.9] }],
    };
    const two = {
      hazards: [{ spread: [0, 4.6, 21.5, 73.9], hazardId: 'fire' }],
      details: { nation: 'wales', address: 'Flat 2' },
      id: 'a',
    };
    expect(canonicalJson(one)).to.equal(canonicalJson(two));
  });

  it('refuses what JSON cannot hold, naming where it is', () => {
    expect(() => canonicalJson({ hazards: [{ likelihood: NaN }] })).to.throw(
      RangeError,
      'hazards[0].likelihood is NaN',
    );
    expect(() => canonicalJson(Infinity)).to.throw(RangeError, 'the value is Infinity');
    expect(() => canonicalJson({ f: () => 1 })).to.throw(TypeError, 'f is a function');
    expect(() => canonicalJson(10n)).to.throw(TypeError, 'the value is a bigint');
  });
});
