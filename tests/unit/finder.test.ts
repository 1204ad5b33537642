import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allNodes, checkedTree, MAX_DEPTH, resolve, treeProblems, type FinderTree } from '../../src/lib/finder';
import { readContentDir } from '../../src/lib/content-files';

const slugs = readContentDir('content/en/categories').map((f) => f.slug);
const tree = checkedTree(parse(readFileSync('content/data/finder.yaml', 'utf8')), slugs);

describe("the finder's questions", () => {
  it('pass every check: 2 to 6 answers, real guides, every guide reachable, no path deeper than 4', () => {
    expect(treeProblems(tree, slugs)).toEqual([]);
  });
  it('reach every guide', () => {
    const reached = new Set(allNodes(tree).flatMap((n) => (n.kind === 'result' ? n.slugs : [])));
    expect(slugs.filter((s) => !reached.has(s))).toEqual([]);
  });
  it('have one page per question reached and per result, none deeper than the limit', () => {
    const nodes = allNodes(tree);
    expect(Math.max(...nodes.map((n) => n.trail.length))).toBeLessThanOrEqual(MAX_DEPTH);
    expect(nodes.filter((n) => n.kind === 'result').length).toBeGreaterThan(30);
  });
});

describe('walking an address', () => {
  it('gives the question, the result, or nothing for an address that is not a path', () => {
    expect(resolve(tree, [])).toMatchObject({ kind: 'question', question: { id: 'situation' } });
    expect(resolve(tree, ['work'])).toMatchObject({ kind: 'question', question: { id: 'work' } });
    expect(resolve(tree, ['work', 'skilled', 'us-mexico'])).toMatchObject({
      kind: 'result',
      slugs: ['cusma-professionals', 'significant-benefit'],
    });
    expect(resolve(tree, ['work', 'nonsense'])).toBeNull();
    expect(resolve(tree, ['working-holiday', 'more'])).toBeNull();
  });
});

describe('the checks name what is wrong', () => {
  const small = (questions: FinderTree['questions']): FinderTree => ({ start: 'a', questions });
  it('a missing guide, an unreachable guide, a missing question and a dead question', () => {
    const problems = treeProblems(
      small({
        a: {
          question: 'First question?',
          answers: [
            { id: 'x', label: 'X', results: ['ghost'] },
            { id: 'y', label: 'Y', next: 'nowhere' },
          ],
        },
        lonely: {
          question: 'Never asked?',
          answers: [
            { id: 'x', label: 'X', results: [] },
            { id: 'y', label: 'Y', results: [] },
          ],
        },
      }),
      ['real'],
    );
    expect(problems).toEqual([
      'answer "a/x" names a guide that does not exist: "ghost"',
      '"a" leads to a question that does not exist: "nowhere"',
      'no answer leads to the guide "real"',
      'no answer leads to the question "lonely"',
    ]);
  });
  it('a path deeper than the limit', () => {
    const chain: FinderTree['questions'] = {};
    for (let i = 0; i < 6; i++)
      chain[`q${i}`] = {
        question: `Question ${i}?`,
        answers: [
          { id: 'go', label: 'Go', ...(i < 5 ? { next: `q${i + 1}` } : { results: ['real'] }) },
          { id: 'stop', label: 'Stop', results: ['real'] },
        ],
      };
    expect(treeProblems({ start: 'q0', questions: chain }, ['real'])[0]).toMatch(/deeper than 4 questions/);
  });
  it('refuses an answer with an unknown field, as when an unquoted comma splits a label', () => {
    const raw = parse(
      'start: a\nquestions:\n  a:\n    question: Which one?\n    answers:\n      - { id: x, label: Research, teaching or medicine, results: [] }\n      - { id: y, label: Other, results: [] }\n',
    );
    expect(() => checkedTree(raw, [])).toThrow(/questions\.a\.answers\.0: Unrecognized key/);
  });
  it('fails with the file and the field when an answer is malformed', () => {
    expect(() =>
      checkedTree({ start: 'a', questions: { a: { question: 'Only one answer?', answers: [{ id: 'x', label: 'Xx', results: [] }] } } }, []),
    ).toThrow('content/data/finder.yaml: questions.a.answers: expected 2 to 6 answers');
  });
});
