//! One generated offer per row, in the shape agencies send them: Polish headers, amounts with
//! `zł`, durations with units, `tak`/`nie`. Shared by the benchmarks and
//! `examples/make_offers.rs`.

/// The header row.
pub const HEADER: [&str; 13] = [
    "Agencja",
    "Abonament miesięczny",
    "Stawka godzinowa",
    "Godziny w abonamencie",
    "Czas reakcji P1",
    "Czas przywrócenia P1",
    "Dostępność",
    "Kopie zapasowe",
    "Monitoring 24/7",
    "Raport miesięczny",
    "Zakres prac",
    "Ostatnia referencja",
    "Czas odpowiedzi na zapytanie",
];

/// Offer `i`'s answers, in the order of [`HEADER`].
pub fn row(i: usize) -> [String; 13] {
    let backups = ["codziennie", "co tydzień", "co godzinę", "miesięcznie"];
    let yes = |b: bool| if b { "tak" } else { "nie" }.to_string();
    [
        format!("Agencja {i}"),
        format!("{} {:03},00 zł", 1 + i % 3, i % 1000),
        format!("{} zł/h", 90 + i % 120),
        format!("{}", i % 40),
        format!("{} min", 5 + i % 300),
        format!("{} h", 1 + i % 48),
        format!("99,{} %", i % 10),
        backups[i % 4].to_string(),
        yes(i.is_multiple_of(3)),
        yes(i.is_multiple_of(2)),
        "aktualizacje, kopie, monitoring".to_string(),
        format!("{}", 2015 + i % 12),
        format!("{}", 1 + i % 5),
    ]
}
