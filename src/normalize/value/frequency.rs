//! Frequencies written with a number: `co 6 h`, `co 3 dni`, `2x dziennie`, `2 razy w
//! tygodniu`, `every 12 hours`, `twice a day` — as the hours between two runs, so that a choice
//! criterion (hourly, daily, weekly…) can place them.

/// Hours in a unit word of a frequency, in label form.
fn unit_hours(word: &str) -> Option<f64> {
    Some(match word {
        "min" | "minut" | "minuty" | "minute" | "minutes" | "mins" => 1.0 / 60.0,
        "h" | "godz" | "godzin" | "godziny" | "godzine" | "godzina" | "hour" | "hours" | "hrs"
        | "hr" => 1.0,
        "dzien" | "dni" | "doby" | "dobe" | "doba" | "day" | "days" => 24.0,
        "tydzien" | "tygodnie" | "tygodni" | "week" | "weeks" | "tyg" => 168.0,
        "miesiac" | "miesiace" | "miesiecy" | "mies" | "month" | "months" => 730.5,
        "rok" | "lata" | "lat" | "year" | "years" => 8766.0,
        _ => return None,
    })
}

/// Hours in the period of "N times per period" words, in label form (several words).
fn per_period_hours(words: &[&str]) -> Option<f64> {
    Some(match words {
        ["dziennie"]
        | ["na", "dobe"]
        | ["na", "dzien"]
        | ["w", "ciagu", "doby"]
        | ["a", "day"]
        | ["per", "day"]
        | ["daily"] => 24.0,
        ["w", "tygodniu"]
        | ["na", "tydzien"]
        | ["tygodniowo"]
        | ["a", "week"]
        | ["per", "week"]
        | ["weekly"] => 168.0,
        ["w", "miesiacu"]
        | ["na", "miesiac"]
        | ["miesiecznie"]
        | ["a", "month"]
        | ["per", "month"]
        | ["monthly"] => 730.5,
        ["w", "roku"] | ["na", "rok"] | ["rocznie"] | ["a", "year"] | ["per", "year"] => 8766.0,
        _ => return None,
    })
}

/// A count written as digits or a small number word.
fn count(word: &str) -> Option<f64> {
    if let Ok(n) = word.parse::<u32>() {
        return (n > 0 && n <= 10_000).then_some(f64::from(n));
    }
    Some(match word {
        "dwa" | "dwie" | "two" => 2.0,
        "trzy" | "three" => 3.0,
        "cztery" | "four" => 4.0,
        "piec" | "five" => 5.0,
        "szesc" | "six" => 6.0,
        "dwanascie" | "twelve" => 12.0,
        _ => return None,
    })
}

/// Splits "6h" into "6" and "h", "2x" into "2" and "x".
fn split_glued(words: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len() + 1);
    for w in words {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && digits < w.len() {
            out.push(w[..digits].to_string());
            out.push(w[digits..].to_string());
        } else {
            out.push((*w).to_string());
        }
    }
    out
}

/// The hours between two runs that a frequency in label form says, or `None` when it is not
/// one of the numbered forms.
pub(super) fn interval_hours(label: &str) -> Option<f64> {
    let words: Vec<&str> = label.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() > 6 {
        return None;
    }
    let w = split_glued(&words);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    match w.as_slice() {
        // "co 6 h", "every 12 hours", "co 2 tygodnie".
        ["co" | "every" | "each", n, unit] => Some(unit_hours(unit)? * count(n)?),
        // "co godzinę" and the like are in the choice table; "co pół godziny" too rare to list.
        // "2x dziennie", "2 razy w tygodniu", "3 times a week".
        [n, "x" | "razy" | "raz" | "times", rest @ ..] => Some(per_period_hours(rest)? / count(n)?),
        ["twice", rest @ ..] => Some(per_period_hours(rest)? / 2.0),
        _ => None,
    }
}
