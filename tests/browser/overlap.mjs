// Shared check of the real-browser suites: no label of the diagram overlaps another or leaves the SVG.

/** Boxes of every drawn label in svg.sankey, as the browser lays them out; problems found and label count. */
export async function labelsDoNotOverlap(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.sankey');
    const box = svg.getBoundingClientRect();
    const rects = [...svg.querySelectorAll('g.node text')].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
    const problems = [];
    for (const a of rects) {
      if (a.r.left < box.left - 1 || a.r.right > box.right + 1 || a.r.top < box.top - 1 || a.r.bottom > box.bottom + 1) problems.push(`cut off: ${a.text}`);
    }
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i].r;
        const b = rects[j].r;
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) problems.push(`${rects[i].text} × ${rects[j].text}`);
      }
    return { problems, count: rects.length };
  });
}

/**
 * Every drawn label of svg.sankey against its own node's bar, as the browser lays them out:
 * the label's box (getBBox of its <text>, in the diagram's own units) must overlap the bar's
 * vertical extent within `slack` px. With `allowLeaders`, a label away from its bar passes
 * when a leader line (path.leader in the same node) runs from its bar to the label. Returns the
 * nodes that break the rule, the number of labels checked, of nodes without a label and of leaders.
 */
export async function labelsAtBars(page, { slack = 6, scope = 'svg.sankey', allowLeaders = false } = {}) {
  return page.evaluate(
    ({ slack, scope, allowLeaders }) => {
      const svg = document.querySelector(scope);
      const problems = [];
      let checked = 0;
      let unlabelled = 0;
      let leaders = 0;
      for (const g of svg.querySelectorAll('g.node')) {
        const bar = g.querySelector('rect.bar');
        const text = g.querySelector('text');
        if (!bar) continue;
        if (!text || !text.textContent) {
          unlabelled++;
          continue;
        }
        checked++;
        const b = bar.getBBox();
        const t = text.getBBox();
        const near = t.y < b.y + b.height + slack && b.y - slack < t.y + t.height;
        if (near) continue;
        const leader = g.querySelector('path.leader');
        if (leader && allowLeaders) {
          leaders++;
          const l = leader.getBBox();
          // The leader must span from the bar to the label.
          const spans = l.y <= Math.max(b.y, Math.min(t.y, b.y + b.height)) + 1 && l.y + l.height >= Math.min(b.y + b.height, Math.max(t.y, b.y)) - 1;
          if (spans) continue;
        }
        problems.push(`${g.dataset.id} "${text.textContent}": label ${Math.round(t.y)}–${Math.round(t.y + t.height)}, bar ${Math.round(b.y)}–${Math.round(b.y + b.height)}`);
      }
      return { problems, checked, unlabelled, leaders };
    },
    { slack, scope, allowLeaders },
  );
}
