//! The schema.org nodes of a page's structured data, as typed values that borrow from the
//! documents. Each struct lists its fields in the order of their names (`@` first): the order
//! the JSON-LD was written in when it was made from sorted maps, which the pages keep.

use serde::Serialize;

/// A page's structured data: its nodes in one graph.
#[derive(Serialize)]
pub(crate) struct Graph<'a> {
    #[serde(rename = "@context")]
    pub(super) context: &'static str,
    #[serde(rename = "@graph")]
    pub(super) graph: Vec<Node<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
pub(super) enum Node<'a> {
    Course(Course<'a>),
    Event(Box<Event<'a>>),
    News(News<'a>),
    Organization(Organization<'a>),
    WebSite(WebSite<'a>),
    Breadcrumbs(Breadcrumbs<'a>),
}

#[derive(Serialize)]
pub(super) struct Breadcrumbs<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(rename = "itemListElement")]
    pub(super) items: Vec<ListItem<'a>>,
}

#[derive(Serialize)]
pub(super) struct ListItem<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    pub(super) item: &'a str,
    pub(super) name: &'a str,
    pub(super) position: usize,
}

#[derive(Serialize)]
pub(super) struct Organization<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    pub(super) name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) url: Option<String>,
}

#[derive(Serialize)]
pub(super) struct WebSite<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(rename = "inLanguage")]
    pub(super) in_language: &'a str,
    pub(super) name: &'a str,
    pub(super) url: String,
}

#[derive(Serialize)]
pub(super) struct News<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(rename = "datePublished")]
    pub(super) date_published: String,
    pub(super) description: &'a str,
    pub(super) headline: &'a str,
    #[serde(rename = "inLanguage")]
    pub(super) in_language: &'a str,
    pub(super) publisher: Organization<'a>,
    pub(super) url: String,
}

#[derive(Serialize)]
pub(super) struct Course<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    pub(super) description: &'a str,
    #[serde(rename = "educationalLevel", skip_serializing_if = "Option::is_none")]
    pub(super) educational_level: Option<&'a str>,
    #[serde(rename = "hasCourseInstance")]
    pub(super) instance: Box<Event<'a>>,
    #[serde(rename = "inLanguage", skip_serializing_if = "Option::is_none")]
    pub(super) in_language: Option<&'a [String]>,
    pub(super) name: &'a str,
    pub(super) provider: Organization<'a>,
    pub(super) url: &'a str,
}

/// A dated offer: an `EducationEvent` (a one-off) or a course's `CourseInstance`, whose fields
/// these are (each kind leaves out those it does not have).
#[derive(Serialize, Default)]
pub(super) struct Event<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) audience: Option<PeopleAudience>,
    #[serde(rename = "courseMode", skip_serializing_if = "Option::is_none")]
    pub(super) course_mode: Option<&'static str>,
    #[serde(rename = "courseSchedule", skip_serializing_if = "Option::is_none")]
    pub(super) course_schedule: Option<Schedule<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) description: Option<&'a str>,
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub(super) end_date: Option<String>,
    #[serde(rename = "eventAttendanceMode")]
    pub(super) attendance_mode: &'static str,
    #[serde(rename = "eventStatus")]
    pub(super) status: &'static str,
    #[serde(rename = "inLanguage", skip_serializing_if = "Option::is_none")]
    pub(super) in_language: Option<&'a [String]>,
    #[serde(rename = "isAccessibleForFree", skip_serializing_if = "Option::is_none")]
    pub(super) free: Option<bool>,
    pub(super) location: Option<Location<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) offers: Option<Offer<'a>>,
    pub(super) organizer: Option<Organization<'a>>,
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub(super) start_date: Option<String>,
    #[serde(rename = "typicalAgeRange", skip_serializing_if = "Option::is_none")]
    pub(super) age_range: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) url: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct Schedule<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    pub(super) description: &'a str,
}

#[derive(Serialize)]
pub(super) struct PeopleAudience {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(rename = "audienceType")]
    pub(super) audience_type: String,
    #[serde(rename = "suggestedMaxAge", skip_serializing_if = "Option::is_none")]
    pub(super) max_age: Option<u8>,
    #[serde(rename = "suggestedMinAge", skip_serializing_if = "Option::is_none")]
    pub(super) min_age: Option<u8>,
}

#[derive(Serialize)]
pub(super) struct Offer<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    pub(super) availability: &'static str,
    pub(super) price: String,
    #[serde(rename = "priceCurrency")]
    pub(super) currency: &'static str,
    pub(super) url: &'a str,
}

#[derive(Serialize)]
#[serde(untagged)]
pub(super) enum Location<'a> {
    One(Where<'a>),
    Both([Where<'a>; 2]),
}

#[derive(Serialize)]
#[serde(untagged)]
pub(super) enum Where<'a> {
    Place(Place<'a>),
    Virtual(VirtualLocation<'a>),
}

#[derive(Serialize)]
pub(super) struct Place<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) address: Option<PostalAddress<'a>>,
    pub(super) name: &'a str,
}

#[derive(Serialize)]
pub(super) struct PostalAddress<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(rename = "addressCountry")]
    pub(super) country: &'static str,
    #[serde(rename = "streetAddress")]
    pub(super) street: &'a str,
}

#[derive(Serialize)]
pub(super) struct VirtualLocation<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    pub(super) url: &'a str,
}
