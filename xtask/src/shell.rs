//! The HTML shell's own words. `<title>` and `<noscript>` show before (or
//! without) the app's JavaScript, so Fluent cannot fill them at run time: the
//! build writes them into dist/index.html from locales/en-GB/app.ftl, so every
//! word still lives in locales/.

use anyhow::{bail, Context, Result};
use std::fs;
use std::path::Path;

const SHELL_LOCALE: &str = "locales/en-GB/app.ftl";

/// Replaces each `{{id}}` in dist/index.html with that Fluent message.
pub fn fill(root: &Path, dist: &Path) -> Result<()> {
    let ftl = fs::read_to_string(root.join(SHELL_LOCALE)).context(SHELL_LOCALE)?;
    let path = dist.join("index.html");
    let mut html = fs::read_to_string(&path)?;
    while let Some(start) = html.find("{{") {
        let end = html[start..]
            .find("}}")
            .context("index.html: {{ without }}")?
            + start;
        let id = html[start + 2..end].trim().to_string();
        let text = escape(&message(&ftl, &id)?);
        html.replace_range(start..end + 2, &text);
    }
    fs::write(path, html)?;
    Ok(())
}

/// A one-line message whose only placeables are terms (`{ -service }`).
fn message(ftl: &str, id: &str) -> Result<String> {
    let prefix = format!("{id} = ");
    let Some(value) = ftl.lines().find_map(|line| line.strip_prefix(&prefix)) else {
        bail!("{SHELL_LOCALE} has no message `{id}`, which index.html uses");
    };
    let mut out = String::new();
    let mut rest = value;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').context("unclosed placeable")? + open;
        let inner = rest[open + 1..close].trim();
        if !inner.starts_with('-') {
            bail!("`{id}` in {SHELL_LOCALE}: index.html can only use terms, not `{{ {inner} }}`");
        }
        out.push_str(&message(ftl, inner)?);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out.trim().to_string())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "-service = My Say\nservice-name = { -service }\nnoscript = { -service } needs JavaScript.\nhello = Hi { $name }\n";

    #[test]
    fn terms_are_resolved() {
        assert_eq!(message(FTL, "service-name").unwrap(), "My Say");
        assert_eq!(
            message(FTL, "noscript").unwrap(),
            "My Say needs JavaScript."
        );
    }

    #[test]
    fn variables_and_missing_messages_are_refused() {
        assert!(message(FTL, "hello").is_err());
        assert!(message(FTL, "nothing").is_err());
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape("a < b & c"), "a &lt; b &amp; c");
    }
}
