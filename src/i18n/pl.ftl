# Katalog komunikatów offerlens: polski.
# Te same identyfikatory co w pliku angielskim. Zmienne: $nazwa.

## Formy liczby mnogiej

offers = { $count ->
    [one] { $n } oferta
    [few] { $n } oferty
   *[many] { $n } ofert
}
days = { $count ->
    [one] { $n } dzień
   *[other] { $n } dni
}
weeks = { $count ->
    [one] { $n } tydzień
    [few] { $n } tygodnie
   *[many] { $n } tygodni
}
hours = { $n } h
minutes = { $n } min
months = { $count ->
    [one] { $n } miesiąc
    [few] { $n } miesiące
   *[many] { $n } miesięcy
}

## Daty: nazwy miesięcy w dopełniaczu („4 grudnia 2026”)

date = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## Tabela rankingu (rank -f table)

table-heading = { $criteria } · { $offers } · { $method } · { $origin }
table-no-offers = Nie wczytano żadnej oferty. Uruchom `offerlens check` na plikach, aby zobaczyć dlaczego.
table-rank = #
table-vendor = Wykonawca
table-score = Wynik
table-monthly = Miesięcznie
table-risk-cost = Koszt ryzyka
table-marks = Uwagi
table-legend-costs = Wynik 0–100 · koszty w { $currency } miesięcznie; koszt ryzyka dolicza spodziewane straty z przestojów
table-legend-score = Wynik 0–100
table-legend-marks = Oznaczenia: KO odrzucona · ⚑ ostrzeżenia · ? brak odpowiedzi · ! błąd odczytu
table-knocked-out = Odrzucone:
table-red-flags = Sygnały ostrzegawcze:
table-not-understood = { $count ->
    [one] { $n } z tych ofert odpadła przez odpowiedź, której nie zrozumiano: sprawdź te komórki, wykonawca może spełniać wymaganie
   *[other] { $n } z tych ofert odpadły przez odpowiedzi, których nie zrozumiano: sprawdź te komórki, wykonawcy mogą spełniać wymagania
}
table-points-off = (−{ $points } pkt)
table-issues = Problemy: { $errors ->
    [one] 1 błąd
    [few] { $errors } błędy
   *[many] { $errors } błędów
}, { $warnings ->
    [one] 1 ostrzeżenie
    [few] { $warnings } ostrzeżenia
   *[many] { $warnings } ostrzeżeń
} (szczegóły: `offerlens check`)
table-more-issues = … i { $n } więcej
severity-error = błąd
severity-warning = ostrzeżenie
severity-info = informacja

## Metody oceny

method-weighted-sum = suma ważona
method-topsis = TOPSIS

## offerlens check

check-criteria = Kryteria: { $origin } · „{ $name }” · { $count ->
    [one] { $n } kryterium
    [few] { $n } kryteria
   *[many] { $n } kryteriów
} · { $method }
check-sheet = arkusz „{ $name }”
check-table = tabela
layout-rows = jedna oferta w wierszu
layout-columns = jedna oferta w kolumnie
layout-questionnaire = kwestionariusz
check-read = { $what }: { $layout }, pierwsze kryterium w { $at }, { $offers }
check-found = { $count ->
    [one] znaleziono { $n } kryterium
    [few] znaleziono { $n } kryteria
   *[many] znaleziono { $n } kryteriów
} ({ $meaning } po znaczeniu)
check-by-meaning = po znaczeniu: { $reason }
check-vendor-name = (nazwa wykonawcy)
check-package-column = (pakiet, część nazwy oferty)
check-notes-column = (uwagi, zachowane przy ofercie)
check-skipped = { $what }: pominięto: { $reason }
check-criteria-and-scoring = Kryteria i ocena
check-summary = { $offers } z { $files ->
    [one] { $nfiles } pliku
   *[other] { $nfiles } plików
} · { $errors ->
    [one] 1 błąd
    [few] { $errors } błędy
   *[many] { $errors } błędów
} · { $warnings ->
    [one] 1 ostrzeżenie
    [few] { $warnings } ostrzeżenia
   *[many] { $warnings } ostrzeżeń
} · { $notes ->
    [one] 1 informacja
    [few] { $notes } informacje
   *[many] { $notes } informacji
}
check-brief-footer = (informacje i dopasowane kolumny: `offerlens check` bez --brief)

## Ekran interaktywny

tui-no-offers = Nie wczytano żadnej oferty: naciśnij i, aby zobaczyć listę problemów.
tui-monthly = Miesięcznie
tui-risk-cost = Z ryzykiem
tui-ranking = Ranking · { $offers }
tui-ranking-filtered = Ranking · filtr: { $filter } · { $shown } z { $all }
tui-unsaved = niezapisane
tui-criteria-errors = plik kryteriów ma błędy
tui-no-issues = bez problemów
tui-profile = profil { $name }
tui-criterion = Kryterium
tui-weight = Waga
tui-share = Udział
errors = { $count ->
    [one] { $n } błąd
    [few] { $n } błędy
   *[many] { $n } błędów
}
warnings = { $count ->
    [one] { $n } ostrzeżenie
    [few] { $n } ostrzeżenia
   *[many] { $n } ostrzeżeń
}
hint-help = pomoc
hint-quit = wyjście
hint-pane = panel
hint-weight = waga
hint-save = zapisz
hint-filter = filtr
hint-details = szczegóły
hint-mark = zaznacz
hint-compare = porównaj
hint-export = eksport
hint-issues = problemy
tui-weights = Wagi · { $count ->
    [one] { $n } kryterium
    [few] { $n } kryteria
   *[many] { $n } kryteriów
} · suma { $sum }
group-scope = zakres
group-sla = SLA
group-security = bezpieczeństwo
group-performance = wydajność
group-reporting = raportowanie
group-price = cena
group-references = referencje
group-communication = komunikacja
group-onboarding = wdrożenie
group-contract = umowa
group-other = inne
details-from = z { $place } · { $blanks }
blank-answers = { $count ->
    [one] { $n } brak odpowiedzi
    [few] { $n } braki odpowiedzi
   *[many] { $n } braków odpowiedzi
}
details-knocks-out = odrzuca ofertę
details-risk-cost = koszt ryzyka
details-notes = Uwagi (wpisane obok odpowiedzi)
details-points = Pkt
details-answer = Odpowiedź
details-value = Wartość
details-source = Źródło
term-fee = abonament
term-extra_hours = dodatkowe godziny
term-downtime = przestoje
term-data_loss = utrata danych
term-credits = kary umowne
details-rank = #{ $rank } z { $of }
details-knocked-out = odrzucona
details-score = wynik
details-monthly = miesięcznie
help-title = Klawisze · Esc zamyka
help-move = ruch w aktywnym panelu (także kółkiem myszy)
help-first-last = pierwszy / ostatni · strona w górę / w dół
help-pane = następny panel: ranking → wagi → szczegóły
help-weight = waga wybranego kryterium ±1 (ranking od razu się zmienia)
help-save = zapis wag do pliku kryteriów (komentarze zostają)
help-filter = filtr wykonawców w trakcie pisania · Esc czyści
help-details = szczegóły wybranej oferty
help-compare = zaznacz dwie oferty · porównaj je obok siebie
help-export = eksport rankingu (XLSX, Markdown, CSV, JSON, tekst)
help-issues = problemy z odczytu, z miejscem w pliku
help-close = zamknięcie okienka
help-quit = wyjście (pyta, gdy są niezapisane zmiany)
help-moved = ▲2 / ▼1: o ile miejsc przesunęła oferty ostatnia zmiana wagi
quit-title = Wyjść?
quit-unsaved = Wagi mają niezapisane zmiany.
quit-save = zapisz i wyjdź
quit-discard = wyjdź bez zapisu
quit-stay = zostań
compare-keys = ↑↓ przewijanie · Esc zamyka
issues-title = Problemy
issues-none = Bez problemów: każdy plik i każda komórka zostały odczytane.
export-title = Eksport rankingu
export-format = Format
export-file = Plik
export-keys = Tab/←→ format · wpisz ścieżkę · Enter zapisuje · Esc anuluje


## Czytanie tabel

read-no-header = w pierwszych wierszach i kolumnach żaden nagłówek nie nazywa kryterium
read-one-header = tylko jeden nagłówek nazywa kryterium: to nie jest tabela ofert
read-sheet-skipped = arkusz pominięty: { $reason }
read-no-table = { $reason }: oczekiwano nagłówków kolumn, np. etykiet kryteriów lub ich `columns` (zob. `offerlens check`)
read-headers-but-no-offers = nagłówki są, ale pod nimi nie wypełniono żadnej oferty
read-no-offers = brak ofert: { $reason }
read-no-offers-anywhere = brak ofert w żadnym pliku: { $reason }

## Jak odczytano komórkę

cell-read-as = { $criterion }: odczytano „{ $shown }” ({ $notes })
cell-read-check = { $criterion }: odczytano „{ $shown }” — sprawdź: { $doubts }
note-range-upper = przyjęto górną granicę przedziału „{ $range }”
note-range-lower = przyjęto dolną granicę przedziału „{ $range }” (tu więcej znaczy lepiej)
doubt-lower-bound = to dolna granica („od”, „min.”): rzeczywista wartość może być wyższa, poproś o dokładną
doubt-upper-bound = to górna granica („do”, „maks.”): rzeczywista wartość może być niższa, poproś o dokładną

## Czerwone flagi: co je wywołało

flag-message = { $message }
flag-with-detail = { $message } ({ $detail })
flag-older-than = najnowsza z { $latest } r., sprzed { $limit } r.
flag-above = { $value }, więcej niż { $threshold }
flag-below-mean = { $value } wobec średniej { $reference } w pozostałych ofertach
flag-below-median = { $value } wobec mediany { $reference } w pozostałych ofertach
flag-says = pisze „{ $words }”
flag-few-items = wymienia { $items } { $items ->
    [one] pozycję
    [few] pozycje
   *[many] pozycji
}, a oczekiwano co najmniej { $min }
value-unit = { $value }

## Wymagania i odrzucenia

require-at-most = najwyżej { $value }
require-at-least = co najmniej { $value }
require-yes = tak
require-one-of = jedno z: { $choices }
require-and = { $a } i { $b }
ko-not-understood = { $label }: nie zrozumiano odpowiedzi „{ $answer }” — sprawdź ją
ko-required = { $label }: brak odpowiedzi, której można użyć, a jest wymagana
ko-unconfirmed = { $label }: brak odpowiedzi, której można użyć, więc nie da się potwierdzić wymogu ({ $require })
ko-above-max = { $label }: { $value } to więcej niż dopuszczalne { $max }
ko-below-min = { $label }: { $value } to mniej niż wymagane { $min }
ko-answered-no = { $label }: odpowiedź „nie”, a wymagane jest „tak”
ko-not-one-of = { $label }: „{ $answer }” nie jest żadną z dopuszczalnych odpowiedzi ({ $choices })

## Reguła oceny kryterium w jednym wierszu

rule-kind-in = { rule-kind } w { $unit }
rule-kind = { $kind ->
    [number] liczba
    [money] kwota
    [percent] procent
    [duration] czas
    [bool] tak/nie
    [choice] wybór
    [text] tekst
    [year] rok
    [window] okno obsługi
    [risk_cost] koszt ryzyka
   *[other] { $kind }
}
rule-lower-better = im mniej, tym lepiej
rule-higher-better = im więcej, tym lepiej
rule-min-max = min–maks między ofertami
rule-ratio-lower = iloraz: najniższa / ta
rule-ratio-higher = iloraz: ta / najwyższa
rule-linear = liniowo: { $best } → 1, { $worst } → 0
rule-choices = { $choices }
rule-knockout-unless = odrzuca, jeśli nie { $require }
rule-blank-worst = brak odpowiedzi daje 0
rule-blank-knocks-out = brak odpowiedzi odrzuca ofertę
rule-blank-ignored = brak odpowiedzi jest pomijany
rule-parts = { $parts }
value-months = { $value } { $value ->
    [one] miesiąc
    [few] miesiące
   *[many] miesięcy
}

## Ekran: komunikaty na pasku stanu i okna dialogowe

tui-reason = { $reason }
tui-nothing-to-save = Nie ma niezapisanych zmian wag.
tui-not-saved = Nie zapisano: { $reason }
tui-saved = Zapisano wagi w pliku { $file }.
tui-saved-with-backup = Zapisano wagi w pliku { $file } (poprzednia wersja jest w { $file }.bak).
tui-exported = Wyeksportowano ranking ({ $offers } { $offers ->
    [one] oferta
    [few] oferty
   *[many] ofert
}) jako { $format } do pliku { $file }.
tui-not-exported = Nie wyeksportowano: { $reason }
tui-not-reloaded = Nie wczytano ponownie, zostaje ostatnia poprawna wersja: { $reason }
tui-reloaded = Plik kryteriów zmienił się na dysku: wczytano go ponownie i przeliczono ranking{ $kept ->
    [0] {""}
    [one] ; zachowano 1 niezapisaną zmianę wagi
    [few] ; zachowano { $kept } niezapisane zmiany wag
   *[many] ; zachowano { $kept } niezapisanych zmian wag
}{ $dropped ->
    [0] {""}
    [one] ; 1 niezapisaną zmianę zastąpiła wartość z pliku
    [few] ; { $dropped } niezapisane zmiany zastąpiły wartości z pliku
   *[many] ; { $dropped } niezapisanych zmian zastąpiły wartości z pliku
}.
tui-type-export-file = Wpisz nazwę pliku, do którego wyeksportować.
tui-weight-already-zero = { $label }: waga już wynosi 0.
tui-one-weight-needed = Co najmniej jedno kryterium musi mieć wagę większą od 0.
tui-weight-changed = { $label }: waga { $old } → { $new }
tui-new-leader = { $change } · nowy lider: { $leader } (był: { $was })
tui-leads = { $change } · prowadzi { $leader }
tui-two-marked = Zaznaczono dwie oferty: naciśnij c, aby je porównać.
tui-mark-two = Zaznacz dwie oferty spacją (albo jedną i wybierz drugą), potem naciśnij c.
tui-reloading = Plik kryteriów się zmienił: ponownie czytam oferty…
tui-criteria-invalid = plik kryteriów jest niepoprawny
tui-at = { $place }: { $message }
tui-and-more = { $first } (i { $more } więcej)
tui-criteria-not-utf8 = { $file }: to nie jest tekst UTF-8: zapisz plik kryteriów w UTF-8
tui-file-error = { $file }: { $reason }
tui-reread-failed = ponowne czytanie ofert nie powiodło się
tui-origin-unsaved = { $origin } (z niezapisanymi wagami)
tui-format-text = tekst
tui-save-as-profile = Wbudowany profil { $name } zostanie zapisany jako nowy plik kryteriów.
tui-file = Plik
tui-save-as-keys = Enter zapisuje · Esc anuluje
tui-save-as-title = Zapisz wagi
tui-exists = Plik { $file } już istnieje.
tui-exists-title = Plik istnieje
tui-overwrite-question = Nadpisać go? Stara wersja zostanie zachowana jako .bak.
tui-overwrite-keys = y nadpisuje · n pozwala wybrać inną nazwę
tui-replace-question = Zastąpić go eksportem?
tui-replace-keys = y zastępuje · n pozwala wybrać inną nazwę
tui-too-small = Za małe okno terminala
tui-too-small-needs = { $size }: offerlens potrzebuje co najmniej { $needs }
tui-too-small-hint = Powiększ okno albo naciśnij q, aby wyjść.
details-title = Szczegóły
tui-value-unreadable = nieczytelne
tui-value-yes = tak
tui-value-no = nie
tui-value-text = tekst
tui-percent = { $n } %

## Odczyt komórki: czego oczekiwano

value-expected = oczekiwano: { $what }; jest „{ $found }”
value-expected-several = oczekiwano: { $what }; w „{ $found }” jest kilka liczb
value-expected-empty = oczekiwano: { $what }; komórka jest pusta
value-expected-long = oczekiwano: { $what }; jest tekst o długości { $n } znaków
value-a-duration = czas, np. „15 min” albo „2 h”
value-an-amount = kwota, np. „1 234,50 zł” albo „800 PLN netto”
value-a-number = liczba, np. „12” albo „1 234,5”
value-a-percent = procent, np. „99,9 %”
value-a-window = okno obsługi, np. „24/7” albo „pn–pt 8–16”
value-a-year = rok, np. „2021”
value-yes-no = tak/nie

## Odczyt komórki: uwagi i wątpliwości

note-choice-first-word = „{ $words }” odczytano jako „{ $key }” po pierwszym słowie
note-choice-alias = „{ $words }” odczytano jako „{ $key }” (choice_aliases kryterium)
note-choice-opening = „{ $words }” odczytano jako „{ $key }” po pierwszych słowach (choice_aliases kryterium)
doubt-choice-inside = odczytano jako „{ $key }” po słowach „{ $words }” w środku odpowiedzi (choice_aliases kryterium)
note-choice-read-as = „{ $words }” odczytano jako „{ $key }”
note-choice-between = „{ $words }” leży między „{ $more }” a „{ $key }”: przyjęto rzadsze, „{ $key }”
note-next-business-day = „{ $words }” (następny dzień roboczy) odczytano jako 1 dzień
note-working-hours = godziny robocze liczone jak zwykłe godziny
note-working-days = dni robocze liczone jak dni kalendarzowe
doubt-working-days = dni robocze liczone jak dni kalendarzowe: przez weekend jeden dzień roboczy trwa trzy dni
note-year-in-days = rok liczony jako { $days } dni
note-month-in-days = miesiąc liczony jako { $days } dni
value-duration-out-of-range = czas „{ $found }” jest poza zakresem
note-read-as = „{ $words }” odczytano jako { $value }
note-clock = „{ $words }” odczytano jako { $hours } h { $minutes } min
note-clock-seconds = „{ $words }” odczytano jako { $hours } h { $minutes } min { $seconds } s
value-window-without-time = oczekiwano: { $what }; jest „{ $found }”: { $window } to okno obsługi, brakuje czasu
note-in-and-out-of-hours = „{ $fast }” i „{ $slow }”: obsługa działa całą dobę, w najgorszym razie w { $worst }; to przyjęto
value-negative-duration = oczekiwano: { $what }; jest ujemny czas „{ $found }”
note-converted = = { $value } { $unit }
note-decimal-separator = „{ $words }” odczytano jako { $value } („{ $sep }” jako separator dziesiętny)
note-thousands-separator = „{ $words }” odczytano jako { $value } („{ $sep }” jako separator tysięcy)
value-malformed-number = błędnie zapisana liczba „{ $found }”: separatory tysięcy muszą dzielić cyfry na grupy po trzy, a separatorem dziesiętnym może być tylko ostatnia „.” lub „,”
value-number-out-of-range = liczba „{ $found }” jest poza zakresem
value-ambiguous-number = niejednoznaczna liczba „{ $found }”: może to być { $thousands } („{ $sep }” jako separator tysięcy) albo { $decimal } („{ $sep }” jako separator dziesiętny); dla liczby całkowitej wpisz { $thousands } (albo { $spaced })
value-ambiguous-number-fraction = niejednoznaczna liczba „{ $found }”: może to być { $thousands } („{ $sep }” jako separator tysięcy) albo { $decimal } („{ $sep }” jako separator dziesiętny); dla liczby całkowitej wpisz { $thousands } (albo { $spaced }), dla ułamka { $fraction }
value-two-currencies = oczekiwano: { $what } w jednej walucie; w „{ $found }” są { $first } i { $second }
value-net-and-gross = oczekiwano kwoty netto albo brutto; w „{ $found }” są obie
value-two-periods = oczekiwano: { $what } za jeden okres; w „{ $found }” są dwa: { $first } i { $second }
note-net = netto: „{ $words }”
note-gross = brutto: „{ $words }”
note-fraction = odczytano jako ułamek: { $value } = { $percent } %
value-percent-out-of-range = oczekiwano: { $what } między 0 a 100; jest „{ $found }”
note-multiplier = „{ $words }” odczytano jako × { $factor }
note-quoted = „{ $words }”
note-ignored-words = pominięto { $words }
note-ignored = pominięto „{ $words }”
note-ignored-after = pominięto „{ $words }”
note-approximate = w przybliżeniu: „{ $words }”
note-upper-bound = górna granica: „{ $words }”
note-lower-bound = dolna granica: „{ $words }”
window-always = 24/7
window-all-day = { $days } 24h
window-hours = { $days } { $hours }
window-no-days = {""}
window-every-day = pn–nd
window-day-range = { $first }–{ $last }
window-days = { $days }
day-mon = pn
day-tue = wt
day-wed = śr
day-thu = czw
day-fri = pt
day-sat = sob
day-sun = nd
note-window-wait = zgłoszenie czeka średnio { $hours } h, zanim okno się otworzy
note-window-assumed = okno obsługi „{ $written }” odczytano jako { $window } (godziny przyjęte)
note-window = okno obsługi „{ $written }” odczytano jako { $window }
value-year-out-of-range = oczekiwano roku między 1900 a 2100; jest „{ $found }”
note-year-range = przyjęto późniejszy rok z przedziału „{ $range }”
note-several-years = kilka lat ({ $years }): przyjęto najnowszy, { $latest }
note-extra-cost = „{ $words }” odczytano jako nie: dostępne za dopłatą, nie w cenie
period-months = { $n } { $n ->
    [one] miesiąc
    [few] miesiące
   *[many] miesięcy
}
period-hour = godzinę
period-day = dzień
period-week = tydzień
period-month = miesiąc
period-quarter = kwartał
period-year = rok

## Odczyt komórki: błędy i przeliczenia

cell-error = { $criterion }: { $message }
cell-unlimited-hours = „{ $shown }” odczytano jako 744 h, czyli każdą godzinę 31-dniowego miesiąca — sprawdź: zapytaj wykonawcę o limit uczciwego korzystania
cell-no-limit = „{ $shown }” nie podaje limitu: pozostawiono puste — sprawdź: poproś wykonawcę o liczbę
cell-no-time = „{ $shown }” nie obiecuje konkretnego czasu: pozostawiono puste — sprawdź: poproś wykonawcę o liczbę
cell-net-by-header = netto, jak mówi nagłówek kolumny
cell-gross-by-header = brutto, jak mówi nagłówek kolumny
cell-expected-choice = oczekiwano jednej z odpowiedzi: { $choices }; jest „{ $shown }”
cell-phrase-read-as = „{ $phrase }” odczytano jako { $value }
cell-phrase-and-number = { $criterion }: „{ $shown }” mówi „{ $phrase }” ({ $value }) i podaje też liczbę: przyjęto liczbę — sprawdź
cell-phrase-only = { $criterion }: „{ $shown }” odczytano jako { $value } po słowach „{ $phrase }”; reszty nie udało się odczytać — sprawdź
cell-the-number = liczba { $value }
cell-the-boolean = wartość logiczna { $value }
cell-the-date = data { $value }
cell-the-duration = czas { $value }
cell-the-value = { $value }
cell-out-of-range = { $found } jest poza zakresem
cell-expected = oczekiwano: { $what }; jest { $found }
cell-spreadsheet-error = komórka zawiera błąd arkusza { $error }; popraw formułę albo wpisz wartość
cell-a-percentage-0-100 = procent między 0 a 100
cell-a-duration = czas
cell-a-year = rok
cell-one-of = jedna z odpowiedzi: { $choices }
cell-a-text = tekst
cell-computed = nic (wartość wyliczana)
convert-no-rate = kwota jest w { $currency }, a kryteria porównują { $home }: dodaj kurs do pliku kryteriów, w sekcji [exchange_rates]: { $currency } = <ile kosztuje 1 { $currency } w { $home }>
convert-currency = { $amount } { $currency } po kursie { $rate } { $home } za { $currency } = { $converted } { $home }
convert-gross-to-net = brutto { $amount } przy VAT { $vat } % = { $converted } netto
convert-net-to-gross = netto { $amount } przy VAT { $vat } % = { $converted } brutto
convert-no-per = „{ $words }” ({ $period }) nie przeliczono: kryterium nie mówi, za jaki okres jest wartość (klucz `per`)
convert-hour-and-period = „{ $words }” to wartość { $written }, a to kryterium jest { $wanted }: nie przeliczono
convert-period = „{ $words }” to wartość { $written }: { $value } { $factor } = { $converted } { $wanted }
convert-too-large = liczba jest za duża, by ją przeliczyć
per-months = za { $n } { $n ->
    [one] miesiąc
    [few] miesiące
   *[many] miesięcy
}
per-hour = za godzinę
per-day = dziennie
per-week = tygodniowo
per-month = miesięcznie
per-quarter = kwartalnie
per-year = rocznie

## Czytanie tabel: nagłówki, wykonawcy, wiersze

header-vendor-by-meaning = „{ $header }” odczytano po znaczeniu jako nazwę wykonawcy ({ $reason })
header-criterion-by-meaning = „{ $header }” odczytano po znaczeniu jako kryterium „{ $criterion }” ({ $reason }); jeśli chodzi o inne, dopisz nagłówek do `columns` tamtego kryterium
header-duplicate = „{ $header }” także pasuje do kryterium „{ $criterion }”, odczytanego już z { $first }; tę kolumnę pominięto
header-the-vendor-name = nazwa wykonawcy
header-unclear-tie = „{ $header }” może oznaczać { $named }{ $more ->
    [0] {""}
    [one] {" "}lub 1 inne
    [few] {" "}lub { $more } inne
   *[many] {" "}lub { $more } innych
} (znaczeniowo równie bliskie); pominięto: dopisz „{ $header }” do `columns` kryterium, które nazywa{ $vendor ->
    [yes] , albo do `vendor_columns`
   *[no] {""}
}
header-unclear-loose = „{ $header }” może oznaczać { $named }{ $more ->
    [0] {""}
    [one] {" "}lub 1 inne
    [few] {" "}lub { $more } inne
   *[many] {" "}lub { $more } innych
} (po znaczeniu, ale tylko luźno); pominięto: dopisz „{ $header }” do `columns` kryterium, które nazywa{ $vendor ->
    [yes] , albo do `vendor_columns`
   *[no] {""}
}
header-unmatched-near = „{ $header }” nie pasuje do żadnego kryterium; pominięto (blisko kryterium „{ $criterion }”: jeśli to samo, dopisz „{ $header }” do jego `columns`)
header-unmatched = „{ $header }” nie pasuje do żadnego kryterium; pominięto
header-no-column = nie znaleziono kolumny dla kryterium „{ $criterion }” ({ $label })
header-no-column-did-you-mean = { $message } (czy chodzi o „{ $header }”? dopisz go do `columns` kryterium)
header-coverage = w ofertach znaleziono { $found } z { $asked } kryteriów; pozostałe ({ $missing }) liczą się jako brak odpowiedzi: { $ids } (każde wymienia `offerlens check`)
read-names = { $names }
read-names-and-more = { $names } i { $more } innych
read-no-offers-in-any-sheet = w żadnym arkuszu nie znaleziono ofert: oczekiwano tabeli, której nagłówki nazywają kryteria
read-no-offers-in-file = w pliku nie znaleziono ofert: oczekiwano tabeli, której nagłówki nazywają kryteria
read-unstated-tax-net = { $criterion }: { $wrote } podali ceny brutto (przeliczone na netto), a { $unstated } nie napisali, czy netto, czy brutto: przyjęto netto (`prices` w kryteriach); sprawdź je
read-unstated-tax-gross = { $criterion }: { $wrote } podali ceny netto (przeliczone na brutto), a { $unstated } nie napisali, czy netto, czy brutto: przyjęto brutto (`prices` w kryteriach); sprawdź je
read-same-name = dwie oferty noszą nazwę „{ $name }” ({ $there } i { $here })
read-same-name-written-apart = dwie oferty mają tę samą nazwę: „{ $first }” ({ $there }) i „{ $name }” ({ $here })
read-renamed = { $same }; druga jest pokazana jako „{ $renamed }”: połącz je albo zmień nazwę jednej w arkuszu
read-summary-line = „{ $label }” podsumowuje oferty, a nie jest ofertą; pominięto w rankingu
read-remarks-kept = „{ $label }” zawiera uwagi, a nie ofertę; zachowano je jako uwagi do oferty
read-remarks-not-ranked = „{ $label }” zawiera uwagi, a nie ofertę; pominięto w rankingu
read-no-vendor-column = brak kolumny wykonawcy (oczekiwano nagłówka, np. { $expected }); nazwy wykonawców wzięto z „{ $used }”
read-named-after-file = brak komórki „Agencja:” / „Agency:”: agencję nazwano od pliku, „{ $name }”
read-no-vendor-name = brak nazwy wykonawcy; oferta jest pokazana jako „{ $name }”
read-overflow = { $errors ->
    [0] kolejne komórki odczytane z uwagami: { $notes }
   *[other] { $notes ->
        [0] kolejne nieczytelne komórki: { $errors }
       *[other] kolejne nieczytelne komórki: { $errors }, odczytane z uwagami: { $notes }
    }
}
read-overflow-in-column = { $criterion }: { $what } w kolumnie „{ $column }” (wymieniono tylko pierwsze { $listed })
read-window-lent = { $criterion }: okno { $window } dotyczy też { $ids }, podanych bez własnego okna
score-ratio-negative = { $criterion }: ocena ilorazowa zakłada wartości dodatnie, a jedna wynosi { $min }; oceny obcięto do 0–1
score-ratio-zero = { $criterion }: { $vendors } podali 0, więc ocena ilorazowa (min/x) daje im 1, a każdej innej ofercie 0
risk-not-set = [business] { $key } nie jest ustawione
risk-too-large = kwoty są za duże, by je policzyć
risk-no-criterion = kryteria nie definiują „{ $id }”
risk-no-answer = brak odpowiedzi dla „{ $id }”
header-either = { $first } lub { $last }

## Czytanie plików

file-cannot-read-this-row = nie można odczytać tego wiersza: { $e }
file-more-than-rows-only-the = ponad { $a0 } wierszy: odczytano tylko pierwsze { $a1 } (limit zmienia --max-rows)
file-row-has-fields-only-the = wiersz ma { $a0 } pól; odczytano tylko pierwsze { $a1 }
file-a-cell-of-kb-only = komórka ma { $a0 } KB: zachowano tylko pierwsze { $a1 } KB
file-an-opening-quote-is-never = cudzysłów otwarty i niezamknięty (wiersz { $a0 } pliku): resztę wiersza odczytano jako jedną komórkę — sprawdź cudzysłowy
file-and-more-opening-quotes-never = … i { $a0 } kolejnych niezamkniętych cudzysłowów
file-this-row-has-fields-where = ten wiersz ma { $w } pól, a pozostałe { $usual }: zbędny separator albo brakujący cudzysłów?
file-and-more-rows-with-extra = … i { $a0 } kolejnych wierszy z nadmiarowymi polami
file-byte-that-are-not-utf = { $bad } { $bad ->
    [one] bajt
    [few] bajty
   *[many] bajtów
} spoza UTF-8 w pliku UTF-8: pokazane jako �; sprawdź komórki w tym miejscu
file-not-utf-read-as-as = to nie UTF-8: odczytano jako { $a0 }, jak wskazuje znacznik kolejności bajtów{ $excel ->
    [yes] {" "}(tak Excel zapisuje „Tekst Unicode”)
   *[no] {""}
}
file-some-bytes-are-not-valid = część bajtów nie jest poprawnym { $a0 }: pokazane jako �; sprawdź komórki, w których się pojawia
file-not-read-the-run-s = nie odczytano: budżet pamięci tego przebiegu ({ $a0 } MB) zużyły wcześniejsze pliki (zwiększ go opcją --max-memory-mb)
file-cannot-read-folder = nie można odczytać folderu: { $e }
file-not-a-regular-file-skipped = to nie zwykły plik ({ $a0 }): pominięto
file-cannot-read-file-a-link = nie można odczytać pliku (dowiązanie zapętlone albo prowadzące donikąd?): { $e }
file-the-folder-holds-no-offer = folder nie zawiera plików z ofertami (oczekiwano { $a0 })
file-cannot-read-file = nie można odczytać pliku: { $e }
file-not-a-regular-file-offerlens = to nie zwykły plik ({ $a0 }): offerlens czyta arkusze kalkulacyjne i pliki CSV
file-the-file-is-mb-over = plik ma { $a0 } MB, więcej niż limit { $a1 } MB na plik (zmienia go --max-file-mb)
file-cannot-read-file-2 = nie można odczytać pliku: { $e }
file-the-extension-says-but-the = rozszerzenie mówi .{ $ext }, ale zawartość to tekst: odczytano jako CSV
file-not-a-spreadsheet-the-extension = to nie arkusz: rozszerzenie mówi .{ $ext }, ale zawartość nie jest ani skoroszytem, ani tekstem (plik uszkodzony albo innego rodzaju)
file-the-offers-read-in-this = oferty odczytane w tym przebiegu wyczerpały budżet pamięci { $a0 } MB: czytanie przerwano tutaj i nic dalej nie zostało odczytane (zwiększ go opcją --max-memory-mb albo czytaj mniej lub mniejsze pliki)
file-could-not-read-the-workbook = nie udało się odczytać skoroszytu (plik wygląda na uszkodzony): { $what }
file-the-workbook-holds-sheets-more = skoroszyt ma { $a0 } arkuszy, więcej niż { $MAX_SHEETS } czytanych przez offerlens: takie pliki (uszkodzone albo wrogie) są odrzucane
file-sheet-skipped = arkusz „{ $a0 }” pominięto: { $why }
file-and-more-sheets-skipped = … i { $a0 } kolejnych pominiętych arkuszy
file-sheet-was-skipped-its-structure = arkusz „{ $name }” pominięto: nie udało się odczytać jego struktury (plik może być uszkodzony)
file-sheet-could-not-be-read = nie udało się odczytać arkusza „{ $name }”: { $e }
file-a-cell-of-kb-only-2 = komórka ma { $a0 } KB: zachowano tylko pierwsze { $a1 } KB
file-formula-has-no-saved-result = formuła „={ $shown }” nie ma zapisanego wyniku (plik zapisał program, który nie przelicza formuł); komórka liczy się jako pusta — otwórz i zapisz plik w Excelu albo LibreOffice
file-a-cell-could-not-be = nie udało się odczytać komórki ({ $what }); liczy się jako pusta
file-and-more-in-sheet = … i jeszcze { $n } { $what } w arkuszu „{ $a0 }”
file-sheet-spreads-its-cells-over = arkusz „{ $a0 }” rozrzuca komórki po zbyt dużym obszarze, by zmieścić go w pamięci; nie został odczytany
file-more-than-rows-only-the-2 = ponad { $max_rows } wierszy: odczytano tylko pierwsze { $max_rows } (limit zmienia --max-rows)
file-more-than-columns-only-the = ponad { $max_cols } kolumn: odczytano tylko pierwsze { $max_cols }
file-its-part-cannot-be-unpacked = jego części „{ $part }” nie da się rozpakować ({ $e })
file-its-part-is-cut-short = jego część „{ $part }” jest ucięta
file-the-workbook-s-part-holds = część „{ $part }” skoroszytu zawiera znacznik albo tekst dłuższy niż { $a0 } MB (żadna komórka tyle nie mieści): takie pliki (uszkodzone albo wrogie) są odrzucane
file-its-part-cannot-be-opened = jego części „{ $part }” nie da się otworzyć ({ $e })
file-the-file-is-damaged-or = plik jest uszkodzony albo niekompletny: zaczyna się jak skoroszyt w formacie zip (.xlsx, .xlsm, .xlsb, .ods), ale nie da się odczytać jego katalogu zip ({ $e }); oczekiwano kompletnego pliku
file-the-workbook-s-zip-holds = zip skoroszytu ma { $a0 } części (skoroszyt ma ich kilkadziesiąt; ponad { $MAX_ZIP_ENTRIES } oznacza plik uszkodzony albo wrogi i jest odrzucane)
file-its-zip-directory-is-inconsistent = jego katalog zip jest niespójny ({ $e })
file-the-workbook-unpacks-to-more = skoroszyt po rozpakowaniu ma ponad { $a0 } MB: takie pliki są odrzucane (bomba dekompresyjna?)
file-the-workbook-s-part-has = część „{ $name }” skoroszytu ma stopień kompresji ponad { $a0 }:1 — bomba dekompresyjna? Takie pliki są odrzucane
file-not-a-workbook-expected-xlsx = { $kind }, a nie skoroszyt: oczekiwano .xlsx, .xlsm, .xlsb albo .ods
file-its-part-cannot-be-opened-2 = jego części „{ $name }” nie da się otworzyć ({ $e })
file-its-part-cannot-be-unpacked-2 = jego części „{ $name }” nie da się rozpakować ({ $e })
file-its-part-cannot-be-opened-3 = jego części „{ $name }” nie da się otworzyć ({ $e })
file-the-workbook-s-part-holds-2 = część „{ $name }” skoroszytu ma ponad { $max_elements } elementów XML: takie pliki (uszkodzone albo wrogie) są odrzucane
file-the-workbook-holds-more-than = skoroszyt ma ponad { $max } tekstów współdzielonych: takie pliki są odrzucane (uszkodzone, wrogie albo znacznie większe niż arkusz z ofertami)
file-sheet-spans-rows-columns = {" "}(arkusz „{ $name }” zajmuje { $rows } wierszy × { $cols } kolumn)
file-the-workbook-is-too-big = skoroszyt jest za duży, by bezpiecznie go odczytać: ten plik .xls wymaga ponad { $a0 } MB pamięci{ $detail }, a offerlens pozwala na { $a1 } MB — zapisz go jako .xlsx (czytany wiersz po wierszu) albo podziel
file-sheet-declares-rows-columns-more = arkusz „{ $sheet }” deklaruje { $rows } wierszy × { $cols } kolumn, więcej niż mieści arkusz .xls: takie pliki (uszkodzone albo wrogie) są odrzucane
file-the-workbook-is-too-big-2 = skoroszyt jest za duży, by bezpiecznie go odczytać: same teksty współdzielone i style wymagają ponad { $a0 } MB pamięci, a offerlens pozwala na { $a1 } MB — takie pliki (uszkodzone albo wrogie) są odrzucane
file-an-opendocument-file-but-not = plik OpenDocument, ale nie arkusz kalkulacyjny ({ $mime }): oczekiwano arkusza .ods
file-its-part-content-xml-cannot = jego części „content.xml” nie da się otworzyć ({ $e })
file-its-content-xml-nests-more = jego content.xml zagnieżdża się głębiej niż { $MAX_ODS_DEPTH } poziomów
file-sheet = arkusz „{ $a0 }”
file-is-too-big-to-read = { $sheet } jest za duży, by bezpiecznie go odczytać: po rozwinięciu powtarzanych wierszy i kolumn wymaga ponad { $a0 } MB pamięci (offerlens pozwala na { $a1 } MB dla pliku .ods) — usuń nieużywane wiersze i kolumny albo zapisz go jako .xlsx
file-its-ole-structure-is-broken = jego struktura OLE2 jest uszkodzona ({ $what })
file-its-stream-claims-to-be = jego strumień „{ $name }” deklaruje długość większą niż plik
file-its-stream-points-outside-the = jego strumień „{ $name }” wskazuje poza mini-strumień
file-its-part-cannot-be-opened-4 = jego części „{ $name }” nie da się otworzyć ({ $e })
file-its-part-cannot-be-unpacked-3 = jego części „{ $name }” nie da się rozpakować ({ $e })
file-a-record-in-its-part = rekord w części „{ $name }” deklaruje { $len } bajtów, więcej niż mieści ta część
file-the-workbook-s-part-holds-3 = część „{ $name }” skoroszytu ma ponad { $MAX_PART_ELEMENTS } rekordów: takie pliki (uszkodzone albo wrogie) są odrzucane
file-the-workbook-holds-more-than-2 = skoroszyt ma ponad { $a0 } tekstów współdzielonych: takie pliki są odrzucane (uszkodzone, wrogie albo znacznie większe niż arkusz z ofertami)
file-the-workbook-declares-or-holds = skoroszyt deklaruje albo zawiera { $n } tekstów współdzielonych, więcej niż { $max } czytanych przez offerlens: takie pliki są odrzucane (uszkodzone, wrogie albo znacznie większe niż arkusz z ofertami)
file-password = skoroszyt jest chroniony hasłem: zapisz kopię bez hasła (Zapisz jako, bez hasła) i wczytaj ją
file-xls-sheets-overlap = jego arkusze nachodzą na siebie albo się powtarzają
file-nothing = {""}
ole-unknown-sector-size = nieznany rozmiar sektora
ole-unknown-mini-sector-size = nieznany rozmiar mini-sektora
ole-no-root = brak katalogu głównego
ole-empty-root = pusty katalog główny
ole-stream-too-long = strumień dłuższy niż plik
ole-fat-loop = pętla w liście tablic alokacji
ole-fat-empty = pusta lista tablic alokacji
ole-fat-too-long = tablica alokacji jest dłuższa niż plik
file-ole-cut-short = plik jest ucięty: plik Office w starym formacie ma co najmniej 512 bajtów
file-ole-past-end = jego struktura OLE2 wskazuje poza koniec pliku
file-ole-chain-loops = łańcuch katalogów OLE2 się zapętla
file-ole-chain-outside = łańcuch OLE2 wskazuje poza swoją tablicę
file-ole-mini-chain = mini-łańcuch OLE2 jest uszkodzony
file-ods-cut-short = jego content.xml jest ucięty (dane arkusza kończą się w połowie)
file-ods-table-in-cell = jego content.xml zagnieżdża tabelę w komórce, czego nie da się bezpiecznie odczytać
file-ods-mismatched-tags = jego content.xml ma niepasujące znaczniki
file-the-workbook = skoroszyt
file-not-a-workbook = to nie skoroszyt: zawartość nie jest ani skoroszytem w formacie zip (.xlsx, .xlsm, .xlsb, .ods), ani starym plikiem .xls
file-panicked = nie udało się odczytać struktury skoroszytu (plik może być uszkodzony); pominięto go
file-reason = { $reason }
file-part-missing = nie ma tej części w pliku
file-csv-empty = plik jest pusty: oczekiwano wiersza nagłówków i jednego wiersza na ofertę
file-binary = zawartość binarna, nie tekst: oczekiwano pliku CSV (albo skoroszytu: .xlsx, .xls, .xlsb, .ods)
file-windows-1250 = to nie UTF-8: odczytano jako Windows-1250 (kodowanie, którym polski Excel zapisuje CSV)
file-empty-workbook = plik jest pusty (0 bajtów): oczekiwano arkusza kalkulacyjnego
file-no-sheets = skoroszyt nie ma arkuszy: oczekiwano arkusza z wierszem nagłówków i jednym wierszem na ofertę
file-sheet-hidden = ukryty
file-sheet-same-name = drugi arkusz o tej samej nazwie
file-sheet-chart = arkusz wykresu
file-sheet-dialog = arkusz okna dialogowego
file-sheet-macro = arkusz makr
file-sheet-vba = moduł VBA
file-no-visible-sheet = nie ma arkusza do odczytania: każdy arkusz skoroszytu jest ukryty albo jest wykresem (odkryj arkusz z ofertami)
file-workbook-empty = skoroszyt jest pusty: żaden widoczny arkusz nie ma komórek (oczekiwano wiersza nagłówków i jednego wiersza na ofertę)
file-ole-not-a-workbook = plik Office w starym formacie bez skoroszytu w środku (dokument Word .doc albo PowerPoint .ppt?): oczekiwano skoroszytu .xls
file-merges-too-big = scalonych obszarów jest za dużo albo są za duże: tylko część wypełniono wartością z lewej górnej komórki
file-cells-cut = uciętych komórek
file-formulas-without-result = formuł bez zapisanego wyniku
file-unreadable-cells = nieczytelnych komórek

## Wiersz poleceń, zapis i system plików

cli-expected-pl-or-en-found = oczekiwano pl albo en; jest „{ $a0 }”
cli-f-does-not-match-the = -f { $a0 } nie pasuje do nazwy pliku { $a1 }: użyj .{ $a2 } albo innego -f
cli-the-questionnaire-is-an-xlsx = kwestionariusz to skoroszyt .xlsx: nadaj plikowi rozszerzenie .xlsx, nie .{ $ext }
cli-not-utf-text-byte-save = to nie tekst UTF-8 (bajt { $a0 }): zapisz plik kryteriów w UTF-8
cli-unknown-profile-expected-one-of = nieznany profil „{ $name }”: oczekiwano jednego z: { $a0 }
cli-source-date-epoch-must-be = SOURCE_DATE_EPOCH musi być liczbą całkowitą sekund od 1970-01-01 (do roku 9999); jest „{ $text }”
cli-cannot-write = nie można zapisać: { $e }
cli-no-offers = nie podano ofert: wskaż pliki lub foldery z ofertami, np. `offerlens rank samples/agencies.csv`
cli-xlsx-needs-output = -f xlsx zapisuje skoroszyt: podaj plik opcją -o, np. `-o ranking.xlsx`
cli-output-failed = wynik: { $reason }
cli-nothing-written-kept = nic nie zapisano: { $file } pozostał bez zmian
cli-nothing-written-not-created = nic nie zapisano: { $file } nie został utworzony
cli-no-offers-read = nie udało się odczytać żadnej oferty
cli-issue = { $location }: { $severity }: { $message }
cli-error = błąd
cli-needs-terminal = ekran interaktywny wymaga terminala: wynik tekstowy daje `offerlens rank OFERTY` (albo `-f json|csv`)
cli-wrote-questionnaire = zapisano kwestionariusz „{ $name }” do { $file }: wyślij go agencjom, a wypełnione pliki oceń poleceniem: offerlens rank FOLDER { $option }
store-changed-on-disk = { $file } zmienił się na dysku od wczytania: nie zapisano (wczytaj go ponownie albo zapisz pod inną nazwą)
store-missing = { $file } już nie istnieje (przeniesiony lub usunięty po wczytaniu): nie zapisano (zapisz pod inną nazwą)
store-read-only = { $file } jest tylko do odczytu: nie zapisano (zezwól na zapis albo zapisz pod inną nazwą)
store-exists = { $file } już istnieje: nie zapisano (wybierz inną nazwę albo nadpisz go; stara wersja zostanie wtedy zachowana jako { $backup })
store-no-folder = nie można zapisać { $file }: folder { $folder } nie istnieje (utwórz go albo wybierz inne miejsce)
store-cannot-read = nie można odczytać { $file }: { $reason } (nie zapisano)
store-cannot-write = nie można zapisać { $file }: { $reason } (plik bez zmian)
store-is-a-folder = to folder: podaj plik do zapisu
store-read-only-not-replaced = jest tylko do odczytu: nie zastąpiono (zezwól na zapis albo wybierz inną nazwę)
store-folder-missing = folder { $folder } nie istnieje
store-is-the-criteria-file = to plik kryteriów: wybierz inną nazwę
store-is-an-offer-file = to jeden z plików z ofertami: wybierz inną nazwę
store-in-offers-folder = leży w folderze ofert { $folder }: następnym razem zostałby odczytany jako oferta; wybierz inny folder
io-not-found = nie ma takiego pliku ani folderu
io-permission-denied = brak uprawnień
io-is-a-directory = to folder
io-not-a-directory = to nie folder
io-already-exists = plik istnieje
io-storage-full = brak miejsca na dysku
io-read-only-filesystem = system plików tylko do odczytu
io-invalid-data = dane są niepoprawne
io-other = { $reason }

## Pliki kryteriów

edit-duplicate-id = id kryterium „{ $id }” występuje w pliku kryteriów więcej niż raz: najpierw nadaj unikalne id
edit-invalid-toml = plik kryteriów nie jest poprawnym TOML (wiersz { $line }, kolumna { $column }): { $message }
edit-invalid-weight = waga „{ $id }” musi być skończoną liczbą, 0 lub więcej, a nie { $weight }
edit-unknown-criterion = w pliku kryteriów nie ma kryterium o id „{ $id }”
edit-unsupported = w tym pliku kryteriów nie da się zmienić wag: { $why }
toml-a-number = liczbą
toml-a-number-between-and = liczbą od 0 do 1
toml-a-number-like-criterion = kryterium liczbowego
toml-a-number-of-zero-or = liczbą 0 lub większą (w jednostce kryterium)
toml-a-risk-cost-criterion-is = kryterium risk_cost jest wyliczane, nie odczytywane: usuń `columns`
toml-a-string = tekstem
toml-a-string-2 = tekstem
toml-a-table-business = tabelą ([business])
toml-a-table-criterion = tabelą ([[criterion]])
toml-a-table-exchange-rates-with = tabelą ([exchange_rates] z EUR = 4.30)
toml-a-table-of-answer-score = tabelą odpowiedź = ocena, np. {"{"} daily = 1.0, weekly = 0.5 {"}"}
toml-a-table-of-choice-phrases = tabelą wybór = [frazy], np. {"{"} continuous = ["na bieżąco"] {"}"}
toml-a-table-of-phrase-number = tabelą fraza = liczba, np. {"{"} "na czas nieokreślony" = 0 {"}"}
toml-a-table-or-true = tabelą albo true ({ $a0 })
toml-a-table-red-flag = tabelą ([[red_flag]])
toml-a-text = tekstem albo tabelą {"{"} pl = "…", en = "…" {"}"}
toml-a-text-criterion = kryterium tekstowego
toml-a-year-criterion = kryterium roku
toml-above-needs-threshold = czerwona flaga „{ $id }” (above) wymaga `threshold`
toml-an-array-of-strings = tablicą tekstów
toml-an-array-of-strings-2 = tablicą tekstów
toml-an-array-of-tables-criterion = tablicą tabel ([[criterion]])
toml-an-array-of-tables-red = tablicą tabel ([[red_flag]])
toml-any-criterion = kryterium
toml-applies-to-applies-to-window = `applies_to` dotyczy kryteriów okna obsługi (kind = "window"), nie „{ $a0 }”
toml-applies-to-names-a-criterion = `applies_to` wymienia „{ $name }”, kryterium rodzaju { $a0 }: okno dotyczy tylko czasów
toml-applies-to-names-which-no = `applies_to` wymienia „{ $name }”, którego nie definiuje żadne [[criterion]]{ $hint }
toml-as-of-must-be-a = `as_of` musi być rokiem, np. 2026
toml-best-and-worst-must-differ = `best` i `worst` muszą się różnić przy ocenie liniowej (oba wynoszą { $a0 })
toml-best-and-worst-together = `best` i `worst` idą w parze (ocena liniowa wymaga obu)
toml-better-applies-to-number-like = `better` dotyczy rodzajów liczbowych, nie „{ $a0 }”
toml-better-contradicts-best-and-worst = better = "{ $a0 }" przeczy best = { $a1 } i worst = { $a2 } (best jest { $a3 } niż worst)
toml-cannot-locate-criterion-in-the = nie można odnaleźć kryterium „{ $id }” w tekście
toml-choice-aliases-names-which-is = choice_aliases wymienia „{ $key }”, którego nie ma wśród odpowiedzi { $a0 }{ $hint }
toml-choice-aliases-needs-a-choices = `choice_aliases` wymaga tabeli `choices` w tym samym kryterium
toml-choice-scores-a-choice-score = odpowiedź „{ $a0 }” ma ocenę { $a1 }: ocena odpowiedzi musi być między 0 a 1
toml-choices-applies-to-kind-choice = `choices` dotyczy rodzaju "choice", nie „{ $a0 }”
toml-choices-is-empty-list-the = `choices` jest puste: wypisz możliwe odpowiedzi z ocenami, np. {"{"} daily = 1.0, weekly = 0.5 {"}"}
toml-criteria-is-empty-name-the = `criteria` jest puste: wymień kryteria, których brak wywołuje flagę
toml-criterion-id-must-use-only = id kryterium „{ $id }” może zawierać tylko a-z, 0-9 i _ (np. "p1_response")
toml-criterion-is-missing-the-required = w [[criterion]] brakuje wymaganego klucza `id`
toml-criterion-is-of-kind-choice = kryterium „{ $id }” jest rodzaju "choice", ale nie ma tabeli `choices` (odpowiedź = ocena 0..1)
toml-criterion-must-be-an-array = `criterion` musi być tablicą tabel ([[criterion]]); jest { $a1 }
toml-criterion-must-hold-tables-found = `criterion` musi zawierać tabele; jest { $a1 }
toml-currency-must-be-a-three = `currency` musi być trzyliterowym kodem ISO, np. "PLN" albo "EUR"; jest „{ $c }”
toml-did-you-mean = {" "}(czy chodzi o `{ $key }`?)
toml-duplicate-criterion-id-first-defined = powtórzone id kryterium „{ $id }” (pierwsza definicja w wierszu { $first_line })
toml-duplicate-flag-id = powtórzone id czerwonej flagi „{ $id }”
toml-every-criterion-has-weight-give = każde kryterium ma wagę 0: nadaj co najmniej jednemu wagę dodatnią
toml-exchange-rates-is-the-criteria = [exchange_rates] { $code } to waluta samych kryteriów: usuń ten wpis
toml-exchange-rates-keys-are-three = klucze [exchange_rates] to trzyliterowe kody walut, np. EUR; jest „{ $code }”
toml-exchange-rates-must-be-a = [exchange_rates] { $code } musi być liczbą większą od 0: ile kosztuje 1 { $code } w { $currency }, np. 4.30
toml-expected-one-of = ; oczekiwano jednego z: { $a0 }
toml-give-either-penalty-or-action = podaj albo `penalty`, albo action = "disqualify", nie oba
toml-group-must-be-one-of = `group` musi być jedną z: { $a0 }; jest „{ $g }”{ $hint }
toml-invalid = niepoprawny TOML: { $message }
toml-is-a-list-of-tables = [[{ $k }]] to lista tabel; { $a0 } to jedna tabela, zapisywana [{ $k }] (pojedyncze nawiasy)
toml-is-a-single-table-is = [{ $k }] to pojedyncza tabela; { $a0 } zapisuje się [[{ $k }]] (podwójne nawiasy)
toml-is-above = { $criterion } przekracza { $threshold }
toml-is-empty-write = `{ $key }` jest puste: wpisz { $expected }
toml-is-more-than-years-old = { $criterion } sprzed ponad { $years } lat
toml-is-not-a-usable-number = `{ $key }` nie jest użyteczną liczbą (za duża, inf albo nan)
toml-is-only-used-by-linear = `{ $key }` służy tylko ocenie liniowej, a scoring = "{ $name }"
toml-is-or-more-below-the = { $criterion } o { $a0 }% lub więcej poniżej średniej pozostałych ofert
toml-is-or-more-below-the-2 = { $criterion } o { $a0 }% lub więcej poniżej mediany pozostałych ofert
toml-is-vague-ask-for-a = { $criterion } jest ogólnikowe: poproś o listę tego, co obejmuje
toml-item-business = kontekst biznesowy
toml-item-criterion = każde kryterium
toml-item-red-flag = każda czerwona flaga
toml-linear-scoring-needs-the-values = ocena liniowa wymaga { $a0 } (wartości dających 1 i 0)
toml-min-items-must-be-a = `min_items` musi być liczbą całkowitą, 0 lub więcej
toml-missed-sla-share-is-a = `missed_sla_share` to udział zgłoszeń od 0 do 1 (0.2 to jedna piąta); jest { $share }
toml-missing-required-key-name-the = brak wymaganego klucza `name` (tytuł zestawu kryteriów, np. name = "MŚP z regularnym ruchem")
toml-must-be-found = `{ $key }` musi być { $expected }; jest { $found ->
    [string] tekst
    [integer] liczbę całkowitą
    [float] liczbę
    [boolean] wartość logiczną
    [datetime] datę
    [array] tablicę
    [table] tabelę
   *[other] { $found }
}
toml-must-be-one-of-found = `{ $key }` musi być jednym z: { $a0 }; jest „{ $s }”{ $hint }
toml-must-be-or-more-found = `{ $key }` musi wynosić 0 lub więcej; jest { $a0 }
toml-name-must-not-be-empty = `name` nie może być puste
toml-no-answer-for = brak odpowiedzi dla { $a0 }
toml-no-criteria-add-at-least = brak kryteriów: dodaj co najmniej jedną tabelę [[criterion]]
toml-older-than-needs-years = czerwona flaga „{ $id }” (older_than) wymaga `years`
toml-penalty-is-points-off-the = `penalty` to punkty odejmowane od wyniku 0–100: między 0 a 100; jest { $a0 }
toml-per-applies-to-money-and = `per` dotyczy kryteriów kwot i liczb ("month", "hour"…), nie „{ $a0 }”
toml-prevents-applies-to-bool-and = `prevents` dotyczy kryteriów tak/nie i wyboru (zabezpieczenie, które oferta ma albo nie), nie „{ $a0 }”
toml-prevents-is-the-share-of = `prevents` to udział zapobieganych zgłoszeń od 0 do 1 (0.2 to jedna piąta); jest { $a0 }
toml-ratio-must-be-above-and = `ratio` musi być większe od 0 i najwyżej 1 (0.7 oznacza 30% lub więcej poniżej); jest { $a0 }
toml-read-as-a-phrase-stands = `read_as` „{ $phrase }” = { $a0 }: fraza oznacza liczbę 0 lub większą, w jednostce kryterium
toml-read-as-applies-to-number = `read_as` dotyczy kryteriów liczb, procentów i czasów, nie „{ $a0 }”
toml-red-flag-is-missing-rule = czerwonej fladze „{ $id }” brakuje `rule` (jedna z: { $a0 })
toml-red-flag-is-missing-the = w [[red_flag]] brakuje wymaganego klucza `id`
toml-red-flag-names-criterion-which = czerwona flaga „{ $a0 }” wymienia kryterium „{ $c }”, które nie jest zdefiniowane{ $hint }
toml-red-flag-names-criterion-which-2 = czerwona flaga „{ $a0 }” wymienia kryterium „{ $c }”, które nie jest zdefiniowane
toml-red-flag-vague-text-needs = czerwona flaga „{ $a0 }” (vague_text) wymaga `patterns` albo `min_items`
toml-require-false-demands-nothing-remove = require = false niczego nie wymaga: usuń je albo wpisz require = true
toml-require-fits-only-bool-criteria = require = { $b } pasuje tylko do kryteriów tak/nie; dla „{ $a0 }” użyj { $a1 }
toml-require-is-empty-use = `require` jest puste: użyj { $a0 }
toml-require-min-is-above-max = require min = { $lo } jest większe niż max = { $hi }: żadna oferta nie przejdzie
toml-require-min-max-fits-number = require min/max pasuje do kryteriów liczbowych; dla „{ $a0 }” użyj { $a1 }
toml-require-one-of-fits-choice = require one_of pasuje do kryteriów wyboru i tekstu; dla „{ $a0 }” użyj { $a1 }
toml-require-one-of-is-empty = require one_of jest puste: żadna oferta nie przejdzie
toml-require-one-of-names-which = require one_of wymienia „{ $item }”, którego nie ma wśród odpowiedzi ({ $a0 })
toml-rule-needs-but-is-of = reguła „{ $a0 }” wymaga: { $what }, a „{ $c }” jest rodzaju "{ $a1 }"
toml-rule-needs-criterion = reguła „{ $rule }” wymaga `criterion`
toml-scoring-applies-to-number-like = `scoring` dotyczy rodzajów liczbowych; kryteria „{ $a0 }” ocenia się po odpowiedzi
toml-section = { $name }
toml-takes-the-languages-pl-and = `{ $key }` przyjmuje języki pl i en; jest „{ $other }”
toml-the-criteria-file = pliku kryteriów
toml-the-weight-of-is-not = waga „{ $id }” nie jest liczbą (wpisz ją jako `weight = 1`)
toml-unit-does-not-apply-to = `unit` nie dotyczy rodzaju „{ $a0 }” (czasy przyjmują "min", "h", "d" albo "mo"; liczby dowolną etykietę)
toml-unknown-duration-unit-expected-min = nieznana jednostka czasu „{ $u }”: oczekiwano "min", "h", "d" albo "mo"
toml-unknown-key-in = nieznany klucz `{ $k }` w { $what }{ $hint }
toml-vat-rate-is-a-percentage = `vat_rate` to procent od 0 do poniżej 100, np. 23; jest { $a0 }
toml-vendor-columns-must-name-at = `vendor_columns` musi wymieniać co najmniej jeden nagłówek, np. ["Agencja", "Vendor"]
toml-weight-must-be-or-more = waga musi wynosić 0 lub więcej; jest { $a0 }
toml-years-must-be-a-whole = `years` musi być liczbą całkowitą, 0 lub więcej

## Raport Markdown

md-title = Ranking ofert: { $name }
md-compared = porównano { $offers } { $offers ->
    [one] ofertę
    [few] oferty
   *[many] ofert
}, w rankingu { $ranked }, odrzucono { $out } · { $method } · kryteria { $origin }
md-nobody-passed = Żadna oferta nie spełniła kryteriów odrzucających.
md-winners-tied = Zwycięzcy ex aequo: { $names } ({ $score } pkt)
md-tied-note = { $count } { $count ->
    [few] oferty dzielą
   *[many] ofert dzieli
} pierwsze miejsce. (Ten sam wykonawca mógł przysłać więcej niż jeden plik.)
md-winner = Zwycięzca: { $name } ({ $score } pkt)
md-only-one-passed = Jedyna oferta, która spełniła kryteria odrzucające.
md-ranking = Ranking
md-monthly-cost-in = Koszt miesięczny ({ $currency })
md-risk-cost-in = Koszt z ryzykiem ({ $currency })
md-notes = Uwagi
md-red-flags-count = { $n } { $count ->
    [one] czerwona flaga
    [few] czerwone flagi
   *[many] czerwonych flag
}
md-blanks-count = braki odpowiedzi: { $n }
md-ranking-legend = Wynik 0–100. Koszt miesięczny: abonament plus godziny potrzebne ponad pulę według stawki godzinowej. Koszt z ryzykiem: koszt miesięczny plus spodziewany koszt przestojów i utraty danych dla firmy (składniki poniżej).
md-risk-terms = Koszt ryzyka według składników ({ $currency })
md-risk-terms-legend = abonament i dodatkowe godziny: koszt miesięczny; przestoje: spodziewane awarie krytyczne (mniej przy oferowanych zabezpieczeniach) × czas przywrócenia (plus oczekiwanie na okno w godzinach pracy) albo przestój dopuszczony gwarancją dostępności, jeśli jest większy, × przychód na godzinę; utrata danych: awarie × RPO × wartość godziny danych; kary umowne (odejmowane): spodziewane kary za niedotrzymanie SLA, czyli udział awarii przekraczających SLA × kara obiecana w ofercie (procent abonamentu), najwyżej abonament.
md-knockouts = Oferty odrzucone
md-red-flags = Czerwone flagi
md-remarks = Uwagi w ofertach
md-weights = Użyte wagi
md-group = Grupa
md-data-issues = Problemy z danymi
md-issues-count = przy czytaniu ofert: { $errors } { $errors ->
    [one] błąd
    [few] błędy
   *[many] błędów
}, { $warnings } { $warnings ->
    [one] ostrzeżenie
    [few] ostrzeżenia
   *[many] ostrzeżeń
}:
md-audit = Metryka
md-leads = { $first } wyprzedza { $second } o { $lead } pkt.
md-leads-topsis = { $first } wyprzedza { $second } o { $lead } pkt (TOPSIS: różnice poniżej to oceny kryteriów ważone ich udziałem).
md-against = { $label }: { $this } wobec { $that } (+{ $points })
md-gains = Gdzie zyskuje najwięcej:
md-better = Gdzie lepsza jest oferta { $name }:
export-no-answer = brak odpowiedzi
audit-tool = Narzędzie
audit-generated = Wygenerowano
audit-no-timestamp = (bez znacznika czasu)
audit-criteria = Kryteria
audit-criteria-sha = Kryteria sha256
audit-profile = Profil
audit-method = Metoda
audit-input = Plik wejściowy { $path }

## Jednostki z wbudowanych kryteriów

unit-working-days = dni rob.

## Skoroszyt XLSX

xlsx-col-rank = Miejsce
xlsx-col-vendor = Wykonawca
xlsx-col-score = Wynik
xlsx-col-blanks = Braki
xlsx-col-knock-outs = Odrzucenia
xlsx-col-red-flags = Czerwone flagi
xlsx-col-status = Status
xlsx-col-cost-note = Uwaga do kosztu
xlsx-col-source = Źródło
xlsx-col-notes = Uwagi
xlsx-col-criterion = Kryterium
xlsx-col-label = Nazwa
xlsx-col-raw-answer = Odpowiedź
xlsx-col-value = Wartość
xlsx-col-unit = Jednostka
xlsx-col-score-0-1 = Ocena (0–1)
xlsx-col-points = Punkty
xlsx-col-kind = Rodzaj
xlsx-col-id-criterion = Id / kryterium
xlsx-col-message = Komunikat
xlsx-col-penalty = Kara
xlsx-knock-out = odrzucenie
xlsx-red-flag = czerwona flaga
xlsx-col-id = Id
xlsx-col-group = Grupa
xlsx-col-weight = Waga
xlsx-col-share = Udział
xlsx-col-rule = Reguła
xlsx-col-missing = Brak odpowiedzi
xlsx-col-weight-in-file = Waga w pliku
xlsx-col-item = Pozycja
xlsx-not-set = nie ustawiono
xlsx-currency = Waluta
xlsx-support-hours-needed-per-month = Potrzebne godziny wsparcia w miesiącu
xlsx-critical-incidents-per-year = Awarie krytyczne w roku
xlsx-weights = Wagi
xlsx-offers = Oferty
xlsx-knocked-out = Odrzucone
xlsx-import-issues = Problemy przy imporcie
xlsx-business-context = Kontekst biznesowy
xlsx-this-ranking = Ten ranking
xlsx-sheet-ranking = Ranking
xlsx-sheet-breakdown = Szczegóły
xlsx-sheet-flags = Flagi
xlsx-sheet-criteria = Kryteria
xlsx-sheet-audit = Metryka
xlsx-too-big = { $offers } ofert × { $criteria } kryteriów to { $answers } odpowiedzi, więcej niż { $max }, które mieści skoroszyt XLSX (po wierszu w arkuszu Szczegóły; ok. 20 000 ofert po 49 kryteriów): zapisz CSV albo JSON (-f csv, -f json)
xlsx-cannot-write = nie można zapisać skoroszytu XLSX: { $reason }
xlsx-title = Ranking: { $name }
xlsx-subject = Porównanie ofert
xlsx-revenue-per-hour = Przychód tracony na godzinę przestoju ({ $currency })
xlsx-weights-tuned = zmienione w sesji: różnią się od pliku kryteriów (zob. Kryteria)
xlsx-weights-as-in-file = jak w pliku kryteriów
xlsx-issues-count = { $errors } { $errors ->
    [one] błąd
    [few] błędy
   *[many] błędów
}, { $warnings } { $warnings ->
    [one] ostrzeżenie
    [few] ostrzeżenia
   *[many] ostrzeżeń
} (szczegóły: `offerlens check`)
xlsx-status-knocked-out = odrzucona: { $reasons }
xlsx-status-ranked = w rankingu
xlsx-rows-left-out = … pominięto jeszcze { $count } { $count ->
    [one] wiersz
    [few] wiersze
   *[many] wierszy
}: arkusz mieści najwyżej 1 048 576 wierszy (zob. eksport JSON albo CSV)

## Kwestionariusz: dlaczego nie można go utworzyć

form-nothing-to-ask = żadne kryterium nie jest wypełniane przez wykonawców (są tylko wyliczane): nie ma o co pytać
form-no-name-reads-back = kryterium „{ $id }”: żadna z jego nazw (columns, label, id) nie zostanie odczytana z kwestionariusza jako to kryterium; każda jest pusta, jest nagłówkiem wykonawcy albo zajęło ją wcześniejsze kryterium
form-no-vendor-header = kryteria nie podają użytecznego nagłówka wykonawcy (`vendor_columns`)
form-vendor-header-unreadable = nagłówka wykonawcy „{ $name }” nie dałoby się odczytać z kwestionariusza
form-cannot-build = nie można utworzyć kwestionariusza: { $reason }

## Więcej uwag z odczytu i rodzaje plików

cell-none-read-as-no = „{ $shown }” (brak) odczytano jako nie
cell-none-read-as-zero = „{ $shown }” (brak) odczytano jako 0
cell-none-read-as-choice = „{ $shown }” (brak) odczytano jako „{ $key }”
file-kind-pipe = nazwany potok
file-kind-socket = gniazdo
file-kind-device = urządzenie
file-kind-folder = folder
file-kind-special = urządzenie, potok albo gniazdo
file-kind-docx = dokument Word (.docx)
file-kind-pptx = plik PowerPoint (.pptx)
file-kind-zip = archiwum zip
cli-criteria-ok = { $origin }: OK · „{ $name }” · { $criteria } { $criteria ->
    [one] kryterium
    [few] kryteria
   *[many] kryteriów
} · { $method } · suma wag { $total }

## Pomoc wiersza poleceń

help-heading-usage = Użycie:
help-heading-commands = Polecenia
help-heading-arguments = Argumenty
help-heading-options = Opcje
help-flag-help = Wyświetla pomoc
help-flag-version = Wyświetla wersję
help-about-offerlens = Porównuje oferty wykonawców (przede wszystkim agencji opiekujących się stronami) i układa ranking według ryzyka biznesowego.
help-about-rank = Ocenia oferty i układa ranking.
help-about-check = Tylko diagnostyka: co odczytano, czego nie udało się odczytać i gdzie.
help-about-tui = Ekran interaktywny: ranking na żywo, strojenie wag, porównanie, zapis.
help-about-template = Kwestionariusz do wysłania agencjom (xlsx), zbudowany z kryteriów.
help-arg-offers = Pliki lub foldery z ofertami (czytany jest każdy arkusz w środku)
help-arg-check-offers = Pliki lub foldery z ofertami; bez nich sprawdzane są tylko kryteria
help-arg-lang = Język wyników: pl albo en (domyślnie z LC_ALL, LC_MESSAGES lub LANG; ustawienia pl_* to polski, pozostałe angielski)
help-arg-criteria = Plik kryteriów TOML
help-arg-profile = Wbudowany profil: info-site, sme albo ecommerce. Domyślnie: sme
help-arg-max_rows = Najwięcej wierszy czytanych z jednego arkusza lub pliku CSV (domyślnie: 50000)
help-arg-max_file_mb = Największy czytany plik z ofertą, w MB (domyślnie: 100)
help-arg-max_memory_mb = Pamięć na komórki wszystkich plików z ofertami w tym przebiegu łącznie, w MB (domyślnie: 420)
help-arg-format = Format wyniku: table (tekst na 80 kolumn), json (dla programów, z metryką), csv (wiersz na ofertę), md (raport do wklejenia w e-mail), xlsx (skoroszyt dla działu zakupów; wymaga -o), html (jedna strona z wykresami dla zarządu, drukuje się na A4)
help-arg-output = Plik do zapisania (zapis atomowy; - to standardowe wyjście)
help-arg-template-output = Plik do zapisania: ankieta (.xlsx) albo, z --ratings, arkusz ocen (.xlsx lub .ods)
help-arg-csv_dialect = Odmiana CSV: rfc4180 (przecinek, kropka dziesiętna) albo pl (średnik, przecinek dziesiętny, dla polskiego Excela)
help-arg-no_timestamp = Bez czasu w metryce: te same dane dają te same bajty
help-arg-brief = Dla każdej tabeli liczba dopasowanych kolumn i tylko błędy oraz ostrzeżenia
help-value-OPTIONS = OPCJE
help-value-COMMAND = POLECENIE
help-value-FILE = PLIK
help-value-OFFERS = OFERTY
help-value-PROFILE = PROFIL
help-value-FORMAT = FORMAT

## Kwestionariusz: pytania

form-q-p1-response = Jaki jest gwarantowany czas reakcji na awarię krytyczną (P1), np. niedziałającą stronę?
form-q-p1-rto = W jakim czasie przywrócą Państwo działanie strony po awarii krytycznej P1 (RTO)?
form-q-rpo = Ile danych najwyżej możemy stracić przy awarii (RPO), tj. z jakiego momentu najpóźniej odtworzą Państwo dane?
form-q-p2-response = Jaki jest gwarantowany czas reakcji na problem średniej wagi (P2), np. błąd ważnej funkcji?
form-q-p2-rto = W jakim czasie przywrócą Państwo pełne działanie po problemie średniej wagi (P2)?
form-q-p3-response = Jaki jest czas reakcji na drobny problem (P3)?
form-q-p3-rto = W jakim czasie usuwają Państwo drobny problem (P3)?
form-q-p4-response = Jaki jest czas reakcji na zgłoszenie o najniższym priorytecie (P4), np. prośbę o zmianę lub poprawkę wyglądu?
form-q-p4-rto = W jakim czasie realizują Państwo zgłoszenie P4?
form-q-weekend-coverage = Czy obsługują Państwo zgłoszenia w weekendy i święta: wszystkie, tylko awarie krytyczne (P1), czy wcale?
form-q-sla-hours = W jakich dniach i godzinach liczą się czasy SLA (np. 24/7 albo pn–pt 8–16)?
form-q-patching = Jak szybko od publikacji instalują Państwo krytyczne łatki bezpieczeństwa?
form-q-waf = Czy usługa obejmuje zaporę aplikacyjną (WAF)?
form-q-recovery-drills = Czy przeprowadzają Państwo ćwiczenia odtwarzania po awarii (DR), które potwierdzają deklarowany czas przywrócenia?
form-q-monitoring-24-7 = Czy monitorują Państwo stronę całą dobę, 7 dni w tygodniu?
form-q-backup-frequency = Jak często wykonują Państwo kopie zapasowe strony i bazy danych?
form-q-backup-retention = Jak długo przechowują Państwo kopie zapasowe?
form-q-restore-tests = Jak często sprawdzają Państwo, czy stronę da się odtworzyć z kopii zapasowej?
form-q-security-owner = Kto odpowiada za bezpieczeństwo strony: agencja, klient, czy obie strony wspólnie?
form-q-cms-updates = Czy usługa obejmuje regularne aktualizacje CMS i wtyczek?
form-q-dev-hours = Ile godzin drobnych prac programistycznych miesięcznie obejmuje usługa?
form-q-scope = Co dokładnie obejmuje usługa? Prosimy wymienić wszystkie elementy (np. aktualizacje, kopie zapasowe, monitoring, godziny prac), każdy osobno.
form-q-uptime = Jaką dostępność strony (uptime) gwarantują Państwo w umowie?
form-q-kpi-uptime = Czy w raportach podają Państwo dostępność strony (uptime)?
form-q-kpi-mttr = Czy raportują Państwo średni czas wykrycia i usunięcia awarii (MTTD / MTTR)?
form-q-kpi-web-vitals = Czy raportują Państwo szybkość ładowania strony (LCP, TTFB)?
form-q-kpi-5xx = Czy raportują Państwo odsetek błędów serwera (5xx)?
form-q-monthly-report = Czy co miesiąc przekazują Państwo raport z wykonanych prac?
form-q-change-history = Czy prowadzą Państwo historię zmian na stronie, do której mamy wgląd?
form-q-stats-access = Czy będziemy mieć dostęp do statystyk wydajności strony?
form-q-industry-match = Dla jakich klientów pracują Państwo najczęściej (sklepy internetowe, strony firmowe, portale informacyjne, różni)?
form-q-latest-reference-year = W którym roku zakończyli Państwo najnowszy projekt, o który możemy zapytać klienta (referencja)?
form-q-case-study-stack = Czy mogą Państwo pokazać case study projektu w naszej technologii?
form-q-inquiry-response-days = Wypełnia zamawiający: po ilu dniach roboczych agencja odpowiedziała na zapytanie ofertowe.
form-q-audit-time = W jakim czasie od rozpoczęcia współpracy przekażą Państwo audyt startowy (inwentaryzacja, ryzyka, krytyczne braki)?
form-q-plan-90-days = Czy po audycie przygotują Państwo plan na pierwsze 90 dni (krytyczne poprawki, stabilizacja, szybka poprawa wydajności)?
form-q-sla-pilot = Czy zgadzają się Państwo na pilotaż SLA (30–90 dni) z uzgodnionymi wskaźnikami i raportowaniem?
form-q-monthly-fee = Jaka jest miesięczna opłata abonamentowa?
form-q-hourly-rate = Jaka jest stawka za godzinę pracy ponad pulę godzin w abonamencie?
form-q-hours-included = Ile godzin pracy miesięcznie obejmuje abonament?
form-q-sla-credits = Jaką karę umowną lub rabat (w % abonamentu) przewidują Państwo za każde przekroczenie czasów SLA?
form-q-contract-term = Na jaki minimalny okres zawierana jest umowa (np. 12 miesięcy, czas nieokreślony)?
form-q-notice-period = Jaki jest okres wypowiedzenia umowy?
form-q-hours-rollover = Czy godziny niewykorzystane w danym miesiącu przechodzą na kolejny miesiąc (tak), czy przepadają (nie)?
form-q-billing-model = Jak rozliczana jest współpraca: abonament, pakiet godzin czy rozliczenie godzinowe?
form-q-price-indexation = Czy i jak cena może wzrosnąć w trakcie umowy (brak waloryzacji, o wskaźnik inflacji GUS, według cennika)?
form-q-accounts-owner = Na kogo zarejestrowane są konta hostingu, domeny i analityki: na nas (klienta) czy na agencję?
form-q-exit-handover = Czy po zakończeniu umowy przekażą Państwo wszystkie dostępy, hasła i dokumentację?
form-derived-bool = Czy oferta obejmuje: { $name }?
form-derived-choice = { $name }: prosimy wybrać odpowiedź z listy.
form-derived-money = Prosimy podać cenę: { $name }.
form-derived-year = Prosimy podać rok: { $name }.
form-derived-text = Prosimy opisać: { $name }.
form-derived-other = Prosimy podać: { $name }.

## Kwestionariusz: tytuł i instrukcja

form-title = Ankieta ofertowa: opieka techniczna nad stroną internetową
form-end = Dziękujemy! Prosimy odesłać wypełniony plik (.xlsx).
form-howto = Jak wypełnić: prosimy wpisać { $agency ->
    [yes] nazwę agencji
   *[no] pełną nazwę firmy
} w żółtym polu „{ $field }”, a odpowiedzi w kolumnie „Odpowiedź”: jedna odpowiedź w wierszu, z jednostką (np. „15 min”, „4 h”, „1 450 { $currency ->
    [PLN] zł
   *[other] { $currency }
} netto”, „99,9 %”). Gdzie komórka ma listę, prosimy wybrać z niej odpowiedź. Komentarze i zastrzeżenia prosimy wpisać w kolumnie „Uwagi”. Jeśli czegoś nie ma w ofercie, prosimy wpisać „brak” albo „nie”.{ $buyer ->
    [yes] {" "}Wiersze z szarym polem odpowiedzi („Wypełnia zamawiający”) wypełnia zamawiający: prosimy je pominąć.
   *[no] {""}
} Prosimy nie zmieniać układu arkusza (nie dodawać ani nie usuwać wierszy i kolumn): odpowiedzi są odczytywane automatycznie. Arkusz jest chroniony bez hasła, żeby pytań nie zmienić przez pomyłkę: pola nazwy, odpowiedzi i uwag edytuje się zwyczajnie, a gdyby trzeba było zmienić coś więcej, ochronę zdejmuje się bez hasła (Recenzja › Nie chroń arkusza).
form-group-scope = Zakres usług
form-group-sla = SLA i przywracanie działania
form-group-security = Bezpieczeństwo
form-group-performance = Wydajność i wskaźniki (KPI)
form-group-reporting = Raportowanie
form-group-price = Cena
form-group-references = Doświadczenie i referencje
form-group-communication = Komunikacja
form-group-onboarding = Wdrożenie
form-group-other = Inne

## Kwestionariusz: jednostki, podpowiedzi i polecenia

form-unit-minutes = minuty
form-unit-hours = godziny
form-unit-days = dni
form-unit-months = miesiące
form-unit-window = dni i godziny (np. 24/7)
form-unit-percent = % (np. 99,9)
form-unit-bool = tak / nie
form-unit-choice = wybór z listy
form-unit-text = opis, punkt po punkcie
form-unit-year = rok (np. 2025)
form-unit-working-days = dni robocze
form-unit-number = liczba
form-unit-required = odpowiedź obowiązkowa
form-unit-money-pln = zł netto
form-net = netto
form-required = wymagane
form-pick-list-notes = Prosimy wybrać odpowiedź z listy; komentarz można wpisać w kolumnie Uwagi.
form-pick-list = Prosimy wybrać z listy.
form-choice = Wybór
form-one-of = Jedna z odpowiedzi: { $entries }
form-hint-minutes = Np. 15 min, 1 h.
form-hint-hours = Np. 4 h, 30 min, 2 dni.
form-hint-days = Np. 30 dni.
form-hint-months = Np. 12 miesięcy.
form-hint-window = Np. 24/7, pn–pt 8–16.
form-hint-money = Np. 1 450 { $currency ->
    [PLN] zł
   *[other] { $currency }
} netto.
form-hint-percent = Np. 99,9 %.
form-hint-year = Np. 2025.
form-hint-text = Prosimy wymienić punkty, każdy osobno (przecinek, średnik lub nowa linia).
form-hint-number = Liczba, np. 8.
form-agency-name = Pełna nazwa agencji
form-company-name = Pełna nazwa firmy
form-buyer-fills = Tę odpowiedź wpisuje zamawiający.
form-group-contract = Warunki umowy

## Wyjaśnienie: dlaczego jedna oferta wygrywa z drugą

explain-unknown-vendor = nie ma oferty „{ $name }”: wykonawcy to { $vendors }
explain-needs-two = wyjaśnienie porównuje dwie oferty, a odczytano { $offers }
explain-same-offer = --vendor i --vs wskazują tę samą ofertę, { $vendor }: wskaż dwie
explain-part = { $label } (+{ $points })
explain-gains = wygrywa głównie dzięki: { $parts }
explain-no-gains = nie zyskuje na żadnym kryterium
explain-losses-not-enough = ; { $second } jest lepsza w: { $parts }, ale to nie wystarcza
explain-losses-enough = ; { $second } jest lepsza w: { $parts } i to przesądza
explain-no-losses = ; { $second } nie jest lepsza w niczym
explain-sentence = { $first } { $gains }{ $losses } (różnica wyniku { $lead }).
explain-title = { $first } wobec { $second } · Δ { $lead }
explain-penalties = Kary za czerwone flagi
explain-not-additive = TOPSIS (albo wynik zatrzymany na 0) nie dzieli się na punkty: kolumny pokazują ocenę kryterium ważoną jego udziałem, a nie części wyniku.
explain-knocked-out = { $vendor } odrzucona:
help-about-explain = Dlaczego jedna oferta wygrywa z drugą, kryterium po kryterium.
help-arg-vendor = Oferta do wyjaśnienia (domyślnie lider); wielkość liter i polskie znaki nie mają znaczenia
help-arg-vs = Oferta do porównania (domyślnie druga w rankingu albo lider)
help-arg-explain-format = Format wyniku: table, json albo md
help-value-NAME = NAZWA
explain-gains-behind = zyskuje najwięcej dzięki: { $parts }

## Wrażliwość: na ile pewny jest zwycięzca

sens-title = Na ile to pewne?
sens-first = Szansa na pierwsze miejsce
sens-first-note = ({ $samples } losowań wag, każda waga do { $spread } % od obecnej, ziarno { $seed })
sens-tipping = Punkty zwrotne
sens-tip-down = jeśli waga „{ $label }” spadnie z { $from } do { $to }, prowadzi { $vendor }
sens-tip-up = jeśli waga „{ $label }” wzrośnie z { $from } do { $to }, prowadzi { $vendor }
sens-no-tipping = Żadna pojedyncza waga nie zmienia lidera.
sens-topsis = TOPSIS: punkty zwrotne liczone są tylko dla sumy ważonej; szansa na pierwsze miejsce i cena wygranej są pokazane.
sens-price = Cena wygranej
sens-price-line = { $vendor } prowadziłaby przy { $fee } miesięcznie
sens-no-fee-criterion = kryteria nie mają kryterium monthly_fee
sens-knocked-out = odrzucona: żadna cena tego nie zmieni
sens-not-even-free = nie byłaby pierwsza nawet przy cenie 0
sens-dominated = Oferty bez szans na wygraną
sens-dominated-line = { $vendor } na każdym kryterium dorównuje jej albo ją wyprzedza { $by }
sens-none = Brak.
sens-reversal = Kolejność zależna od innych ofert
sens-reversal-line = bez { $removed }: { $pairs } zamieniają się miejscami
sens-bad-options = --spread to procent od 0 do 100, a --samples od 1 do 1 000 000
sens-nothing-ranked = żadna oferta nie jest w rankingu (wszystkie odrzucone): nie ma czego ważyć
help-about-sensitivity = Na ile pewny jest zwycięzca: punkty zwrotne, szansa na pierwsze miejsce, cena wygranej.
help-arg-samples = Liczba losowań wag do szansy na każde miejsce (domyślnie: 10000)
help-arg-spread = Na ile każda waga może się różnić, w procentach, 0–100 (domyślnie: 30)
help-arg-seed = Ziarno losowań: to samo ziarno daje te same wyniki (domyślnie: 2026)
help-arg-sensitivity-format = Format wyniku: table, json albo md
help-value-N = N
help-value-PCT = PROC
help-value-S = Z
tui-explain-needs-two = Wyjaśnienie porównuje dwie oferty: potrzebne są co najmniej dwie.
help-explain = dlaczego lider wygrywa z wybraną ofertą
cli-errors-while-reading = przy czytaniu ofert: { $errors } { $errors ->
    [one] błąd
    [few] błędy
   *[many] błędów
}; te komórki liczą się jako brak odpowiedzi (wymienia je `offerlens check`)
sens-left-out = Cena wygrywająca, oferty bez szans i odwrócenie kolejności dotyczą { $kept } najwyżej ocenionych ofert; { $count } kolejnych jest w rankingu, ale ich nie sprawdzono.
sens-price-line-now = { $vendor } prowadziłaby przy { $fee } miesięcznie zamiast { $now }
tui-tip-pending = Gdzie zmienia się lider: liczę…
tui-tip-topsis = Miejsce zmiany lidera liczone jest tylko dla sumy ważonej.
tui-tip-none = Żadna waga tego kryterium sama nie zmienia lidera.
tui-tip-down = Lider zmienia się poniżej { $down } ({ $vendor }).
tui-tip-up = Lider zmienia się powyżej { $up } ({ $vendor }).
tui-tip-both = Lider zmienia się poniżej { $down } ({ $down_vendor }) lub powyżej { $up } ({ $up_vendor }).
tui-first = P(1.)
tui-price-to-win = Cena wygrywająca
tui-price-leads = prowadzi przy własnej cenie
tui-price-pending = liczę…
tui-price-large = przy ponad { $max } ofertach: offerlens sensitivity
tui-price-now = teraz { $now }
sens-report-too-many = W rankingu jest { $ranked } ofert: raport liczy to dla co najwyżej { $max }. Uruchom `offerlens sensitivity` na tych samych ofertach.
xlsx-sheet-sensitivity = Wrażliwość
xlsx-col-first = Szansa na 1. miejsce
xlsx-col-fee-now = Abonament teraz
xlsx-col-price-to-win = Cena wygrywająca
xlsx-col-no-price = Dlaczego żadna cena nie wygrywa
xlsx-col-beaten-by = Bez szans: pokonana przez
xlsx-col-tip-down = Lider zmienia się poniżej
xlsx-col-leader-down = Wtedy prowadzi
xlsx-col-tip-up = Lider zmienia się powyżej
xlsx-col-leader-up = Wtedy prowadzi
sens-first-rest = { $count ->
    [one] jeszcze jedna oferta: nigdy pierwsza
    [few] jeszcze { $count } oferty: nigdy pierwsze
   *[other] jeszcze { $count } ofert: nigdy pierwsze
}
sens-only-one = W rankingu jest tylko jedna oferta: prowadzi przy każdych wagach.
cli-at = { $place }: { $message }
html-verdict = Werdykt
html-verdict-lead = { $name } zajmuje pierwsze miejsce z wynikiem { $score } pkt; drugie miejsce zajmuje { $second }, { $lead } pkt mniej.
html-verdict-alone = { $name } zajmuje pierwsze miejsce z wynikiem { $score } pkt: to jedyna oferta, która spełniła kryteria odrzucające.
html-sure-clear = Wygrywa w { $share } z { $samples } losowań wag: wynik jest pewny.
html-sure-likely = Wygrywa w { $share } z { $samples } losowań wag: prawdopodobnie, ale sprawdź niżej, jak pewny jest wynik.
html-sure-open = Wygrywa tylko w { $share } z { $samples } losowań wag: niewielka zmiana wag zmienia zwycięzcę.
html-verdict-out = { $count ->
    [one] Jedna oferta nie spełniła kryteriów odrzucających i nie jest w rankingu.
    [few] { $count } oferty nie spełniły kryteriów odrzucających i nie są w rankingu.
   *[many] { $count } ofert nie spełniło kryteriów odrzucających i nie jest w rankingu.
}
html-scores = Wyniki
html-scores-desc = Wynik każdej oferty w rankingu, 0–100, od najlepszej.
html-top-shown = Wykres pokazuje { $shown } najlepszych z { $count } ofert; tabela wymienia wszystkie.
html-costs-desc = Miesięczny koszt każdej oferty z uwzględnieniem ryzyka, składnik po składniku; kreskowane: rekompensaty za niedotrzymanie SLA, odejmowane od sumy.
html-credits = rekompensaty (odejmowane)
html-heatmap = Mocne i słabe strony
html-heatmap-desc = Wynik każdej oferty w każdym kryterium z wagą, 0–100 (ciemniej znaczy lepiej; — brak wyniku), kryteria w swoich grupach.
html-heatmap-top = Pokazano { $shown } najlepszych z { $count } ofert.
html-no-score = brak wyniku
html-first-desc = Szansa każdej oferty na pierwsze miejsce, gdy wagi losuje się wokół użytych.
html-as-table = To samo w tabeli
toml-a-rating-criterion-has-no-columns = kryterium typu rating oceniają oceniający, nie odczytuje się go z ofert: usuń `columns`
toml-applies-to-rating-criteria = `{ $key }` dotyczy kryteriów ocenianych (kind = "rating"), nie „{ $a0 }”
toml-scale-is-two-points = `scale` to najniższy i najwyższy punkt skali, najpierw najniższy, np. [1, 5]
toml-disagreement-is-points = `disagreement` to o ile punktów mogą się różnić dwie oceny, zanim pojawi się ostrzeżenie: liczba większa od 0, np. 2
cell-rated = nic (oceniają oceniający)
rating-none-given = kryterium „{ $criterion }” ({ $label }) oceniają oceniający, a nie podano żadnych ocen: każda oferta liczy się w nim jako brak odpowiedzi (najgorzej)
rating-no-sheet = w tym pliku nie ma arkusza ocen: oczekiwano wiersza nagłówków z kolumną dostawcy („Agencja”, „Vendor”) i co najmniej jednym kryterium ocenianym; plik pominięto
rating-named-by-file = w pliku nie ma imienia oceniającego (komórki „Oceniający:” albo „Evaluator:” z imieniem obok): oceniający nazywa się { $name }, jak plik
rating-same-evaluator = { $name } ocenia już w pliku { $first }: ten plik pominięto
rating-nobody-rated = { $name } nie ocenił(a) żadnego dostawcy
rating-unknown-vendor = dostawcy „{ $vendor }” nie ma wśród ofert: pominięto
rating-unknown-vendor-near = dostawcy „{ $vendor }” nie ma wśród ofert (czy chodzi o „{ $near }”?): pominięto
rating-disagreement = oceniający nie zgadzają się co do { $vendor }, { $label }: { $high } dał(a) { $high_points }, { $low } { $low_points }
rating-consensus = { $label }: wartość dla każdego dostawcy to { $aggregate } ocen oceniających; { $share } ocen mieści się w jednym punkcie od mediany dla swojego dostawcy; oceniający różnią się o { $apart } pkt lub więcej przy { $disputed } z { $vendors } dostawców
rating-by-median = mediana
rating-by-mean = średnia
rating-by-geometric = średnia geometryczna
rating-outside-scale = ocena { $points } jest poza skalą { $low }–{ $high }: pominięto
rating-not-a-number = „{ $text }” to nie ocena: oczekiwano punktów od { $low } do { $high }; pominięto
help-arg-ratings = Pliki ocen oceniających dla kryteriów ocenianych, jeden plik na osobę. Domyślnie: folder `ratings` obok ofert
sens-evaluators = Bez każdego z oceniających
sens-evaluator-changes = bez ocen { $evaluator } prowadziłby { $vendor } zamiast { $leader }
sens-evaluator-same = bez ocen { $evaluator } nadal prowadzi { $leader }
sens-evaluator-none = bez ocen { $evaluator } żadna oferta nie jest w rankingu
details-ratings = Oceny
details-ratings-apart = oceniający się nie zgadzają
table-legend-disagree = ≠ kryteria oceniane, co do których oceniający się nie zgadzają (offerlens check podaje, kto dał ile)
form-ratings-nothing-rated = kryteria niczego nie oceniają: arkusz ocen wymaga co najmniej jednego kryterium z kind = "rating"
form-ratings-title = Oceny ofert
form-ratings-sheet = Oceny
form-ratings-evaluator = Oceniający:
form-ratings-how = Wpisz swoje imię obok „Oceniający:”, potem oceń każdego dostawcę od { $low } (najgorzej) do { $high } (najlepiej); zostaw komórkę pustą, jeśli nie możesz ocenić. Jeden plik na osobę.
form-ratings-vendor = Agencja
form-ratings-comments = Uwagi
form-ratings-points = Punkty
form-ratings-between = Punkty od { $low } (najgorzej) do { $high } (najlepiej); pusto, jeśli nie możesz ocenić.
cli-template-offers-need-ratings = oferty podaje się do `template` tylko z --ratings (arkusz ocen wymienia ich dostawców); ankieta ich nie przyjmuje
cli-wrote-ratings-sheet = zapisano arkusz ocen { $file } ({ $count } dostawców): jedna kopia na oceniającego, wczytywana z folderu `ratings` obok ofert albo z --ratings DIR
help-arg-template-ratings = Zapisz arkusz ocen dla jednego oceniającego (kryteria oceniane w kolumnach, dostawcy z ofert w wierszach) zamiast ankiety dla dostawców
help-arg-template-offers = Z --ratings: oferty, których dostawców się ocenia
md-evaluator-comments = Co napisali oceniający
toml-labels-are-for-ratings = `labels` nazywają punkty skali kryterium ocenianego (kind = "rating")
toml-labels-a-table = tabelą punkt = tekst, np. labels = {"{"} 1 = "słabo", 5 = "bardzo dobrze" {"}"}
toml-label-point-outside-scale = klucz `labels` „{ $key }” nie jest punktem skali { $low }–{ $high }
form-ratings-labels = Co znaczą punkty: { $labels }
cli-the-ratings-sheet-is-xlsx-or-ods = arkusz ocen to skoroszyt .xlsx lub .ods: nadaj plikowi jedno z tych rozszerzeń, nie .{ $ext }
ask-and-needed = { $question } Bez tej odpowiedzi nie możemy rozpatrzyć oferty.
ask-nothing-known = Prosimy o więcej informacji o tej części oferty.
ask-knockout = { $label }: potrzebujemy { $require }, a oferta podaje { $answer }. Czy jest możliwa lepsza opcja i w jakiej cenie?
ask-unread = { $label }: oferta podaje { $answer }, czego nie udało się odczytać jako wartości. { $question } Prosimy podać { $expected }.
ask-doubtful = { $label }: oferta podaje { $answer }; nie mamy pewności, czy rozumiemy to tak, jak Państwo. { $question } Prosimy podać { $expected }.
ask-blank = { $label }: oferta nie zawiera odpowiedzi. { $question } Prosimy podać { $expected }.
ask-term = { $label }: oferta tego nie określa. { $question } Prosimy podać { $expected }.
ask-expect-minutes = czas w minutach lub godzinach (np. 30 min, 4 h)
ask-expect-hours = czas w godzinach (np. 4 h)
ask-expect-days = czas w dniach (np. 2 dni)
ask-expect-months = czas w miesiącach (np. 3 miesiące)
ask-expect-money = kwotę w { $currency } netto
ask-expect-money-month = kwotę w { $currency } netto miesięcznie
ask-expect-money-hour = kwotę w { $currency } netto za godzinę
ask-expect-percent = wartość procentową
ask-expect-bool = tak lub nie
ask-expect-choice = jedną z odpowiedzi: { $options }
ask-expect-window = dni i godziny, w których obowiązuje (np. pn–pt 8–16 albo 24/7)
ask-expect-year = rok (np. 2025)
ask-expect-list = listę elementów, każdy osobno
ask-expect-number = liczbę
ask-expect-number-hours = liczbę godzin
ask-expect-number-working-days = liczbę dni roboczych
ask-expect-number-days = liczbę dni
ask-flag-own = { $question }
ask-flag-low-price = Cena jest wyraźnie niższa, niż oczekiwaliśmy przy tym zakresie: czego dokładnie nie obejmuje i co byłoby płatne dodatkowo?
ask-flag-vague = { $label }: oferta podaje { $answer }. Prosimy wymienić, każde osobno, wszystkie prace wykonywane co miesiąc.
ask-flag-references = Prosimy o kontakt do dwóch klientów z ostatnich dwóch lat, do których możemy zadzwonić po referencje.
ask-flag-above = { $label }: oferta podaje { $answer }. Czy możliwa jest lepsza opcja i w jakiej cenie?
ask-flag-missing-one = { $label }: { $question }
ask-flag-missing = W ofercie brakuje: { $questions }
ask-flag-message = { $message }
rating-vendor-twice = { $vendor } jest tu oceniony ponownie (pierwszy raz w { $first }): ten wiersz pominięto
rating-vendor-read-as = dostawcę „{ $vendor }” odczytano jako { $offer }
rating-column-read-as = kolumnę „{ $header }” odczytano jako kryterium oceniane { $criterion }
rating-unknown-column = kolumna „{ $header }” nie nazywa żadnego kryterium ocenianego: pominięto
rating-unknown-column-near = kolumna „{ $header }” nie nazywa żadnego kryterium ocenianego (czy chodzi o „{ $near }”?): pominięto
toml-geometric-needs-positive-scale = aggregate = "geometric" wymaga skali powyżej 0 (najniższy punkt to { $low }): jedna ocena 0 dałaby każdemu dostawcy wartość 0; użyj "median" albo "mean" lub skali takiej jak [1, 5]
cli-ratings-not-found = nie ma takiego folderu ani pliku ocen (--ratings): wskaż folder z plikami ocen oceniających
rating-folder-empty = folder ocen nie zawiera plików ocen (oczekiwano jednego arkusza lub pliku CSV na oceniającego)
cli-wrote-ratings-sheet-blank = zapisano arkusz ocen { $file } z pustymi wierszami na nazwy dostawców (podaj oferty po opcjach, by wpisać ich dostawców): jedna kopia na oceniającego, wczytywana z folderu `ratings` obok ofert albo z --ratings DIR
md-disputed-count = oceniający różnią się (kryteria: { $n })
ask-letter-subject = Temat: Pytania do oferty ({ $vendor })
ask-letter-greeting = Dzień dobry,
ask-letter-intro = dziękujemy za przesłaną ofertę. Zanim podejmiemy decyzję, prosimy o doprecyzowanie poniższych kwestii:
ask-letter-closing = Z góry dziękujemy za odpowiedź.
    Z poważaniem
ask-letter-head = { $vendor }: { $count ->
    [one] 1 pytanie
    [few] { $count } pytania
   *[other] { $count } pytań
}
ask-nothing-to-clarify = { $vendor }: nic do wyjaśnienia (każda ważona odpowiedź odczytana, bez czerwonych flag i odrzuceń)
ask-xlsx-title = Pytania do dostawców
ask-xlsx-sheet = Pytania
ask-xlsx-col-number = Nr
ask-xlsx-col-points = Punkty do zyskania
ask-xlsx-col-question = Pytanie
ask-xlsx-col-received = Otrzymana odpowiedź
ask-xlsx-nothing = nic do wyjaśnienia
ask-kind-knockout = odrzucenie
ask-kind-flag = czerwona flaga
ask-kind-unread = niejasna odpowiedź
ask-kind-blank = brak odpowiedzi
ask-kind-term = warunek umowy
help-about-ask = O co zapytać każdego dostawcę: e-mail do każdego, najpierw to, od czego zależy najwięcej punktów.
help-arg-ask-vendor = Tylko pytania do tego dostawcy; wielkość liter i polskie znaki nie mają znaczenia
help-arg-ask-format = Format: text (e-maile do wysłania bez zmian), md (to samo w Markdown), json (dla programów, z punktami i komórkami), xlsx (arkusz do śledzenia odpowiedzi; wymaga -o)
help-arg-ask-output = Plik albo folder na osobny plik dla każdego dostawcy (istniejący folder, nazwa zakończona / albo bez rozszerzenia)
help-value-PATH = ŚCIEŻKA
cli-ask-unknown-extension = -o wskazuje plik .{ $ext }: pytania zapisuje się jako .txt, .md, .json lub .xlsx (albo wskaż folder na osobny plik dla każdego dostawcy)
cli-ask-format-and-extension = -f { $format } nie pasuje do rozszerzenia pliku .{ $ext }
cli-ask-wrote-file = zapisano pytania w { $file }
cli-ask-wrote-folder = zapisano listy ({ $letters }) w { $dir }, po jednym dla każdego dostawcy, z którym jest coś do wyjaśnienia
cli-ask-nothing = { $vendor }: nic do wyjaśnienia, list nie został zapisany
cli-cannot-build-workbook = nie można utworzyć skoroszytu: { $reason }
ask-unread-said = { $label }: oferta podaje { $answer }, czego nie udało się odczytać jako wartości.
ask-said-then = { $said } { $question }
tui-ask-copied = pytania do: { $vendor } wysłano do schowka przez terminal (jeśli terminal na to pozwala): wklej je do e-maila
tui-ask-saved = pytania do { $vendor } zapisano w { $file } (ten terminal nie przekaże ich do schowka)
tui-ask-not-copied = nie udało się skopiować pytań: { $reason }
tui-ask-nothing-to-copy = nie ma o co pytać tego dostawcy: brak listu do skopiowania
tui-ask-title = O co zapytać: { $vendor }
tui-ask-keys = c kopiuj e-mail · ↑↓ przewijanie · Esc zamknij
tui-ask-none = Nic do wyjaśnienia: każda ważona odpowiedź została odczytana, nie ma czerwonych flag ani powodów odrzucenia.
tui-ask-points = { $points } pkt
help-ask = o co zapytać dostawcę zaznaczonej oferty (c kopiuje e-mail)
form-followup-howto = Prosimy sprawdzić odpowiedzi i uzupełnić komórki zaznaczone na pomarańczowo (pytanie pojawia się po wskazaniu komórki), a następnie odesłać plik bez zmian w układzie.
cli-followup-needs-offers = template --followup wymaga ofert, których dostawców pytamy (np. `offerlens template --followup -o uzupelnienia/ oferty/`)
cli-followup-is-a-folder = template --followup zapisuje osobny plik dla każdego dostawcy: -o wskazuje folder, a nie plik { $path }
cli-wrote-followups = zapisano ankiety uzupełniające ({ $files }) w { $dir }: wyślij każdemu dostawcy jego plik; wypełnione połóż obok ofert, a nowe odpowiedzi zastąpią poprzednie
help-arg-template-followup = Ankieta każdego dostawcy ponownie, wypełniona jego odpowiedziami, z zaznaczonymi komórkami do wyjaśnienia (osobny plik dla każdego dostawcy w folderze -o)
followup-alone = uzupełnienie od { $vendor } bez wcześniejszej oferty { $vendor } wśród plików: czytane jako osobna oferta (jeśli zmieniono w nim nazwę dostawcy, oferta liczy się teraz podwójnie)
followup-replaces = uzupełnienie od { $vendor } zastępuje wcześniejszą ofertę z { $earlier } (zmienione odpowiedzi: { $changed })
followup-changed = { $vendor }, { $label }: zmiana z „{ $old }” na „{ $new }”
followup-answered = { $vendor }, { $label }: odpowiedź „{ $new }” (wcześniej brak)
followup-cleared = { $vendor }, { $label }: teraz brak odpowiedzi (wcześniej „{ $old }”)
ask-said-nothing = { $label }: oferta podaje { $answer }. { $question } Prosimy podać { $expected }.
ask-not-covered = { $label }: { $question } Prosimy podać { $expected }.
ask-one-of = { $options }
ask-and-decides = { $question } Od tego zależy, czy możemy rozpatrzyć ofertę.
ask-letter-subject-unnamed = Temat: Pytania do oferty
followup-twice = drugie uzupełnienie od { $vendor }: liczy się ten plik, bo jest czytany po { $other } (pliki czyta się w kolejności nazw) — zostaw wśród ofert tylko najnowsze uzupełnienie
cli-ask-not-a-file = istnieje i nie jest plikiem (folder o tej nazwie?): nic nie zapisano; przenieś go albo wskaż inny folder w -o
cli-ask-earlier-file = { $message } (plik { $file } z wcześniejszego przebiegu nadal tam jest)
cli-followup-nothing = { $vendor }: nic do wyjaśnienia, ankiety uzupełniającej nie zapisano
explain-ambiguous-vendor = „{ $name }” pasuje do kilku ofert: { $vendors } — podaj więcej z nazwy
tui-ask-in-tmux = pytania do { $vendor } są w schowku tmux (wklej przez Ctrl-b ]; do schowka systemu, jeśli pozwala na to set-clipboard w tmux)
cli-ask-xlsx-needs-output = -f xlsx zapisuje skoroszyt: podaj plik w -o, np. `-o pytania.xlsx`
followup-ambiguous = uzupełnienie od { $vendor }, a tę nazwę nosi ofert: { $offers }; nie zastępuje żadnej z nich i jest czytane jako osobna oferta; zostaw obok niego tylko ofertę, której dotyczy
doubt-bare-days = sama liczba { $n } jest czytana jako { $n } dni (jednostka kryterium), a skala jest w miesiącach: jeśli chodziło o miesiące, wpisz „{ $n } mies.”
