// "Which work permit might fit me?": the question tree as data, its checks, and the walk from an address to a page.
import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an id like "skilled" (lowercase letters, digits, dashes)');

const answerSchema = z
  .object({
    id,
    /** The answer as the reader reads it; also quoted in "because you said …". */
    label: z.string().min(2).max(140),
    /** The next question's id… */
    next: id.optional(),
    /** …or the guides that may fit (most likely first). An empty list means nothing fits. */
    results: z.array(id).optional(),
  })
  .strict()
  .refine((a) => (a.next === undefined) !== (a.results === undefined), 'expected exactly one of "next" or "results"');

const questionSchema = z.object({
  question: z.string().min(5).max(140),
  hint: z.string().max(300).optional(),
  answers: z.array(answerSchema).min(2, 'expected 2 to 6 answers').max(6, 'expected 2 to 6 answers'),
});

export const finderSchema = z.object({ start: id, questions: z.record(id, questionSchema) });
export type FinderTree = z.infer<typeof finderSchema>;
export type FinderAnswer = z.infer<typeof answerSchema>;
export type FinderQuestion = z.infer<typeof questionSchema> & { id: string };

/** The deepest a path may go, in questions. */
export const MAX_DEPTH = 4;

/** The questions answered so far, each with the answer chosen, in order. */
export type Trail = { question: FinderQuestion; answer: FinderAnswer }[];

export type FinderNode =
  | { kind: 'question'; question: FinderQuestion; trail: Trail; path: string[] }
  | { kind: 'result'; slugs: string[]; trail: Trail; path: string[] };

const questionOf = (tree: FinderTree, qid: string): FinderQuestion => ({ id: qid, ...tree.questions[qid]! });

/** The page at an address's answer ids ([] is the first question); null when the address names no such path. */
export function resolve(tree: FinderTree, path: string[]): FinderNode | null {
  let question = questionOf(tree, tree.start);
  const trail: Trail = [];
  for (const [i, step] of path.entries()) {
    const answer = question.answers.find((a) => a.id === step);
    if (!answer) return null;
    trail.push({ question, answer });
    if (answer.results) return i === path.length - 1 ? { kind: 'result', slugs: answer.results, trail, path } : null;
    question = questionOf(tree, answer.next!);
  }
  return { kind: 'question', question, trail, path };
}

/** Every page of the finder: each question reached and each result, by its answer ids. */
export function allNodes(tree: FinderTree): FinderNode[] {
  const out: FinderNode[] = [];
  const walk = (path: string[]) => {
    const node = resolve(tree, path)!;
    out.push(node);
    if (node.kind === 'question') for (const a of node.question.answers) walk([...path, a.id]);
  };
  walk([]);
  return out;
}

/** Every way the tree is unfit to publish, one plain line each; empty when it is fine. */
export function treeProblems(tree: FinderTree, slugs: string[]): string[] {
  const problems: string[] = [];
  if (!tree.questions[tree.start]) return [`the start question "${tree.start}" does not exist`];
  const reached = new Set<string>();
  const used = new Set<string>();
  const walk = (qid: string, depth: number, seen: string[]) => {
    if (seen.includes(qid)) {
      problems.push(`questions loop: ${[...seen, qid].join(' → ')}`);
      return;
    }
    if (depth > MAX_DEPTH) {
      problems.push(`a path is deeper than ${MAX_DEPTH} questions: ${[...seen, qid].join(' → ')}`);
      return;
    }
    const q = tree.questions[qid];
    if (!q) {
      problems.push(`"${seen.at(-1)}" leads to a question that does not exist: "${qid}"`);
      return;
    }
    used.add(qid);
    const ids = q.answers.map((a) => a.id);
    if (new Set(ids).size !== ids.length) problems.push(`question "${qid}" has two answers with the same id`);
    for (const a of q.answers) {
      if (a.next) walk(a.next, depth + 1, [...seen, qid]);
      for (const slug of a.results ?? []) {
        if (!slugs.includes(slug)) problems.push(`answer "${qid}/${a.id}" names a guide that does not exist: "${slug}"`);
        reached.add(slug);
      }
    }
  };
  walk(tree.start, 1, []);
  for (const slug of slugs) if (!reached.has(slug)) problems.push(`no answer leads to the guide "${slug}"`);
  for (const qid of Object.keys(tree.questions)) if (!used.has(qid)) problems.push(`no answer leads to the question "${qid}"`);
  return problems;
}

/** The words of the tree in another language, keyed by question and answer ids (content/<lang>/finder.yaml). */
export const finderWordsSchema = z
  .object({
    questions: z.record(
      id,
      z
        .object({
          question: z.string().min(5).max(160),
          hint: z.string().max(300).optional(),
          answers: z.record(id, z.string().min(2).max(160)),
        })
        .strict(),
    ),
  })
  .strict();
export type FinderWords = z.infer<typeof finderWordsSchema>;

/** The same tree with another language's words; every question and answer must have them, or the file and the id are named. */
export function translateTree(tree: FinderTree, words: FinderWords, file: string): FinderTree {
  const problems: string[] = [];
  const questions = Object.fromEntries(
    Object.entries(tree.questions).map(([qid, q]) => {
      const w = words.questions[qid];
      if (!w) {
        problems.push(`no words for the question "${qid}"`);
        return [qid, q];
      }
      const answers = q.answers.map((a) => {
        const label = w.answers[a.id];
        if (!label) problems.push(`no words for the answer "${qid}/${a.id}"`);
        return { ...a, label: label ?? a.label };
      });
      return [qid, { ...q, question: w.question, hint: w.hint, answers }];
    }),
  );
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return { ...tree, questions };
}

/** Reads and checks the tree; a problem fails the build, naming the file and what is wrong. */
export function checkedTree(raw: unknown, slugs: string[], file = 'content/data/finder.yaml'): FinderTree {
  const parsed = finderSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const problems = treeProblems(parsed.data, slugs);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return parsed.data;
}
