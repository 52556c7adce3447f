// Building the page without innerHTML: every piece of article text goes in as a text node, so it is escaped.

const SVG_NS = "http://www.w3.org/2000/svg";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  return fill(node, attrs, children);
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  return fill(node, attrs, children);
}

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// The sentence as text nodes with the two actors' words marked (first occurrence of each).
export function highlighted(sentence, sourceText, targetText) {
  const marks = [];
  for (const [text, cls] of [[sourceText, "source"], [targetText, "target"]]) {
    if (!text) continue;
    const at = sentence.indexOf(text);
    if (at >= 0 && !marks.some((m) => at < m.end && at + text.length > m.start)) {
      marks.push({ start: at, end: at + text.length, cls });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const parts = [];
  let pos = 0;
  for (const m of marks) {
    parts.push(sentence.slice(pos, m.start), el("mark", { class: m.cls }, sentence.slice(m.start, m.end)));
    pos = m.end;
  }
  parts.push(sentence.slice(pos));
  return parts;
}

// Bloc colours stay clear of the green and red that mean cooperation and conflict.
export const BLOC_COLOURS = ["#0969da", "#e16f24", "#8250df", "#1b7c83", "#bf8700", "#bf3989", "#57606a"];
