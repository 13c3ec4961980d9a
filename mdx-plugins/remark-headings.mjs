/**
 * remark plugin for the guides: gives every `##` and `###` heading a stable `id` and adds a
 * named export, `headings`, listing them ({ depth, id, text }) in document order.
 *
 * Why a plugin: the guide page builds its table of contents from that export, so the list is
 * fixed when the MDX is compiled and nothing reads content/ at request time. The ids are
 * made here too, so the table of contents and the rendered headings cannot disagree.
 *
 * Plain JavaScript (.mjs) because the MDX loader imports it by path in Node, outside the
 * TypeScript build. It also refuses `#` (the page owns the only h1) and anything deeper than
 * `###`, which the guides' house style forbids.
 */

/** Text of a node and its descendants (text, inline code, emphasis…), like mdast-util-to-string. */
function toText(node) {
  if (typeof node.value === "string") return node.value;
  return Array.isArray(node.children) ? node.children.map(toText).join("") : "";
}

/** GitHub-style slug: lower case, letters, digits and hyphens; repeats get -1, -2… */
function createSlugger() {
  const seen = new Map();
  return (text) => {
    const base =
      text
        .toLowerCase()
        .trim()
        .replace(/[^\p{L}\p{N}\s-]/gu, "")
        .replace(/\s+/g, "-") || "section";
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

/** An ESTree expression for a JSON-like value (strings, numbers, arrays, plain objects). */
function toEstree(value) {
  if (Array.isArray(value)) return { type: "ArrayExpression", elements: value.map(toEstree) };
  if (value !== null && typeof value === "object") {
    return {
      type: "ObjectExpression",
      properties: Object.entries(value).map(([key, item]) => ({
        type: "Property",
        kind: "init",
        method: false,
        shorthand: false,
        computed: false,
        key: { type: "Identifier", name: key },
        value: toEstree(item),
      })),
    };
  }
  return { type: "Literal", value };
}

/** An `export const name = value` statement as an MDX ESM node. */
function exportConst(name, value) {
  const declaration = {
    type: "VariableDeclaration",
    kind: "const",
    declarations: [{ type: "VariableDeclarator", id: { type: "Identifier", name }, init: toEstree(value) }],
  };
  return {
    type: "mdxjsEsm",
    value: "",
    data: {
      estree: {
        type: "Program",
        sourceType: "module",
        body: [{ type: "ExportNamedDeclaration", declaration, specifiers: [], source: null }],
      },
    },
  };
}

export default function remarkHeadings() {
  return (tree, file) => {
    const slug = createSlugger();
    const headings = [];

    const visit = (node) => {
      if (node.type === "heading") {
        if (node.depth === 1 || node.depth > 3) {
          file.fail(`Use ## or ### headings only (found a level ${node.depth} heading)`, node);
        }
        const text = toText(node).trim();
        const id = slug(text);
        // remark-rehype copies hProperties onto the <h2>/<h3> element, which MDX passes as props.
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
        headings.push({ depth: node.depth, id, text });
        return;
      }
      if (Array.isArray(node.children)) node.children.forEach(visit);
    };
    visit(tree);

    tree.children.unshift(exportConst("headings", headings));
  };
}
