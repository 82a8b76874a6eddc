# offerlens message catalogue: English.
# One message per id; the Polish file has the same ids. Variables: $name.

## Plural forms of the units and things counted

offers = { $count ->
    [one] { $n } offer
   *[other] { $n } offers
}
days = { $count ->
    [one] { $n } day
   *[other] { $n } days
}
weeks = { $count ->
    [one] { $n } week
   *[other] { $n } weeks
}
hours = { $n } h
minutes = { $n } min
months = { $count ->
    [one] { $n } month
   *[other] { $n } months
}

## Dates: the month names, genitive where a language has it ("4 December 2026")

date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The ranking table (rank -f table)

table-heading = { $criteria } · { $offers } · { $method } · { $origin }
table-no-offers = No offers were read. Run `offerlens check` on the files to see why.
table-rank = #
table-vendor = Vendor
table-score = Score
table-monthly = Monthly
table-risk-cost = Risk cost
table-marks = Marks
table-legend-costs = Score 0–100 · costs in { $currency } a month; risk cost adds expected downtime loss
table-legend-score = Score 0–100
table-legend-marks = Marks: KO knocked out · ⚑ red flags · ? blank answers · ! unreadable cells
table-knocked-out = Knocked out:
table-red-flags = Red flags:
table-not-understood = { $count ->
    [one] { $n } of these offers is out on an answer that was not understood: check those cells, the vendor may meet the requirement
   *[other] { $n } of these offers are out on an answer that was not understood: check those cells, the vendor may meet the requirement
}
table-points-off = (−{ $points } points)
table-issues = Issues: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} (run `offerlens check` for all details)
table-more-issues = … and { $n } more
severity-error = error
severity-warning = warning
severity-info = info

## Scoring methods

method-weighted-sum = weighted sum
method-topsis = TOPSIS

## offerlens check

check-criteria = Criteria: { $origin } · "{ $name }" · { $count ->
    [one] { $n } criterion
   *[other] { $n } criteria
} · { $method }
check-sheet = sheet '{ $name }'
check-table = table
layout-rows = one offer per row
layout-columns = one offer per column
layout-questionnaire = questionnaire
check-read = { $what }: { $layout }, first criterion at { $at }, { $offers }
check-found = { $count ->
    [one] { $n } criterion found
   *[other] { $n } criteria found
} ({ $meaning } by meaning)
check-by-meaning = by meaning: { $reason }
check-vendor-name = (vendor name)
check-package-column = (package, part of the offer's name)
check-notes-column = (notes, kept with the offer)
check-skipped = { $what }: skipped: { $reason }
check-criteria-and-scoring = Criteria and scoring
check-summary = { $offers } from { $files ->
    [one] { $nfiles } file
   *[other] { $nfiles } files
} · { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} · { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} · { $notes ->
    [one] 1 note
   *[other] { $notes } notes
}
check-brief-footer = (the notes and the columns matched: `offerlens check` without --brief)

## The interactive screen

tui-no-offers = No offers were read: press i for the list of problems.
tui-monthly = Monthly
tui-risk-cost = Risk cost
tui-ranking = Ranking · { $offers }
tui-ranking-filtered = Ranking · filter: { $filter } · { $shown } of { $all }
tui-unsaved = unsaved
tui-criteria-errors = criteria file has errors
tui-no-issues = no issues
tui-profile = profile { $name }
tui-criterion = Criterion
tui-weight = Weight
tui-share = Share
errors = { $count ->
    [one] { $n } error
   *[other] { $n } errors
}
warnings = { $count ->
    [one] { $n } warning
   *[other] { $n } warnings
}
hint-help = help
hint-quit = quit
hint-pane = pane
hint-weight = weight
hint-save = save
hint-filter = filter
hint-details = details
hint-mark = mark
hint-compare = compare
hint-export = export
hint-issues = issues
tui-weights = Weights · { $count ->
    [one] { $n } criterion
   *[other] { $n } criteria
} · sum { $sum }
group-scope = scope
group-sla = SLA
group-security = security
group-performance = performance
group-reporting = reporting
group-price = price
group-references = references
group-communication = communication
group-onboarding = onboarding
group-contract = contract
group-other = other
details-from = from { $place } · { $blanks }
blank-answers = { $count ->
    [one] { $n } blank answer
   *[other] { $n } blank answers
}
details-knocks-out = knocks out
details-risk-cost = risk cost
details-notes = Notes (remarks beside the answers)
details-points = Pts
details-answer = Answer
details-value = Value
details-source = Source
term-fee = fee
term-extra_hours = extra hours
term-downtime = downtime
term-data_loss = data loss
term-credits = credits
details-rank = #{ $rank } of { $of }
details-knocked-out = knocked out
details-score = score
details-monthly = monthly
help-title = Keys · Esc closes
help-move = move in the focused pane (mouse wheel too)
help-first-last = first / last · a page up / down
help-pane = next pane: ranking → weights → details
help-weight = weight of the selected criterion ±1 (re-ranks at once)
help-save = save the weights into the criteria file (comments kept)
help-filter = filter vendors as you type · Esc clears
help-details = details of the selected offer
help-compare = mark two offers · compare them side by side
help-export = export the ranking (XLSX, Markdown, CSV, JSON, text)
help-issues = import issues with their locations
help-close = close a popup
help-quit = quit (asks when there are unsaved changes)
help-moved = ▲2 / ▼1: places moved by the last weight change
quit-title = Quit?
quit-unsaved = The weights have unsaved changes.
quit-save = save and quit
quit-discard = quit without saving
quit-stay = stay
compare-keys = ↑↓ scroll · Esc closes
issues-title = Issues
issues-none = No issues: every file and cell was read.
export-title = Export the ranking
export-format = Format
export-file = File
export-keys = Tab/←→ format · type the path · Enter writes · Esc cancels


## Reading tables

read-no-header = no header naming a criterion in the first rows or columns
read-one-header = only one header names a criterion: not an offer table
read-sheet-skipped = sheet skipped: { $reason }
read-no-table = { $reason }: expected column headers such as the criteria's labels or `columns` (see `offerlens check`)
read-headers-but-no-offers = the headers are there but no offer is filled in below them
read-no-offers = no offers: { $reason }
read-no-offers-anywhere = no offers in any file: { $reason }

## How a cell was read

cell-read-as = { $criterion }: read '{ $shown }' ({ $notes })
cell-read-check = { $criterion }: read '{ $shown }' — check it: { $doubts }
note-range-upper = upper bound of the range '{ $range }' taken
note-range-lower = lower end of the range '{ $range }' taken (more is better here)
doubt-lower-bound = a lower bound ('od', 'min.'): the real value may be higher, ask for the exact one
doubt-upper-bound = an upper bound ('do', 'max.'): the real value may be lower, ask for the exact one

## Red flags: what raised them

flag-message = { $message }
flag-with-detail = { $message } ({ $detail })
flag-older-than = latest { $latest }, before { $limit }
flag-above = { $value }, more than { $threshold }
flag-below-mean = { $value } against a mean of { $reference } for the other offers
flag-below-median = { $value } against a median of { $reference } for the other offers
flag-says = says '{ $words }'
flag-few-items = lists { $items } { $items ->
    [one] item
   *[other] items
} where at least { $min } are expected
value-unit = { $value }

## Requirements and knock-outs

require-at-most = at most { $value }
require-at-least = at least { $value }
require-yes = yes
require-one-of = one of { $choices }
require-and = { $a } and { $b }
ko-not-understood = { $label }: answer not understood: '{ $answer }' — check it
ko-required = { $label }: no usable answer, and an answer is required
ko-unconfirmed = { $label }: no usable answer, so the required { $require } cannot be confirmed
ko-above-max = { $label } { $value } is above the maximum of { $max }
ko-below-min = { $label } { $value } is below the minimum of { $min }
ko-answered-no = { $label }: answered no, and yes is required
ko-not-one-of = { $label }: '{ $answer }' is not one of { $choices }

## A criterion's scoring rule in one line

rule-kind-in = { $kind } in { $unit }
rule-kind = { $kind }
rule-lower-better = lower is better
rule-higher-better = higher is better
rule-min-max = min–max between the offers
rule-ratio-lower = ratio: lowest / this
rule-ratio-higher = ratio: this / highest
rule-linear = linear: { $best } → 1, { $worst } → 0
rule-choices = { $choices }
rule-knockout-unless = knock-out unless { $require }
rule-blank-worst = blank scores 0
rule-blank-knocks-out = blank knocks out
rule-blank-ignored = blank is left out
rule-parts = { $parts }
value-months = { $value } { $value ->
    [one] month
   *[other] months
}

## The screen: status messages and dialogs

tui-reason = { $reason }
tui-nothing-to-save = No unsaved weight changes.
tui-not-saved = Not saved: { $reason }
tui-saved = Saved the weights to { $file }.
tui-saved-with-backup = Saved the weights to { $file } (the previous version is in { $file }.bak).
tui-exported = Exported the ranking ({ $offers } { $offers ->
    [one] offer
   *[other] offers
}) as { $format } to { $file }.
tui-not-exported = Not exported: { $reason }
tui-not-reloaded = Not reloaded, the last good version stays: { $reason }
tui-reloaded = The criteria file changed on disk: reloaded and re-ranked{ $kept ->
    [0] {""}
    [one] ; 1 unsaved weight change kept
   *[other] ; { $kept } unsaved weight changes kept
}{ $dropped ->
    [0] {""}
    [one] ; 1 unsaved change replaced by the file's
   *[other] ; { $dropped } unsaved changes replaced by the file's
}.
tui-type-export-file = Type the file to export to.
tui-weight-already-zero = { $label }: the weight is already 0.
tui-one-weight-needed = At least one criterion must keep a weight above 0.
tui-weight-changed = { $label }: weight { $old } → { $new }
tui-new-leader = { $change } · new leader: { $leader } (was { $was })
tui-leads = { $change } · { $leader } leads
tui-two-marked = Two offers marked: press c to compare them.
tui-mark-two = Mark two offers with space (or one, and select the other), then press c.
tui-reloading = The criteria file changed: reading the offers again…
tui-criteria-invalid = the criteria file is not valid
tui-at = { $place }: { $message }
tui-and-more = { $first } (and { $more } more)
tui-criteria-not-utf8 = { $file }: not UTF-8 text: save the criteria file as UTF-8
tui-file-error = { $file }: { $reason }
tui-reread-failed = reading the offers again failed
tui-origin-unsaved = { $origin } (with unsaved weights)
tui-format-text = text
tui-save-as-profile = The built-in profile { $name } is saved as a new criteria file.
tui-file = File
tui-save-as-keys = Enter saves · Esc cancels
tui-save-as-title = Save the weights
tui-exists = { $file } already exists.
tui-exists-title = File exists
tui-overwrite-question = Overwrite it? The old file is kept as .bak.
tui-overwrite-keys = y overwrites · n chooses another name
tui-replace-question = Replace it with the export?
tui-replace-keys = y replaces · n chooses another name
tui-too-small = Terminal too small
tui-too-small-needs = { $size }: offerlens needs at least { $needs }
tui-too-small-hint = Enlarge the window, or press q to quit.
details-title = Details
tui-value-unreadable = unreadable
tui-value-yes = yes
tui-value-no = no
tui-value-text = text
tui-percent = { $n }%

## Reading a cell: what was expected

value-expected = expected { $what }, found '{ $found }'
value-expected-several = expected { $what }, found several numbers in '{ $found }'
value-expected-empty = expected { $what }, found an empty cell
value-expected-long = expected { $what }, found a text of { $n } characters
value-a-duration = a duration such as '15 min' or '2 h'
value-an-amount = an amount such as '1 234,50 zł' or '800 PLN netto'
value-a-number = a number such as '12' or '1 234,5'
value-a-percent = a percentage such as '99,9 %'
value-a-window = a service window such as '24/7' or 'pn–pt 8–16'
value-a-year = a year such as '2021'
value-yes-no = yes/no (tak/nie)

## Reading a cell: notes and doubts

note-choice-first-word = '{ $words }' read as { $key }, from its first word
note-choice-alias = '{ $words }' read as { $key } (the criterion's choice_aliases)
note-choice-opening = '{ $words }' read as { $key }, from its opening words (the criterion's choice_aliases)
doubt-choice-inside = read as { $key } by the words '{ $words }' inside it (the criterion's choice_aliases)
note-choice-read-as = '{ $words }' read as { $key }
note-choice-between = '{ $words }' lies between { $more } and { $key }: the less frequent, { $key }, taken
note-next-business-day = '{ $words }' (next business day) read as 1 day
note-working-hours = working hours counted as clock hours
note-working-days = working days counted as calendar days
doubt-working-days = working days counted as calendar days: over a weekend one working day lasts three
note-year-in-days = a year counted as { $days } days
note-month-in-days = a month counted as { $days } days
value-duration-out-of-range = duration '{ $found }' is out of range
note-read-as = '{ $words }' read as { $value }
note-clock = '{ $words }' read as { $hours } h { $minutes } min
note-clock-seconds = '{ $words }' read as { $hours } h { $minutes } min { $seconds } s
value-window-without-time = expected { $what }, found '{ $found }': { $window } is a service window, the time is missing
note-in-and-out-of-hours = '{ $fast }' and '{ $slow }': the service runs around the clock, at worst in { $worst }; that is taken
value-negative-duration = expected { $what }, found a negative duration '{ $found }'
note-converted = = { $value } { $unit }
note-decimal-separator = '{ $words }' read as { $value } ('{ $sep }' as the decimal separator)
note-thousands-separator = '{ $words }' read as { $value } ('{ $sep }' as a thousands separator)
value-malformed-number = malformed number '{ $found }': thousands separators must split the digits into groups of three, and only the last '.' or ',' may be the decimal separator
value-number-out-of-range = number '{ $found }' is out of range
value-ambiguous-number = ambiguous number '{ $found }': it could be { $thousands } ('{ $sep }' as a thousands separator) or { $decimal } ('{ $sep }' as the decimal separator); write { $thousands } (or { $spaced }) for the whole number
value-ambiguous-number-fraction = ambiguous number '{ $found }': it could be { $thousands } ('{ $sep }' as a thousands separator) or { $decimal } ('{ $sep }' as the decimal separator); write { $thousands } (or { $spaced }) for the whole number, or { $fraction } for the fraction
value-two-currencies = expected { $what } in one currency, found { $first } and { $second } in '{ $found }'
value-net-and-gross = expected either a net or a gross amount, found both in '{ $found }'
value-two-periods = expected { $what } for one period, found { $first } and { $second } in '{ $found }'
note-net = net: '{ $words }'
note-gross = gross: '{ $words }'
note-fraction = read as a fraction: { $value } = { $percent } %
value-percent-out-of-range = expected { $what } between 0 and 100, found '{ $found }'
note-multiplier = '{ $words }' read as × { $factor }
note-quoted = '{ $words }'
note-ignored-words = ignored { $words }
note-ignored = '{ $words }' ignored
note-ignored-after = ignored '{ $words }'
note-approximate = approximate: '{ $words }'
note-upper-bound = upper bound: '{ $words }'
note-lower-bound = lower bound: '{ $words }'
window-always = 24/7
window-all-day = { $days } 24h
window-hours = { $days } { $hours }
window-no-days = {""}
window-every-day = Mon–Sun
window-day-range = { $first }–{ $last }
window-days = { $days }
day-mon = Mon
day-tue = Tue
day-wed = Wed
day-thu = Thu
day-fri = Fri
day-sat = Sat
day-sun = Sun
note-window-wait = an incident waits { $hours } h on average until it opens
note-window-assumed = service window '{ $written }' read as { $window } (hours assumed)
note-window = service window '{ $written }' read as { $window }
value-year-out-of-range = expected a year between 1900 and 2100, found '{ $found }'
note-year-range = later year of the range '{ $range }' taken
note-several-years = several years ({ $years }): the latest, { $latest }, taken
note-extra-cost = '{ $words }' read as no: available at extra cost, not included
period-months = { $n } months
period-hour = an hour
period-day = a day
period-week = a week
period-month = a month
period-quarter = a quarter
period-year = a year

## Reading a cell: errors and conversions

cell-error = { $criterion }: { $message }
cell-unlimited-hours = read '{ $shown }' as 744 h, every hour of a 31-day month — check it: ask the vendor for the fair-use limit
cell-no-limit = '{ $shown }' names no limit: left blank — check it: ask the vendor for a number
cell-no-time = '{ $shown }' promises no time: left blank — check it: ask the vendor for a number
cell-net-by-header = net, as the column's header says
cell-gross-by-header = gross, as the column's header says
cell-expected-choice = expected one of { $choices }, found '{ $shown }'
cell-phrase-read-as = '{ $phrase }' read as { $value }
cell-phrase-and-number = { $criterion }: '{ $shown }' says '{ $phrase }' ({ $value }) and also gives a number: the number is read — check it
cell-phrase-only = { $criterion }: read '{ $shown }' as { $value }, by its words '{ $phrase }'; the rest could not be read — check it
cell-the-number = the number { $value }
cell-the-boolean = the boolean { $value }
cell-the-date = the date { $value }
cell-the-duration = the duration { $value }
cell-the-value = { $value }
cell-out-of-range = { $found } is out of range
cell-expected = expected { $what }, found { $found }
cell-spreadsheet-error = the cell holds the spreadsheet error { $error }; fix the formula or type the value
cell-a-percentage-0-100 = a percentage between 0 and 100
cell-a-duration = a duration
cell-a-year = a year
cell-one-of = one of { $choices }
cell-a-text = text
cell-computed = nothing (computed)
convert-no-rate = the amount is in { $currency } but the criteria compare { $home }: add its rate to the criteria file, under [exchange_rates]: { $currency } = <what one { $currency } costs in { $home }>
convert-currency = { $amount } { $currency } at { $rate } { $home } per { $currency } = { $converted } { $home }
convert-gross-to-net = gross { $amount } at { $vat } % VAT = { $converted } net
convert-net-to-gross = net { $amount } at { $vat } % VAT = { $converted } gross
convert-no-per = '{ $words }' ({ $period }) not converted: the criterion does not say what it is per (its `per` key)
convert-hour-and-period = '{ $words }' is { $written }, but this criterion is { $wanted }: not converted
convert-period = '{ $words }' is { $written }: { $value } { $factor } = { $converted } { $wanted }
convert-too-large = the number is too large to convert
per-months = per { $n } months
per-hour = per hour
per-day = per day
per-week = per week
per-month = per month
per-quarter = per quarter
per-year = per year

## Reading tables: headers, vendors, lines

header-vendor-by-meaning = '{ $header }' is read as the vendor's name by meaning ({ $reason })
header-criterion-by-meaning = '{ $header }' is read as criterion '{ $criterion }' by meaning ({ $reason }); if it names another, add it to that criterion's `columns`
header-duplicate = '{ $header }' also matches criterion '{ $criterion }', already read from { $first }; this one is ignored
header-the-vendor-name = the vendor's name
header-unclear-tie = '{ $header }' could name { $named }{ $more ->
    [0] {""}
    [one] {" "}or 1 other
   *[other] {" "}or { $more } others
} (as close by meaning to each); ignored: add '{ $header }' to the `columns` of the criterion it names{ $vendor ->
    [yes] , or to `vendor_columns`
   *[no] {""}
}
header-unclear-loose = '{ $header }' could name { $named }{ $more ->
    [0] {""}
    [one] {" "}or 1 other
   *[other] {" "}or { $more } others
} (by meaning, but only loosely); ignored: add '{ $header }' to the `columns` of the criterion it names{ $vendor ->
    [yes] , or to `vendor_columns`
   *[no] {""}
}
header-unmatched-near = '{ $header }' matches no criterion; ignored (close to criterion '{ $criterion }': if it is the same, add '{ $header }' to its `columns`)
header-unmatched = '{ $header }' matches no criterion; ignored
header-no-column = no column found for criterion '{ $criterion }' ({ $label })
header-no-column-did-you-mean = { $message } (did you mean '{ $header }'? add it to the criterion's `columns`)
header-coverage = { $found } of { $asked } criteria found in the offers; the other { $missing } score as blank: { $ids } (`offerlens check` lists each)
read-names = { $names }
read-names-and-more = { $names } and { $more } more
read-no-offers-in-any-sheet = no offers found in any sheet: expected a table whose headers name the criteria
read-no-offers-in-file = no offers found in the file: expected a table whose headers name the criteria
read-unstated-tax-net = { $criterion }: { $wrote } wrote gross prices (converted to net), while { $unstated } did not say net or gross: taken as net (the criteria's `prices`); check them
read-unstated-tax-gross = { $criterion }: { $wrote } wrote net prices (converted to gross), while { $unstated } did not say net or gross: taken as gross (the criteria's `prices`); check them
read-same-name = two offers are named '{ $name }' ({ $there } and { $here })
read-same-name-written-apart = two offers have the same name, '{ $first }' ({ $there }) and '{ $name }' ({ $here })
read-renamed = { $same }; the second is shown as '{ $renamed }': merge them or rename one in the sheet
read-summary-line = '{ $label }' sums up the offers, it is not one; not ranked
read-remarks-kept = '{ $label }' holds remarks, not an offer; kept as the offer's notes
read-remarks-not-ranked = '{ $label }' holds remarks, not an offer; not ranked
read-no-vendor-column = no vendor column (expected a header such as { $expected }); using '{ $used }' for vendor names
read-named-after-file = no 'Agencja:' / 'Agency:' cell: the agency is named after the file, '{ $name }'
read-no-vendor-name = no vendor name; the offer is listed as '{ $name }'
read-overflow = { $errors ->
    [0] { $notes } more cells were read with notes
   *[other] { $notes ->
        [0] { $errors } more cells could not be read
       *[other] { $errors } more cells could not be read and { $notes } were read with notes
    }
}
read-overflow-in-column = { $criterion }: { $what } in column '{ $column }' (only the first { $listed } are listed)
read-window-lent = { $criterion }: the window { $window } also applies to { $ids }, written without one of their own
score-ratio-negative = { $criterion }: ratio scoring assumes positive values, but one is { $min }; scores are clamped to 0–1
score-ratio-zero = { $criterion }: { $vendors } offered 0, so ratio scoring (min/x) gives them 1 and every other offer 0
risk-not-set = [business] { $key } is not set
risk-too-large = the amounts are too large to compute
risk-no-criterion = the criteria define no '{ $id }'
risk-no-answer = no answer for '{ $id }'
header-either = { $first } or { $last }

## Reading files

file-cannot-read-this-row = cannot read this row: { $e }
file-more-than-rows-only-the = more than { $a0 } rows: only the first { $a1 } were read (raise the cap with --max-rows)
file-row-has-fields-only-the = row has { $a0 } fields; only the first { $a1 } are read
file-a-cell-of-kb-only = a cell of { $a0 } KB: only the first { $a1 } KB are kept
file-an-opening-quote-is-never = an opening quote is never closed (line { $a0 } of the file): the rest of the line was read as one cell — check the quotes
file-and-more-opening-quotes-never = … and { $a0 } more opening quotes never closed
file-this-row-has-fields-where = this row has { $w } fields where the others have { $usual }: a stray delimiter or a missing quote?
file-and-more-rows-with-extra = … and { $a0 } more rows with extra fields
file-byte-that-are-not-utf = { $bad } { $bad ->
    [one] byte
   *[other] bytes
} that are not UTF-8 in a UTF-8 file: shown as �; check the cells around here
file-not-utf-read-as-as = not UTF-8: read as { $a0 }, as its byte-order mark says{ $excel ->
    [yes] {" "}(how Excel saves "Unicode text")
   *[no] {""}
}
file-some-bytes-are-not-valid = some bytes are not valid { $a0 }: shown as �; check the cells that show it
file-not-read-the-run-s = not read: the run's memory budget of { $a0 } MB was spent on the files before (raise it with --max-memory-mb)
file-cannot-read-folder = cannot read folder: { $e }
file-not-a-regular-file-skipped = not a regular file ({ $a0 }): skipped
file-cannot-read-file-a-link = cannot read file (a link that loops or leads nowhere?): { $e }
file-the-folder-holds-no-offer = the folder holds no offer files (expected { $a0 })
file-cannot-read-file = cannot read file: { $e }
file-not-a-regular-file-offerlens = not a regular file ({ $a0 }): offerlens reads spreadsheet and CSV files
file-the-file-is-mb-over = the file is { $a0 } MB, over the { $a1 } MB limit for one file (raise it with --max-file-mb)
file-cannot-read-file-2 = cannot read file: { $e }
file-the-extension-says-but-the = the extension says .{ $ext }, but the content is text: read as CSV
file-not-a-spreadsheet-the-extension = not a spreadsheet: the extension says .{ $ext }, but the content is neither a workbook nor text (damaged, or a different kind of file)
file-the-offers-read-in-this = the offers read in this run reached its memory budget of { $a0 } MB: reading stopped here, and nothing after it was read (raise it with --max-memory-mb, or read fewer or smaller files)
file-could-not-read-the-workbook = could not read the workbook (the file looks damaged): { $what }
file-the-workbook-holds-sheets-more = the workbook holds { $a0 } sheets, more than the { $MAX_SHEETS } offerlens reads: damaged or hostile, such files are refused
file-sheet-skipped = sheet '{ $a0 }' skipped: { $why }
file-and-more-sheets-skipped = … and { $a0 } more sheets skipped
file-sheet-was-skipped-its-structure = sheet '{ $name }' was skipped: its structure could not be read (the file may be damaged)
file-sheet-could-not-be-read = sheet '{ $name }' could not be read: { $e }
file-a-cell-of-kb-only-2 = a cell of { $a0 } KB: only the first { $a1 } KB are kept
file-formula-has-no-saved-result = formula '={ $shown }' has no saved result (the file was written by a program that does not calculate); the cell counts as blank — open and save it in Excel or LibreOffice
file-a-cell-could-not-be = a cell could not be read ({ $what }); it counts as blank
file-and-more-in-sheet = … and { $n } more { $what } in sheet '{ $a0 }'
file-sheet-spreads-its-cells-over = sheet '{ $a0 }' spreads its cells over too wide an area to keep in memory; it was not read
file-more-than-rows-only-the-2 = more than { $max_rows } rows: only the first { $max_rows } were read (raise the cap with --max-rows)
file-more-than-columns-only-the = more than { $max_cols } columns: only the first { $max_cols } were read
file-its-part-cannot-be-unpacked = its part '{ $part }' cannot be unpacked ({ $e })
file-its-part-is-cut-short = its part '{ $part }' is cut short
file-the-workbook-s-part-holds = the workbook's part '{ $part }' holds a tag or a run of text longer than { $a0 } MB (no cell holds that much): damaged or hostile, such files are refused
file-its-part-cannot-be-opened = its part '{ $part }' cannot be opened ({ $e })
file-the-file-is-damaged-or = the file is damaged or truncated: it starts like a zip-based workbook (.xlsx, .xlsm, .xlsb, .ods), but its zip directory cannot be read ({ $e }); expected a complete workbook file
file-the-workbook-s-zip-holds = the workbook's zip holds { $a0 } parts (a workbook has a few dozen; more than { $MAX_ZIP_ENTRIES } are refused as damaged or hostile)
file-its-zip-directory-is-inconsistent = its zip directory is inconsistent ({ $e })
file-the-workbook-unpacks-to-more = the workbook unpacks to more than { $a0 } MB: such files are refused (a decompression bomb?)
file-the-workbook-s-part-has = the workbook's part '{ $name }' has a compression ratio over { $a0 }:1 — a decompression bomb? Such files are refused
file-not-a-workbook-expected-xlsx = { $kind }, not a workbook: expected .xlsx, .xlsm, .xlsb or .ods
file-its-part-cannot-be-opened-2 = its part '{ $name }' cannot be opened ({ $e })
file-its-part-cannot-be-unpacked-2 = its part '{ $name }' cannot be unpacked ({ $e })
file-its-part-cannot-be-opened-3 = its part '{ $name }' cannot be opened ({ $e })
file-the-workbook-s-part-holds-2 = the workbook's part '{ $name }' holds more than { $max_elements } XML elements: damaged or hostile, such files are refused
file-the-workbook-holds-more-than = the workbook holds more than { $max } shared strings: such files are refused (damaged, hostile, or far bigger than an offer sheet)
file-sheet-spans-rows-columns = {" "}(sheet '{ $name }' spans { $rows } rows × { $cols } columns)
file-the-workbook-is-too-big = the workbook is too big to read safely: reading this .xls needs over { $a0 } MB of memory{ $detail }, more than the { $a1 } MB offerlens allows — save it as .xlsx (read row by row) or split it
file-sheet-declares-rows-columns-more = sheet '{ $sheet }' declares { $rows } rows × { $cols } columns, more than an .xls sheet can hold: damaged or hostile, such files are refused
file-the-workbook-is-too-big-2 = the workbook is too big to read safely: its shared strings and styles alone need over { $a0 } MB of memory, more than the { $a1 } MB offerlens allows — damaged or hostile, such files are refused
file-an-opendocument-file-but-not = an OpenDocument file, but not a spreadsheet ({ $mime }): expected an .ods spreadsheet
file-its-part-content-xml-cannot = its part 'content.xml' cannot be opened ({ $e })
file-its-content-xml-nests-more = its content.xml nests more than { $MAX_ODS_DEPTH } levels deep
file-sheet = sheet '{ $a0 }'
file-is-too-big-to-read = { $sheet } is too big to read safely: once its repeated rows and columns are expanded, reading it needs over { $a0 } MB of memory (offerlens allows { $a1 } MB for an .ods file) — delete the unused rows and columns, or save it as .xlsx
file-its-ole-structure-is-broken = its OLE2 structure is broken ({ $what })
file-its-stream-claims-to-be = its '{ $name }' stream claims to be longer than the file
file-its-stream-points-outside-the = its '{ $name }' stream points outside the mini stream
file-its-part-cannot-be-opened-4 = its part '{ $name }' cannot be opened ({ $e })
file-its-part-cannot-be-unpacked-3 = its part '{ $name }' cannot be unpacked ({ $e })
file-a-record-in-its-part = a record in its part '{ $name }' claims { $len } bytes, more than the part holds
file-the-workbook-s-part-holds-3 = the workbook's part '{ $name }' holds more than { $MAX_PART_ELEMENTS } records: damaged or hostile, such files are refused
file-the-workbook-holds-more-than-2 = the workbook holds more than { $a0 } shared strings: such files are refused (damaged, hostile, or far bigger than an offer sheet)
file-the-workbook-declares-or-holds = the workbook declares or holds { $n } shared strings, more than the { $max } offerlens reads: such files are refused (damaged, hostile, or far bigger than an offer sheet)
file-password = the workbook is password-protected: save an unprotected copy (Save As, without a password) and read that
file-xls-sheets-overlap = its sheets overlap or repeat each other
file-nothing = {""}
ole-unknown-sector-size = unknown sector size
ole-unknown-mini-sector-size = unknown mini-sector size
ole-no-root = no root directory
ole-empty-root = an empty root directory
ole-stream-too-long = a stream longer than the file
ole-fat-loop = a loop in its allocation table list
ole-fat-empty = an empty allocation table list
ole-fat-too-long = its allocation table is longer than the file
file-ole-cut-short = the file is cut short: an old-format Office file has at least 512 bytes
file-ole-past-end = its OLE2 structure points past the end of the file
file-ole-chain-loops = its OLE2 directory chain loops
file-ole-chain-outside = its OLE2 chain points outside its table
file-ole-mini-chain = its OLE2 mini chain is broken
file-ods-cut-short = its content.xml is cut short (the spreadsheet data ends in the middle)
file-ods-table-in-cell = its content.xml nests a table inside a cell, which cannot be read safely
file-ods-mismatched-tags = its content.xml has mismatched tags
file-the-workbook = the workbook
file-not-a-workbook = not a workbook: the content is neither a zip-based workbook (.xlsx, .xlsm, .xlsb, .ods) nor an old-format .xls
file-panicked = the workbook's structure could not be read (the file may be damaged); it was skipped
file-reason = { $reason }
file-part-missing = its part cannot be found in the file
file-csv-empty = the file is empty: expected a header row and one row per offer
file-binary = binary content, not text: expected a CSV file (or a workbook: .xlsx, .xls, .xlsb, .ods)
file-windows-1250 = not UTF-8: read as Windows-1250 (the encoding Polish Excel uses for CSV)
file-empty-workbook = the file is empty (0 bytes): expected a spreadsheet
file-no-sheets = the workbook has no sheets: expected a sheet with a header row and one row per offer
file-sheet-hidden = hidden
file-sheet-same-name = a second sheet with the same name
file-sheet-chart = a chart sheet
file-sheet-dialog = a dialog sheet
file-sheet-macro = a macro sheet
file-sheet-vba = a VBA module
file-no-visible-sheet = no sheet to read: every sheet of the workbook is hidden or a chart (unhide the sheet that holds the offers)
file-workbook-empty = the workbook is empty: no visible sheet holds any cell (expected a header row and one row per offer)
file-ole-not-a-workbook = an old-format Office file without a workbook inside (a Word .doc or PowerPoint .ppt?): expected an .xls workbook
file-merges-too-big = the merged areas are too many or too big: only some were filled with their top-left value
file-cells-cut = cells cut
file-formulas-without-result = formulas without a saved result
file-unreadable-cells = unreadable cells

## The command line, saving and the file system

cli-expected-pl-or-en-found = expected pl or en, found '{ $a0 }'
cli-f-does-not-match-the = -f { $a0 } does not match the file name { $a1 }: use .{ $a2 } or another -f
cli-the-questionnaire-is-an-xlsx = the questionnaire is an .xlsx workbook: name the file with .xlsx, not .{ $ext }
cli-not-utf-text-byte-save = not UTF-8 text (byte { $a0 }): save the criteria file as UTF-8
cli-unknown-profile-expected-one-of = unknown profile '{ $name }': expected one of { $a0 }
cli-source-date-epoch-must-be = SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (up to the year 9999), found '{ $text }'
cli-cannot-write = cannot write: { $e }
cli-no-offers = no offers given: name offer files or folders, e.g. `offerlens rank samples/agencies.csv`
cli-xlsx-needs-output = -f xlsx writes a workbook: name the file with -o, e.g. `-o ranking.xlsx`
cli-output-failed = output: { $reason }
cli-nothing-written-kept = nothing written: { $file } is left as it was
cli-nothing-written-not-created = nothing written: { $file } was not created
cli-no-offers-read = no offers could be read
cli-issue = { $location }: { $severity }: { $message }
cli-error = error
cli-needs-terminal = the interactive screen needs a terminal: for text output use `offerlens rank OFFERS` (or `-f json|csv`)
cli-wrote-questionnaire = wrote the questionnaire for "{ $name }" to { $file }: send it to the agencies, then rank the filled files: offerlens rank FOLDER { $option }
store-changed-on-disk = { $file } changed on disk since it was loaded: not saved (reload it or save under another name)
store-missing = { $file } no longer exists (moved or deleted since it was loaded): not saved (save under another name)
store-read-only = { $file } is read-only: not saved (make it writable, or save under another name)
store-exists = { $file } already exists: not saved (choose another name, or overwrite it; the old file is then kept as { $backup })
store-no-folder = cannot save { $file }: the folder { $folder } does not exist (create it or choose another place)
store-cannot-read = cannot read { $file }: { $reason } (not saved)
store-cannot-write = cannot write { $file }: { $reason } (the file is unchanged)
store-is-a-folder = is a folder: name a file to write
store-read-only-not-replaced = is read-only: not replaced (make it writable, or choose another name)
store-folder-missing = the folder { $folder } does not exist
store-is-the-criteria-file = is the criteria file: choose another name
store-is-an-offer-file = is one of the offer files: choose another name
store-in-offers-folder = is in the offers folder { $folder }: it would be read as offers next time; choose another folder
io-not-found = No such file or directory
io-permission-denied = Permission denied
io-is-a-directory = Is a directory
io-not-a-directory = Not a directory
io-already-exists = File exists
io-storage-full = No space left on device
io-read-only-filesystem = Read-only file system
io-invalid-data = the data is not valid
io-other = { $reason }

## Criteria files

edit-duplicate-id = criterion id "{ $id }" appears more than once in the criteria file: make the ids unique first
edit-invalid-toml = the criteria file is not valid TOML (line { $line }, column { $column }): { $message }
edit-invalid-weight = the weight of "{ $id }" must be a finite number of 0 or more, not { $weight }
edit-unknown-criterion = no criterion with id "{ $id }" in the criteria file
edit-unsupported = cannot change weights in this criteria file: { $why }
toml-a-number = a number
toml-a-number-between-and = a number between 0 and 1
toml-a-number-like-criterion = a number-like criterion
toml-a-number-of-zero-or = a number of zero or more (in the criterion's unit)
toml-a-risk-cost-criterion-is = a risk_cost criterion is computed, not read: remove `columns`
toml-a-string = a string
toml-a-string-2 = a string
toml-a-table-business = a table ([business])
toml-a-table-criterion = a table ([[criterion]])
toml-a-table-exchange-rates-with = a table ([exchange_rates] with EUR = 4.30)
toml-a-table-of-answer-score = a table of answer = score, e.g. {"{"} daily = 1.0, weekly = 0.5 {"}"}
toml-a-table-of-choice-phrases = a table of choice = [phrases], e.g. {"{"} continuous = ["na bieżąco"] {"}"}
toml-a-table-of-phrase-number = a table of phrase = number, e.g. {"{"} "na czas nieokreślony" = 0 {"}"}
toml-a-table-or-true = a table or true ({ $a0 })
toml-a-table-red-flag = a table ([[red_flag]])
toml-a-text = a string, or a table {"{"} pl = "…", en = "…" {"}"}
toml-a-text-criterion = a text criterion
toml-a-year-criterion = a year criterion
toml-above-needs-threshold = red flag "{ $id }" (above) needs `threshold`
toml-an-array-of-strings = an array of strings
toml-an-array-of-strings-2 = an array of strings
toml-an-array-of-tables-criterion = an array of tables ([[criterion]])
toml-an-array-of-tables-red = an array of tables ([[red_flag]])
toml-any-criterion = a criterion
toml-applies-to-applies-to-window = `applies_to` applies to window criteria (kind = "window"), not to "{ $a0 }"
toml-applies-to-names-a-criterion = `applies_to` names "{ $name }", a { $a0 } criterion: a window applies to durations only
toml-applies-to-names-which-no = `applies_to` names "{ $name }", which no [[criterion]] defines{ $hint }
toml-as-of-must-be-a = `as_of` must be a year such as 2026
toml-best-and-worst-must-differ = `best` and `worst` must differ for linear scoring (both are { $a0 })
toml-best-and-worst-together = `best` and `worst` go together (linear scoring needs both)
toml-better-applies-to-number-like = `better` applies to number-like kinds, not to "{ $a0 }"
toml-better-contradicts-best-and-worst = better = "{ $a0 }" contradicts best = { $a1 } and worst = { $a2 } (best is { $a3 } than worst)
toml-cannot-locate-criterion-in-the = cannot locate criterion "{ $id }" in the text
toml-choice-aliases-names-which-is = choice_aliases names "{ $key }", which is not one of the choices { $a0 }{ $hint }
toml-choice-aliases-needs-a-choices = `choice_aliases` needs a `choices` table on the same criterion
toml-choice-scores-a-choice-score = choice "{ $a0 }" scores { $a1 }: a choice score must be between 0 and 1
toml-choices-applies-to-kind-choice = `choices` applies to kind "choice", not "{ $a0 }"
toml-choices-is-empty-list-the = `choices` is empty: list the possible answers with their scores, e.g. {"{"} daily = 1.0, weekly = 0.5 {"}"}
toml-criteria-is-empty-name-the = `criteria` is empty: name the criteria whose absence raises the flag
toml-criterion-id-must-use-only = criterion id "{ $id }" must use only a-z, 0-9 and _ (e.g. "p1_response")
toml-criterion-is-missing-the-required = [[criterion]] is missing the required key `id`
toml-criterion-is-of-kind-choice = criterion "{ $id }" is of kind "choice" but has no `choices` table (answer = score 0..1)
toml-criterion-must-be-an-array = `criterion` must be an array of tables ([[criterion]]), found { $a0 } { $a1 }
toml-criterion-must-hold-tables-found = `criterion` must hold tables, found { $a0 } { $a1 }
toml-currency-must-be-a-three = `currency` must be a three-letter ISO code such as "PLN" or "EUR", found "{ $c }"
toml-did-you-mean = {" "}(did you mean `{ $key }`?)
toml-duplicate-criterion-id-first-defined = duplicate criterion id "{ $id }" (first defined on line { $first_line })
toml-duplicate-flag-id = duplicate red flag id "{ $id }"
toml-every-criterion-has-weight-give = every criterion has weight 0: give at least one a positive weight
toml-exchange-rates-is-the-criteria = [exchange_rates] { $code } is the criteria's own currency: remove it
toml-exchange-rates-keys-are-three = [exchange_rates] keys are three-letter currency codes such as EUR, found "{ $code }"
toml-exchange-rates-must-be-a = [exchange_rates] { $code } must be a number above 0: what one { $code } costs in { $currency }, such as 4.30
toml-expected-one-of = ; expected one of: { $a0 }
toml-give-either-penalty-or-action = give either `penalty` or action = "disqualify", not both
toml-group-must-be-one-of = `group` must be one of { $a0 }, found "{ $g }"{ $hint }
toml-invalid = invalid TOML: { $message }
toml-is-a-list-of-tables = [[{ $k }]] is a list of tables; { $a0 } is one table, written [{ $k }] (single brackets)
toml-is-a-single-table-is = [{ $k }] is a single table; { $a0 } is written [[{ $k }]] (two brackets)
toml-is-above = { $criterion } is above { $threshold }
toml-is-empty-write = `{ $key }` is empty: write { $expected }
toml-is-more-than-years-old = { $criterion } is more than { $years } years old
toml-is-not-a-usable-number = `{ $key }` is not a usable number (too large, inf or nan)
toml-is-only-used-by-linear = `{ $key }` is only used by linear scoring, but scoring = "{ $name }"
toml-is-or-more-below-the = { $criterion } is { $a0 }% or more below the mean of the other offers
toml-is-or-more-below-the-2 = { $criterion } is { $a0 }% or more below the median of the other offers
toml-is-vague-ask-for-a = { $criterion } is vague: ask for a list of what is included
toml-item-business = the business context
toml-item-criterion = each criterion
toml-item-red-flag = each red flag
toml-linear-scoring-needs-the-values = linear scoring needs { $a0 } (the values scoring 1 and 0)
toml-min-items-must-be-a = `min_items` must be a whole number, 0 or more
toml-missed-sla-share-is-a = `missed_sla_share` is a share of incidents from 0 to 1 (0.2 is a fifth), found { $share }
toml-missing-required-key-name-the = missing required key `name` (the criteria set's title, e.g. name = "SME with regular traffic")
toml-must-be-found = `{ $key }` must be { $expected }, found { $found ->
    [string] a string
    [integer] an integer
    [float] a float
    [boolean] a boolean
    [datetime] a date
    [array] an array
    [table] a table
   *[other] { $found }
}
toml-must-be-one-of-found = `{ $key }` must be one of { $a0 }, found "{ $s }"{ $hint }
toml-must-be-or-more-found = `{ $key }` must be 0 or more, found { $a0 }
toml-name-must-not-be-empty = `name` must not be empty
toml-no-answer-for = no answer for { $a0 }
toml-no-criteria-add-at-least = no criteria: add at least one [[criterion]] table
toml-older-than-needs-years = red flag "{ $id }" (older_than) needs `years`
toml-penalty-is-points-off-the = `penalty` is points off the 0–100 score: between 0 and 100, found { $a0 }
toml-per-applies-to-money-and = `per` applies to money and number criteria ("month", "hour"…), not to "{ $a0 }"
toml-prevents-applies-to-bool-and = `prevents` applies to bool and choice criteria (a safeguard the offer has or not), not to "{ $a0 }"
toml-prevents-is-the-share-of = `prevents` is the share of incidents prevented, from 0 to 1 (0.2 is a fifth), found { $a0 }
toml-ratio-must-be-above-and = `ratio` must be above 0 and at most 1 (0.7 flags 30% or more below), found { $a0 }
toml-read-as-a-phrase-stands = `read_as` "{ $phrase }" = { $a0 }: a phrase stands for a number of zero or more, in the criterion's unit
toml-read-as-applies-to-number = `read_as` applies to number, percent and duration criteria, not to "{ $a0 }"
toml-red-flag-is-missing-rule = red flag "{ $id }" is missing `rule` (one of { $a0 })
toml-red-flag-is-missing-the = [[red_flag]] is missing the required key `id`
toml-red-flag-names-criterion-which = red flag "{ $a0 }" names criterion "{ $c }", which is not defined{ $hint }
toml-red-flag-names-criterion-which-2 = red flag "{ $a0 }" names criterion "{ $c }", which is not defined
toml-red-flag-vague-text-needs = red flag "{ $a0 }" (vague_text) needs `patterns` or `min_items`
toml-require-false-demands-nothing-remove = require = false demands nothing: remove it, or write require = true
toml-require-fits-only-bool-criteria = require = { $b } fits only bool criteria; for "{ $a0 }" use { $a1 }
toml-require-is-empty-use = `require` is empty: use { $a0 }
toml-require-min-is-above-max = require min = { $lo } is above max = { $hi }: no offer could pass
toml-require-min-max-fits-number = require min/max fits number-like criteria; for "{ $a0 }" use { $a1 }
toml-require-one-of-fits-choice = require one_of fits choice and text criteria; for "{ $a0 }" use { $a1 }
toml-require-one-of-is-empty = require one_of is empty: no offer could pass
toml-require-one-of-names-which = require one_of names "{ $item }", which is not one of the choices ({ $a0 })
toml-rule-needs-but-is-of = rule "{ $a0 }" needs { $what }, but "{ $c }" is of kind "{ $a1 }"
toml-rule-needs-criterion = rule "{ $rule }" needs `criterion`
toml-scoring-applies-to-number-like = `scoring` applies to number-like kinds; "{ $a0 }" criteria score by their answer
toml-section = { $name }
toml-takes-the-languages-pl-and = `{ $key }` takes the languages pl and en, found "{ $other }"
toml-the-criteria-file = the criteria file
toml-the-weight-of-is-not = the weight of "{ $id }" is not a number (write it as `weight = 1`)
toml-unit-does-not-apply-to = `unit` does not apply to kind "{ $a0 }" (durations take "min", "h", "d" or "mo"; numbers take any label)
toml-unknown-duration-unit-expected-min = unknown duration unit "{ $u }": expected "min", "h", "d" or "mo"
toml-unknown-key-in = unknown key `{ $k }` in { $what }{ $hint }
toml-vat-rate-is-a-percentage = `vat_rate` is a percentage from 0 to below 100, such as 23, found { $a0 }
toml-vendor-columns-must-name-at = `vendor_columns` must name at least one header, e.g. ["Agencja", "Vendor"]
toml-weight-must-be-or-more = weight must be 0 or more, found { $a0 }
toml-years-must-be-a-whole = `years` must be a whole number, 0 or more

## The Markdown report

md-title = Offer ranking: { $name }
md-compared = { $offers } { $offers ->
    [one] offer
   *[other] offers
} compared, { $ranked } ranked, { $out } knocked out · { $method } · criteria { $origin }
md-nobody-passed = No offer passed the knock-out criteria.
md-winners-tied = Winners, tied: { $names } ({ $score } points)
md-tied-note = { $count } offers share first place. (The same vendor may have sent more than one file.)
md-winner = Winner: { $name } ({ $score } points)
md-only-one-passed = The only offer that passed the knock-out criteria.
md-ranking = Ranking
md-monthly-cost-in = Monthly cost ({ $currency })
md-risk-cost-in = Risk cost ({ $currency })
md-notes = Notes
md-red-flags-count = { $n } { $count ->
    [one] red flag
   *[other] red flags
}
md-blanks-count = { $n } blank
md-ranking-legend = Score 0–100. Monthly cost: the fee plus the hours needed beyond the pool at the hourly rate. Risk cost: the monthly cost plus what downtime and lost data are expected to cost the business (term by term below).
md-risk-terms = Risk cost, term by term ({ $currency })
md-risk-terms-legend = fee and extra hours: the monthly cost; downtime: expected critical incidents (lowered by the safeguards offered) × the time to restore (plus the wait for an office-hours window), or the downtime the uptime guarantee allows if that is more, × the revenue an hour; data loss: incidents × the RPO × what an hour of data is worth; credits (subtracted): the service credits expected when the SLA is missed, the share of incidents that overrun it × the credit the offer promises (a percentage of the fee), at most the fee.
md-knockouts = Knock-outs
md-red-flags = Red flags
md-remarks = Remarks in the offers
md-weights = Weights used
md-group = Group
md-data-issues = Data issues
md-issues-count = { $errors } { $errors ->
    [one] error
   *[other] errors
}, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
} while reading the offers:
md-audit = Audit
md-leads = { $first } leads { $second } by { $lead } points.
md-leads-topsis = { $first } leads { $second } by { $lead } points (TOPSIS: the differences below are per-criterion scores weighted by their share).
md-against = { $label }: { $this } against { $that } (+{ $points })
md-gains = Where it gains the most:
md-better = Where { $name } is better:
export-no-answer = no answer
audit-tool = Tool
audit-generated = Generated
audit-no-timestamp = (no timestamp)
audit-criteria = Criteria
audit-criteria-sha = Criteria sha256
audit-profile = Profile
audit-method = Method
audit-input = Input { $path }

## Units written in the built-in criteria

unit-working-days = working days

## The XLSX workbook

xlsx-col-rank = Rank
xlsx-col-vendor = Vendor
xlsx-col-score = Score
xlsx-col-blanks = Blanks
xlsx-col-knock-outs = Knock-outs
xlsx-col-red-flags = Red flags
xlsx-col-status = Status
xlsx-col-cost-note = Cost note
xlsx-col-source = Source
xlsx-col-notes = Notes
xlsx-col-criterion = Criterion
xlsx-col-label = Label
xlsx-col-raw-answer = Raw answer
xlsx-col-value = Value
xlsx-col-unit = Unit
xlsx-col-score-0-1 = Score (0–1)
xlsx-col-points = Points
xlsx-col-kind = Kind
xlsx-col-id-criterion = Id / criterion
xlsx-col-message = Message
xlsx-col-penalty = Penalty
xlsx-knock-out = knock-out
xlsx-red-flag = red flag
xlsx-col-id = Id
xlsx-col-group = Group
xlsx-col-weight = Weight
xlsx-col-share = Share
xlsx-col-rule = Rule
xlsx-col-missing = Missing
xlsx-col-weight-in-file = Weight in file
xlsx-col-item = Item
xlsx-not-set = not set
xlsx-currency = Currency
xlsx-support-hours-needed-per-month = Support hours needed per month
xlsx-critical-incidents-per-year = Critical incidents per year
xlsx-weights = Weights
xlsx-offers = Offers
xlsx-knocked-out = Knocked out
xlsx-import-issues = Import issues
xlsx-business-context = Business context
xlsx-this-ranking = This ranking
xlsx-sheet-ranking = Ranking
xlsx-sheet-breakdown = Breakdown
xlsx-sheet-flags = Flags
xlsx-sheet-criteria = Criteria
xlsx-sheet-audit = Audit
xlsx-too-big = { $offers } offers × { $criteria } criteria make { $answers } answers, more than the { $max } an XLSX workbook holds (one row each on its Breakdown sheet; about 20 000 offers of 49 criteria): write CSV or JSON instead (-f csv, -f json)
xlsx-cannot-write = cannot write the XLSX workbook: { $reason }
xlsx-title = Ranking: { $name }
xlsx-subject = Offer comparison
xlsx-revenue-per-hour = Revenue lost per hour of downtime ({ $currency })
xlsx-weights-tuned = tuned in the session: they differ from the criteria file (see Criteria)
xlsx-weights-as-in-file = as in the criteria file
xlsx-issues-count = { $errors } { $errors ->
    [one] error
   *[other] errors
}, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
} (run `offerlens check` for details)
xlsx-status-knocked-out = knocked out: { $reasons }
xlsx-status-ranked = ranked
xlsx-rows-left-out = … { $count } more { $count ->
    [one] row
   *[other] rows
} left out: a sheet holds at most 1 048 576 rows (see the JSON or CSV export)

## The questionnaire: why it cannot be made

form-nothing-to-ask = no criterion is answered by vendors (only computed ones): nothing to ask
form-no-name-reads-back = criterion '{ $id }': none of its names (columns, label, id) reads back as it in a questionnaire; each is empty, a vendor header or taken by an earlier criterion
form-no-vendor-header = the criteria name no usable vendor header (`vendor_columns`)
form-vendor-header-unreadable = the vendor header '{ $name }' would not read back from a questionnaire
form-cannot-build = cannot build the questionnaire: { $reason }

## More reading notes and kinds of files

cell-none-read-as-no = '{ $shown }' (none) read as no
cell-none-read-as-zero = '{ $shown }' (none) read as 0
cell-none-read-as-choice = '{ $shown }' (none) read as { $key }
file-kind-pipe = a named pipe
file-kind-socket = a socket
file-kind-device = a device
file-kind-folder = a folder
file-kind-special = a device, pipe or socket
file-kind-docx = a Word document (.docx)
file-kind-pptx = a PowerPoint file (.pptx)
file-kind-zip = a zip archive
cli-criteria-ok = { $origin }: OK · "{ $name }" · { $criteria } criteria · { $method } · weights sum to { $total }

## The command line's help (Polish; English is clap's own)

help-heading-usage = Usage:
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-flag-help = Print help
help-flag-version = Print version
help-about-offerlens = Compare vendor offers (website-maintenance agencies first of all) and rank them by business risk.
help-about-rank = Score and rank the offers.
help-about-check = Diagnostics only: what was read, what could not be, and where.
help-about-tui = The interactive screen: live ranking, weight tuning, compare, save.
help-about-template = The questionnaire to send to agencies (xlsx), built from the criteria.
help-arg-offers = Offer files or folders (every spreadsheet inside is read)
help-arg-check-offers = Offer files or folders; none: only the criteria are checked
help-arg-lang = The language of the output: pl or en (default: from LC_ALL, LC_MESSAGES or LANG; a pl_* locale is Polish, anything else English)
help-arg-criteria = A criteria TOML file
help-arg-profile = A built-in profile: info-site, sme or ecommerce. Default: sme
help-arg-max_rows = Most rows read from one sheet or CSV file (default: 50000)
help-arg-max_file_mb = Largest offer file read, in MB (default: 100)
help-arg-max_memory_mb = Memory for the cells of all offer files of the run together, in MB (default: 420)
help-arg-format = Output format: table (text for 80 columns), json (for programs, with an audit block), csv (one row per offer), md (a report to paste into an email), xlsx (a workbook for procurement; needs -o), html (one page with charts for the board, prints on A4)
help-arg-output = The file to write (written atomically; - is standard output)
help-arg-template-output = The file to write: the questionnaire (.xlsx), or with --ratings the ratings sheet (.xlsx or .ods)
help-arg-csv_dialect = CSV dialect: rfc4180 (comma, decimal point) or pl (semicolon, decimal comma, for Polish Excel)
help-arg-no_timestamp = No time in the audit stamp: the same inputs give the same bytes
help-arg-brief = Per table a count of the columns matched, and only errors and warnings
help-value-OPTIONS = OPTIONS
help-value-COMMAND = COMMAND
help-value-FILE = FILE
help-value-OFFERS = OFFERS
help-value-PROFILE = PROFILE
help-value-FORMAT = FORMAT

## The questionnaire: questions

form-q-p1-response = What is the guaranteed response time for a critical (P1) failure, e.g. the site being down?
form-q-p1-rto = How soon will you restore the site after a critical P1 failure (RTO)?
form-q-rpo = How much data can we lose at most in a failure (RPO), i.e. how old may the restored data be?
form-q-p2-response = What is the guaranteed response time for a medium-priority (P2) problem, e.g. an important feature failing?
form-q-p2-rto = How soon will you restore full service after a medium-priority (P2) problem?
form-q-p3-response = What is the response time for a minor (P3) problem?
form-q-p3-rto = How soon do you fix a minor (P3) problem?
form-q-p4-response = What is the response time for a lowest-priority (P4) request, e.g. a change request or a cosmetic fix?
form-q-p4-rto = How soon do you complete a P4 request?
form-q-weekend-coverage = Do you handle incidents at weekends and on public holidays: all of them, critical (P1) failures only, or none?
form-q-sla-hours = On which days and at which hours do the SLA times count (e.g. 24/7, or Mon–Fri 8–16)?
form-q-patching = How soon after release do you install critical security patches?
form-q-waf = Does the service include a web application firewall (WAF)?
form-q-recovery-drills = Do you run disaster-recovery drills that prove the restore time you state?
form-q-monitoring-24-7 = Do you monitor the site around the clock, 7 days a week?
form-q-backup-frequency = How often do you back up the site and its database?
form-q-backup-retention = How long do you keep backups?
form-q-restore-tests = How often do you test that the site can be restored from a backup?
form-q-security-owner = Who is responsible for the site's security: the agency, the client, or both jointly?
form-q-cms-updates = Does the service include regular CMS and plugin updates?
form-q-dev-hours = How many hours of small development work per month does the service include?
form-q-scope = What exactly does the service include? Please list every item (e.g. updates, backups, monitoring, hours of work) one by one.
form-q-uptime = What uptime do you guarantee in the contract?
form-q-kpi-uptime = Do your reports show the site's uptime?
form-q-kpi-mttr = Do you report the mean time to detect and to repair failures (MTTD / MTTR)?
form-q-kpi-web-vitals = Do you report page-speed metrics (LCP, TTFB)?
form-q-kpi-5xx = Do you report the rate of server errors (5xx)?
form-q-monthly-report = Do you send a monthly report of the work done?
form-q-change-history = Do you keep a history of changes to the site that we can see?
form-q-stats-access = Will we have access to the site's performance statistics?
form-q-industry-match = What kind of clients do you mostly work for (online shops, company sites, news and information portals, various)?
form-q-latest-reference-year = In which year did you finish your most recent project whose client we may contact (reference)?
form-q-case-study-stack = Can you show a case study of a project on our technology stack?
form-q-inquiry-response-days = Filled in by the buyer: how many working days the agency took to answer the inquiry.
form-q-audit-time = How soon after the start will you deliver the start-up audit (inventory, risks, critical gaps)?
form-q-plan-90-days = Will you prepare a plan for the first 90 days after the audit (critical fixes, stabilisation, performance quick wins)?
form-q-sla-pilot = Do you agree to an SLA pilot (30–90 days) with agreed KPIs and reporting?
form-q-monthly-fee = What is the monthly subscription fee?
form-q-hourly-rate = What is the hourly rate for work beyond the hours included in the subscription?
form-q-hours-included = How many hours of work per month does the subscription include?
form-q-sla-credits = What service credit or penalty (as a % of the monthly fee) do you give for each missed SLA time?
form-q-contract-term = What is the minimum contract term (e.g. 12 months, open-ended)?
form-q-notice-period = What is the notice period to end the contract?
form-q-hours-rollover = Do hours not used in a month roll over to the next month (yes), or are they lost (no)?
form-q-billing-model = How is the work billed: a monthly subscription, a package of hours, or pay-as-you-go?
form-q-price-indexation = May the price rise during the contract, and how (fixed, by the consumer price index, by your price list)?
form-q-accounts-owner = In whose name are the hosting, domain and analytics accounts: ours (the client's) or the agency's?
form-q-exit-handover = At the end of the contract, will you hand over every access, password and the documentation?
form-derived-bool = Does the offer include: { $name }?
form-derived-choice = { $name }: please pick the answer from the list.
form-derived-money = Please state the price: { $name }.
form-derived-year = Please state the year: { $name }.
form-derived-text = Please describe: { $name }.
form-derived-other = Please state: { $name }.

## The questionnaire: title and instructions

form-title = Offer questionnaire: website maintenance and technical support
form-end = Thank you! Please send the filled-in file back (.xlsx).
form-howto = How to fill in: please enter { $agency ->
    [yes] the agency's name
   *[no] your company's full name
} in the yellow "{ $field }" field and your answers in the "Odpowiedź (Answer)" column: one answer per row, with its unit (e.g. "15 min", "4 h", "1450 { $currency } net", "99.9%"). Where a cell offers a list, please pick the answer from it. Comments and reservations go in the "Uwagi (Notes)" column. If something is not part of your offer, write "none" or "no".{ $buyer ->
    [yes] {" "}Rows whose answer field is grey ("Wypełnia zamawiający") are filled in by the buyer: please leave them out.
   *[no] {""}
} Please keep the layout as it is (do not add or delete rows or columns): the answers are read automatically. The sheet is protected without a password so that the questions are not changed by mistake: the name, answer and notes fields are edited as usual, and should anything else need changing, the protection comes off without a password (Review › Unprotect Sheet).
form-group-scope = Scope of work
form-group-sla = SLA and recovery
form-group-security = Security
form-group-performance = Performance and KPIs
form-group-reporting = Reporting
form-group-price = Price
form-group-references = Experience and references
form-group-communication = Communication
form-group-onboarding = Onboarding
form-group-other = Other

## The questionnaire: units, hints and prompts

form-unit-minutes = minutes
form-unit-hours = hours
form-unit-days = days
form-unit-months = months
form-unit-window = days and hours (e.g. 24/7)
form-unit-percent = % (e.g. 99.9)
form-unit-bool = yes / no
form-unit-choice = pick from the list
form-unit-text = description, item by item
form-unit-year = year (e.g. 2025)
form-unit-working-days = working days
form-unit-number = number
form-unit-required = answer required
form-unit-money-pln = PLN net
form-net = net
form-required = required
form-pick-list-notes = Please pick an answer from the list; comments go in the Notes column.
form-pick-list = Please pick from the list.
form-choice = Choice
form-one-of = One of: { $entries }
form-hint-minutes = e.g. 15 min, 1 h.
form-hint-hours = e.g. 4 h, 30 min, 2 days.
form-hint-days = e.g. 30 days.
form-hint-months = e.g. 12 months.
form-hint-window = e.g. 24/7, Mon–Fri 8–16.
form-hint-money = e.g. 1450 { $currency } net.
form-hint-percent = e.g. 99.9%.
form-hint-year = e.g. 2025.
form-hint-text = Please list the items one by one (comma, semicolon or new line).
form-hint-number = A number, e.g. 8.
form-agency-name = The agency's full name
form-company-name = Your company's full name
form-buyer-fills = The buyer fills in this answer.
form-group-contract = Contract terms

## Explain: why one offer beats another

explain-unknown-vendor = no offer from '{ $name }': the vendors are { $vendors }
explain-needs-two = explain compares two offers, and { $offers } { $offers ->
    [one] was
   *[other] were
} read
explain-same-offer = --vendor and --vs name the same offer, { $vendor }: name two
explain-part = { $label } (+{ $points })
explain-gains = wins mainly on { $parts }
explain-no-gains = gains on no criterion
explain-losses-not-enough = ; { $second } is better on { $parts }, but that does not make up for it
explain-losses-enough = ; { $second } is better on { $parts }, and that decides it
explain-no-losses = ; { $second } is better on nothing
explain-sentence = { $first } { $gains }{ $losses } (score difference { $lead }).
explain-title = { $first } vs { $second } · Δ { $lead }
explain-penalties = Red-flag penalties
explain-not-additive = TOPSIS (or a score held at 0) does not split into points: the columns show each criterion's score weighted by its share, not parts of the score.
explain-knocked-out = { $vendor } is knocked out:
help-about-explain = Why one offer beats another, criterion by criterion.
help-arg-vendor = The offer to explain (default: the leader); case and diacritics do not matter
help-arg-vs = The offer to compare it with (default: the runner-up, or the leader)
help-arg-explain-format = Output format: table, json or md
help-value-NAME = NAME
explain-gains-behind = gains most on { $parts }

## Sensitivity: how sure the winner is

sens-title = How sure is this?
sens-first = Chance of first place
sens-first-note = ({ $samples } weight draws, each weight up to { $spread } % off, seed { $seed })
sens-tipping = Tipping points
sens-tip-down = if the weight of { $label } drops from { $from } to { $to }, { $vendor } leads
sens-tip-up = if the weight of { $label } rises from { $from } to { $to }, { $vendor } leads
sens-no-tipping = No single weight changes the leader.
sens-topsis = TOPSIS: tipping points are computed for the weighted sum only; the chance of first place and the price to win are shown.
sens-price = Price to win
sens-price-line = { $vendor } would lead at { $fee } a month
sens-no-fee-criterion = the criteria have no monthly_fee criterion
sens-knocked-out = knocked out: no fee brings it back
sens-not-even-free = not first even at a fee of 0
sens-dominated = Offers that cannot win
sens-dominated-line = { $vendor } is matched or beaten by { $by } on every criterion
sens-none = None.
sens-reversal = Order that depends on the other offers
sens-reversal-line = without { $removed }: { $pairs } swap places
sens-bad-options = --spread is a percentage from 0 to 100 and --samples from 1 to 1 000 000
sens-nothing-ranked = no offer is ranked (every offer is knocked out): nothing to weigh
help-about-sensitivity = How sure the winner is: tipping points, chance of first place, price to win.
help-arg-samples = Weight samples drawn for the chance of each place (default: 10000)
help-arg-spread = How far each weight may be off, in percent, 0–100 (default: 30)
help-arg-seed = The seed of the draws: the same seed gives the same shares (default: 2026)
help-arg-sensitivity-format = Output format: table, json or md
help-value-N = N
help-value-PCT = PCT
help-value-S = S
tui-explain-needs-two = Explain compares two offers: at least two are needed.
help-explain = why the leader beats the selected offer
cli-errors-while-reading = { $errors } { $errors ->
    [one] error
   *[other] errors
} while reading the offers: the cells it concerns count as blank (`offerlens check` lists { $errors ->
    [one] it
   *[other] them
})
sens-left-out = Price to win, offers that cannot win and rank reversal look at the { $kept } best-ranked offers; { $count } more are ranked but left out of them.
sens-price-line-now = { $vendor } would lead at { $fee } a month instead of { $now }
tui-tip-pending = Where the leader changes: computing…
tui-tip-topsis = Where the leader changes is computed for the weighted sum only.
tui-tip-none = No weight of this criterion alone changes the leader.
tui-tip-down = The leader changes below { $down } ({ $vendor }).
tui-tip-up = The leader changes above { $up } ({ $vendor }).
tui-tip-both = The leader changes below { $down } ({ $down_vendor }) or above { $up } ({ $up_vendor }).
tui-first = P(1st)
tui-price-to-win = Price to win
tui-price-leads = leads at its own fee
tui-price-pending = computing…
tui-price-large = for more than { $max } offers: offerlens sensitivity
tui-price-now = now { $now }
sens-report-too-many = { $ranked } offers are ranked: the report works this out for up to { $max }. Run `offerlens sensitivity` on the same offers for it.
xlsx-sheet-sensitivity = Sensitivity
xlsx-col-first = Chance of first place
xlsx-col-fee-now = Monthly fee now
xlsx-col-price-to-win = Price to win
xlsx-col-no-price = Why no price wins
xlsx-col-beaten-by = Cannot win: beaten by
xlsx-col-tip-down = Leader changes below
xlsx-col-leader-down = Then leads
xlsx-col-tip-up = Leader changes above
xlsx-col-leader-up = Then leads
sens-first-rest = { $count ->
    [one] one more offer: never first
   *[other] { $count } more offers: never first
}
sens-only-one = Only one offer is ranked: it leads whatever the weights.
cli-at = { $place }: { $message }
html-verdict = Verdict
html-verdict-lead = { $name } comes first with { $score } points; { $second } is second, { $lead } points behind.
html-verdict-alone = { $name } comes first with { $score } points: the only offer that passed the knock-out criteria.
html-sure-clear = It comes first in { $share } of { $samples } draws of the weights: the result holds.
html-sure-likely = It comes first in { $share } of { $samples } draws of the weights: likely, but see how sure the result is below.
html-sure-open = It comes first in only { $share } of { $samples } draws of the weights: small changes to the weights change the winner.
html-verdict-out = { $count ->
    [one] One offer was knocked out and is not ranked.
   *[other] { $count } offers were knocked out and are not ranked.
}
html-scores = Scores
html-scores-desc = The score of each ranked offer, 0–100, best first.
html-top-shown = The chart shows the { $shown } best-ranked of { $count } offers; the table lists them all.
html-costs-desc = The risk-adjusted monthly cost of each offer, term by term; striped: service credits, taken off the total.
html-credits = credits (taken off)
html-heatmap = Strengths and weaknesses
html-heatmap-desc = The score of each offer on each criterion that carries weight, 0–100 (darker is better; — no score), criteria in their groups.
html-heatmap-top = The { $shown } best-ranked of { $count } offers are shown.
html-no-score = no score
html-first-desc = The chance of each offer to come first when the weights are drawn at random around the ones used.
html-as-table = The same as a table
toml-a-rating-criterion-has-no-columns = a rating criterion is rated by the evaluators, not read from the offers: remove `columns`
toml-applies-to-rating-criteria = `{ $key }` applies to rating criteria (kind = "rating"), not to "{ $a0 }"
toml-scale-is-two-points = `scale` is the lowest and the highest point, the lowest first, such as [1, 5]
toml-disagreement-is-points = `disagreement` is how many points apart two evaluators may be before it is a warning: a number above 0, such as 2
cell-rated = nothing (rated by the evaluators)
rating-none-given = criterion '{ $criterion }' ({ $label }) is rated by evaluators, and no ratings were given: every offer counts as blank (worst) on it
rating-no-sheet = no ratings sheet in this file: expected a header row with the vendor column ("Agencja", "Vendor") and at least one rating criterion; the file is left out
rating-named-by-file = no evaluator's name in the file (a cell "Oceniający:" or "Evaluator:" with the name beside it): the evaluator is named { $name }, after the file
rating-same-evaluator = { $name } rated in { $first } already: this file is left out
rating-nobody-rated = { $name } rated no vendor
rating-unknown-vendor = vendor '{ $vendor }' is not among the offers: left out
rating-unknown-vendor-near = vendor '{ $vendor }' is not among the offers (did you mean '{ $near }'?): left out
rating-disagreement = the evaluators disagree on { $vendor }, { $label }: { $high } gave { $high_points }, { $low } { $low_points }
rating-consensus = { $label }: each vendor's value is the { $aggregate } of the evaluators' ratings; { $share } of the ratings are within one point of their vendor's median; the evaluators are { $apart } or more points apart on { $disputed } of { $vendors } vendors
rating-by-median = median
rating-by-mean = mean
rating-by-geometric = geometric mean
rating-outside-scale = rating { $points } is outside the scale { $low }–{ $high }: left out
rating-not-a-number = '{ $text }' is not a rating: expected points from { $low } to { $high }; left out
help-arg-ratings = The evaluators' ratings files of the rating criteria, one file per evaluator. Default: a `ratings` folder beside the offers
sens-evaluators = Without each evaluator
sens-evaluator-changes = without { $evaluator }'s ratings, { $vendor } would lead instead of { $leader }
sens-evaluator-same = without { $evaluator }'s ratings, { $leader } still leads
sens-evaluator-none = without { $evaluator }'s ratings, no offer is ranked
details-ratings = Ratings
details-ratings-apart = the evaluators disagree
table-legend-disagree = ≠ rating criteria the evaluators disagree on (offerlens check names who gave what)
form-ratings-nothing-rated = the criteria rate nothing: a ratings sheet needs at least one criterion with kind = "rating"
form-ratings-title = Ratings of the offers
form-ratings-sheet = Ratings
form-ratings-evaluator = Evaluator:
form-ratings-how = Write your name beside "Evaluator:", then rate each vendor from { $low } (worst) to { $high } (best); leave a cell empty when you cannot judge it. One file per person.
form-ratings-vendor = Vendor
form-ratings-comments = Comments
form-ratings-points = Points
form-ratings-between = Points from { $low } (worst) to { $high } (best); empty if you cannot judge it.
cli-template-offers-need-ratings = offers are given to `template` only with --ratings (the ratings sheet lists their vendors); the questionnaire takes none
cli-wrote-ratings-sheet = wrote the ratings sheet { $file } ({ $count } vendors): one copy per evaluator, read back from a `ratings` folder beside the offers or with --ratings DIR
help-arg-template-ratings = Write the ratings sheet one evaluator fills in (rating criteria across, the offers' vendors down), instead of the vendors' questionnaire
help-arg-template-offers = With --ratings: the offers whose vendors are rated
md-evaluator-comments = What the evaluators wrote
toml-labels-are-for-ratings = `labels` name the points of a rating criterion's scale (kind = "rating")
toml-labels-a-table = a table of point = text, such as labels = {"{"} 1 = "poor", 5 = "excellent" {"}"}
toml-label-point-outside-scale = `labels` key "{ $key }" is not a point of the scale { $low }–{ $high }
form-ratings-labels = What the points mean: { $labels }
cli-the-ratings-sheet-is-xlsx-or-ods = the ratings sheet is an .xlsx or .ods workbook: name the file with one of those, not .{ $ext }
ask-and-needed = { $question } We need this answer to consider the offer.
ask-nothing-known = Please tell us more about this part of your offer.
ask-knockout = { $label }: we need { $require }, and the offer says { $answer }. Is a better option available, and at what price?
ask-unread = { $label }: the offer says { $answer }, which we could not read as a figure. { $question } Please give { $expected }.
ask-doubtful = { $label }: the offer says { $answer }; we are not sure we read it as you meant it. { $question } Please give { $expected }.
ask-blank = { $label }: the offer gives no answer. { $question } Please give { $expected }.
ask-term = { $label }: the offer does not say. { $question } Please give { $expected }.
ask-expect-minutes = the time in minutes or hours (e.g. 30 min, 4 h)
ask-expect-hours = the time in hours (e.g. 4 h)
ask-expect-days = the time in days (e.g. 2 days)
ask-expect-months = the time in months (e.g. 3 months)
ask-expect-money = the amount in { $currency }, net
ask-expect-money-month = the amount in { $currency } a month, net
ask-expect-money-hour = the amount in { $currency } an hour, net
ask-expect-percent = a percentage
ask-expect-bool = yes or no
ask-expect-choice = one of: { $options }
ask-expect-window = the days and hours it applies (e.g. Mon–Fri 8–16, or 24/7)
ask-expect-year = the year (e.g. 2025)
ask-expect-list = a list of the items, one by one
ask-expect-number = a number
ask-expect-number-hours = the number of hours
ask-expect-number-working-days = the number of working days
ask-expect-number-days = the number of days
ask-flag-own = { $question }
ask-flag-low-price = Your price is well below what we expected for this scope: what exactly is not included, and what would cost extra?
ask-flag-vague = { $label }: the offer says { $answer }. Please list, one by one, every task included each month.
ask-flag-references = Please name two clients from the last two years whom we may call for a reference.
ask-flag-above = { $label }: the offer says { $answer }. Can you offer better, and at what price?
ask-flag-missing-one = { $label }: { $question }
ask-flag-missing = The offer leaves out: { $questions }
ask-flag-message = { $message }
rating-vendor-twice = { $vendor } is rated again here (first at { $first }): this row is left out
rating-vendor-read-as = vendor '{ $vendor }' read as { $offer }
rating-column-read-as = column '{ $header }' read as the rating criterion { $criterion }
rating-unknown-column = column '{ $header }' names no rating criterion: left out
rating-unknown-column-near = column '{ $header }' names no rating criterion (did you mean '{ $near }'?): left out
toml-geometric-needs-positive-scale = aggregate = "geometric" needs a scale above 0 (the lowest point is { $low }): one rating of 0 would make every vendor's value 0; use "median" or "mean", or a scale such as [1, 5]
cli-ratings-not-found = no such ratings folder or file (--ratings): name the folder that holds the evaluators' ratings files
rating-folder-empty = the ratings folder holds no ratings files (expected one spreadsheet or CSV file per evaluator)
cli-wrote-ratings-sheet-blank = wrote the ratings sheet { $file } with empty rows for the vendors' names (name the offers after the options to list their vendors): one copy per evaluator, read back from a `ratings` folder beside the offers or with --ratings DIR
md-disputed-count = evaluators disagree on { $n } { $count ->
    [one] criterion
   *[other] criteria
}
ask-letter-subject = Subject: Questions about your offer ({ $vendor })
ask-letter-greeting = Good morning,
ask-letter-intro = Thank you for your offer. Before we decide, we would be grateful if you could clarify the following:
ask-letter-closing = Thank you in advance for your answers.
    Kind regards
ask-letter-head = { $vendor }: { $count ->
    [one] 1 question
   *[other] { $count } questions
}
ask-nothing-to-clarify = { $vendor }: nothing to clarify (every weighted answer was read, no red flag, no knock-out)
ask-xlsx-title = Questions to the vendors
ask-xlsx-sheet = Questions
ask-xlsx-col-number = No.
ask-xlsx-col-points = Points at stake
ask-xlsx-col-question = Question
ask-xlsx-col-received = Answer received
ask-xlsx-nothing = nothing to clarify
ask-kind-knockout = knock-out
ask-kind-flag = red flag
ask-kind-unread = unclear answer
ask-kind-blank = no answer
ask-kind-term = contract term
help-about-ask = What to ask each vendor next: an e-mail per vendor, most points at stake first.
help-arg-ask-vendor = Only this vendor's questions; case and diacritics do not matter
help-arg-ask-format = Output format: text (e-mails to send as they are), md (the same in Markdown), json (for programs, with points at stake and cells), xlsx (one sheet to track the answers; needs -o)
help-arg-ask-output = A file, or a folder for one file per vendor (a folder that exists, or a name ending in / or without an extension)
help-value-PATH = PATH
cli-ask-unknown-extension = -o names a .{ $ext } file: the questions are written as .txt, .md, .json or .xlsx (or name a folder for one file per vendor)
cli-ask-format-and-extension = -f { $format } does not match the file's extension .{ $ext }
cli-ask-wrote-file = wrote the questions into { $file }
cli-ask-wrote-folder = wrote { $letters } { $letters ->
    [one] letter
   *[other] letters
} into { $dir }, one per vendor with something to clarify
cli-ask-nothing = { $vendor }: nothing to clarify, no letter written
cli-cannot-build-workbook = cannot build the workbook: { $reason }
ask-unread-said = { $label }: the offer says { $answer }, which we could not read as a figure.
ask-said-then = { $said } { $question }
tui-ask-copied = the questions to { $vendor } were sent to the terminal's clipboard (if the terminal takes it): paste them into an e-mail
tui-ask-saved = the questions to { $vendor } are in { $file } (this terminal cannot take them to the clipboard)
tui-ask-not-copied = the questions could not be copied: { $reason }
tui-ask-nothing-to-copy = nothing to ask this vendor: no letter to copy
tui-ask-title = What to ask { $vendor }
tui-ask-keys = c copy the e-mail · ↑↓ scroll · Esc close
tui-ask-none = Nothing to clarify: every weighted answer was read, no red flag was raised and nothing knocks the offer out.
tui-ask-points = { $points } pts
help-ask = what to ask the selected offer's vendor (c copies the e-mail)
form-followup-howto = Please check your answers and complete the cells highlighted in orange (hover over a cell for our question), then send the file back as it is.
cli-followup-needs-offers = template --followup needs the offers whose vendors to ask (e.g. `offerlens template --followup -o follow-up/ offers/`)
cli-followup-is-a-folder = template --followup writes one file per vendor: -o names a folder, not the file { $path }
cli-wrote-followups = wrote { $files } follow-up { $files ->
    [one] questionnaire
   *[other] questionnaires
} into { $dir }: send each vendor theirs; put the filled ones beside the offers and the new answers replace the old
help-arg-template-followup = Each vendor's own questionnaire again, pre-filled with their answers, the cells to clarify highlighted (one file per vendor into the folder -o names)
followup-alone = a follow-up from { $vendor }, with no earlier offer from { $vendor } among the files: read as an offer of its own (if the vendor's name was changed in it, the offer now counts twice)
followup-replaces = the follow-up from { $vendor } replaces its offer at { $earlier } ({ $changed } { $changed ->
    [one] answer changed
   *[other] answers changed
})
followup-changed = { $vendor }, { $label }: changed from '{ $old }' to '{ $new }'
followup-answered = { $vendor }, { $label }: answered '{ $new }' (was blank)
followup-cleared = { $vendor }, { $label }: now blank (was '{ $old }')
ask-said-nothing = { $label }: the offer says { $answer }. { $question } Please give { $expected }.
ask-not-covered = { $label }: { $question } Please give { $expected }.
ask-one-of = { $options }
ask-and-decides = { $question } Whether we can consider the offer depends on it.
ask-letter-subject-unnamed = Subject: Questions about your offer
followup-twice = a second follow-up from { $vendor }: this file counts, being read after { $other } (files are read in name order) — keep only the latest follow-up among the offers
cli-ask-not-a-file = is there and is not a file (a folder of that name?): nothing was written; move it or name another folder with -o
cli-ask-earlier-file = { $message } (the file { $file } from an earlier run is still there)
cli-followup-nothing = { $vendor }: nothing to clarify, no follow-up written
explain-ambiguous-vendor = '{ $name }' fits more than one offer: { $vendors } — give more of the name
tui-ask-in-tmux = the questions to { $vendor } are in tmux's paste buffer (paste with Ctrl-b ]; on to the clipboard where tmux's set-clipboard allows)
cli-ask-xlsx-needs-output = -f xlsx writes a workbook: name the file with -o, e.g. `-o questions.xlsx`
followup-ambiguous = a follow-up from { $vendor }, while { $offers } offers bear that name: it replaces none of them and is read as an offer of its own; keep only the offer it answers for beside it
doubt-bare-days = a bare { $n } is read as { $n } days (the criterion's unit), on a scale of months: if months were meant, write "{ $n } months"
