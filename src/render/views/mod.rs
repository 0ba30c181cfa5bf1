//! What templates see: typed views borrowed from the site, one per kind of page, plus the
//! `PageContext` every page shares (language, links to translations, navigation).

mod context;
mod entries;
mod page;

pub use context::{Alternate, FeedLink, LinkView, Nav, PageContext, SwitchLink};
pub use entries::{NewsView, OfferRef, OfferView, PlaceView, SessionView, TermLink, TermView, When};
pub use page::{Filterable, PageLink, PageView, Pagination};
