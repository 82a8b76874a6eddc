//! Numbers written as words, in Polish with their inflections and in English: `jeden`…
//! `dwanaście`, tens (`dwadzieścia cztery`), `pół`, `półtorej`, `i pół`, `half an`, `an`.

use rust_decimal::Decimal;

use super::lexer::Token;
use super::lexicon::Phrases;

/// A number word's value in tenths: `pół` is 5, `półtorej` 15, `dwa` 20.
pub(super) static NUMBER_WORDS: Phrases<i64> = Phrases::new(&[
    (&["jeden"], 10),
    (&["jedna"], 10),
    (&["jedno"], 10),
    (&["jednej"], 10),
    (&["jednego"], 10),
    (&["jednym"], 10),
    (&["one"], 10),
    (&["an"], 10),
    (&["a"], 10),
    (&["dwa"], 20),
    (&["dwie"], 20),
    (&["dwoch"], 20),
    (&["dwu"], 20),
    (&["two"], 20),
    (&["trzy"], 30),
    (&["trzech"], 30),
    (&["three"], 30),
    (&["cztery"], 40),
    (&["czterech"], 40),
    (&["four"], 40),
    (&["piec"], 50),
    (&["pieciu"], 50),
    (&["five"], 50),
    (&["szesc"], 60),
    (&["szesciu"], 60),
    (&["six"], 60),
    (&["siedem"], 70),
    (&["siedmiu"], 70),
    (&["seven"], 70),
    (&["osiem"], 80),
    (&["osmiu"], 80),
    (&["eight"], 80),
    (&["dziewiec"], 90),
    (&["dziewieciu"], 90),
    (&["nine"], 90),
    (&["dziesiec"], 100),
    (&["dziesieciu"], 100),
    (&["ten"], 100),
    (&["jedenascie"], 110),
    (&["jedenastu"], 110),
    (&["eleven"], 110),
    (&["dwanascie"], 120),
    (&["dwunastu"], 120),
    (&["twelve"], 120),
    (&["pietnascie"], 150),
    (&["pietnastu"], 150),
    (&["fifteen"], 150),
    (&["osiemnascie"], 180),
    (&["osiemnastu"], 180),
    (&["eighteen"], 180),
    (&["pol"], 5),
    (&["half"], 5),
    (&["half", "an"], 5),
    (&["half", "a"], 5),
    (&["poltorej"], 15),
    (&["poltora"], 15),
    (&["one", "and", "a", "half"], 15),
]);

/// Tens, which a unit word may follow: "dwadzieścia cztery" is 24.
pub(super) static TENS: Phrases<i64> = Phrases::new(&[
    (&["dwadziescia"], 20),
    (&["dwudziestu"], 20),
    (&["twenty"], 20),
    (&["trzydziesci"], 30),
    (&["trzydziestu"], 30),
    (&["thirty"], 30),
    (&["czterdziesci"], 40),
    (&["czterdziestu"], 40),
    (&["forty"], 40),
    (&["piecdziesiat"], 50),
    (&["piecdziesieciu"], 50),
    (&["fifty"], 50),
    (&["szescdziesiat"], 60),
    (&["szescdziesieciu"], 60),
    (&["sixty"], 60),
    (&["siedemdziesiat"], 70),
    (&["siedemdziesieciu"], 70),
    (&["seventy"], 70),
    (&["dziewiecdziesiat"], 90),
    (&["dziewiecdziesieciu"], 90),
    (&["ninety"], 90),
]);

/// A half added to a number: "dwie i pół godziny", "2 and a half hours".
pub(super) static AND_A_HALF: Phrases<()> =
    Phrases::new(&[(&["i", "pol"], ()), (&["and", "a", "half"], ())]);

/// The number written in words at token `i`: (tokens used, value). Articles (`a`, `an`) count
/// only when followed by something, so that a lone letter is never a number.
pub(super) fn number_word(toks: &[Token], i: usize) -> Option<(usize, Decimal)> {
    if let Some((len, tens)) = TENS.longest(toks, i) {
        // "dwadzieścia cztery": the units follow the tens.
        let (more, units) = match NUMBER_WORDS.longest(toks, i + len) {
            Some((l, u)) if (10..100).contains(&u) && u % 10 == 0 => (l, u / 10),
            _ => (0, 0),
        };
        return Some((len + more, Decimal::from(tens + units)));
    }
    let (len, tenths) = NUMBER_WORDS.longest(toks, i)?;
    if toks.get(i + len).is_none() {
        let word = &toks[i];
        if word.end - word.start <= 2 {
            return None;
        }
    }
    let (half, extra) = match AND_A_HALF.longest(toks, i + len) {
        Some((l, ())) if tenths >= 10 && tenths % 10 == 0 => (l, 5),
        _ => (0, 0),
    };
    Some((len + half, Decimal::new(tenths + extra, 1).normalize()))
}
