// A Markdown (satteri mdast) plugin: the first use of each glossary term on a page links to its entry on /glossary/.
import type { MdastPluginDefinition } from 'satteri';
import { firstUses, type GlossaryTerm } from './glossary';
import type { Lang } from './paths';

const SKIP = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code']);

/** `terms` by language; `glossaryHref(lang, id)` gives the entry's address. The language comes from the file's folder (content/<lang>/…). */
export function glossaryPlugin(
  terms: Partial<Record<Lang, GlossaryTerm[]>>,
  glossaryHref: (lang: Lang, id: string) => string,
): MdastPluginDefinition {
  return {
    name: 'imp-guide-glossary',
    before(_root, ctx) {
      ctx.data.glossaryUsed = new Set<string>();
    },
    text(node, ctx) {
      const lang = (/\/content\/fr\//.test(ctx.fileURL?.pathname ?? '') ? 'fr' : 'en') as Lang;
      const list = terms[lang] ?? [];
      if (!list.length) return;
      for (let p: { type: string } | undefined = ctx.parent(node); p && p.type !== 'root'; p = ctx.parent(p as never))
        if (SKIP.has(p.type)) return;
      const pieces = firstUses(node.value, list, ctx.data.glossaryUsed as Set<string>);
      if (pieces.length === 1 && !('term' in pieces[0]!)) return;
      ctx.replaceNode(
        node,
        pieces.map((piece) =>
          'term' in piece
            ? {
                type: 'link',
                url: glossaryHref(lang, piece.term.id),
                title:
                  piece.term.expansion && piece.term.expansion.toLowerCase() !== piece.text.toLowerCase() ? piece.term.expansion : null,
                children: [{ type: 'text', value: piece.text }],
              }
            : { type: 'text', value: piece.text },
        ),
      );
    },
  };
}
