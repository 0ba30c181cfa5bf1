// The shipped Lausanne site in headless Chromium, as residents use it. Started by
// tests/testsuite/browser.rs, which builds the site, serves it and sets:
//   SITE_URL    where the site is served (http://127.0.0.1:PORT/)
//   CHROMIUM    the browser (Debian's /usr/bin/chromium)
//   ARTIFACTS   where screenshots go (target/browser-artifacts/)
//   BUILD_DATE  the site's build date (YYYY-MM-DD), for the "this week" filter
// Prints one "ok - ..." or "not ok - ..." line per check and exits 1 if any failed.

import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const BASE = process.env.SITE_URL || "http://127.0.0.1:8000/";
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const ARTIFACTS = process.env.ARTIFACTS || "target/browser-artifacts";
const BUILD_DATE = process.env.BUILD_DATE || "2026-11-21";
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const BUDGET = 50 * 1024; // a detail page: HTML + CSS + JS, bytes transferred (docs/accessibility.md)

mkdirSync(ARTIFACTS, { recursive: true });
const url = (path) => new URL(path.replace(/^\//, ""), BASE).href;
const path = (href) => new URL(href, BASE).pathname;

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`not ok - ${name}\n  ${String((e && e.stack) || e).split("\n").join("\n  ")}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

async function open(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.errors = errors;
  return page;
}

async function axe(page, label) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    WCAG,
  );
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}`,
  );
  assert(found.length === 0, `${label}: axe-core found WCAG violations:\n    ${found.join("\n    ")}`);
}

/** One h1, headings that never skip a level, one main, banner and contentinfo. */
async function structure(page, label) {
  const s = await page.evaluate(() => {
    const shown = (e) => e.checkVisibility();
    return {
      levels: [...document.querySelectorAll("h1,h2,h3,h4,h5,h6")].filter(shown).map((h) => Number(h.tagName[1])),
      main: document.querySelectorAll("main").length,
      banner: document.querySelectorAll("body > header").length,
      footer: document.querySelectorAll("body > footer").length,
      skip: document.querySelector("a.skip-link")?.getAttribute("href"),
      lang: document.documentElement.lang,
    };
  });
  assert(s.levels.filter((l) => l === 1).length === 1, `${label}: ${s.levels.filter((l) => l === 1).length} h1`);
  assert(s.levels[0] === 1, `${label}: the first heading is h${s.levels[0]}`);
  s.levels.forEach((l, i) => {
    if (i > 0) assert(l <= s.levels[i - 1] + 1, `${label}: h${s.levels[i - 1]} followed by h${l}`);
  });
  assert(s.main === 1 && s.footer === 1, `${label}: landmarks ${JSON.stringify(s)}`);
  assert(s.skip === "#main", `${label}: no skip link to #main`);
  assert(/^(fr-CH|en-GB)$/.test(s.lang), `${label}: lang ${s.lang}`);
}

// With JavaScript, the list is ready once site.js has loaded the cards of the whole list.
const listReady = (page) => page.waitForSelector("[data-filter-list][data-ready]", { state: "attached", timeout: 10000 });

// Waits for a list's cards when the page has one (and JavaScript runs).
async function settle(page) {
  if (await page.evaluate(() => !!document.querySelector("[data-filter-list][data-cards]") && !!window.fetch)) await listReady(page);
}

const visibleCards = async (page) => {
  await listReady(page);
  return page.$$eval("[data-filter-list] > li", (lis) => lis.filter((li) => !li.hidden && li.getClientRects().length).map((li) => ({ ...li.querySelector("[data-offer]").dataset })));
};

// The pages checked, found from the site's own links so that content changes don't break them.
const pagesOf = async (lang) => {
  const page = await open();
  await page.goto(url(`/${lang}/`));
  const nav = await page.$$eval(".site-nav a", (as) => as.map((a) => a.getAttribute("href")));
  await page.goto(url(nav[0]));
  const offer = await page.getAttribute("[data-filter-list] > li:first-child .card-title a", "href");
  const archive = await page.getAttribute(".archive-link a", "href");
  const about = await page.getAttribute(".footer-links a", "href");
  const lists = { offers: nav[0], news: nav[1], pillars: nav[2], neighbourhoods: nav[3] };
  await page.goto(url(lists.pillars));
  const pillar = await page.getAttribute(".term-card .card-title a", "href");
  await page.goto(url(lists.neighbourhoods));
  const neighbourhood = await page.getAttribute(".term-card .card-title a", "href");
  await page.goto(url(lists.news));
  const news = await page.getAttribute(".news-card .card-title a", "href");
  const search = await page.getAttribute("form[data-search-box]", "action");
  await page.context().close();
  return { home: `/${lang}/`, ...lists, offer, pillar, neighbourhood, newsItem: news, search, archive, about, notFound: `/${lang}/404.html` };
};
const fr = await pagesOf("fr");
const en = await pagesOf("en");

// 1. axe-core, structure, and no script error, in both languages, light and dark.
for (const [lang, pages] of [["fr", fr], ["en", en]]) {
  for (const [name, p] of Object.entries(pages)) {
    await check(`axe-core finds no WCAG 2.x A/AA violation on the ${lang} ${name} page (${p})`, async () => {
      const page = await open();
      const target = name === "search" ? `${p}?q=${lang === "fr" ? "atelier" : "workshop"}` : p;
      await page.goto(url(target));
      await settle(page);
      if (name === "search") await page.waitForSelector("[data-search-results] li");
      await structure(page, target);
      await axe(page, target);
      assert(page.errors.length === 0, `script errors: ${page.errors.join("; ")}`);
      await page.context().close();
    });
  }
  for (const name of ["home", "offers", "offer", "search"]) {
    await check(`axe-core finds no violation in the dark scheme on the ${lang} ${name} page`, async () => {
      const page = await open({ colorScheme: "dark" });
      await page.goto(url(name === "search" ? `${pages.search}?q=atelier` : pages[name]));
      await settle(page);
      if (name === "search") await page.waitForSelector("[data-search-status]:not(:empty)");
      assert(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), "not dark");
      await axe(page, `${pages[name]} (dark)`);
      await page.context().close();
    });
  }
}

await check("axe-core finds no violation on the bilingual welcome page, each passage in its language", async () => {
  const page = await open();
  await page.goto(url("/"));
  await structure(page, "/");
  await axe(page, "/");
  const langs = await page.$$eval(".root-languages > li", (lis) => lis.map((li) => li.lang));
  assert(langs.join(" ") === "fr-CH en-GB", `passages marked ${langs}`);
  await page.context().close();
});

// 2. The language switcher leads to the translation, and says so in the other language.
await check("the language switcher of an offer leads to its translation, marked with its language", async () => {
  const page = await open();
  await page.goto(url(fr.offer));
  const english = await page.getAttribute('link[rel="alternate"][hreflang="en-GB"]', "href");
  const link = page.locator('.switcher a[hreflang="en-GB"]');
  assert((await link.getAttribute("lang")) === "en-GB", "the switcher link has no lang=en-GB");
  await link.click();
  await page.waitForLoadState();
  assert(path(page.url()) === new URL(english).pathname, `went to ${page.url()}, not ${english}`);
  assert((await page.getAttribute("html", "lang")) === "en-GB", "the translation is not in English");
  await page.locator('.switcher a[hreflang="fr-CH"]').click();
  await page.waitForLoadState();
  assert(path(page.url()) === fr.offer, `back to ${page.url()}, not ${fr.offer}`);
  await page.context().close();
});

// 3. Search: from the header of any page, without accents, with stemming, per language.
await check('searching "ecole" from the header finds the offer "Le français de l\'école pour les parents"', async () => {
  const page = await open();
  await page.goto(url("/fr/"));
  await page.fill("#site-search", "ecole");
  await page.press("#site-search", "Enter");
  await page.waitForURL(/\/fr\/recherche\/\?q=ecole$/);
  const hit = page.locator('[data-search-results] a[href$="/fr/offres/francais-de-l-ecole-pour-les-parents/"]');
  await hit.waitFor();
  const card = page.locator("[data-search-results] li").filter({ has: page.locator('a[href$="/fr/offres/francais-de-l-ecole-pour-les-parents/"]') });
  const text = await card.innerText();
  assert(/école/i.test(text), `the result does not show the title: ${text}`);
  assert((await card.locator(".card-summary").count()) === 1, "no summary in the result");
  assert(/Piliers/i.test(text) && /Quartiers/i.test(text), `no pillar and neighbourhood in the result: ${text}`);
  const status = await page.textContent("[data-search-status]");
  assert(/résultat/.test(status) && /ecole/.test(status), `status: ${status}`);
  assert((await page.getAttribute("[data-search-status]", "role")) === "status", "the count is not announced");
  const hrefs = await page.$$eval("[data-search-results] a", (as) => as.map((a) => a.getAttribute("href")));
  assert(hrefs.every((h) => h.startsWith("/fr/")), `results in another language: ${hrefs}`);
  await page.context().close();
});

await check("search ignores case and finds French and English words by their stem", async () => {
  const page = await open();
  for (const [where, query, expected] of [
    [fr.search, "ECOLE", "/fr/offres/francais-de-l-ecole-pour-les-parents/"],
    [fr.search, "conte", "/fr/offres/contes-au-bibliobus/"],
    [en.search, "story", "/en/offers/stories-on-the-bibliobus/"],
  ]) {
    await page.goto(url(where));
    await page.fill("#search-q", query);
    await page.press("#search-q", "Enter");
    await page.locator(`[data-search-results] a[href$="${expected}"]`).waitFor();
    assert(new URL(page.url()).searchParams.get("q") === query, `the address does not keep ${query}`);
  }
  // A second search on the same page, then back: the first one comes back.
  await page.fill("#search-q", "photography");
  await page.press("#search-q", "Enter");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "photography");
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("#search-q").value === "story");
  await page.locator('[data-search-results] a[href$="/en/offers/stories-on-the-bibliobus/"]').waitFor();
  await page.context().close();
});

// 4. Filters: instant, over every current offer, kept in the address, announced.
await check("filters narrow the offers list, are kept in the address, and come back on reload and back", async () => {
  const page = await open();
  await page.goto(url(fr.offers));
  const all = await visibleCards(page);
  assert(all.length > 12, `with JavaScript every current offer is listed, found ${all.length}`);
  assert(!(await page.isVisible("[data-pagination]")), "the pagination is still shown");
  assert((await page.getAttribute("[data-filter-count]", "role")) === "status", "the count is not a live region");
  const pillar = await page.$eval("#f-pillar option:nth-child(2)", (o) => o.value);
  await page.selectOption("#f-pillar", pillar);
  const byPillar = await visibleCards(page);
  assert(byPillar.length > 0 && byPillar.length < all.length, `pillar: ${byPillar.length} of ${all.length}`);
  assert(byPillar.every((d) => d.pillars.split(" ").includes(pillar)), "an offer of another pillar is shown");
  assert(new URL(page.url()).searchParams.get("pillar") === pillar, `address: ${page.url()}`);
  const said = await page.textContent("[data-filter-count]");
  assert(said.includes(String(byPillar.length)) || (byPillar.length === 1 && /Une offre/.test(said)), `announced: ${said}`);
  await page.check("#f-free");
  const free = await visibleCards(page);
  assert(free.every((d) => "free" in d && d.pillars.split(" ").includes(pillar)), "a paying offer is shown");
  assert(new URL(page.url()).searchParams.get("free") === "1", `address: ${page.url()}`);
  await page.reload();
  await listReady(page);
  assert((await page.inputValue("#f-pillar")) === pillar && (await page.isChecked("#f-free")), "reload lost the filters");
  assert((await visibleCards(page)).length === free.length, "reload shows other offers");
  await page.goBack();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has("free"));
  await listReady(page);
  assert(!(await page.isChecked("#f-free")), "back did not uncheck 'free'");
  assert((await visibleCards(page)).length === byPillar.length, "back shows other offers");
  await page.click("[data-filter-reset]");
  assert((await visibleCards(page)).length === all.length, "clearing the filters does not show every offer");
  assert(new URL(page.url()).search === "", `address after clearing: ${page.url()}`);
  // The address alone restores the filters (a shared link).
  await page.goto(url(`${fr.offers}?audience=children&audience=families&language=fr`));
  const shared = await visibleCards(page);
  assert(shared.length > 0 && shared.length < all.length, `shared link: ${shared.length}`);
  assert(shared.every((d) => /children|families/.test(d.audience) && d.languages.split(" ").includes("fr")), "audience or language ignored");
  assert(await page.isChecked("#f-audience-children"), "the audience box is not checked from the address");
  await page.context().close();
});

await check("the age, format and 'this week' filters keep only the offers that fit", async () => {
  const page = await open();
  await page.clock.setFixedTime(new Date(`${BUILD_DATE}T10:00:00`));
  await page.goto(url(fr.offers));
  const all = await visibleCards(page);
  await page.fill("#f-age", "8");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("age") === "8");
  const aged = await visibleCards(page);
  assert(aged.length < all.length, "age 8 keeps every offer");
  assert(aged.every((d) => (d.ageMin === undefined || +d.ageMin <= 8) && (d.ageMax === undefined || +d.ageMax >= 8)), "an offer not for 8-year-olds");
  await page.fill("#f-age", "");
  await page.selectOption("#f-mode", "online");
  const online = await visibleCards(page);
  assert(online.length > 0 && online.every((d) => d.mode !== "onsite"), "an on-site offer with 'online'");
  await page.selectOption("#f-mode", "");
  await page.selectOption("#f-when", "week");
  const week = await visibleCards(page);
  const today = new Date(`${BUILD_DATE}T00:00:00`);
  const sunday = new Date(today);
  sunday.setDate(today.getDate() + ((7 - today.getDay()) % 7));
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  const [from, to] = [iso(today), iso(sunday)];
  const happens = (d) => {
    const days = (d.days || "").split(" ").filter(Boolean);
    if (days.length) return days.some((x) => x >= from && x <= to);
    if (!d.start && !d.end) return true;
    return (d.start || "0000") <= to && (d.end || "9999") >= from;
  };
  assert(week.length < all.length, "'this week' keeps every offer");
  assert(week.every(happens), "an offer not happening this week");
  assert(all.filter(happens).length === week.length, "an offer happening this week is hidden");
  await page.context().close();
});

await check("a pillar page filters its own offers, without a pointless pillar filter", async () => {
  const page = await open();
  await page.goto(url(fr.pillar));
  await listReady(page);
  assert(await page.isVisible("[data-filters]"), "no filters on the pillar page");
  assert((await page.locator("#f-pillar").count()) === 0, "a pillar filter on a pillar page");
  const all = await visibleCards(page);
  const key = await page.$eval("#f-neighbourhood option:nth-child(2)", (o) => o.value);
  await page.selectOption("#f-neighbourhood", key);
  const some = await visibleCards(page);
  assert(some.length > 0 && some.length <= all.length && some.every((d) => d.neighbourhoods.split(" ").includes(key)), "neighbourhood filter");
  await page.context().close();
});

// 5. Keyboard only: Tab reaches every control, each with a visible focus indicator.
for (const p of [fr.offers, fr.offer, `${en.search}?q=workshop`, en.pillar]) {
  await check(`Tab reaches every control of ${p} with a visible focus indicator`, async () => {
    // Reduced motion: focus scrolls the page at once, so that where it lands can be measured.
    const page = await open({ reducedMotion: "reduce" });
    await page.goto(url(p));
    await settle(page);
    if (p.includes("?q=")) await page.waitForSelector("[data-search-results] li");
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")]
        .filter((e) => e.tabIndex >= 0 && !e.disabled && e.checkVisibility({ visibilityProperty: true }))
        .map((e, i) => {
          e.dataset.kbd = String(i);
          return i;
        }),
    );
    const seen = new Set();
    const bad = [];
    for (let i = 0; i < expected.length + 5; i++) {
      await page.keyboard.press("Tab");
      const f = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        return {
          id: e.dataset.kbd,
          what: e.outerHTML.slice(0, 90),
          ring: (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none",
          onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
          size: Math.min(r.width, r.height),
        };
      });
      if (!f) continue;
      if (f.id === undefined) bad.push(`unexpected focus on ${f.what}`);
      else if (seen.has(f.id)) break;
      else seen.add(f.id);
      if (!f.ring) bad.push(`no visible focus on ${f.what}`);
      if (!f.onScreen) bad.push(`focused but off screen: ${f.what}`);
    }
    const missed = expected.filter((i) => !seen.has(String(i)));
    const names = await page.$$eval("[data-kbd]", (els, ids) => els.filter((e) => ids.includes(+e.dataset.kbd)).map((e) => e.outerHTML.slice(0, 90)), missed);
    assert(missed.length === 0, `${missed.length} controls never reached with Tab: ${names.join(" | ")}`);
    assert(bad.length === 0, bad.join("\n    "));
    await page.context().close();
  });
}

// 6. JavaScript off: content and lists shown, search degrades to a link to the offers list.
await check("with JavaScript off, lists are paginated, the header links to the offers, search explains", async () => {
  const page = await open({ javaScriptEnabled: false });
  await page.goto(url(fr.offers));
  const shown = await page.$$eval("[data-filter-list] > li", (lis) => lis.filter((li) => li.getClientRects().length).length);
  assert(shown === 12, `${shown} offers shown on the first page, not 12`);
  assert(await page.isVisible("[data-pagination]"), "no pagination without JavaScript");
  assert(!(await page.isVisible("[data-filters]")), "useless filters shown without JavaScript");
  const link = page.locator("[data-search-fallback]");
  assert(await link.isVisible(), "no link in place of the search box");
  assert((await link.getAttribute("href")) === fr.offers, "the header link does not go to the offers list");
  assert(!(await page.isVisible("[data-search-box]")), "a search box that cannot work");
  // Wait for page 2 itself: reading the list while the click's navigation is under way can
  // still see the first page going away.
  await Promise.all([page.waitForURL(/\/page\/2\/$/), page.click('[data-pagination] a[rel="next"]')]);
  await page.waitForLoadState("load");
  assert((await page.$$eval("[data-filter-list] > li", (lis) => lis.filter((li) => li.getClientRects().length).length)) > 0, "page 2 is empty");
  await page.goto(url(fr.search));
  assert(await page.isVisible("[data-search-nojs]"), "the search page does not explain");
  assert((await page.locator("[data-search-nojs] a").count()) === 3, "the search page gives no way to the offers");
  await page.goto(url(fr.offer));
  assert(await page.isVisible(".facts"), "the offer's practical information is hidden");
  await structure(page, `${fr.offer} without JavaScript`);
  await page.context().close();
});

// 7. Reflow at 320 px, text at 200 %, reduced motion, print.
await check("pages reflow at 320 px without horizontal scrolling", async () => {
  const page = await open({ viewport: { width: 320, height: 640 } });
  for (const p of [fr.home, fr.offers, fr.offer, `${fr.search}?q=atelier`, en.neighbourhood, en.newsItem]) {
    await page.goto(url(p));
    if (p.includes("?q=")) await page.waitForSelector("[data-search-results] li");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 320, `${p} is ${width} px wide at 320 px`);
  }
  await page.context().close();
});

await check("text at twice the user's font size still fits (rem-based sizes)", async () => {
  const page = await open({ viewport: { width: 1280, height: 900 } });
  await page.goto(url(fr.offer));
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  assert(Math.abs(after - 2 * before) < 0.5, `body text went from ${before} to ${after} px`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= 1280, `${width} px wide at 200 %`);
  await page.context().close();
});

await check("reduced motion turns smooth scrolling off", async () => {
  const calm = await open({ reducedMotion: "reduce" });
  await calm.goto(url(fr.home));
  assert((await calm.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)) === "auto", "still smooth");
  await calm.context().close();
  const moving = await open({ reducedMotion: "no-preference" });
  await moving.goto(url(fr.home));
  assert((await moving.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)) === "smooth", "the check proves nothing");
  await moving.context().close();
});

await check("printing an offers list leaves out the controls and keeps every card's facts", async () => {
  const page = await open();
  await page.goto(url(fr.offers));
  await page.emulateMedia({ media: "print" });
  for (const sel of ["[data-filters]", ".header-search", ".site-nav", ".switcher", "[data-filter-count]"]) {
    assert((await page.$eval(sel, (e) => getComputedStyle(e).display)) === "none", `${sel} is printed`);
  }
  assert(await page.isVisible("[data-filter-list] .glance"), "the facts of the cards are not printed");
  await page.pdf({ path: join(ARTIFACTS, "offers-fr-print.pdf"), format: "A4" });
  await page.goto(url(fr.offer));
  await page.pdf({ path: join(ARTIFACTS, "offer-fr-print.pdf"), format: "A4" });
  await page.context().close();
});

// 8. Weight: a detail page with its CSS and JS, as transferred (no images on the shipped site).
await check(`a detail page weighs less than ${BUDGET / 1024} KB with its CSS and JavaScript`, async () => {
  const page = await open();
  let total = 0;
  const parts = [];
  page.on("response", async (r) => {
    const type = r.request().resourceType();
    if (["document", "stylesheet", "script"].includes(type)) {
      const size = (await r.body()).length;
      total += size;
      parts.push(`${path(r.url())} ${size}`);
    }
  });
  await page.goto(url(fr.offer), { waitUntil: "networkidle" });
  assert(parts.length >= 3, `only ${parts.join(", ")}`);
  assert(total < BUDGET, `${total} bytes: ${parts.join(", ")}`);
  console.log(`# ${fr.offer}: ${total} bytes (${parts.join(", ")})`);
  await page.context().close();
});

// 9. Screenshots at 375 and 1280 px.
await check("screenshots at 375 px and 1280 px are saved", async () => {
  for (const width of [375, 1280]) {
    const page = await open({ viewport: { width, height: 900 } });
    for (const [name, p] of [
      ["home-fr", fr.home],
      ["offers-fr", fr.offers],
      ["offer-fr", fr.offer],
      ["search-fr", `${fr.search}?q=ecole`],
      ["home-en", en.home],
      ["pillar-en", en.pillar],
    ]) {
      await page.goto(url(p));
      if (p.includes("?q=")) await page.waitForSelector("[data-search-results] li");
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
    }
    await page.context().close();
  }
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
