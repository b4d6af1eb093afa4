//! The Flesch–Kincaid grade of a piece of text, and its average sentence.
//!
//! Grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
//! (Kincaid, Fishburne, Rogers and Chissom, 1975). A grade is a US school
//! year: grade 5 is read by most 10- and 11-year-olds.
//!
//! How text is cut up:
//! - a sentence ends at `.`, `!`, `?` or `…` (not a `.` between digits, as in
//!   "2.5"), and at the end of a line: a line without a full stop, such as a
//!   heading or "Childline: 0800 1111", is a sentence of its own;
//! - a word is anything between spaces (or `/`, `–`, `—`) holding a letter or
//!   a digit; a hyphenated word is one word whose parts' syllables add up;
//! - syllables are counted by [`crate::syllables`].

use crate::syllables::syllables;

/// The counts behind a grade. Counts add up, so a page's measure is the sum
/// of its paragraphs'.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measure {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl Measure {
    /// The Flesch–Kincaid grade; 0 for text without words.
    pub fn grade(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        0.39 * self.words_per_sentence() + 11.8 * (self.syllables as f64 / self.words as f64)
            - 15.59
    }

    pub fn words_per_sentence(&self) -> f64 {
        if self.sentences == 0 {
            return 0.0;
        }
        self.words as f64 / self.sentences as f64
    }
}

impl std::ops::Add for Measure {
    type Output = Measure;
    fn add(self, other: Measure) -> Measure {
        Measure {
            words: self.words + other.words,
            sentences: self.sentences + other.sentences,
            syllables: self.syllables + other.syllables,
        }
    }
}

impl std::iter::Sum for Measure {
    fn sum<I: Iterator<Item = Measure>>(iter: I) -> Measure {
        iter.fold(Measure::default(), |a, b| a + b)
    }
}

/// Counts the words, sentences and syllables of some text.
pub fn measure(text: &str) -> Measure {
    text.lines().flat_map(sentences).map(one_sentence).sum()
}

/// The sentences of one line.
fn sentences(line: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let between_digits = c == '.'
            && k > 0
            && chars[k - 1].1.is_ascii_digit()
            && chars.get(k + 1).is_some_and(|&(_, d)| d.is_ascii_digit());
        if matches!(c, '.' | '!' | '?' | '…') && !between_digits {
            let end = i + c.len_utf8();
            out.push(&line[start..end]);
            start = end;
        }
    }
    out.push(&line[start..]);
    out
}

fn one_sentence(sentence: &str) -> Measure {
    let words: Vec<usize> = sentence
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '–' | '—'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| w.split('-').map(syllables).sum::<usize>().max(1))
        .collect();
    if words.is_empty() {
        return Measure::default();
    }
    Measure {
        words: words.len(),
        sentences: 1,
        syllables: words.iter().sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.005
    }

    #[test]
    fn a_sentence_of_one_syllable_words() {
        // 6 words, 6 syllables, 1 sentence:
        // 0.39 × 6 + 11.8 × 1 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
        let m = measure("The cat sat on the mat.");
        assert_eq!((m.words, m.sentences, m.syllables), (6, 1, 6));
        assert!(close(m.grade(), -1.45), "{}", m.grade());
    }

    #[test]
    fn the_sentence_domain_md_gives_as_an_example() {
        // your 1, review 2, is 1, a 1, meeting 2, about 2, you 1, and 1,
        // your 1, plan 1: 10 words, 13 syllables.
        // 0.39 × 10 + 11.8 × 1.3 − 15.59 = 3.9 + 15.34 − 15.59 = 3.65
        let m = measure("Your review is a meeting about you and your plan.");
        assert_eq!((m.words, m.sentences, m.syllables), (10, 1, 13));
        assert!(close(m.grade(), 3.65), "{}", m.grade());
    }

    #[test]
    fn two_sentences_and_a_heading_line() {
        // "Your advocate" (heading line): your 1, advocate 3 → 2 words, 4.
        // "An advocate is free." an 1, advocate 3, is 1, free 1 → 4 words, 6.
        // "They are on your side!" they 1, are 1, on 1, your 1, side 1 → 5, 5.
        // 11 words, 3 sentences, 15 syllables:
        // 0.39 × 11/3 + 11.8 × 15/11 − 15.59 = 1.43 + 16.0909… − 15.59 = 1.9309…
        let m = measure("Your advocate\nAn advocate is free. They are on your side!");
        assert_eq!((m.words, m.sentences, m.syllables), (11, 3, 15));
        assert!(close(m.grade(), 1.9309), "{}", m.grade());
        assert!(close(m.words_per_sentence(), 11.0 / 3.0));
    }

    #[test]
    fn phone_numbers_and_decimals_do_not_end_sentences() {
        // Childline 2, 0800 1, 1111 1: 3 words, 4 syllables, 1 sentence.
        let m = measure("Childline 0800 1111");
        assert_eq!((m.words, m.sentences, m.syllables), (3, 1, 4));
        // "It is 2.5 km." is one sentence of 4 words.
        assert_eq!(measure("It is 2.5 km.").sentences, 1);
    }

    #[test]
    fn hyphenated_words_are_one_word() {
        // sixteen-year-old: 2 + 1 + 1
        let m = measure("A sixteen-year-old.");
        assert_eq!((m.words, m.syllables), (2, 5));
    }

    #[test]
    fn empty_text_has_no_grade() {
        assert_eq!(measure("  \n\n").grade(), 0.0);
    }
}
