// Page-side timing helpers of the browser bench, injected as plain JS before any page
// script runs (kept out of TypeScript so no transpiler helper leaks into the page).
(() => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  const until = (test) =>
    new Promise((resolve) => {
      const check = () => (test() ? resolve(null) : requestAnimationFrame(check));
      check();
    });
  // First painted diagram. The build prerenders the first view into the HTML: when the
  // diagram's nodes were in the document before the first contentful paint, that paint
  // showed them (its time is the answer); otherwise, the frame after they appear.
  let nodeAt;
  let fcp;
  const settle = () => {
    if (window.__first !== undefined || nodeAt === undefined) return;
    if (fcp !== undefined && nodeAt <= fcp) window.__first = fcp;
  };
  new MutationObserver((_, obs) => {
    if (nodeAt === undefined && document.querySelector('svg.sankey g.node')) {
      nodeAt = performance.now();
      obs.disconnect();
      settle();
    }
  }).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') fcp = e.startTime;
    settle();
  }).observe({ type: 'paint', buffered: true });
  const seen = () => {
    // (No FCP yet: wait for it; the nodes are content, so it comes.)
    if (window.__first === undefined && nodeAt !== undefined && fcp !== undefined && nodeAt > fcp) {
      requestAnimationFrame(() => {
        window.__first ??= performance.now();
      });
    } else if (window.__first === undefined) requestAnimationFrame(seen);
  };
  requestAnimationFrame(seen);
  let gaps = [];
  let stop = true;
  window.__bench = {
    /** ms from running `action` to the frame after `test()` holds. */
    async timeUntil(action, test) {
      const t0 = performance.now();
      action();
      await until(test);
      await frame();
      return performance.now() - t0;
    },
    /** ms from running `action` to the frame after `selector` shows a new element. */
    timeToFrame(action, selector) {
      const before = document.querySelector(selector);
      return window.__bench.timeUntil(action, () => {
        const now = document.querySelector(selector);
        return now && now !== before;
      });
    },
    /** ms from mouseenter on a middle node until the path highlight is in the DOM. */
    async hover() {
      const nodes = [...document.querySelectorAll('svg.sankey g.node')];
      const n = nodes[Math.floor(nodes.length / 2)];
      const t0 = performance.now();
      n.dispatchEvent(new MouseEvent('mouseenter', { bubbles: false }));
      await until(() => document.querySelector('svg.sankey .on'));
      const t = performance.now() - t0;
      n.dispatchEvent(new MouseEvent('mouseleave', { bubbles: false }));
      await frame();
      return t;
    },
    /** ms from Escape (back to the overview) to the frame after node `id` is drawn again. */
    escapeToFrame(selector) {
      return window.__bench.timeUntil(
        () => document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
        () => document.querySelector(selector),
      );
    },
    /** Resolves with ms until a node with `selector` appears (started before the action). */
    appear(selector) {
      const t0 = performance.now();
      return new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (document.querySelector(selector)) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }
        });
        obs.observe(document.body, { subtree: true, childList: true });
      });
    },
    /**
     * Resolves once the page is quiet: two idle periods in a row with nothing left to do (the
     * app lays out likely next views while idle), as it is when a user reads and then clicks;
     * at most `cap` ms.
     */
    quiet(cap = 3000) {
      return new Promise((resolve) => {
        let calm = 0;
        let done = false;
        const finish = () => {
          done = true;
          resolve(null);
        };
        // Chromium sometimes holds idle callbacks back for seconds (after a key press): the cap is a timer of its own.
        setTimeout(finish, cap);
        const check = (deadline) => {
          if (done) return;
          calm = deadline.timeRemaining() >= 45 ? calm + 1 : 0;
          if (calm >= 2) finish();
          else requestIdleCallback(check);
        };
        requestIdleCallback(check);
      });
    },
    /** data-id of the drillable block drawn smallest (laid out last by the app's idle work). */
    smallestBlock() {
      const blocks = [...document.querySelectorAll('svg.sankey g.node.block.drillable')];
      const h = (g) => Number(g.querySelector('rect.bar')?.getAttribute('height') ?? Infinity);
      return blocks.sort((a, b) => h(a) - h(b))[0]?.getAttribute('data-id') ?? null;
    },
    /** Starts recording gaps between zero-delay timers (main-thread stalls). */
    startGaps() {
      gaps = [];
      stop = false;
      let last = performance.now();
      let wasBusy = false;
      const tick = () => {
        const now = performance.now();
        // The sheet is being read and parsed while the loader is aria-busy.
        const busy = !!document.querySelector('[aria-busy="true"]');
        gaps.push({ gap: now - last, parsing: wasBusy && busy });
        last = now;
        wasBusy = busy;
        if (!stop) setTimeout(tick, 0);
      };
      tick();
    },
    /** { parsing: longest stall while the sheet was read and parsed, all: longest stall since startGaps() }. */
    stopGaps() {
      stop = true;
      const max = (xs) => (xs.length ? Math.max(...xs) : 0);
      return { parsing: max(gaps.filter((g) => g.parsing).map((g) => g.gap)), all: max(gaps.map((g) => g.gap)) };
    },
  };
})();
