//! The first screen of the page as static HTML, written into `dist/index.html` at build time
//! (`factlens prerender`, run by Trunk's post_build hook), so the browser paints the default view
//! before any wasm arrives, and people without JavaScript still see facts, quotes and articles.
//!
//! It writes the markup the components in `src/ui/` draw for the default state (same elements,
//! classes and texts, so style.css lays it out the same), from the same core calls; only what the
//! first screen needs (the first cards of the window-virtualized list). Its ids start with `pre-`
//! so they never clash with the live view's. `public/boot.js` lays it over the page while the app
//! mounts and removes it in the next frame; `public/pre.js` hides it when the URL has a state
//! (the default view would be the wrong one). A browser test compares it with the live view.
//! All text goes through [`Html::text`] (escaped): article text is never markup.

use factlens_core::{
    facet_list, snippet, value_id, Certainty, Explorer, Facet, FactKind, Sort, Timeline, UrlState,
};

/// Cards prerendered: the lines of the live list's first screen (results.rs draws the lines
/// within 600 px around the window; 160 px a card before measuring; a 900 px window).
pub const FIRST_CARDS: usize = 10;

/// The id of the prerendered view (boot.js and pre.js find it by this id).
pub const ROOT_ID: &str = "fl-pre";

/// An HTML string being written; text and attribute values are escaped.
#[derive(Default)]
struct Html(String);

impl Html {
    /// `<tag attr="value"…>`; a `None` value leaves the attribute out, `Some("")` writes it bare.
    fn open(&mut self, tag: &str, attrs: &[(&str, Option<&str>)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            let Some(value) = value else { continue };
            self.0.push(' ');
            self.0.push_str(name);
            if !value.is_empty() {
                self.0.push_str("=\"");
                escape_into(&mut self.0, value);
                self.0.push('"');
            }
        }
        self.0.push('>');
        self
    }

    fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.0, text);
        self
    }

    fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// `<tag attrs…>text</tag>`.
    fn element(&mut self, tag: &str, attrs: &[(&str, Option<&str>)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }
}

/// Escapes `&`, `<`, `>`, `"` and `'`, so text can be neither markup nor leave an attribute.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The href of a state on the page (as `Url::href` writes it for the page).
fn href(state: &UrlState) -> String {
    match state.print() {
        s if s.is_empty() => "./".into(),
        s => format!("?{s}"),
    }
}

/// The default view of `explorer` as the page's `<body>` content.
pub fn page(explorer: &Explorer) -> String {
    let state = UrlState::default();
    let mut h = Html::default();
    h.open("div", &[("class", Some("fl-app")), ("id", Some(ROOT_ID))]);
    h.element("a", &[("class", Some("skip-link")), ("href", Some("#pre-content"))], "Skip to content");
    h.open("header", &[("class", Some("site-header"))]).open("p", &[("class", Some("brand"))]);
    h.element("a", &[("href", Some("./"))], "factlens").close("p");
    h.element(
        "p",
        &[("class", Some("tagline"))],
        "Facts from news articles, each tied to the words that support it.",
    );
    h.close("header").open("main", &[("class", Some("layout"))]);
    h.element("h1", &[("class", Some("visually-hidden"))], "factlens explorer");
    h.open("section", &[("class", Some("collection-bar")), ("aria-label", Some("Your articles"))]);
    h.element("button", &[("type", Some("button")), ("class", Some("add-articles"))], "Add articles");
    h.element("button", &[("type", Some("button")), ("class", Some("export-import"))], "Export or import");
    h.close("section");
    let results = explorer.results(&state);
    filters(&mut h, explorer, &results.facets);
    h.open("div", &[("class", Some("content")), ("id", Some("pre-content"))]);
    results_view(&mut h, explorer, &results);
    h.close("div").close("main").close("div");
    h.0
}

/// The search box and the facets (filters.rs), open as on a wide screen.
fn filters(h: &mut Html, explorer: &Explorer, facets: &[factlens_core::FacetCounts]) {
    h.open("nav", &[("class", Some("filters")), ("aria-label", Some("Filters"))]);
    h.open("form", &[("role", Some("search")), ("class", Some("search"))]);
    h.element("label", &[("for", Some("pre-search-input"))], "Search names, aliases and quotes");
    h.open(
        "input",
        &[("id", Some("pre-search-input")), ("type", Some("search")), ("autocomplete", Some("off"))],
    );
    h.close("form").open("details", &[("class", Some("facets")), ("open", Some(""))]);
    h.element("summary", &[], "Facets");
    for facet in Facet::ALL {
        let values =
            facets.iter().find(|f| f.facet == facet).map(|f| f.values.as_slice()).unwrap_or_default();
        facet_group(h, explorer, facet, values);
    }
    h.close("details").close("nav");
}

/// One facet's fieldset: its first values with counts, then "Show N more".
fn facet_group(h: &mut Html, explorer: &Explorer, facet: Facet, values: &[factlens_core::ValueCount]) {
    let legend = format!("pre-facet-{}", facet.key());
    let hidden = values.is_empty().then_some("");
    h.open("fieldset", &[("class", Some("facet")), ("aria-labelledby", Some(&legend)), ("hidden", hidden)]);
    h.element("legend", &[("id", Some(&legend))], facet.label()).open("ul", &[]);
    let list = facet_list(values, false);
    for v in &list.shown {
        let id = format!("pre-{}", value_id(facet, &v.value));
        let checked = v.selected.then_some("");
        h.open("li", &[])
            .open("input", &[("type", Some("checkbox")), ("id", Some(&id)), ("checked", checked)]);
        let (label, shown) = explorer.value_label(facet, &v.value);
        h.open("label", &[("for", Some(&id))]);
        h.element("span", &[("class", Some("value")), ("title", Some(&label))], &shown);
        h.element("span", &[("class", Some("count"))], &v.count.to_string());
        h.close("label").close("li");
    }
    h.close("ul");
    let more = format!("Show {} more", list.more);
    let hidden = (list.more == 0).then_some("");
    let button = [
        ("type", Some("button")),
        ("class", Some("facet-more")),
        ("hidden", hidden),
        ("aria-expanded", Some("false")),
    ];
    h.element("button", &button, &more).close("fieldset");
}

/// The results region (results.rs) with the first cards, and a note for readers without scripts.
fn results_view(h: &mut Html, explorer: &Explorer, results: &factlens_core::Results) {
    h.open("section", &[("class", Some("results")), ("aria-labelledby", Some("pre-results-heading"))]);
    h.element("h2", &[("id", Some("pre-results-heading"))], "Results");
    h.open("div", &[("class", Some("results-bar"))]);
    let count = format!("{} {}", results.total, if results.total == 1 { "fact" } else { "facts" });
    h.element("p", &[("class", Some("count")), ("role", Some("status"))], &count);
    h.open("label", &[("class", Some("sort"))]).text("Sort by ").open("select", &[]);
    for sort in Sort::ALL {
        h.element("option", &[("value", Some(sort.key()))], sort.label());
    }
    h.close("select").close("label").close("div");
    let shown = results.order.len().min(FIRST_CARDS);
    h.open("noscript", &[]).open("p", &[("class", Some("notice"))]);
    h.text(&format!(
        "Filtering, search and sorting need JavaScript. Without it, this page shows the first {shown} of {count} and the articles."
    ));
    h.close("p").close("noscript");
    timeline(h, &explorer.timeline(&results.rows));
    h.open("ul", &[("class", Some("cards")), ("aria-label", Some("Facts"))]);
    for (i, row) in results.order.iter().take(FIRST_CARDS).enumerate() {
        card(h, explorer, i, *row, results.total);
    }
    h.close("ul");
    disagreements(h, explorer);
    articles(h, explorer);
    h.close("section");
}

/// A result card (results.rs `card_slot`, with its quote as quote.rs draws it).
fn card(h: &mut Html, explorer: &Explorer, i: usize, row: u32, total: usize) {
    let card = explorer.card(row);
    let (row, pos, size) = (row.to_string(), (i + 1).to_string(), total.to_string());
    let (row, pos, size) = (Some(row.as_str()), Some(pos.as_str()), Some(size.as_str()));
    h.open(
        "li",
        &[("class", Some("card-slot")), ("data-row", row), ("aria-posinset", pos), ("aria-setsize", size)],
    );
    let label = format!("pre-card-{}", card.id);
    let kind = card.kind.as_str();
    h.open(
        "article",
        &[("class", Some("card")), ("data-kind", Some(kind)), ("aria-labelledby", Some(&label))],
    );
    h.element("p", &[("class", Some("kind"))], kind).open("h3", &[("id", Some(&label))]);
    let to = href(&UrlState::default().opened(&card.id));
    h.element("a", &[("href", Some(&to))], &card.title).close("h3");
    h.element("p", &[("class", Some("subtitle"))], &card.subtitle);
    let evidence = &card.quote;
    let s = snippet(evidence, card.kind != FactKind::Event);
    let cite = format!("#article-{}", evidence.doc);
    let read = href(&UrlState::default().reading(&evidence.doc, Some((evidence.start, evidence.end))));
    h.open("blockquote", &[("class", Some("quote")), ("cite", Some(&cite))])
        .open("a", &[("href", Some(&read))]);
    h.open("q", &[]).text(s.open);
    h.element("span", &[("class", Some("context"))], &s.before);
    h.element("span", &[("class", Some("quoted"))], &s.quoted);
    h.element("span", &[("class", Some("context"))], &s.after);
    h.text(s.close).close("q").close("a");
    h.element("span", &[("class", Some("source"))], &format!(" — article {}", evidence.doc));
    if let Some(original) = explorer.original(evidence) {
        h.text(" ");
        let attrs = [
            ("class", Some("original")),
            ("href", Some(original.as_str())),
            ("rel", Some("noopener noreferrer")),
        ];
        h.element("a", &attrs, "original");
    }
    h.close("blockquote");
    h.element("p", &[("class", Some("support"))], &card.support()).close("article").close("li");
}

/// The timeline (timeline.rs): its caption and drawing, points without their links.
fn timeline(h: &mut Html, t: &Timeline) {
    if t.points.is_empty() && t.bins.is_empty() {
        return;
    }
    h.open("section", &[("class", Some("timeline")), ("aria-label", Some("Timeline"))]);
    h.element("p", &[("class", Some("caption"))], &t.caption());
    svg(h, t);
    h.close("section");
}

/// The timeline's SVG: the same frame, axis, ticks and points or bars as timeline.rs.
fn svg(h: &mut Html, t: &Timeline) {
    let lanes = if t.bins.is_empty() { t.lanes.max(1) } else { 6 };
    let height = Plot::MARGIN * 2.0 + lanes as f64 * Plot::LANE + 18.0;
    let plot = Plot { axis_y: height - 22.0 };
    let view_box = format!("0 0 {} {}", whole(Plot::WIDTH), whole(height));
    h.open(
        "svg",
        &[
            ("viewBox", Some(view_box.as_str())),
            ("width", Some("100%")),
            ("preserveAspectRatio", Some("xMidYMid meet")),
            ("role", Some("group")),
        ],
    );
    let (m, w, a) = (whole(Plot::MARGIN), whole(Plot::WIDTH - Plot::MARGIN), whole(plot.axis_y));
    let axis =
        [("class", Some("axis")), ("x1", Some(&*m)), ("x2", Some(&*w)), ("y1", Some(&*a)), ("y2", Some(&*a))];
    h.element("line", &axis, "");
    plot.ticks(h, t);
    plot.points(h, t);
    plot.bars(h, t);
    h.close("svg");
}

/// A number as the timeline's SVG writes it: rounded to a whole.
fn whole(v: f64) -> String {
    (v.round() as i32).to_string()
}

/// The timeline's drawing area (timeline.rs draws the same): 800 units wide, lanes of 18.
struct Plot {
    axis_y: f64,
}

impl Plot {
    const WIDTH: f64 = 800.0;
    const LANE: f64 = 18.0;
    const MARGIN: f64 = 16.0;

    /// Where a position on the timeline (0 to 1) lies across the drawing.
    fn x(&self, x: f64) -> f64 {
        Self::MARGIN + x * (Self::WIDTH - 2.0 * Self::MARGIN)
    }

    fn ticks(&self, h: &mut Html, t: &Timeline) {
        let (a, y2, ty) = (whole(self.axis_y), whole(self.axis_y + 5.0), whole(self.axis_y + 17.0));
        for (at, label) in &t.ticks {
            let px = whole(self.x(*at));
            let tick = [
                ("class", Some("tick")),
                ("x1", Some(&*px)),
                ("x2", Some(&*px)),
                ("y1", Some(&*a)),
                ("y2", Some(&*y2)),
            ];
            h.element("line", &tick, "");
            let text = [
                ("class", Some("tick-label")),
                ("x", Some(&*px)),
                ("y", Some(&*ty)),
                ("text-anchor", Some("middle")),
            ];
            h.element("text", &text, label);
        }
    }

    fn points(&self, h: &mut Html, t: &Timeline) {
        for p in &t.points {
            let (cx, cy) = (whole(self.x(p.x)), whole(self.axis_y - 10.0 - (p.lane as f64) * Self::LANE));
            let class = if p.certainty != Certainty::Stated { "inferred" } else { "stated" };
            h.open("g", &[("class", Some("point"))]);
            h.element(
                "circle",
                &[("cx", Some(&cx)), ("cy", Some(&cy)), ("r", Some("6")), ("class", Some(class))],
                "",
            );
            h.close("g");
        }
    }

    fn bars(&self, h: &mut Html, t: &Timeline) {
        let most = t.bins.iter().map(|b| b.count).max().unwrap_or(1) as f64;
        for b in &t.bins {
            let bar_h = (b.count as f64 / most) * (self.axis_y - Self::MARGIN);
            let w = (b.width * (Self::WIDTH - 2.0 * Self::MARGIN) - 2.0).max(1.0);
            let (bx, by) = (whole(self.x(b.x) + 1.0), whole(self.axis_y - bar_h));
            let (bw, bh) = (whole(w), whole(bar_h));
            h.open("g", &[("class", Some("bar"))]);
            h.element(
                "rect",
                &[("x", Some(&bx)), ("y", Some(&by)), ("width", Some(&bw)), ("height", Some(&bh))],
                "",
            );
            h.close("g");
        }
    }
}

/// Where the articles disagree (results.rs `Disagreements`).
fn disagreements(h: &mut Html, explorer: &Explorer) {
    let conflicts = explorer.conflicts();
    if conflicts.is_empty() {
        return;
    }
    let section = [("class", Some("disagreements")), ("aria-labelledby", Some("pre-disagreements-heading"))];
    h.open("section", &section).element(
        "h2",
        &[("id", Some("pre-disagreements-heading"))],
        "Where the articles disagree",
    );
    h.open("ul", &[]);
    for d in conflicts {
        let to = href(&UrlState::default().opened(&d.about));
        h.open("li", &[]).open("p", &[]).element("a", &[("href", Some(&to))], &d.name);
        h.text(&format!(" — {}", d.line)).close("p").close("li");
    }
    h.close("ul").close("section");
}

/// The source articles (results.rs `Articles`): all of them, with JavaScript or without.
fn articles(h: &mut Html, explorer: &Explorer) {
    h.open("section", &[("class", Some("articles")), ("aria-labelledby", Some("pre-articles-heading"))]);
    h.element("h2", &[("id", Some("pre-articles-heading"))], "Articles").open("ul", &[]);
    let articles = &explorer.corpus().articles;
    for a in articles.iter().take(ARTICLES_SHOWN) {
        let d = &a.document;
        let id = format!("pre-article-title-{}", d.id);
        h.open("li", &[]).open("article", &[("aria-labelledby", Some(&id))]).open("h3", &[("id", Some(&id))]);
        let to = href(&UrlState::default().reading(&d.id, None));
        h.element("a", &[("href", Some(&to))], &d.title).close("h3");
        let published = d.published.map(|p| p.to_string());
        let meta = [Some(format!("article {}", d.id)), d.outlet.clone(), published.clone()];
        h.open("p", &[("class", Some("meta"))])
            .text(&meta.into_iter().flatten().collect::<Vec<_>>().join(" · "));
        if let Some(iso) = &published {
            h.element("time", &[("datetime", Some(iso))], "");
        }
        h.close("p");
        let label = format!("Remove article {}", d.title);
        let remove =
            [("type", Some("button")), ("class", Some("remove")), ("aria-label", Some(label.as_str()))];
        h.element("button", &remove, "Remove").close("article").close("li");
    }
    h.close("ul").close("section");
}

/// Articles listed before "Show all" (results.rs).
const ARTICLES_SHOWN: usize = 25;

/// `index` (Trunk's built page) with its `<body>` content replaced by the default view of
/// `explorer`; an error when the page has no `<body>…</body>`.
pub fn into_page(index: &str, explorer: &Explorer) -> Result<String, String> {
    let open = index.find("<body>").ok_or("the page has no <body>")? + "<body>".len();
    let close = index.rfind("</body>").filter(|&c| c >= open).ok_or("the page has no </body>")?;
    Ok(format!("{}{}{}", &index[..open], page(explorer), &index[close..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut h = Html::default();
        h.element("p", &[("title", Some("a\"b<c>'"))], "<script>alert(1)</script> & co");
        assert_eq!(
            h.0,
            "<p title=\"a&quot;b&lt;c&gt;&#39;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>"
        );
    }

    #[test]
    fn the_body_is_replaced_and_nothing_else() {
        let explorer = crate::corpus::original();
        let page = into_page("<html><body><noscript>x</noscript></body></html>", explorer).unwrap();
        assert!(page.starts_with("<html><body><div class=\"fl-app\" id=\"fl-pre\">"));
        assert!(page.ends_with("</div></body></html>") && !page.contains("<noscript>x"));
        // Twice gives the same page (the hook may run on a page already written).
        assert_eq!(into_page(&page, explorer).unwrap(), page);
        assert!(into_page("<html></html>", explorer).is_err());
    }
}
