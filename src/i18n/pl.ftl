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

## Tekst jeszcze spoza katalogu (przenoszony)

untranslated = { $text }

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

note-choice-first-word = „{ $words }” odczytano jako { $key } po pierwszym słowie
note-choice-alias = „{ $words }” odczytano jako { $key } (choice_aliases kryterium)
note-choice-opening = „{ $words }” odczytano jako { $key } po pierwszych słowach (choice_aliases kryterium)
doubt-choice-inside = odczytano jako { $key } po słowach „{ $words }” w środku odpowiedzi (choice_aliases kryterium)
note-choice-read-as = „{ $words }” odczytano jako { $key }
note-choice-between = „{ $words }” leży między { $more } a { $key }: przyjęto rzadsze, { $key }
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
