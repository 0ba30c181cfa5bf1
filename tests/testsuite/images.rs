//! Images get the width and height of their file (PNG, JPEG, SVG in `static/`), lazy loading,
//! and a located warning when the file is missing or unreadable; remote images no size.

use crate::support::TestSite;

/// A valid 3 x 2 PNG (red pixels).
const PNG_3X2: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0x12, 0x16, 0xf1, 0x4d, 0x00, 0x00, 0x00, 0x10, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x41, 0x0c, 0x70, 0x16, 0x00, 0x41, 0xd2, 0x05, 0xfb,
    0x87, 0xf0, 0xb9, 0x48, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// The start of a baseline JPEG of 5 x 4 pixels: start of image, then the frame header.
const JPEG_5X4: &[u8] = &[
    0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x04, 0x00, 0x05, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03,
    0x11, 0x01, 0xff, 0xd9,
];

/// The `<img ...>` tag whose `src` is `src` in `html`.
fn img<'h>(html: &'h str, src: &str) -> &'h str {
    let at = html
        .find(&format!("<img src=\"{src}\""))
        .or_else(|| html.find(&format!(" src=\"{src}\"")))
        .unwrap_or_else(|| panic!("no image {src} in:\n{html}"));
    let start = html[..=at].rfind('<').unwrap();
    &html[start..start + html[start..].find('>').unwrap() + 1]
}

fn with_images(site: &TestSite) {
    site.file("static/images/chat.png", PNG_3X2)
        .file("static/images/photo.jpg", JPEG_5X4)
        .file(
            "static/images/logo.svg",
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 24\"></svg>\n",
        )
        .file("static/fr/contact/plan.png", PNG_3X2);
}

#[test]
fn body_images_get_the_size_of_their_file() {
    let site = TestSite::fixture("basic");
    with_images(&site);
    site.edit(
        "content/pages/contact.fr.md",
        "Écrivez-nous.",
        "Écrivez-nous.\n\n![Un chat](/images/chat.png \"Le chat\") ![Une photo](/images/photo.jpg)\n\n\
         ![Le logo](/images/logo.svg) ![Le plan](plan.png) ![Ailleurs](https://example.com/a.jpg)\n",
    );
    site.build();
    let page = site.read("fr/contact/index.html");
    assert_eq!(
        img(&page, "/images/chat.png"),
        "<img src=\"/images/chat.png\" alt=\"Un chat\" title=\"Le chat\" width=\"3\" height=\"2\" loading=\"lazy\" decoding=\"async\">"
    );
    assert!(
        img(&page, "/images/photo.jpg").contains(" width=\"5\" height=\"4\" "),
        "{page}"
    );
    assert!(
        img(&page, "/images/logo.svg").contains(" width=\"48\" height=\"24\" "),
        "{page}"
    );
    assert!(img(&page, "plan.png").contains(" width=\"3\" height=\"2\" "), "{page}");
    let remote = img(&page, "https://example.com/a.jpg");
    assert!(!remote.contains("width"), "{remote}");
    assert!(remote.contains("loading=\"lazy\" decoding=\"async\""), "{remote}");
    assert_eq!(
        std::fs::read(site.output().join("images/chat.png")).unwrap(),
        PNG_3X2,
        "the file is published"
    );
}

#[test]
fn missing_and_unreadable_images_are_warnings_at_their_place() {
    let site = TestSite::fixture("basic");
    with_images(&site);
    site.file("static/images/broken.png", "this is not a picture");
    site.edit(
        "content/pages/contact.fr.md",
        "Écrivez-nous.",
        "Écrivez-nous.\n\nVoir  ![Absent](/images/absent.png) et ![Abîmé](/images/broken.png)\n",
    );
    let report = savoirs::build(&site.options()).unwrap_or_else(|e| panic!("{e}"));
    let found: Vec<(String, String)> = report
        .warnings
        .iter()
        .map(|p| (p.code.to_string(), p.location.to_string()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "missing-image".to_string(),
                "content/pages/contact.fr.md:7:7".to_string()
            ),
            ("bad-image".to_string(), "content/pages/contact.fr.md:7:40".to_string()),
        ]
    );
    assert!(
        report.warnings[0].message.contains("static/images/absent.png"),
        "{:?}",
        report.warnings
    );
    let page = site.read("fr/contact/index.html");
    assert!(!img(&page, "/images/absent.png").contains("width"), "{page}");
    let checked: Vec<&str> = site
        .check()
        .iter()
        .map(|p| p.code)
        .filter(|c| c.ends_with("-image"))
        .collect::<Vec<_>>();
    assert_eq!(checked, ["missing-image", "bad-image"], "check reports them too");
}

#[test]
fn offer_and_news_images_get_their_size_and_a_missing_one_is_located() {
    let site = TestSite::shipped();
    with_images(&site);
    let offer = "content/offers/club-lecture-facile-a-lire.fr.md";
    let text = std::fs::read_to_string(site.root.join(offer)).unwrap();
    let slug_line = text
        .lines()
        .find(|l| l.starts_with("slug:"))
        .expect("a slug")
        .to_string();
    site.edit(
        offer,
        &slug_line,
        &format!("{slug_line}\nimage: /images/photo.jpg\nimage_alt: Une photo."),
    );
    let news = "content/news/semaine-apprendre-2026.en.md";
    let text = std::fs::read_to_string(site.root.join(news)).unwrap();
    let date_line = text
        .lines()
        .find(|l| l.starts_with("date:"))
        .expect("a date")
        .to_string();
    site.edit(
        news,
        &date_line,
        &format!("{date_line}\nimage: /images/nowhere.jpg\nimage_alt: Nothing."),
    );
    let report = savoirs::build(&site.options()).unwrap_or_else(|e| panic!("{e}"));
    let image_line = std::fs::read_to_string(site.root.join(news))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("image:"))
        .unwrap()
        + 1;
    let found: Vec<(String, String)> = report
        .warnings
        .iter()
        .filter(|p| p.code.ends_with("-image"))
        .map(|p| (p.code.to_string(), p.location.to_string()))
        .collect();
    assert_eq!(found, [("missing-image".to_string(), format!("{news}:{image_line}:8"))]);
    let page = site
        .listing()
        .into_iter()
        .find(|p| p.starts_with("fr/offres/") && site.read(p).contains("/images/photo.jpg"))
        .expect("the offer's page shows its image");
    let html = site.read(&page);
    let tag = img(&html, "/images/photo.jpg");
    assert!(tag.contains(" width=\"5\" height=\"4\" "), "{tag}");
    assert!(tag.contains("loading=\"lazy\""), "{tag}");
    let news_page = site
        .listing()
        .into_iter()
        .find(|p| p.starts_with("en/news/") && site.read(p).contains("/images/nowhere.jpg"))
        .expect("the news page shows its image");
    let html = site.read(&news_page);
    assert!(
        !img(&html, "/images/nowhere.jpg").contains("width"),
        "no size for a missing file"
    );
}

#[test]
fn addresses_at_the_site_root_in_a_body_follow_a_sub_path_base_url() {
    let site = TestSite::fixture("basic");
    with_images(&site);
    site.edit(
        "content/pages/contact.fr.md",
        "Écrivez-nous.",
        "Écrivez-nous.\n\n![Un chat](/images/chat.png) [Les offres](/fr/offres/) [Ailleurs](https://example.com/x)\n",
    );
    let mut options = site.options();
    options.base_url = Some("https://example.org/lausanne/".into());
    savoirs::build(&options).unwrap();
    let page = site.read("fr/contact/index.html");
    // The size is still read from the site's own file.
    assert!(
        img(&page, "/lausanne/images/chat.png").contains(" width=\"3\" height=\"2\" "),
        "{page}"
    );
    assert!(
        page.contains("<a href=\"/lausanne/fr/offres/\">Les offres</a>"),
        "{page}"
    );
    assert!(
        page.contains("<a href=\"https://example.com/x\">Ailleurs</a>"),
        "{page}"
    );
    site.build();
    let root = site.read("fr/contact/index.html");
    assert!(
        root.contains("<a href=\"/fr/offres/\">Les offres</a>"),
        "without a sub-path, as written: {root}"
    );
}
