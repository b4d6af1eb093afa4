//! One-time codes a reviewing officer gives a child for their first sign-in.

use rand::seq::SliceRandom;

/// 32 characters, none of which can be mistaken for another when read out
/// or copied from paper: no I, O, 0 or 1.
const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// 8 characters of 5 bits each: 40 bits, about a million million codes.
/// With at most 10 tries per code before it stops working, a guesser's
/// chance is 1 in 100,000,000,000.
const CODE_CHARS: usize = 8;

/// A fresh random code, as `ABCD-EFGH` (the hyphen only helps reading; the
/// comparison ignores it, see `domain::sign_in_rules::normalise_code`).
pub fn new_activation_code() -> String {
    let mut rng = rand::rngs::OsRng;
    let chars: Vec<char> = (0..CODE_CHARS)
        .map(|_| char::from(*ALPHABET.choose(&mut rng).expect("a non-empty alphabet")))
        .collect();
    let (first, second) = chars.split_at(CODE_CHARS / 2);
    format!(
        "{}-{}",
        first.iter().collect::<String>(),
        second.iter().collect::<String>()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_random_readable_and_carry_40_bits() {
        assert_eq!(ALPHABET.iter().collect::<HashSet<_>>().len(), 32);
        assert!(f64::from(u32::try_from(CODE_CHARS).unwrap()) * 32f64.log2() >= 40.0);
        let codes: Vec<String> = (0..1000).map(|_| new_activation_code()).collect();
        for code in &codes {
            assert_eq!(code.len(), 9, "{code}");
            assert_eq!(&code[4..5], "-", "{code}");
            assert!(
                code.chars()
                    .filter(|c| *c != '-')
                    .all(|c| ALPHABET.contains(&(c as u8))),
                "{code}"
            );
            assert_eq!(
                domain::sign_in_rules::normalise_code(code).len(),
                CODE_CHARS
            );
        }
        assert_eq!(
            codes.iter().collect::<HashSet<_>>().len(),
            1000,
            "no repeats"
        );
        // Every character of the alphabet turns up: nothing is left out.
        let seen: HashSet<char> = codes.iter().flat_map(|c| c.chars()).collect();
        assert_eq!(seen.len(), 33, "32 letters and digits, and the hyphen");
    }
}
