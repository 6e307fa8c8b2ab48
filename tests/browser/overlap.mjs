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
