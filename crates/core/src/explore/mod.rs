//! What the explorer shows and how it is addressed: [`Explorer`] computes, for a [`UrlState`],
//! the results with their facet counts and chips, result cards, entity and event details, the
//! article reader and the timeline, and the facts of a view for export; [`UrlState`] is the whole view as a URL query string; the
//! embedding protocol's messages let a host page drive an embedded explorer. The UI only renders
//! these values.

mod cite;
mod explorer;
mod facet_list;
mod json;
mod message;
mod order;
mod reader;
mod snippet;
mod state;
mod timeline;
mod title;
#[cfg(feature = "collection")]
mod view;

pub use cite::{citation, original_article, original_link, text_fragment, Original};
pub use explorer::{
    ArticleMentions, ArticleRef, Card, Chip, Disagreement, EntityDetail, EventDetail, EventRef, Explorer,
    FactRef, Results,
};
pub use facet_list::{facet_list, value_id, FacetList};
pub use message::{
    accept_message, post_targets, resize_message, select_message, state_message, Command, Rejection,
};
pub use reader::{EventStart, Reader, Segment};
pub use snippet::{snippet, Snippet};
pub use state::{Ignored, Sort, Theme, UrlState};
pub use timeline::{Timeline, TimelineBin, TimelinePoint};
