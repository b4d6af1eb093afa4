//! Reviews as records: the child's officer books the next review and
//! records it as held, which moves the clock for the one after.

mod booking;

pub use booking::routes;
