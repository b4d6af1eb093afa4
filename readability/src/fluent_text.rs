//! The words of a `.ftl` file as a reader sees them: each message formatted
//! with sample arguments (an officer's title, a first name, a date), so that
//! `{ $date }` is measured as "20 December 2026" and not as nothing.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;

/// One message of a file, in file order.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: String,
    /// The text of the last `##` group comment before it (its first line).
    pub group: Option<String>,
    /// The formatted value; `None` for a message with only attributes.
    pub text: Option<String>,
    /// What did not resolve: a variable `args` lacks, an unknown reference.
    pub problems: Vec<String>,
}

/// Parses `source` and formats every message with `args`. Fails on syntax
/// errors; what does not resolve is kept in each message's `problems`, so a
/// caller can insist only on the messages it measures.
pub fn read(source: &str, args: &FluentArgs) -> Result<Vec<Message>, Vec<String>> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| {
                let line = source[..e.pos.start.min(source.len())].lines().count();
                format!("syntax error near line {line}: {:?}", e.kind)
            })
            .collect::<Vec<_>>()
    })?;

    let mut bundle = FluentBundle::new(vec!["en-GB"
        .parse::<unic_langid::LanguageIdentifier>()
        .expect("a valid tag")]);
    // Unicode isolation marks are for display, not words.
    bundle.set_use_isolating(false);
    let owned = FluentResource::try_new(source.to_owned())
        .map_err(|(_, errors)| vec![format!("fluent-bundle: {errors:?}")])?;
    bundle
        .add_resource(owned)
        .map_err(|errors| vec![format!("duplicate ids: {errors:?}")])?;

    let mut messages = Vec::new();
    let mut group = None;
    for entry in &resource.body {
        match entry {
            ast::Entry::GroupComment(comment) => {
                group = comment.content.first().map(|line| line.trim().to_owned());
            }
            ast::Entry::Message(message) => {
                let id = message.id.name.to_owned();
                let mut problems = Vec::new();
                let text = message.value.as_ref().map(|_| {
                    let pattern = bundle
                        .get_message(&id)
                        .and_then(|m| m.value())
                        .expect("a message fluent-syntax found has a value in the bundle");
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
                    for e in errors {
                        problems.push(format!("{id}: {e}"));
                    }
                    text.into_owned()
                });
                messages.push(Message {
                    id,
                    group: group.clone(),
                    text,
                    problems,
                });
            }
            _ => {}
        }
    }
    Ok(messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeables_become_the_sample_words() {
        let mut args = FluentArgs::new();
        args.set("officer_title", "IRO");
        let source = "-service = My Say\n## Part one\nhi = Your { $officer_title } and { -service }.\n    Line two.\n";
        let messages = read(source, &args).unwrap();
        assert_eq!(messages[0].id, "hi");
        assert_eq!(messages[0].group.as_deref(), Some("Part one"));
        assert_eq!(
            messages[0].text.as_deref(),
            Some("Your IRO and My Say.\nLine two.")
        );
    }

    #[test]
    fn a_missing_sample_or_bad_syntax_is_named() {
        let messages = read("hi = { $nobody }\n", &FluentArgs::new()).unwrap();
        assert!(messages[0].problems[0].starts_with("hi:"), "{messages:?}");
        assert!(read("hi = {\n", &FluentArgs::new()).is_err());
    }
}
