//! Pieces that several pages share, one per file.

pub mod child_card;
pub mod contact_links;
pub mod contribution_list;
pub mod error_summary;
pub mod failure_page;
pub mod field_help;
pub mod header;
pub mod language_menu;
pub mod lazy_page;
pub mod load_failed;
pub mod loading;
pub mod meeting_wishes;
pub mod officer_card;
pub mod page_loader;
pub mod passphrase_field;
pub mod quick_exit;
pub mod quick_exit_note;
pub mod review_booking;
pub mod route_announcer;
pub mod skip_link;
pub mod text_field;
pub mod time_out_warning;
pub mod without_officer;
