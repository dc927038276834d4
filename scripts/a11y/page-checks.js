// The gate's own checks of a loaded page, beside axe-core (gate.py runs this once a page
// after axe). Arguments: the viewport width being checked, and the focus signatures
// already measured in this browser (see focusSignature). Returns
// {focus: [...], focusMeasured: [...signatures], rows: [...], stops: [...], charts: [...]}.
//
// focus   every link, control, summary and focusable scroll box is focused in turn;
//         its focus indicator (outline, box-shadow, a changed background or border)
//         must reach 3:1 against the background next to it, and text on a background
//         that focus changed must keep 4.5:1 (3:1 when large).
// rows    (narrow viewports) in every table row, the row header and the cells holding
//         a RAG (.rag) or a direction (.direction) must lie inside the viewport and
//         inside every box that clips them, as rendered, before any scrolling.
// stops   an element made focusable with tabindex that is not a control must be a box
//         that actually scrolls at this width: otherwise the focus stop does nothing.
// charts  (narrow viewports) the text of every chart shown (svg.chart) must be at least
//         12 px as drawn: a chart scaled down to a phone must not shrink its words.
const [width, known] = arguments;
const knownSignatures = new Set(known || []);

// ---- colours

function parseColour(text) {
  const m = /^rgba?\(([^)]+)\)$/.exec((text || '').trim());
  if (!m) return null;
  const parts = m[1].split(/[\s,\/]+/).filter(Boolean).map(p => p.endsWith('%') ? parseFloat(p) / 100 : parseFloat(p));
  if (parts.length < 3 || parts.some(Number.isNaN)) return null;
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
}

function over(top, bottom) {  // top composited over an opaque bottom
  const a = top[3];
  return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat(1);
}

function luminance(c) {
  const [r, g, b] = c.slice(0, 3).map(v => {
    v /= 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const hex = c => '#' + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('');

// The opaque colour behind an element's content: its own background and its
// ancestors', composited, over white (the canvas). Background images are not read.
function backgroundOf(el) {
  const layers = [];
  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
    const c = parseColour(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0) {
      layers.push(c);
      if (c[3] >= 1) break;
    }
  }
  let colour = [255, 255, 255, 1];
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

// "rgb(255, 221, 0) 0px -2px 0px 0px, rgb(11, 12, 12) 0px 4px 0px 0px inset"
function shadows(text) {
  if (!text || text === 'none') return [];
  const list = [];
  let depth = 0, start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if ((ch === ',' && depth === 0) || i === text.length) {
      const part = text.slice(start, i).trim();
      start = i + 1;
      const colour = parseColour((/rgba?\([^)]*\)/.exec(part) || [''])[0]);
      const lengths = part.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) || [];
      // A shadow with no offset, blur or spread draws nothing.
      if (colour && colour[3] > 0 && lengths.some(l => parseFloat(l) !== 0)) {
        list.push({colour, inset: /\binset\b/.test(part)});
      }
    }
  }
  return list;
}

const visible = c => c && c[3] > 0;

function looks(el) {
  const cs = getComputedStyle(el);
  return {
    outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && visible(parseColour(cs.outlineColor))
      ? parseColour(cs.outlineColor) : null,
    outlineInside: parseFloat(cs.outlineOffset) < -parseFloat(cs.outlineWidth) / 2,
    shadows: shadows(cs.boxShadow),
    background: cs.backgroundColor,
    borders: ['Top', 'Right', 'Bottom', 'Left'].map(side =>
      cs['border' + side + 'Style'] !== 'none' && parseFloat(cs['border' + side + 'Width']) > 0
        ? cs['border' + side + 'Color'] : ''),
    color: parseColour(cs.color),
    large: parseFloat(cs.fontSize) >= 24 || (parseFloat(cs.fontSize) >= 18.66 && parseInt(cs.fontWeight, 10) >= 700),
  };
}

// ---- what can be focused

const CONTROLS = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"]';

function rendered(el) {
  if (!el.getClientRects().length) return false;
  const cs = getComputedStyle(el);
  return cs.visibility !== 'hidden' && !el.closest('[inert]');
}

function scrolls(el) {
  // Sizes first: most elements do not overflow, and their style need not be read.
  if (el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1) return false;
  const cs = getComputedStyle(el);
  const x = /auto|scroll/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
  const y = /auto|scroll/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
  return x || y;
}

function describe(el) {
  const name = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return el.tagName.toLowerCase() + Array.from(el.classList).slice(0, 2).map(c => '.' + c).join('') +
    (name ? ' "' + name + '"' : '');
}

// Elements styled alike are focused once: the tags, classes and the attributes the
// stylesheet selects by, from the element up to <html>. (Rules by position, such as
// :nth-child, are not told apart.)
function focusSignature(el) {
  const parts = [];
  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
    let part = e.tagName.toLowerCase() + Array.from(e.classList).sort().map(c => '.' + c).join('');
    for (const attr of ['role', 'aria-current', 'type', 'open', 'style', 'disabled']) {
      if (e.hasAttribute(attr)) part += `[${attr}=${e.getAttribute(attr)}]`;
    }
    parts.push(part);
  }
  return parts.join('<');
}

// ---- focus indicators

function checkFocus() {
  const results = [], measured = [];
  const candidates = new Set(document.querySelectorAll(CONTROLS + ', [tabindex]'));
  for (const el of document.body.querySelectorAll('*')) if (scrolls(el)) candidates.add(el);
  for (const el of candidates) {
    if (el.matches('[tabindex^="-"]') && !el.matches(CONTROLS) && !scrolls(el)) continue;
    if (el.matches(':disabled')) continue;
    const signature = focusSignature(el);
    if (knownSignatures.has(signature)) continue;
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    const before = looks(el);
    el.focus({preventScroll: true});
    if (document.activeElement !== el) continue;  // not focusable after all
    if (!rendered(el)) { el.blur(); continue; }   // e.g. in a closed <details>
    knownSignatures.add(signature);
    measured.push(signature);
    const after = looks(el);
    const outside = backgroundOf(el.parentElement || el);
    const inside = backgroundOf(el);
    const parts = [];  // [what, colour, the colour next to it]
    if (after.outline) parts.push(['outline', after.outline, after.outlineInside ? inside : outside]);
    for (const s of after.shadows) parts.push(['box-shadow', s.colour, s.inset ? inside : outside]);
    if (after.background !== before.background) {
      const bg = parseColour(after.background);
      if (bg && bg[3] > 0) parts.push(['background', bg, outside]);
    }
    after.borders.forEach((colour, i) => {
      const c = parseColour(colour);
      if (colour && colour !== before.borders[i] && c && c[3] > 0) parts.push(['border', c, outside]);
    });
    const scored = parts.map(([what, colour, next]) => {
      const solid = over(colour, next);
      return {what, ratio: contrast(solid, next), text: `${what} ${hex(solid)} on ${hex(next)}`};
    });
    const best = scored.reduce((a, b) => (b.ratio > (a ? a.ratio : 0) ? b : a), null);
    const where = describe(el);
    if (!best) {
      results.push({rule: 'focus-indicator-missing', target: where, detail: 'no outline, shadow, background or border appears on focus'});
    } else if (best.ratio < 3) {
      results.push({rule: 'focus-indicator-contrast', target: where,
                    detail: `best part ${best.text} is ${best.ratio.toFixed(2)}:1 (3:1 needed)`});
    }
    // Text on a background that focus changed must stay readable.
    const text = (el.innerText || '').trim();
    if (text && after.background !== before.background && after.color) {
      const ratio = contrast(over(after.color, inside), inside);
      const needed = after.large ? 3 : 4.5;
      if (ratio < needed) {
        results.push({rule: 'focus-text-contrast', target: where,
                      detail: `text ${hex(after.color)} on ${hex(inside)} is ${ratio.toFixed(2)}:1 (${needed}:1 needed)`});
      }
    }
    el.blur();
  }
  return {results, measured};
}

// ---- focus stops that do nothing

function checkStops() {
  const found = [];
  for (const el of document.querySelectorAll('[tabindex]')) {
    if (el.matches(CONTROLS) || el.tabIndex < 0 || !rendered(el)) continue;
    if (!scrolls(el)) {
      found.push({rule: 'focusable-without-scrolling', target: describe(el),
                  detail: `tabindex="${el.getAttribute('tabindex')}" on a box that does not scroll at ${width} px`});
    }
  }
  return found;
}

// ---- table rows on a narrow screen

// The part of the viewport's width that an element's content can show in: the
// viewport, narrowed by every ancestor that clips (overflow other than visible).
const spans = new Map();
function visibleSpan(el, vw) {
  if (!el || el === document.documentElement) return [0, vw];
  if (spans.has(el)) return spans.get(el);
  let [left, right] = visibleSpan(el.parentElement, vw);
  if (getComputedStyle(el).overflowX !== 'visible') {
    const r = el.getBoundingClientRect();
    left = Math.max(left, r.left);
    right = Math.min(right, r.right);
  }
  spans.set(el, [left, right]);
  return [left, right];
}

function checkRows() {
  const vw = document.documentElement.clientWidth;
  const found = [];
  for (const table of document.querySelectorAll('table')) {
    const caption = (table.caption ? table.caption.textContent : '').replace(/\s+/g, ' ').trim().slice(0, 50);
    let bad = 0, first = '';
    for (const row of table.querySelectorAll(':scope > tbody > tr, :scope > tfoot > tr, :scope > tr')) {
      if (!rendered(row)) continue;
      const cells = Array.from(row.cells);
      const header = cells.find(c => c.tagName === 'TH' && c.scope === 'row') || cells[0];
      const wanted = header ? [['row header', header]] : [];
      for (const c of cells) {
        if (c.querySelector('.rag')) wanted.push(['RAG', c]);
        if (c.querySelector('.direction')) wanted.push(['direction', c]);
      }
      for (const [what, cell] of wanted) {
        const box = cell.getBoundingClientRect();
        const [left, right] = visibleSpan(cell.parentElement, vw);
        if (box.width === 0 || box.left < left - 0.5 || box.right > right + 0.5) {
          bad++;
          if (!first) {
            first = `${what} of "${(header ? header.textContent : '').replace(/\s+/g, ' ').trim().slice(0, 20)}" ` +
              `at ${Math.round(box.left)}-${Math.round(box.right)} px, visible ${Math.round(left)}-${Math.round(right)} px`;
          }
        }
      }
    }
    if (bad) {
      found.push({rule: 'table-rows-320', target: `table "${caption}"`,
                  detail: `${bad} cells outside the viewport at ${vw} px, e.g. ${first}`});
    }
  }
  return found;
}

// ---- chart text on a narrow screen

function checkChartText() {
  const found = [];
  for (const svg of document.querySelectorAll('svg.chart')) {
    const box = svg.viewBox && svg.viewBox.baseVal;
    const drawn = svg.getBoundingClientRect();
    if (!box || !box.width || !drawn.width || !rendered(svg)) continue;
    const scale = drawn.width / box.width;
    let smallest = Infinity, example = '';
    for (const text of svg.querySelectorAll('text')) {
      const words = text.textContent.replace(/\s+/g, ' ').trim();
      if (!words || !rendered(text)) continue;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < smallest) { smallest = size; example = words.slice(0, 30); }
    }
    if (smallest < 11.95) {
      const title = svg.querySelector('title');
      found.push({rule: 'chart-text-320',
                  target: `chart "${(title ? title.textContent : svg.getAttribute('class')).trim().slice(0, 50)}"`,
                  detail: `text drawn at ${smallest.toFixed(1)} px (chart ${Math.round(drawn.width)} px wide), e.g. "${example}"`});
    }
  }
  return found;
}

const focus = checkFocus();
if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
return {
  focus: focus.results,
  focusMeasured: focus.measured,
  stops: checkStops(),
  rows: width < 600 ? checkRows() : [],
  charts: width < 600 ? checkChartText() : [],
};
