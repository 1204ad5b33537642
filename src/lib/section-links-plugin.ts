// A Markdown (satteri hast) plugin: every h2 and h3 with an id gets a real link to itself, rendered at build time,
// so a reader can copy a section's address with or without a script (the guide's script only adds copying).
import type { HastPluginDefinition } from 'satteri';

const LABEL = { en: 'Link to this section:', fr: 'Lien vers cette section :' } as const;

export function sectionLinksPlugin(): HastPluginDefinition {
  return {
    name: 'imp-guide-section-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.id;
        if (typeof id !== 'string') return;
        const lang = /\/content\/fr\//.test(ctx.fileURL?.pathname ?? '') ? 'fr' : 'en';
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: {
            href: `#${id}`,
            className: ['section-link'],
            ariaLabel: `${LABEL[lang]} ${ctx.textContent(node).trim()}`,
            dataPagefindIgnore: '',
          },
          children: [{ type: 'text', value: '#' }],
        });
      },
    },
  };
}
