//! How hard the English words a child reads are, as a number a test can
//! hold a line on (issue 8): the Flesch–Kincaid grade and the average
//! sentence length, measured on the `.ftl` files themselves.
//!
//! Nothing here is downloaded: the syllable counter is a set of spelling
//! rules plus a short list of words the rules get wrong, each checked by
//! hand in the tests.

pub mod fluent_text;
pub mod grade;
pub mod rust_source;
pub mod syllables;

pub use grade::{measure, Measure};
pub use syllables::syllables;
