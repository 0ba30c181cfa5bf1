//! Views of content entries, as cards and as pages: offers, news items, pillars and
//! neighbourhoods, and the pieces they share (dates, term links, venues, sessions).

use serde::Serialize;

/// A date or date-time as machine and human text.
#[derive(Debug, Serialize, Clone)]
pub struct When {
    /// ISO 8601, for `<time datetime>`.
    pub iso: String,
    /// Localized text ("mardi 3 mars 2026, 14 h 30").
    pub text: String,
}

/// A pillar or neighbourhood as a link.
#[derive(Debug, Serialize, Clone)]
pub struct TermLink<'a> {
    /// Its key.
    pub key: &'a str,
    /// Its title.
    pub title: &'a str,
    /// Its page.
    pub url: String,
}

/// A venue.
#[derive(Debug, Serialize)]
pub struct PlaceView<'a> {
    /// Name.
    pub name: &'a str,
    /// Address.
    pub address: Option<&'a str>,
    /// Nearest public-transport stop.
    pub stop: Option<&'a str>,
}

/// One dated session.
#[derive(Debug, Serialize)]
pub struct SessionView {
    /// Start.
    pub start: When,
    /// End.
    pub end: When,
    /// Localized "mardi 3 mars 2026, de 14 h 30 à 16 h".
    pub text: String,
}

/// An offer's view as pages and cards hold it: the view, made once per render, and a hash of
/// its data. Templates see the view; a page's key (hashed through a compact, not human-readable
/// encoding) takes the hash in place of the data, which it would otherwise serialize again for
/// every page the offer shows on.
#[derive(Debug, Clone, Copy)]
pub struct OfferRef<'a> {
    pub view: &'a OfferView<'a>,
    pub digest: &'a [u8; 16],
}

impl Serialize for OfferRef<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            self.view.serialize(s)
        } else {
            s.serialize_bytes(self.digest)
        }
    }
}

/// An offer, as card and as page.
#[derive(Debug, Serialize)]
pub struct OfferView<'a> {
    /// Key.
    pub key: &'a str,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Its page.
    pub url: String,
    /// Who runs it.
    pub provider: &'a str,
    /// Pillars.
    pub pillars: Vec<TermLink<'a>>,
    /// Neighbourhoods.
    pub neighbourhoods: Vec<TermLink<'a>>,
    /// Audience keys (`children`...); label: `t(id="audience-" ~ a)`.
    pub audience: Vec<&'static str>,
    /// Age range text (`7-12`, `65+`).
    pub age: Option<String>,
    /// Youngest age of the range.
    pub age_min: Option<u8>,
    /// Oldest age of the range (`None`: no upper limit, or no range).
    pub age_max: Option<u8>,
    /// First day of the period, ISO (`2026-03-03`).
    pub start: Option<String>,
    /// Last day of the period (or of the last session), ISO.
    pub end: Option<String>,
    /// The days of its sessions, ISO, in order, each once.
    pub days: Vec<String>,
    /// Level.
    pub level: Option<&'a str>,
    /// The period in words ("du 3 au 17 mars 2026").
    pub period: Option<String>,
    /// The next date on or after the build date.
    pub next: Option<When>,
    /// Dated sessions.
    pub sessions: Vec<SessionView>,
    /// Recurring schedule in words.
    pub schedule: Option<&'a str>,
    /// `onsite`, `online` or `mixed`; label: `t(id="mode-" ~ mode)`.
    pub mode: &'static str,
    /// `scheduled`, `full`, `cancelled` or `postponed`; label: `t(id="status-" ~ status)`.
    pub status: &'static str,
    /// Whether the period is over.
    pub finished: bool,
    /// Whether it is free.
    pub free: bool,
    /// The price in words ("CHF 25.–", "Gratuit").
    pub price: Option<String>,
    /// The reduced price in words.
    pub price_reduced: Option<String>,
    /// Note on prices.
    pub price_note: Option<&'a str>,
    /// Language codes it is taught in; label: `t(id="language-" ~ code)`.
    pub languages: Vec<&'a str>,
    /// Venue.
    pub location: Option<PlaceView<'a>>,
    /// Accessibility keys; label: `t(id="access-" ~ a)`.
    pub accessibility: Vec<&'static str>,
    /// Accessibility note.
    pub accessibility_note: Option<&'a str>,
    /// Registration URL.
    pub registration: Option<&'a str>,
    /// Whether registering is required.
    pub registration_required: bool,
    /// Registration deadline.
    pub registration_deadline: Option<When>,
    /// Contact e-mail.
    pub contact: Option<&'a str>,
    /// Image URL.
    pub image: Option<String>,
    /// Image text alternative.
    pub image_alt: Option<&'a str>,
    /// Image width in pixels, when it is a local file.
    pub image_width: Option<u32>,
    /// Image height in pixels, when it is a local file.
    pub image_height: Option<u32>,
    /// The offer's calendar file, when it has dates ("add to calendar").
    pub calendar: Option<String>,
    /// Body HTML (already safe).
    pub body: &'a str,
}

/// A news item, as card and as page.
#[derive(Debug, Serialize)]
pub struct NewsView<'a> {
    /// Key.
    pub key: &'a str,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Its page.
    pub url: String,
    /// Publication date.
    pub date: When,
    /// Pillars.
    pub pillars: Vec<TermLink<'a>>,
    /// Neighbourhoods.
    pub neighbourhoods: Vec<TermLink<'a>>,
    /// Image URL.
    pub image: Option<String>,
    /// Image text alternative.
    pub image_alt: Option<&'a str>,
    /// Image width in pixels, when it is a local file.
    pub image_width: Option<u32>,
    /// Image height in pixels, when it is a local file.
    pub image_height: Option<u32>,
    /// Body HTML (already safe).
    pub body: &'a str,
}

/// A pillar or neighbourhood, as card and as page.
#[derive(Debug, Serialize)]
pub struct TermView<'a> {
    /// Key.
    pub key: &'a str,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: Option<&'a str>,
    /// Its page.
    pub url: String,
    /// Number of current offers.
    pub offer_count: usize,
    /// Intro HTML (already safe).
    pub body: &'a str,
}
