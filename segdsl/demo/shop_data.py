"""What makes the demo data a sport retailer's, as data: the tables and columns
written (examples/shop/schema.yml reads them), the places, names and e-mail domains of
customers, who they are (ages, channels), the product catalogue with its categories
and prices, shop pages, return reasons, newsletter themes, and the shares of planted
roles and of B2B account kinds.

The generator's code draws from these tables; the order of every list is part of the
output (a draw picks by position), so reordering entries changes the data.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------
# Tables and columns (examples/shop/schema.yml)
# --------------------------------------------------------------------------------

TABLES: dict[str, list[tuple[str, str]]] = {
    "shop.customers": [
        ("customer_id", "VARCHAR"),
        ("email", "VARCHAR"),
        ("first_name", "VARCHAR"),
        ("country", "VARCHAR"),
        ("city", "VARCHAR"),
        ("postal_code", "VARCHAR"),
        ("age", "BIGINT"),
        ("birthday", "DATE"),
        ("signup_at", "TIMESTAMP"),
        ("is_subscribed", "BOOLEAN"),
        ("loyalty_tier", "VARCHAR"),
        ("customer_type", "VARCHAR"),
        ("lifetime_value", "DOUBLE"),
        ("preferred_channel", "VARCHAR"),
        ("account_id", "VARCHAR"),
    ],
    "shop.accounts": [
        ("account_id", "VARCHAR"),
        ("company", "VARCHAR"),
        ("industry", "VARCHAR"),
        ("employees", "BIGINT"),
        ("contract_tier", "VARCHAR"),
        ("renewal_date", "DATE"),
    ],
    "shop.orders": [
        ("customer_id", "VARCHAR"),
        ("ordered_at", "TIMESTAMP"),
        ("amount", "DOUBLE"),
        ("category", "VARCHAR"),
        ("channel", "VARCHAR"),
        ("discount", "DOUBLE"),
        ("items", "BIGINT"),
    ],
    "shop.returns": [
        ("customer_id", "VARCHAR"),
        ("returned_at", "TIMESTAMP"),
        ("amount", "DOUBLE"),
        ("reason", "VARCHAR"),
    ],
    "shop.events": [
        ("customer_id", "VARCHAR"),
        ("occurred_at", "TIMESTAMP"),
        ("event_name", "VARCHAR"),
        ("campaign", "VARCHAR"),
        ("product", "VARCHAR"),
        ("category", "VARCHAR"),
        ("price", "DOUBLE"),
        ("page", "VARCHAR"),
        ("duration_s", "BIGINT"),
    ],
}


# --------------------------------------------------------------------------------
# Reference lists: places, names, products
# --------------------------------------------------------------------------------

# country code -> (weight, [(city, first postcode, last postcode, weight)])
PLACES: dict[str, tuple[float, list[tuple[str, int, int, float]]]] = {
    "DE": (47.0, [
        ("Berlin", 10115, 14199, 14), ("Hamburg", 20095, 22769, 8),
        ("München", 80331, 81929, 7), ("Köln", 50667, 51149, 5),
        ("Frankfurt am Main", 60306, 60599, 4), ("Stuttgart", 70173, 70629, 3),
        ("Düsseldorf", 40210, 40629, 3), ("Leipzig", 4103, 4357, 3),
        ("Dresden", 1067, 1326, 2), ("Hannover", 30159, 30669, 3),
        ("Nürnberg", 90402, 90491, 3), ("Augsburg", 86150, 86199, 2),
        ("Freiburg im Breisgau", 79098, 79117, 2), ("Bremen", 28195, 28779, 2),
        ("Münster", 48143, 48167, 1), ("Karlsruhe", 76131, 76229, 1),
        ("Regensburg", 93047, 93059, 1), ("Garching bei München", 85748, 85748, 1),
        ("Freising", 85354, 85356, 1), ("Dachau", 85221, 85221, 1),
        ("Starnberg", 82319, 82319, 1), ("Rosenheim", 83022, 83026, 1),
        ("Ingolstadt", 85049, 85057, 1),
    ]),
    "AT": (10.0, [
        ("Wien", 1010, 1230, 6), ("Graz", 8010, 8054, 2), ("Linz", 4020, 4040, 2),
        ("Salzburg", 5020, 5026, 1), ("Innsbruck", 6020, 6080, 1),
    ]),
    "CH": (8.0, [
        ("Zürich", 8001, 8064, 4), ("Bern", 3001, 3030, 2), ("Basel", 4001, 4059, 2),
        ("Genève", 1201, 1209, 1), ("Luzern", 6003, 6015, 1),
    ]),
    "NL": (6.0, [("Amsterdam", 1011, 1109, 3), ("Rotterdam", 3011, 3089, 2),
                 ("Utrecht", 3511, 3585, 1)]),
    "FR": (6.0, [("Paris", 75001, 75020, 3), ("Lyon", 69001, 69009, 1),
                 ("Strasbourg", 67000, 67200, 1)]),
    "IT": (5.0, [("Milano", 20121, 20162, 3), ("Roma", 118, 199, 2),
                 ("Bolzano", 39100, 39100, 1)]),
    "PL": (4.0, [("Warszawa", 1, 4999, 3), ("Kraków", 30001, 31999, 1)]),
    "BE": (3.0, [("Bruxelles", 1000, 1210, 2), ("Antwerpen", 2000, 2660, 1)]),
    "DK": (3.0, [("København", 1050, 2450, 2), ("Aarhus", 8000, 8270, 1)]),
    "GB": (4.0, [("London", 0, 0, 3), ("Manchester", 0, 0, 1)]),
    "ES": (3.0, [("Barcelona", 8001, 8042, 1), ("Madrid", 28001, 28055, 1)]),
}
# How store tablets mangle country codes ("de " instead of "DE").
MESSY_COUNTRY = {
    "DE": ["de", "de ", " DE", "De", "DE "],
    "AT": ["at", "AT ", " at"],
    "CH": ["ch", " CH", "ch "],
}
# Spellings of Munich in the city field (only the first two reach the segment's
# `lower(trim(city)) in ["munich", "muenchen"]`).
MUNICH_SPELLINGS = [("Munich", 3.0), (" muenchen", 1.0), ("MÜNCHEN", 1.0), ("Muenchen ", 1.0)]

FIRST_DE = [
    "Anna", "Lena", "Laura", "Julia", "Sarah", "Lisa", "Katharina", "Marie", "Sophie",
    "Hannah", "Lea", "Johanna", "Clara", "Emma", "Mia", "Sabine", "Petra", "Claudia",
    "Andrea", "Jana", "Nina", "Franziska", "Theresa", "Verena", "Jörg",
    "Lukas", "Jonas", "Leon", "Felix", "Maximilian", "Paul", "Tobias", "Florian",
    "Sebastian", "Michael", "Thomas", "Stefan", "Andreas", "Markus", "Daniel", "Jan",
    "Tim", "Niklas", "Moritz", "Philipp", "Jürgen", "Klaus", "Matthias", "Simon", "Lars",
]
LAST_DE = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
    "Neumann", "Schwarz", "Zimmermann", "Braun", "Huber", "Gruber", "Steiner", "Moser",
    "Hofer", "Keller", "Brunner", "Meier", "Frei", "Baumann", "Lehmann", "Krause",
]
FIRST_INTL = [
    "Emma", "Olivia", "Noah", "Liam", "Lucas", "Sofia", "Chloé", "Louis", "Giulia",
    "Marco", "Luca", "Sara", "Jakub", "Zofia", "Piotr", "Daan", "Sem", "Fleur", "Mette",
    "Freja", "Mads", "Oliver", "Amelia", "Harry", "James", "Lucía", "Pablo", "Hugo",
    "Léa", "Jules", "Inès", "Matteo", "Francesca", "Aleksandra", "Lars", "Ida",
]
LAST_INTL = [
    "Dubois", "Martin", "Bernard", "Rossi", "Russo", "Bianchi", "Kowalski", "Nowak",
    "Wiśniewski", "de Jong", "Jansen", "Visser", "Jensen", "Nielsen", "Hansen", "Smith",
    "Jones", "Taylor", "García", "Fernández", "López", "Peeters", "Janssens", "Maes",
]
DOMAINS: dict[str, list[str]] = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de",
           "yahoo.de"],
    "AT": ["gmx.at", "aon.at", "gmail.com", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch"],
    "NL": ["ziggo.nl", "gmail.com", "outlook.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com"],
    "IT": ["libero.it", "gmail.com", "outlook.it"],
    "PL": ["wp.pl", "onet.pl", "gmail.com"],
    "BE": ["telenet.be", "gmail.com", "skynet.be"],
    "DK": ["gmail.com", "outlook.dk", "mail.dk"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
}
TRANSLIT = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ç": "c", "ł": "l",
    "ś": "s", "ó": "o", "í": "i", "á": "a", "ñ": "n", "ø": "o", "å": "a", " ": "",
    "'": "",
})

# Who the customers are: age at as_of (bands and weights), the channel they want
# to be contacted on (None: no preference) and where they usually shop.
AGE_BANDS: list[tuple[tuple[int, int], int]] = [
    ((19, 24), 12), ((25, 34), 23), ((35, 44), 22), ((45, 54), 18), ((55, 64), 14),
    ((65, 79), 11),
]
PREFERRED_CHANNELS: list[tuple[str | None, int]] = [
    ("email", 30), ("app", 15), ("sms", 5), (None, 50),
]
HOME_CHANNELS: list[tuple[str, int]] = [("web", 50), ("store", 30), ("app", 20)]

CATEGORIES = ["running", "kids", "outdoor", "fitness", "casual"]
CATEGORY_WEIGHTS = [25.0, 15.0, 12.0, 18.0, 30.0]
# Typical order value (median) and its spread (sigma of a log-normal) per category.
PRICE = {
    "running": (85.0, 0.45),
    "kids": (42.0, 0.45),
    "outdoor": (95.0, 0.6),
    "fitness": (52.0, 0.5),
    "casual": (48.0, 0.45),
}
PRODUCTS: dict[str, list[tuple[str, float]]] = {
    "running": [("Trail runner GTX", 149.0), ("Road racer 3", 129.0),
                ("Running tights", 59.0), ("Hydration vest", 79.0),
                ("Running socks 3-pack", 19.0), ("GPS running watch", 249.0)],
    "kids": [("Kids rain jacket", 49.0), ("Junior football boots", 45.0),
             ("School sports bag", 29.0), ("Kids ski gloves", 24.0),
             ("Kids hiking shoes", 69.0)],
    "outdoor": [("2-person tent", 299.0), ("Hiking backpack 40L", 139.0),
                ("Down jacket", 229.0), ("Trekking poles", 59.0), ("Headlamp", 35.0),
                ("Sleeping bag -5C", 179.0)],
    "fitness": [("Yoga mat", 39.0), ("Kettlebell 12 kg", 49.0),
                ("Resistance bands", 19.0), ("Training shoes", 99.0),
                ("Foam roller", 29.0)],
    "casual": [("Hoodie", 59.0), ("Sneakers classic", 89.0), ("Cap", 22.0),
               ("Sports T-shirt", 25.0), ("Track jacket", 69.0)],
}
SALE_PAGES = ["/sale", "/sale/running-shoes", "/sale/kids", "/sale/outdoor", "/sale/last-sizes"]
OTHER_PAGES = ["/", "/account", "/stores", "/help/returns", "/magazine/marathon-training"]

SIZE_REASONS = [
    "Wrong size", "Too small, need one size up", "SIZE TOO BIG",
    "Runs small - ordered my usual size", "Size chart was off", "Too big (size)",
]
OTHER_REASONS = [
    "Damaged on arrival", "Changed my mind", "Colour not as pictured", "Arrived too late",
    "Fits badly", "Found a better price", "Ordered twice by mistake",
]
THEMES = ["running", "kids", "outdoor", "fitness", "casual", "sale", "news"]

# --------------------------------------------------------------------------------
# Planted roles.  Every business-to-consumer customer gets exactly one role; the
# counts are fractions of all customers (at least one each).  "ordinary" fills the
# rest.  Roles ending in a look-alike description miss one condition on purpose.
# --------------------------------------------------------------------------------

ROLE_SHARES: list[tuple[str, float]] = [
    ("new", 0.020),  # first order 1-28 days ago: new_customers
    ("new_today", 0.003),  # first order today: left out of new_customers
    ("lapsing", 0.025),  # repeat buyer, last order 95-175 days ago
    ("winback", 0.025),  # churned 200-700 days ago, spent >= 150, subscribed, opens
    ("winback_bounce", 0.006),  # the same with an invalid e-mail address
    ("spring", 0.020),  # clicked a spring26_ e-mail and ordered within 2 days
    ("spring_late", 0.006),  # clicked a spring26_ e-mail, ordered 3-10 days later
    ("spring25", 0.004),  # the same pattern a year earlier (spring25_)
    ("cart", 0.025),  # cart of >= 30 in the last 2 weeks, no order within a day
    ("cart_browsing", 0.004),  # the same, but viewing a page right now
    ("cart_no_channel", 0.005),  # the same, but no preferred channel
    ("cart_cheap", 0.004),  # the same, but the item costs less than 30
    ("digital", 0.025),  # first order in a store, then online or in the app
    ("size_return", 0.015),  # latest return last week, reason mentions size
    ("other_return", 0.005),  # returned last week for another reason
    ("size_then_other", 0.004),  # size return last week, another return this week
    ("vip", 0.020),  # several large orders in the last year, still active
    ("tier", 0.015),  # bronze/silver member with >= 1,000 spent this year
    ("bargain", 0.020),  # small discounted orders, sale pages this week
    ("bargain_no_sale", 0.005),  # the same, but looked at the sale last week
    ("rising", 0.020),  # spends more this quarter than last quarter
    ("runner", 0.025),  # performance_runner persona
    ("outdoor", 0.020),  # outdoor_explorer persona
    ("kids", 0.030),  # kids_family persona
    ("bts", 0.020),  # kids_family who bought for back-to-school 2025
    ("bts_recent", 0.004),  # the same, but bought kids' gear in the last 30 days
    ("fitness", 0.025),  # fitness_fan persona
    ("all_round", 0.020),  # all_rounder persona
    ("never", 0.120),  # signed up, never bought
]
B2B_SHARE = 0.045
# E-mail overlays on top of the purchase role (business-to-consumer customers).
ENGAGED_SHARE = 0.040  # email_engaged
ENGAGED_UNSUBSCRIBED_SHARE = 0.005  # engaged reader who unsubscribed
DACH_BIRTHDAY_SHARE = 0.010  # DACH, age missing, birthday 25-34 years ago
MUNICH_CITY_SHARE = 0.006  # Munich by city name, postcode missing or malformed
MUNICH_NO_NAME_SHARE = 0.003  # Munich postcode but no usable first name
SUBSCRIBED_ROLES = ("winback", "winback_bounce", "bts", "bts_recent")

# Kinds of B2B account, with their share of accounts.
ACCOUNT_KINDS: list[tuple[str, float]] = [
    ("prospect", 0.30),  # club/school/fitness, no contract, bulk orders last year
    ("renewal", 0.14),  # starter/standard contract renewing in the next 60 days
    ("prospect_quiet", 0.08),  # no contract, but no bulk order last year
    ("renewal_key", 0.05),  # premium/enterprise renewing soon: key-account managers
    ("renewal_small", 0.05),  # renewing soon, but fewer than 20 employees
    ("contract", 0.23),  # contract renewing later
    ("other", 0.15),  # retail or corporate without contract
]


# Names of B2B accounts: club name prefixes and the towns of clubs and schools.
CLUB_PREFIXES = ["TSV", "SC", "SV", "FC", "TuS", "VfL", "Ruderclub", "Skiclub", "LG"]
TOWNS = ["Grünwald", "Dachau", "Freising", "Pasing", "Altona", "Pankow", "Ehrenfeld",
         "Sendling", "Harburg", "Linden", "Bogenhausen", "Giesing", "Schwabing"]

