"""`segdsl explain`: sentences in English and German, every definition of the
example project and the conformance corpus, attrition against `segdsl run`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_project import run
from report_project import AS_OF, SHOP, membership_counts, shop_copy

from segdsl.check.checker import CheckedProject
from segdsl.explain import explain
from segdsl.workspace import load_workspace

REPO = Path(__file__).resolve().parents[1]
CONFORMANCE = REPO / "tests" / "conformance"

SPEC_EXAMPLE = """\
metric orders_30d = count(purchase in last 30 days)

segment lapsing_buyers
  title "Frequent buyers gone quiet"
  where orders_30d > 3
    and has no purchase in last 7 days

segment vip
  where has email_open with campaign = "spring" in previous year
    and not in segment lapsing_buyers

segmentation tier
  gold: count(purchase) >= 10
  casual: otherwise
"""


def _checked(project: Path) -> CheckedProject:
    workspace = load_workspace(project)
    assert workspace.checked is not None and workspace.ok
    return workspace.checked


@pytest.fixture(scope="module")
def spec_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("explain") / "p"
    project.mkdir()
    (project / "segdsl.yml").write_text("name: p\n", encoding="utf-8")
    (project / "schema.yml").write_text(
        (SHOP / "schema.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (project / "segments").mkdir()
    (project / "segments" / "s.seg").write_text(SPEC_EXAMPLE, encoding="utf-8")
    return project


@pytest.mark.parametrize(("name", "lang", "sentence"), [
    ("lapsing_buyers", "en", "Customers who bought more than 3 times in the last 30 days "
     "and have not bought in the last 7 days."),
    ("lapsing_buyers", "de", "Kunden, die in den letzten 30 Tagen mehr als 3-mal gekauft "
     "und in den letzten 7 Tagen nichts gekauft haben."),
    ("vip", "en", "Customers who have at least one 'email_open' event with 'campaign' "
     "\"spring\" in the previous calendar year and are not in the segment "
     "'Frequent buyers gone quiet'."),
    ("vip", "de", "Kunden, die im letzten Kalenderjahr mindestens ein 'email_open'-Ereignis "
     "mit 'campaign' „spring“ haben und nicht im Segment „Frequent buyers gone quiet“ "
     "sind."),
    ("tier", "en", "gold: customers who bought at least 10 times; otherwise casual."),
    ("tier", "de", "gold: Kunden, die mindestens 10-mal gekauft haben; sonst casual."),
    ("orders_30d", "en", "'orders_30d' is the number of purchases in the last 30 days, "
     "per customer."),
    ("orders_30d", "de", "'orders_30d' ist je Kunde die Anzahl der Käufe in den letzten "
     "30 Tagen."),
])
def test_sentences(spec_project: Path, name: str, lang: str, sentence: str) -> None:
    assert explain(_checked(spec_project), name, lang) == sentence
    result = run(["explain", name, "--lang", lang, "--project", str(spec_project)])
    assert result.exit_code == 0, result.output
    assert result.stdout == sentence + "\n"


# Every form of condition, in both languages, as `explain --all` prints it. The
# sentences are the contract of the wording: read them aloud before changing one.
FORMS = """\
metric orders_30d = count(purchase in last 30 days)
metric days_quiet = days_since(last(purchase))
metric kids_spend = sum(purchase.amount with category = "kids" in last 365 days)

segment attr_compare
  where age >= 30 and country = "DE" and customer_type != "b2b"
segment attr_not
  where not (age >= 30)
segment metric_count
  where orders_30d > 3 and orders_30d <= 10
segment metric_once
  where count(purchase in last 30 days) = 1
segment metric_named
  where kids_spend >= 100
segment last_long_ago
  where last(purchase) < 180 days ago
segment first_recent
  where first(purchase) in last 30 days and date(first(purchase)) < today
segment last_between
  where last(purchase) between 180 days ago and 90 days ago
segment signup_since
  where signup_at since 1 year ago and signup_at not in last 30 days
segment quiet_days
  where days_quiet <= 730 and years_since(birthday) >= 18
segment first_channel
  where first(purchase.channel) = "store" and last(purchase.amount) is not set
segment aggregates
  where min(purchase.amount with category = "running" in last 6 months) >= 90
    and count(distinct purchase.category in last 365 days) >= 3
    and avg(purchase.amount in previous quarter) > 50.5
segment has_forms
  where has purchase in last 7 days
    and has no purchase with category = "kids" in last 30 days
    and has email_open with campaign starts with "spring" in previous year
segment has_none
  where has no purchase in last 7 days
segment filter_forms
  where has purchase with (category in ["kids", "running"] and not (amount < 20)) in current month
segment count_forms
  where count(add_to_cart) between 2 and 5 and count(purchase with amount >= 50) >= 2
segment sequence_absent
  where has add_to_cart with price >= 30 then no purchase within 1 day in last 2 weeks
segment sequence_present
  where has email_click then purchase within 2 days
segment segment_refs
  where in segment has_none and not in segment attr_not
segment labels
  where persona = "kids_family" and persona != "casual"
segment label_sets
  where persona in ["team_buyer", "fitness_fan"] or persona is not set
segment label_not
  where not (persona = "casual")
segment ranking
  where lifetime_value in top 10% and avg(purchase.amount) in bottom 30%
segment ntile_top
  where ntile(lifetime_value, 10) = 10
segment text_forms
  where lower(email) ends with "@example.com" and trim(upper(country)) = "DE"
    and first_name starts with "A" and city contains "burg" and zip matches "^8"
segment length_form
  where length(trim(first_name)) >= 2
segment coalesce_between
  where coalesce(age, years_since(birthday)) between 25 and 34
segment abs_round
  where abs(sum(purchase.discount in last 365 days)) >= 0.15 * round(lifetime_value, 1)
segment lists
  where country in ["DE", "AT", "CH"] and loyalty_tier not in ["gold"]
segment sets
  where preferred_channel is set and account.contract_tier is not set
segment member
  where account.industry = "retail" and account.employees between 10 and 1000
segment not_group
  where not (has purchase in last 90 days and age > 30)
segment either_mixed
  where is_subscribed and (has purchase in last 7 days or age > 60)
segment either_whose
  where has purchase and (country = "DE" or lifetime_value >= 1000)
segment top_or
  where country = "DE" or age > 60
segment flag_not
  where not is_subscribed
segment text_not
  where not (email contains "test")
segment time_attr
  where signup_at + 1 month < now and account.renewal_date in next 60 days
    and signup_at >= 2026-03-01T09:30:00Z

segmentation persona
  kids_family: has purchase with category = "kids"
  team_buyer: customer_type = "b2b"
  fitness_fan: not (age < 18)
  casual: otherwise
segment seq_buy_first
  where has purchase with amount >= 100
    then email_open with campaign = "thanks" within 3 hours in last 1 week
segment filter_more
  where count(purchase with (items > 3 or not (category = "kids" or channel is not set))
              in last 1 month) != 2
segment filter_times
  where has add_to_cart with (product ends with "-xl" and price between 10 and 20)
    before 30 days ago
segment first_with_filter
  where last(purchase with channel = "app" in last 365 days) since 2026-01-01
segment ntile_ops
  where ntile(lifetime_value, 4) >= 3 and not (ntile(age, 5) = 1)
segment always
  where true
segment numbers
  where lifetime_value > -12.5 and lifetime_value < 1_000_000 and (age - 2) * 3 > 50
segment coalesce3
  where coalesce(city, country, "unknown") = "DE"
segment count_zero
  where count(email_open with campaign contains "vip") = 0 and count(distinct purchase.channel) = 1
segment not_sequence
  where not (has add_to_cart then purchase within 1 day)
segment attr_not_in
  where not (country in ["DE", "AT"]) and not (age between 20 and 30)
segment empty_text
  where email = "" and not (city = "")
segment or_of_and
  where country = "DE" or country = "AT" and is_subscribed
segment except_or_of_and
  where not (country = "DE" or age > 60 and is_subscribed)
metric recent_buyer = has purchase in last 30 days
segment bracketed
  where abs(lifetime_value - 100) < 50 and round(lifetime_value / 8, 2) > 1
segment odd_text
  where email != "say \\"hi\\"\\t"
"""

FORM_SENTENCES = [
    ('orders_30d',
     "'orders_30d' is the number of purchases in the last 30 days, per customer.",
     "'orders_30d' ist je Kunde die Anzahl der Käufe in den letzten 30 Tagen."),
    ('days_quiet',
     "'days_quiet' is the number of days since the last purchase, per customer.",
     "'days_quiet' ist je Kunde die Anzahl der Tage seit dem letzten Kauf."),
    ('kids_spend',
     "'kids_spend' is the total 'amount' of purchases with 'category' \"kids\" in the "
     "last 365 days, per customer.",
     "'kids_spend' ist je Kunde die Summe von 'amount' aller Käufe mit 'category' "
     "„kids“ in den letzten 365 Tagen."),
    ('attr_compare',
     "Customers whose 'age' is at least 30, whose 'country' is \"DE\" and whose "
     "'customer_type' is not \"b2b\".",
     "Kunden, deren 'age' mindestens 30 ist, deren 'country' „DE“ ist und deren "
     "'customer_type' nicht „b2b“ ist."),
    ('attr_not',
     "Customers whose 'age' is less than 30 (or not set).",
     "Kunden, deren 'age' kleiner als 30 ist (oder ohne Wert)."),
    ('metric_count',
     "Customers who bought more than 3 times in the last 30 days and bought at most 10"
     " times in the last 30 days.",
     "Kunden, die in den letzten 30 Tagen mehr als 3-mal gekauft und in den letzten 30"
     " Tagen höchstens 10-mal gekauft haben."),
    ('metric_once',
     "Customers who bought exactly once in the last 30 days.",
     "Kunden, die in den letzten 30 Tagen genau einmal gekauft haben."),
    ('metric_named',
     "Customers whose 'kids_spend' is at least 100.",
     "Kunden, deren 'kids_spend' mindestens 100 ist."),
    ('last_long_ago',
     "Customers whose last purchase was more than 180 days ago.",
     "Kunden, deren letzter Kauf vor mehr als 180 Tagen war."),
    ('first_recent',
     "Customers whose first purchase was in the last 30 days and whose first purchase "
     "was before today.",
     "Kunden, deren erster Kauf in den letzten 30 Tagen war und deren erster Kauf vor "
     "heute war."),
    ('last_between',
     "Customers whose last purchase was between 90 and 180 days ago.",
     "Kunden, deren letzter Kauf vor 90 bis 180 Tagen war."),
    ('signup_since',
     "Customers whose 'signup_at' was at most 1 year ago and whose 'signup_at' is not "
     "in the last 30 days (or not set).",
     "Kunden, deren 'signup_at' vor höchstens 1 Jahr liegt und deren 'signup_at' nicht"
     " in den letzten 30 Tagen liegt (oder ohne Wert)."),
    ('quiet_days',
     "Customers whose last purchase was at most 730 days ago and whose 'birthday' was "
     "at least 18 years ago.",
     "Kunden, deren letzter Kauf vor höchstens 730 Tagen war und deren 'birthday' vor "
     "mindestens 18 Jahren liegt."),
    ('first_channel',
     "Customers whose first purchase's 'channel' is \"store\" and whose last purchase's "
     "'amount' is not set.",
     "Kunden, bei denen 'channel' des ersten Kaufs „store“ ist und 'amount' des "
     "letzten Kaufs keinen Wert hat."),
    ('aggregates',
     "Customers whose smallest 'amount' of purchases with 'category' \"running\" in the "
     "last 6 months is at least 90, whose number of different 'category' values of "
     "purchases in the last 365 days is at least 3 and whose average 'amount' of "
     "purchases in the previous calendar quarter is more than 50.5.",
     "Kunden, deren kleinster Wert von 'amount' aller Käufe mit 'category' „running“ "
     "in den letzten 6 Monaten mindestens 90 ist, deren Anzahl der verschiedenen Werte"
     " von 'category' aller Käufe in den letzten 365 Tagen mindestens 3 ist und deren "
     "Durchschnitt von 'amount' aller Käufe im letzten Kalenderquartal größer als 50,5"
     " ist."),
    ('has_forms',
     "Customers who have bought in the last 7 days, made no purchase with 'category' "
     "\"kids\" in the last 30 days and have at least one 'email_open' event with "
     "'campaign' starting with \"spring\" in the previous calendar year.",
     "Kunden, die in den letzten 7 Tagen gekauft, in den letzten 30 Tagen keinen Kauf "
     "mit 'category' „kids“ getätigt haben und im letzten Kalenderjahr mindestens ein "
     "'email_open'-Ereignis mit 'campaign' beginnend mit „spring“ haben."),
    ('has_none',
     "Customers who have not bought in the last 7 days.",
     "Kunden, die in den letzten 7 Tagen nichts gekauft haben."),
    ('filter_forms',
     "Customers who made at least one purchase with 'category' \"kids\" or \"running\" and"
     " without 'amount' of less than 20 this month.",
     "Kunden, die in diesem Monat mindestens einen Kauf mit 'category' „kids“ oder "
     "„running“ und ohne 'amount' von weniger als 20 getätigt haben."),
    ('count_forms',
     "Customers who have between 2 and 5 'add_to_cart' events and made at least 2 "
     "purchases with 'amount' of at least 50.",
     "Kunden, die zwischen 2 und 5 'add_to_cart'-Ereignisse haben und mindestens 2 "
     "Käufe mit 'amount' von mindestens 50 getätigt haben."),
    ('sequence_absent',
     "Customers who have an 'add_to_cart' event with 'price' of at least 30 in the "
     "last 2 weeks that was not followed by a purchase within 1 day.",
     "Kunden, die in den letzten 2 Wochen ein 'add_to_cart'-Ereignis mit 'price' von "
     "mindestens 30 haben, auf das innerhalb eines Tages kein Kauf folgte."),
    ('sequence_present',
     "Customers who have an 'email_click' event followed by a purchase within 2 days.",
     "Kunden, die ein 'email_click'-Ereignis haben, auf das innerhalb von 2 Tagen ein "
     "Kauf folgte."),
    ('segment_refs',
     "Customers who are in the segment 'has_none' and are not in the segment "
     "'attr_not'.",
     "Kunden, die im Segment „has_none“ und nicht im Segment „attr_not“ sind."),
    ('labels',
     "Customers who are labelled kids_family by 'persona' and have a 'persona' label "
     "other than casual.",
     "Kunden, die von 'persona' als kids_family eingestuft und von 'persona' anders "
     "als casual eingestuft sind."),
    ('label_sets',
     "Customers who are labelled team_buyer or fitness_fan by 'persona' or have no "
     "'persona' label.",
     "Kunden, die von 'persona' als team_buyer oder fitness_fan eingestuft sind oder "
     "von 'persona' nicht eingestuft sind."),
    ('label_not',
     "Customers who are not labelled casual by 'persona'.",
     "Kunden, die von 'persona' nicht als casual eingestuft sind."),
    ('ranking',
     "Customers who are in the top 10% of customers by 'lifetime_value' and are in the"
     " bottom 30% of customers by the average 'amount' of purchases.",
     "Kunden, die nach 'lifetime_value' zu den obersten 10 % der Kunden und nach dem "
     "Durchschnitt von 'amount' aller Käufe zu den untersten 30 % der Kunden gehören."),
    ('ntile_top',
     "Customers who are in group 10 (the highest) when customers are split into 10 "
     "equal-sized groups by 'lifetime_value'.",
     "Kunden, die bei einer Einteilung in 10 gleich große Gruppen nach "
     "'lifetime_value' in Gruppe 10 (der höchsten) liegen."),
    ('text_forms',
     "Customers whose 'email' in lower case ends with \"@example.com\", whose 'country' "
     "in upper case without surrounding spaces is \"DE\", whose 'first_name' starts with"
     " \"A\", whose 'city' contains \"burg\" and whose 'zip' matches the pattern \"^8\".",
     "Kunden, deren 'email' in Kleinbuchstaben auf „@example.com“ endet, deren "
     "'country' in Großbuchstaben ohne umgebende Leerzeichen „DE“ ist, deren "
     "'first_name' mit „A“ beginnt, deren 'city' „burg“ enthält und deren 'zip' auf "
     "das Muster „^8“ passt."),
    ('length_form',
     "Customers whose 'first_name' without surrounding spaces is at least 2 characters"
     " long.",
     "Kunden, deren 'first_name' ohne umgebende Leerzeichen mindestens 2 Zeichen lang "
     "ist."),
    ('coalesce_between',
     "Customers whose 'age' (or, if not set, the number of full years since "
     "'birthday') is between 25 and 34.",
     "Kunden, deren 'age' (ersatzweise die Anzahl der vollen Jahre seit 'birthday') "
     "zwischen 25 und 34 liegt."),
    ('abs_round',
     "Customers for whom the absolute value of the total 'discount' of purchases in "
     "the last 365 days is at least 0.15 times 'lifetime_value' rounded to 1 decimal "
     "place.",
     "Kunden, bei denen der Betrag der Summe von 'discount' aller Käufe in den letzten"
     " 365 Tagen mindestens 0,15 mal 'lifetime_value' auf 1 Nachkommastelle gerundet "
     "ist."),
    ('lists',
     "Customers whose 'country' is \"DE\", \"AT\" or \"CH\" and whose 'loyalty_tier' is not "
     "\"gold\" (or not set).",
     "Kunden, deren 'country' „DE“, „AT“ oder „CH“ ist und deren 'loyalty_tier' nicht "
     "„gold“ ist (oder ohne Wert)."),
    ('sets',
     "Customers whose 'preferred_channel' is set and whose account's 'contract_tier' "
     "is not set.",
     "Kunden, deren 'preferred_channel' einen Wert hat und bei denen 'contract_tier' "
     "von 'account' keinen Wert hat."),
    ('member',
     "Customers whose account's 'industry' is \"retail\" and whose account's 'employees'"
     " is between 10 and 1,000.",
     "Kunden, bei denen 'industry' von 'account' „retail“ ist und 'employees' von "
     "'account' zwischen 10 und 1.000 liegt."),
    ('not_group',
     "All customers except those who have bought in the last 90 days and whose 'age' "
     "is more than 30.",
     "Alle Kunden außer denen, die in den letzten 90 Tagen gekauft haben und deren "
     "'age' größer als 30 ist."),
    ('either_mixed',
     "Customers whose 'is_subscribed' is true and who either have bought in the last 7"
     " days or whose 'age' is more than 60.",
     "Kunden, deren 'is_subscribed' wahr ist und die entweder in den letzten 7 Tagen "
     "gekauft haben oder deren 'age' größer als 60 ist."),
    ('either_whose',
     "Customers who have ever bought and for whom either 'country' is \"DE\" or "
     "'lifetime_value' is at least 1,000.",
     "Kunden, die schon einmal gekauft haben und bei denen entweder 'country' „DE“ ist"
     " oder 'lifetime_value' mindestens 1.000 ist."),
    ('top_or',
     "Customers whose 'country' is \"DE\" or whose 'age' is more than 60.",
     "Kunden, deren 'country' „DE“ ist oder deren 'age' größer als 60 ist."),
    ('flag_not',
     "Customers whose 'is_subscribed' is false (or not set).",
     "Kunden, deren 'is_subscribed' falsch ist (oder ohne Wert)."),
    ('text_not',
     "Customers whose 'email' does not contain \"test\" (or not set).",
     "Kunden, deren 'email' „test“ nicht enthält (oder ohne Wert)."),
    ('time_attr',
     "Customers whose 'signup_at' plus 1 month is before now, whose account's "
     "'renewal_date' is in the next 60 days and whose 'signup_at' is at or after "
     "2026-03-01 09:30 UTC.",
     "Kunden, deren 'signup_at' plus 1 Monat vor dem jetzigen Zeitpunkt liegt, bei "
     "denen 'renewal_date' von 'account' in den nächsten 60 Tagen liegt und deren "
     "'signup_at' frühestens am 01.03.2026 um 09:30 UTC liegt."),
    ('persona',
     "kids_family: customers who made at least one purchase with 'category' \"kids\"; "
     "team_buyer: customers whose 'customer_type' is \"b2b\"; fitness_fan: customers "
     "whose 'age' is at least 18 (or not set); otherwise casual.",
     "kids_family: Kunden, die mindestens einen Kauf mit 'category' „kids“ getätigt "
     "haben; team_buyer: Kunden, deren 'customer_type' „b2b“ ist; fitness_fan: Kunden,"
     " deren 'age' mindestens 18 ist (oder ohne Wert); sonst casual."),
    ('seq_buy_first',
     "Customers who made a purchase with 'amount' of at least 100 in the last week "
     "followed by an 'email_open' event with 'campaign' \"thanks\" within 3 hours.",
     "Kunden, die innerhalb der letzten Woche einen Kauf mit 'amount' von mindestens "
     "100 getätigt haben, auf den innerhalb von 3 Stunden ein 'email_open'-Ereignis "
     "mit 'campaign' „thanks“ folgte."),
    ('filter_more',
     "Customers who did not make exactly 2 purchases with either 'items' of more than "
     "3, or without 'category' \"kids\" and with a value for 'channel' in the last month.",
     "Kunden, die innerhalb des letzten Monats nicht genau 2 Käufe mit entweder "
     "'items' von mehr als 3, oder ohne 'category' „kids“ und mit einem Wert für "
     "'channel' getätigt haben."),
    ('filter_times',
     "Customers who have at least one 'add_to_cart' event with 'product' ending with "
     "\"-xl\" and 'price' between 10 and 20 more than 30 days ago.",
     "Kunden, die vor mehr als 30 Tagen mindestens ein 'add_to_cart'-Ereignis mit "
     "'product' endend auf „-xl“ und 'price' zwischen 10 und 20 haben."),
    ('first_with_filter',
     "Customers whose last purchase with 'channel' \"app\" in the last 365 days was on "
     "or after 2026-01-01.",
     "Kunden, deren letzter Kauf mit 'channel' „app“ in den letzten 365 Tagen "
     "frühestens am 01.01.2026 war."),
    ('ntile_ops',
     "Customers who are in group 3 or higher when customers are split into 4 "
     "equal-sized groups by 'lifetime_value' and are in a group other than 1 when "
     "customers are split into 5 equal-sized groups by 'age' (or not set).",
     "Kunden, die bei einer Einteilung in 4 gleich große Gruppen nach 'lifetime_value'"
     " in Gruppe 3 oder darüber liegen und bei einer Einteilung in 5 gleich große "
     "Gruppen nach 'age' in einer anderen Gruppe als 1 liegen (oder ohne Wert)."),
    ('always',
     "All customers.",
     "Alle Kunden."),
    ('numbers',
     "Customers whose 'lifetime_value' is more than minus 12.5, whose 'lifetime_value'"
     " is less than 1,000,000 and for whom ('age' minus 2) times 3 is more than 50.",
     "Kunden, deren 'lifetime_value' größer als minus 12,5 ist, deren 'lifetime_value'"
     " kleiner als 1.000.000 ist und bei denen ('age' minus 2) mal 3 größer als 50 "
     "ist."),
    ('coalesce3',
     "Customers whose 'city' (or, if not set, 'country', then \"unknown\") is \"DE\".",
     "Kunden, deren 'city' (ersatzweise 'country', dann „unknown“) „DE“ ist."),
    ('count_zero',
     "Customers who have no 'email_open' event with 'campaign' containing \"vip\" and "
     "whose number of different 'channel' values of purchases is 1.",
     "Kunden, die kein 'email_open'-Ereignis mit „vip“ in 'campaign' haben und deren "
     "Anzahl der verschiedenen Werte von 'channel' aller Käufe gleich 1 ist."),
    ('not_sequence',
     "All customers except those who have an 'add_to_cart' event followed by a "
     "purchase within 1 day.",
     "Alle Kunden außer denen, die ein 'add_to_cart'-Ereignis haben, auf das innerhalb"
     " eines Tages ein Kauf folgte."),
    ('attr_not_in',
     "Customers whose 'country' is neither \"DE\" nor \"AT\" (or not set) and whose 'age' "
     "is not between 20 and 30 (or not set).",
     "Kunden, deren 'country' weder „DE“ noch „AT“ ist (oder ohne Wert) und deren "
     "'age' nicht zwischen 20 und 30 liegt (oder ohne Wert)."),
    ('empty_text',
     "Customers whose 'email' is empty and whose 'city' is not empty (or not set).",
     "Kunden, deren 'email' leer ist und deren 'city' nicht leer ist (oder ohne Wert)."),
    ('or_of_and',
     "Customers whose 'country' is \"DE\", or those whose 'country' is \"AT\" and whose "
     "'is_subscribed' is true.",
     "Kunden, deren 'country' „DE“ ist, oder solche, deren 'country' „AT“ ist und deren "
     "'is_subscribed' wahr ist."),
    ('except_or_of_and',
     "All customers except those whose 'country' is \"DE\", or those whose 'age' is more "
     "than 60 and whose 'is_subscribed' is true.",
     "Alle Kunden außer denen, deren 'country' „DE“ ist, oder denen, deren 'age' größer "
     "als 60 ist und deren 'is_subscribed' wahr ist."),
    ('recent_buyer',
     "'recent_buyer' is true for customers who have bought in the last 30 days, otherwise "
     "false.",
     "'recent_buyer' ist wahr für Kunden, die in den letzten 30 Tagen gekauft haben, sonst "
     "falsch."),
    ('bracketed',
     "Customers for whom the absolute value of ('lifetime_value' minus 100) is less than "
     "50 and ('lifetime_value' divided by 8) rounded to 2 decimal places is more than 1.",
     "Kunden, bei denen der Betrag von ('lifetime_value' minus 100) kleiner als 50 und "
     "('lifetime_value' geteilt durch 8) auf 2 Nachkommastellen gerundet größer als 1 ist."),
    ('odd_text',
     "Customers whose 'email' is not \"say \\\"hi\\\"\\t\".",
     "Kunden, deren 'email' nicht „say \"hi\"\\t“ ist."),
]


@pytest.fixture(scope="module")
def forms_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("forms") / "p"
    (project / "segments").mkdir(parents=True)
    (project / "segdsl.yml").write_text("name: p\n", encoding="utf-8")
    (project / "schema.yml").write_text(
        (SHOP / "schema.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (project / "segments" / "forms.seg").write_text(FORMS, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def forms_printed(forms_project: Path) -> dict[str, dict[str, str]]:
    """Language -> definition name -> the sentence `explain --all` prints under it."""
    printed: dict[str, dict[str, str]] = {}
    for lang in ("en", "de"):
        result = run(["explain", "--all", "--lang", lang, "--project", str(forms_project)])
        assert result.exit_code == 0, result.output
        blocks = [block.split("\n") for block in result.stdout.rstrip("\n").split("\n\n")]
        printed[lang] = {heading.split(" ")[1]: sentence for heading, sentence in blocks}
    return printed


def test_forms_cover_every_definition(forms_printed: dict[str, dict[str, str]]) -> None:
    names = [name for name, _, _ in FORM_SENTENCES]
    assert len(names) == len(set(names))
    assert set(names) == set(forms_printed["en"]) == set(forms_printed["de"])


@pytest.mark.parametrize(("name", "english", "german"), FORM_SENTENCES,
                         ids=[name for name, _, _ in FORM_SENTENCES])
def test_form_sentences(forms_printed: dict[str, dict[str, str]], name: str, english: str,
                        german: str) -> None:
    assert forms_printed["en"][name] == english
    assert forms_printed["de"][name] == german


_BAD = re.compile(r"\?|<|>|ast\.|Span\(|None|\{|\bNot\(|_attrition_")
# Wording the old explain produced and no sentence may again: word-by-word German
# ("vor vor 30 Tagen", "von die Summe", "seit der Zeitpunkt", a verb inside the
# brackets of a filter, "die 'x' gleich „b2b“ haben"), stiff English ("have 'x'
# equal to ...", "before 30 days ago", "do not meet this"), doubled words and
# stray spaces.  Quoted values are read as Q.
_SMELLS = {
    "en": re.compile(r"\bhave '|\bhave the\b|equal to|before \d+ \w+ ago|do not meet|"
                     r"\bthe the\b|\ba an?\b|\bwhose the\b|  | ,|\(\)"),
    "de": re.compile(r"\bvor vor\b|\bvon (der|die|das|den|dem)\b|\bseit (der|die|das)\b|"
                     r"\bnach (der|die|das) (Durchschnitt|Zeitpunkt|Betrag|Wert)\b|"
                     r"\b(zwischen|mit) (der|die|das) \w+ (von|des|der)\b|"
                     r"\(mit [^)]*\b(haben|sind)\b|\bgleich Q|\bdie '|wahr haben|\b1-mal\b|"
                     r"\bim letzten (Tag|Monat|Jahr)\b|\bdie die\b|  | ,|\(\)"),
}


@pytest.mark.parametrize("project", [SHOP, CONFORMANCE], ids=["shop", "conformance"])
@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_definition_is_explained(project: Path, lang: str) -> None:
    """No gaps and none of the old word-by-word wording, in every definition of the
    example and the conformance corpus (the forms project is checked the same way
    by :func:`test_forms_read_well`)."""
    checked = _checked(project)
    names = [*checked.segments, *checked.segmentations, *checked.metrics]
    assert len(names) > 10
    for name in names:
        text = explain(checked, name, lang)
        # Regular expressions written in a segment may hold any character: drop
        # quoted strings before looking for leftovers.
        plain = re.sub(r'"[^"]*"|„[^“]*“', "Q", text)
        assert text.endswith("."), (name, text)
        assert not _BAD.search(plain), (name, text)
        assert not _SMELLS[lang].search(plain), (name, text)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_forms_read_well(forms_printed: dict[str, dict[str, str]], lang: str) -> None:
    for name, text in forms_printed[lang].items():
        plain = re.sub(r'"[^"]*"|„[^“]*“', "Q", text)
        assert not _SMELLS[lang].search(plain), (name, text)


def test_unknown_name_exits_2_with_a_suggestion() -> None:
    result = run(["explain", "lapsing_customer", "--project", str(SHOP)])
    assert result.exit_code == 2
    assert "did you mean 'lapsing_customers'?" in result.stderr


def test_as_of_without_db_is_refused() -> None:
    result = run(["explain", "vip", "--project", str(SHOP), "--as-of", AS_OF])
    assert result.exit_code == 2


CHECKS = """
segment chk_repeat
  where count(purchase) >= 2
segment chk_window
  where last(purchase) between 180 days ago and 90 days ago
"""


def test_attrition_matches_run(tmp_path: Path) -> None:
    project = shop_copy(tmp_path, customers=300)
    (project / "segments" / "zz_checks.seg").write_text(CHECKS, encoding="utf-8")
    database = str(project / "data" / "shop.duckdb")
    result = run(["explain", "lapsing_customers", "--project", str(project),
                  "--db", database, "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    population, sizes, _ = membership_counts(project)
    lines = result.stdout.splitlines()
    assert f"  population: {population:,}" in lines
    steps = [line for line in lines if line.startswith(("  where ", "  and "))]
    assert steps[0].endswith(f"{sizes['chk_repeat']:,} remain, {sizes['chk_repeat']:,} alone")
    assert steps[1].endswith(f"{sizes['lapsing_customers']:,} remain, "
                             f"{sizes['chk_window']:,} alone")
    assert sizes["chk_repeat"] > sizes["lapsing_customers"] > 0
    german = run(["explain", "lapsing_customers", "--lang", "de", "--project", str(project),
                  "--db", database, "--as-of", AS_OF])
    assert german.exit_code == 0, german.output
    assert "Grundgesamtheit:" in german.stdout
    metric = run(["explain", "orders_30d", "--project", str(project), "--db", database])
    assert metric.exit_code == 0
    assert "segments only" in metric.stdout


# ------------------------------------------------------------------ --all


@pytest.mark.parametrize("lang", ["en", "de"])
def test_all_explains_every_definition_in_written_order(lang: str) -> None:
    workspace = load_workspace(SHOP)
    checked = workspace.checked
    assert checked is not None
    declarations = [decl for source in workspace.files for decl in source.declarations]
    result = run(["explain", "--all", "--lang", lang, "--project", str(SHOP)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    blocks = result.stdout.rstrip("\n").split("\n\n")
    assert len(blocks) == len(declarations) == 26
    words = {"en": ("segment", "segmentation", "metric"),
             "de": ("Segment", "Segmentierung", "Metrik")}[lang]
    kinds = dict(zip(("segment", "segmentation", "metric"), words, strict=True))
    for block, decl in zip(blocks, declarations, strict=True):
        heading, sentence = block.split("\n")
        kind = ("segment" if decl.name in checked.segments else
                "segmentation" if decl.name in checked.segmentations else "metric")
        span = decl.name_span
        assert heading == f"{kinds[kind]} {decl.name} ({span.file}:{span.line})"
        assert sentence == explain(checked, decl.name, lang)


@pytest.mark.parametrize(("args", "message"), [
    (["vip", "--all"], "either a NAME or --all"),
    ([], "give a NAME to explain, or --all"),
    (["--all", "--as-of", AS_OF], "--as-of needs --db"),
])
def test_name_or_all_exit_2(args: list[str], message: str) -> None:
    result = run(["explain", "--project", str(SHOP), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_all_with_db_follows_each_segment_with_its_attrition(tmp_path: Path) -> None:
    project = shop_copy(tmp_path, customers=200)
    database = str(project / "data" / "shop.duckdb")
    result = run(["explain", "--all", "--project", str(project), "--db", database,
                  "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    blocks = {block.split(" (")[0]: block
              for block in result.stdout.rstrip("\n").split("\n\n")}
    assert len(blocks) == 26
    _, sizes, _ = membership_counts(project)
    for name, size in sizes.items():
        block = blocks[f"segment {name}"]
        single = run(["explain", name, "--project", str(project), "--db", database,
                      "--as-of", AS_OF])
        assert single.exit_code == 0, single.output
        # The same attrition as `explain NAME --db`, ending at the segment's size.
        attrition = single.stdout.split("\n\n", 1)[1]
        assert block.endswith(attrition.rstrip("\n")), name
        assert f"): {size:,} remain, " in block.splitlines()[-1], name
    assert "Attrition" not in blocks["metric orders_30d"]
    assert "Attrition" not in blocks["segmentation persona"]


def test_all_with_db_checks_the_database_before_printing(tmp_path: Path) -> None:
    result = run(["explain", "--all", "--project", str(SHOP), "--db",
                  str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")


def test_a_project_with_a_time_zone_names_it_where_days_matter() -> None:
    """SPEC 11: `today`, dates, periods and calendar steps are the zone's, so their
    explanation says which zone; an exact window (`in last 7 days`) does not."""
    project = REPO / "tests" / "conformance_zones" / "berlin"
    checked = load_workspace(project).checked
    assert checked is not None and checked.timezone == "Europe/Berlin"
    assert explain(checked, "z_current_week") == (
        "Customers who have bought this week. "
        "(Days, dates and calendar periods are those of Europe/Berlin.)")
    assert explain(checked, "z_current_week", "de").endswith(
        "(Tage, Daten und Kalenderzeiträume gelten in der Zeitzone Europe/Berlin.)")
    assert explain(checked, "z_last_7_days") == "Customers who have bought in the last 7 days."
