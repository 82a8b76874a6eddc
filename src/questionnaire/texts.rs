//! The fixed texts of the questionnaire, in Polish and English: titles, instructions, headers,
//! group headings.

use super::plan::VendorField;

pub(super) const TITLE_PL: &str = "Ankieta ofertowa: opieka techniczna nad stroną internetową";
pub(super) const TITLE_EN: &str = "Offer questionnaire: website maintenance and technical support";

/// The instructions, (Polish, English), naming the criteria's vendor field and currency.
pub(super) fn howto(vendor: &VendorField, currency: &str, buyer_rows: bool) -> (String, String) {
    let (money_pl, money_en) = if currency == "PLN" {
        ("1 450 zł netto".to_string(), "1450 PLN net".to_string())
    } else {
        (
            format!("1 450 {currency} netto"),
            format!("1450 {currency} net"),
        )
    };
    let (whose_pl, whose_en) = if vendor.is_agency {
        ("nazwę agencji", "the agency's name")
    } else {
        ("pełną nazwę firmy", "your company's full name")
    };
    let (buyer_pl, buyer_en) = if buyer_rows {
        (
            " Wiersze z szarym polem odpowiedzi („Wypełnia zamawiający”) wypełnia zamawiający: prosimy je pominąć.",
            " Rows whose answer field is grey (\"Wypełnia zamawiający\") are filled in by the buyer: please leave them out.",
        )
    } else {
        ("", "")
    };
    let pl = format!(
        "Jak wypełnić: prosimy wpisać {whose_pl} w żółtym polu „{}”, a odpowiedzi w kolumnie „Odpowiedź”: jedna odpowiedź w wierszu, z jednostką (np. „15 min”, „4 h”, „{money_pl}”, „99,9 %”). Gdzie komórka ma listę, prosimy wybrać z niej odpowiedź. Komentarze i zastrzeżenia prosimy wpisać w kolumnie „Uwagi”. Jeśli czegoś nie ma w ofercie, prosimy wpisać „brak” albo „nie”.{buyer_pl} Prosimy nie zmieniać układu arkusza (nie dodawać ani nie usuwać wierszy i kolumn): odpowiedzi są odczytywane automatycznie. Arkusz jest chroniony bez hasła, żeby pytań nie zmienić przez pomyłkę: pola nazwy, odpowiedzi i uwag edytuje się zwyczajnie, a gdyby trzeba było zmienić coś więcej, ochronę zdejmuje się bez hasła (Recenzja › Nie chroń arkusza).",
        vendor.name_pl
    );
    let en = format!(
        "How to fill in: please enter {whose_en} in the yellow \"{}\" field and your answers in the \"Odpowiedź (Answer)\" column: one answer per row, with its unit (e.g. \"15 min\", \"4 h\", \"{money_en}\", \"99.9%\"). Where a cell offers a list, please pick the answer from it. Comments and reservations go in the \"Uwagi (Notes)\" column. If something is not part of your offer, write \"none\" or \"no\".{buyer_en} Please keep the layout as it is (do not add or delete rows or columns): the answers are read automatically. The sheet is protected without a password so that the questions are not changed by mistake: the name, answer and notes fields are edited as usual, and should anything else need changing, the protection comes off without a password (Review › Unprotect Sheet).",
        vendor.name_en
    );
    (pl, en)
}

/// What a buyer's row says in its notes cell and, under the unit, in its unit cell. The import
/// knows the text, so that it does not keep it as the agency's remark.
pub(super) const BUYER_NOTE: &str = crate::normalize::BUYER_ROW_NOTE;
pub(super) const END_NOTE: &str = "Dziękujemy! Prosimy odesłać wypełniony plik (.xlsx). / Thank you! Please send the filled-in file back (.xlsx).";

/// The header row: (Polish, English) per column.
pub(super) const HEADERS: [(&str, &str); 6] = [
    ("Lp.", "No."),
    ("Pytanie", "Question"),
    ("Jednostka", "Unit"),
    ("Kryterium", "Criterion"),
    ("Odpowiedź", "Answer"),
    // "Uwagi (Notes)" reads as "uwagi" to the import: a remark column, never an offer.
    ("Uwagi", "Notes"),
];

/// Group headings, (Polish, English), by criterion group.
pub(super) fn group_heading(group: &str) -> (&'static str, &'static str) {
    match group {
        "scope" => ("Zakres usług", "Scope of work"),
        "sla" => ("SLA i przywracanie działania", "SLA and recovery"),
        "security" => ("Bezpieczeństwo", "Security"),
        "performance" => ("Wydajność i wskaźniki (KPI)", "Performance and KPIs"),
        "reporting" => ("Raportowanie", "Reporting"),
        "price" => ("Cena", "Price"),
        "references" => ("Doświadczenie i referencje", "Experience and references"),
        "communication" => ("Komunikacja", "Communication"),
        "onboarding" => ("Wdrożenie", "Onboarding"),
        _ => ("Inne", "Other"),
    }
}
