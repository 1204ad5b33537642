// A Markdown (satteri hast) plugin: every h2 and h3 with an id gets a real link to itself, rendered at build time,
// so a reader can copy a section's address with or without a script (the guide's script only adds copying).
import type { HastPluginDefinition } from 'satteri';

/**
 * The id of the page's one "Link to this section:" label (src/components/SectionLinkLabel.astro). Each section link is
 * named by it and by its own heading ("Link to this section: Eligibility"), so the heading's words are not repeated.
 */
export const SECTION_LINK_LABEL_ID = 'section-link-label';

export function sectionLinksPlugin(): HastPluginDefinition {
  return {
    name: 'imp-guide-section-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.id;
        if (typeof id !== 'string') return;
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${id}`, className: ['section-link'], ariaLabelledby: `${SECTION_LINK_LABEL_ID} ${id}` },
          // The "#" is what sighted readers see; hidden from the name, which the label and heading give.
          children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
        });
      },
    },
  };
}
