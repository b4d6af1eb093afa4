//! Small browser helpers several components share.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Focuses the element with this `id`, if it is on the page.
pub fn focus_id(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        focus(element);
    }
}

/// Focuses the first element matching a CSS selector.
pub fn focus_selector(selector: &str) {
    if let Ok(Some(element)) = document().query_selector(selector) {
        focus(element);
    }
}

/// Focuses a form field and scrolls its label into view too, so the person
/// sees what the box is for, not just the box.
pub fn focus_field(id: &str) {
    focus_id(id);
    if let Ok(Some(label)) = document().query_selector(&format!("label[for='{id}']")) {
        label.scroll_into_view();
    }
}

fn focus(element: web_sys::Element) {
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        // Elements that are not controls need -1 to take focus without joining the Tab order.
        if element.tab_index() < 0 && !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let _ = element.focus();
    }
}
