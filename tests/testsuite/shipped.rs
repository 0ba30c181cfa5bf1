use crate::support::TestSite;
use std::collections::BTreeSet;

#[test]
fn the_shipped_site_builds_with_no_broken_internal_link() {
    let site = TestSite::shipped();
    site.build();
    let files: BTreeSet<String> = site.listing().into_iter().collect();
    let mut broken = Vec::new();
    for page in files.iter().filter(|f| f.ends_with(".html")) {
        let html = site.read(page);
        for attr in ["href=\"", "src=\""] {
            for link in html.split(attr).skip(1).map(|s| &s[..s.find('"').unwrap()]) {
                let Some(path) = link.strip_prefix('/') else { continue };
                let path = path.split('#').next().unwrap_or_default();
                let target = if path.is_empty() || path.ends_with('/') {
                    format!("{path}index.html")
                } else {
                    path.to_string()
                };
                if !files.contains(&target) {
                    broken.push(format!("{page} -> {link}"));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}
