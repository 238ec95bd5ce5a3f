"""The word lists the synthetic practice is drawn from (see :mod:`app.demo`).

Names from many of the cultures a San Diego practice serves, written the way
their owners write them (Zoë, Łukasz, Nguyễn, O'Brien, Müller); fictional phone
numbers (555-0100 … 555-0199 in every geographic US area code, London's
020 7946 0xxx drama range); e-mail addresses at example.org and example.com.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    name: str
    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]


def _words(text: str) -> tuple[str, ...]:
    """``"Ana|Zoë|Xiu Ying"`` → a tuple (``|`` separates, so names may hold spaces)."""
    return tuple(w.strip() for w in text.split("|") if w.strip())


CULTURES: tuple[Culture, ...] = (
    Culture(
        "anglo",
        30,
        _words(
            "Emma|Olivia|Sarah|Jennifer|Emily|Hannah|Megan|Katherine|Elizabeth|Rebecca|Abigail|"
            "Margaret|Zoë|Madison|Ashley|Lauren|Rachel|Grace|Claire|Natalie|Brianna|Kayla|"
            "Susan|Linda|Patricia|Barbara|Nancy|Carol|Deborah|Heather"
        ),
        _words(
            "James|Michael|William|Daniel|Matthew|Christopher|Andrew|Benjamin|Thomas|Robert|"
            "Jonathan|Nathan|Joshua|Ryan|Tyler|Brandon|Kevin|Steven|Richard|Charles|Gregory|"
            "Timothy|Kenneth|Dylan|Austin|Ethan|Mason|Logan|Gary|Douglas"
        ),
        _words(
            "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|"
            "Moore|Martin|Thompson|White|Harris|Clark|Lewis|Walker|Hall|Young|Allen|Wright|King|"
            "Scott|Green|Baker|Adams|Nelson|Hill|Campbell|Mitchell|Roberts|Carter|Phillips|"
            "Evans|Turner|Parker|Collins|Edwards|Stewart|Morris|Cook|Rogers|Morgan|Cooper|"
            "Peterson|Reed|Bailey|Bell|Howard|Ward|Cox|Richardson|Wood|Watson|Brooks|Bennett|"
            "Gray|Hughes|Price|Sanders|Myers|Long|Ross|Foster|Fitzgerald|Whitaker"
        ),
    ),
    Culture(
        "irish",
        4,
        _words("Siobhán|Aoife|Niamh|Saoirse|Órla|Caoimhe|Róisín|Maeve"),
        _words("Seán|Ciarán|Pádraig|Liam|Eoin|Cian|Darragh|Oisín"),
        _words(
            "O'Brien|O'Sullivan|O'Connor|O'Neill|McCarthy|Gallagher|Doyle|Kavanagh|Ní Bhriain|"
            "Ó Súilleabháin|Byrne|Fitzpatrick"
        ),
    ),
    Culture(
        "hispanic",
        26,
        _words(
            "María|Sofía|Lucía|Valentina|Camila|Ximena|Guadalupe|Itzel|Daniela|Isabel|Ana|"
            "Verónica|Adriana|Mónica|Alejandra|Rocío|Inés|Begoña"
        ),
        _words(
            "José|Juan|Luis|Carlos|Alejandro|Jesús|Andrés|Mateo|Santiago|Diego|Héctor|Raúl|"
            "Joaquín|Ramón|Iván|Óscar|Francisco|Sebastián"
        ),
        _words(
            "García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|"
            "Flores|Rivera|Gómez|Díaz|Cruz|Morales|Reyes|Gutiérrez|Ortiz|Chávez|Ramos|Ruiz|"
            "Álvarez|Mendoza|Castillo|Jiménez|Vásquez|Núñez|Peña|Ibáñez|Muñoz|de la Fuente|"
            "Saldaña|Treviño"
        ),
    ),
    Culture(
        "vietnamese",
        6,
        _words("Linh|Mai|Thảo|Hương|Ngọc|Trang|Phương|Hạnh|Lan|Thúy"),
        _words("Minh|Quang|Đức|Huy|Tuấn|Bảo|Khánh|Long|Phúc|Thắng"),
        _words("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Võ|Đặng|Bùi|Đỗ|Phan|Vũ"),
    ),
    Culture(
        "chinese",
        4,
        _words("Mei|Xiu Ying|Li Na|Yan|Jing|Xiaomei|Hui|Ling"),
        _words("Wei|Jun|Hao|Zhi Wei|Ming|Jian|Lei|Yong"),
        _words("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Lin|Xu"),
    ),
    Culture(
        "filipino",
        5,
        _words("Maricel|Jocelyn|Rowena|Marites|Analyn|Princess|Kristine"),
        _words("Rommel|Jomar|Ronaldo|Arnel|Joel|Mark Anthony|Jerome"),
        _words(
            "Santos|Bautista|dela Cruz|Villanueva|Aquino|Castro|Manalo|Pascual|Magsaysay|"
            "Dimaculangan|Soriano"
        ),
    ),
    Culture(
        "korean",
        2,
        _words("Ji-woo|Seo-yeon|Min-ji|Ha-eun|Soo-jin"),
        _words("Min-jun|Seo-jun|Ji-ho|Hyun-woo|Dong-hyun"),
        _words("Kim|Lee|Park|Choi|Jung|Kang|Yoon|Shin"),
    ),
    Culture(
        "japanese",
        2,
        _words("Yuki|Sakura|Haruka|Aiko|Emi"),
        _words("Haruto|Kenji|Takeshi|Hiroshi|Ren"),
        _words("Tanaka|Suzuki|Takahashi|Watanabe|Itō|Yamamoto|Satō|Kobayashi"),
    ),
    Culture(
        "german",
        3,
        _words("Anneliese|Käthe|Jana|Lena|Sophie|Jördis|Ursula|Hannelore"),
        _words("Jürgen|Jörg|Lukas|Felix|Matthias|Günther|Björn|Klaus"),
        _words(
            "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schäfer|Köhler|Groß|Weiß"
        ),
    ),
    Culture(
        "nordic",
        2,
        _words("Ingrid|Astrid|Sigrid|Åsa|Freja|Maja|Solveig"),
        _words("Søren|Bjørn|Lars|Anders|Jørgen|Magnus|Håkon"),
        _words("Jensen|Nielsen|Hansen|Larsen|Andersson|Johansson|Sørensen|Lindqvist|Ødegård|Åberg"),
    ),
    Culture(
        "polish",
        2,
        _words("Agnieszka|Małgorzata|Zofia|Katarzyna|Joanna|Ewa"),
        _words("Łukasz|Paweł|Krzysztof|Wojciech|Jakub|Michał"),
        _words(
            "Nowak|Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Dąbrowski|"
            "Łukasiewicz|Szymański"
        ),
    ),
    Culture(
        "french",
        3,
        _words("Chloé|Léa|Amélie|Hélène|Joséphine|Noémie|Zoé|Élodie"),
        _words("François|Étienne|Jérôme|Théo|Mathéo|Rémi|Aurélien|Gaël"),
        _words("Dubois|Lefèvre|Moreau|Girard|Fontaine|Bélanger|Côté|Gagnon|Lévesque|Bérubé"),
    ),
    Culture(
        "south_asian",
        4,
        _words("Priya|Ananya|Aishwarya|Deepika|Kavya|Meera|Sanjana|Lakshmi"),
        _words("Arjun|Rohan|Vikram|Aditya|Rahul|Sanjay|Karthik|Nikhil"),
        _words("Patel|Sharma|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Desai|Mehta|Chatterjee|Rao"),
    ),
    Culture(
        "arabic",
        3,
        _words("Fatima|Layla|Yasmin|Nour|Amira|Rania|Hala"),
        _words("Omar|Ahmed|Yusuf|Karim|Tariq|Khaled|Sami"),
        _words("Haddad|Khalil|Nasser|Saleh|Hassan|Mansour|Al-Amin|Darwish|Abboud"),
    ),
    Culture(
        "african",
        6,
        _words("Aaliyah|Imani|Nia|Chiamaka|Adaeze|Ebony|Keisha|Abena|Folasade"),
        _words("DeShawn|Malik|Jamal|Chinedu|Kwame|Oluwaseun|Darnell|Tendai|Kofi"),
        _words(
            "Okafor|Adeyemi|Mensah|Okonkwo|Washington|Jefferson|Jackson|Robinson|Coleman|"
            "Banks|Boateng|Mwangi"
        ),
    ),
    Culture(
        "turkish",
        1,
        _words("Ayşe|Elif|Zeynep|Gülşen"),
        _words("Mehmet|Emre|Barış|Oğuz"),
        _words("Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk"),
    ),
)

#: Names anyone may have or choose.
NEUTRAL_NAMES = _words("Jordan|Taylor|Riley|Avery|Casey|Morgan|Quinn|Alex|Rowan|River|Jules|Sam")

#: What people with these names are often called.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "Elizabeth": ("Liz", "Beth", "Eliza"),
    "Katherine": ("Kate", "Katie"),
    "Margaret": ("Maggie", "Peggy"),
    "Rebecca": ("Becca", "Becky"),
    "Abigail": ("Abby",),
    "Jennifer": ("Jen", "Jenny"),
    "Patricia": ("Trish", "Patty"),
    "Deborah": ("Deb",),
    "Susan": ("Sue",),
    "William": ("Will", "Bill"),
    "Robert": ("Rob", "Bobby"),
    "Michael": ("Mike",),
    "Christopher": ("Chris",),
    "Benjamin": ("Ben",),
    "Matthew": ("Matt",),
    "Daniel": ("Dan", "Danny"),
    "Jonathan": ("Jon",),
    "Andrew": ("Drew", "Andy"),
    "Thomas": ("Tom",),
    "Nathan": ("Nate",),
    "Richard": ("Rick",),
    "Timothy": ("Tim",),
    "Gregory": ("Greg",),
    "Alejandro": ("Alex",),
    "Santiago": ("Santi",),
    "Guadalupe": ("Lupe",),
    "Jesús": ("Chuy",),
    "José": ("Pepe",),
    "Francisco": ("Paco", "Frank"),
    "Alejandra": ("Ale",),
    "Sebastián": ("Sebas",),
    "Łukasz": ("Luke",),
    "Krzysztof": ("Chris",),
    "Małgorzata": ("Gosia",),
    "Katarzyna": ("Kasia",),
    "Wojciech": ("Wojtek",),
    "Joséphine": ("Jo",),
    "Pádraig": ("Paddy",),
    "Oluwaseun": ("Seun",),
    "Chiamaka": ("Amaka",),
    "Xiu Ying": ("Shirley",),
    "Zhi Wei": ("David",),
    "Min-jun": ("Daniel",),
    "Ji-woo": ("Julie",),
    "Quang": ("Kevin",),
    "Tuấn": ("Tony",),
    "Hương": ("Helen",),
    "Aishwarya": ("Ash",),
    "Vikram": ("Vik",),
    "Mehmet": ("Memo",),
    "Anneliese": ("Anne",),
    "Matthias": ("Matt",),
    "Haruto": ("Harry",),
    "Mark Anthony": ("MJ",),
}

PRONOUNS_FEMALE = ("she/her",) * 9 + ("she/they",)
PRONOUNS_MALE = ("he/him",) * 9 + ("he/they",)

# Every geographic US area code (the San Diego ones first) whose 555-0100 … 555-0199
# numbers are reserved for fiction and still pass the phone check.
LOCAL_AREA_CODES = (619, 858, 760, 442)
_OTHER_AREA_CODES = """
201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 220 223 224 225 227 228
229 231 234 235 239 240 248 251 252 253 254 256 260 262 267 269 270 272 274 276 279 281 283
301 302 303 304 305 307 308 309 310 312 313 314 315 316 317 318 319 320 321 323 324 325 326
327 329 330 331 332 334 336 337 339 341 346 347 350 351 352 353 360 361 363 364 369 380 385
386 401 402 404 405 406 407 408 409 410 412 413 414 415 417 419 423 424 425 430 432 434 435
440 443 445 447 448 458 463 464 469 470 472 475 478 479 480 484 501 502 503 504 505 507 508
509 510 512 513 515 516 517 518 520 530 531 534 539 540 541 551 557 559 561 562 563 564 567
570 571 572 573 574 575 580 582 585 586 601 602 603 605 606 607 608 609 610 612 614 615 616
617 618 620 623 626 628 629 630 631 636 640 641 645 646 650 651 656 657 659 660 661 662 667
669 678 680 681 682 686 689 701 702 703 704 706 707 708 712 713 714 715 716 717 718 719 720
724 725 726 727 728 730 731 732 734 737 738 740 743 747 748 754 757 762 763 765 769 770 771
772 773 774 775 779 781 785 786 801 802 803 804 805 806 808 810 812 813 814 815 816 817 818
820 821 826 828 830 831 832 835 838 839 840 843 845 847 848 850 854 856 857 859 860 862 863
864 865 870 872 878 901 903 904 906 907 908 909 910 912 913 914 915 916 917 918 919 920 925
928 929 930 931 934 936 937 938 940 941 943 945 947 948 949 951 952 954 956 959 970 971 972
973 975 978 979 980 983 984 985 986 989
"""
OTHER_AREA_CODES = tuple(int(code) for code in _OTHER_AREA_CODES.split())

CITIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "San Diego",
        _words(
            "92101|92102|92103|92104|92105|92106|92107|92108|92109|92110|92111|92113|92114|"
            "92115|92116|92117|92119|92120|92122|92123|92124|92126|92127|92128|92129|92130|92131"
        ),
    ),
    ("San Diego", _words("92101|92103|92104|92116")),  # more people live near the office
    ("La Jolla", ("92037",)),
    ("Chula Vista", _words("91910|91911|91913|91914|91915")),
    ("National City", ("91950",)),
    ("La Mesa", _words("91941|91942")),
    ("El Cajon", _words("92019|92020|92021")),
    ("Santee", ("92071",)),
    ("Poway", ("92064",)),
    ("Escondido", _words("92025|92026|92027|92029")),
    ("San Marcos", _words("92069|92078")),
    ("Vista", _words("92081|92083|92084")),
    ("Oceanside", _words("92054|92056|92057")),
    ("Carlsbad", _words("92008|92009|92010|92011")),
    ("Encinitas", ("92024",)),
    ("Coronado", ("92118",)),
    ("Imperial Beach", ("91932",)),
    ("Lemon Grove", ("91945",)),
    ("Spring Valley", ("91977",)),
    ("Del Mar", ("92014",)),
)

STREETS = _words(
    "Adams Ave|University Ave|El Cajon Blvd|Garnet Ave|Genesee Ave|Clairemont Mesa Blvd|"
    "Mira Mesa Blvd|Balboa Ave|Mission Gorge Rd|Friars Rd|Linda Vista Rd|Morena Blvd|"
    "Rosecrans St|Voltaire St|Newport Ave|Broadway|Market St|Imperial Ave|Euclid Ave|"
    "Fairmount Ave|Texas St|Park Blvd|Fern St|Juniper St|Kettner Blvd|India St|Camino del Mar|"
    "Calle Primera|Avenida Encinas|Paseo del Norte|Via de la Valle|Calle Cristóbal|"
    "Rancho Bernardo Rd|Carmel Valley Rd|Jamacha Rd|Main St|Grand Ave|Palm Ave|Third Ave|"
    "Olympic Pkwy|Otay Lakes Rd|Telegraph Canyon Rd|Mission Ave|Coast Hwy|Santa Fe Dr|"
    "Melrose Dr|Magnolia Ave|Lake Murray Blvd|Navajo Rd|Jackson Dr|Avenida de la Playa|"
    "Caminito Señero|Calle Mar de Mármol"
)

REFERRAL_SOURCES: tuple[tuple[str, int], ...] = (
    ("Psychology Today profile", 22),
    ("Primary care physician", 14),
    ("Friend or family member", 14),
    ("Former client", 8),
    ("Web search", 10),
    ("Insurance directory", 8),
    ("Psychiatrist (Dr. Anand Rao)", 3),
    ("OB-GYN", 2),
    ("Another therapist", 5),
    ("Couples workshop", 2),
    ("Community clinic waitlist", 3),
    ("Support group", 2),
)


# What the practice mostly sees: each with the tags, ICD-10-CM codes, goals and
# the words people use when they call.
@dataclass(frozen=True)
class Theme:
    name: str
    weight: int
    tags: tuple[str, ...]
    codes: tuple[str, ...]
    goals: tuple[str, ...]
    complaints: tuple[str, ...]
    for_minors: bool = True
    for_adults: bool = True
    # What a child or teenager with this problem works on, and how a parent puts it.
    minor_goals: tuple[str, ...] = ()
    minor_complaints: tuple[str, ...] = ()

    def goals_for(self, minor: bool) -> tuple[str, ...]:
        return (self.minor_goals or self.goals) if minor else self.goals

    def complaints_for(self, minor: bool) -> tuple[str, ...]:
        return (self.minor_complaints or self.complaints) if minor else self.complaints


THEMES: tuple[Theme, ...] = (
    Theme(
        "anxiety",
        24,
        ("anxiety",),
        ("F41.1", "F41.0", "F40.10", "F41.9", "F43.22", "F40.01"),
        (
            "Bring worry down to a manageable level",
            "Fewer than one panic attack a week",
            "Drive on the freeway again",
            "Speak up in team meetings",
            "Use breathing and grounding skills when anxious",
        ),
        (
            "constant worry, cannot switch off at night",
            "panic attacks, especially while driving",
            "anxiety at work; avoiding meetings",
            "health anxiety since a friend's diagnosis",
        ),
        minor_goals=(
            "Give the class presentation",
            "Sleep over at a friend's house",
            "Use breathing and grounding skills when anxious",
        ),
        minor_complaints=(
            "stomach aches and worry before school every day",
            "panic attacks since starting high school",
            "will not speak in class or order food",
        ),
    ),
    Theme(
        "depression",
        22,
        ("depression",),
        ("F32.1", "F33.1", "F32.0", "F32.A", "F34.1", "F43.21", "F33.0"),
        (
            "Out of bed and dressed by 9 on weekdays",
            "See a friend at least once a week",
            "Return to work full-time",
            "PHQ-9 below 10",
            "Restart one activity that used to bring joy",
        ),
        (
            "low mood since losing a job",
            "feeling flat and unmotivated for months",
            "depression coming back after a good year",
            "no energy, sleeping all weekend",
        ),
        minor_goals=(
            "Back to soccer practice",
            "See a friend outside school once a week",
            "PHQ-A below 10",
            "Tell a parent when mood drops",
        ),
        minor_complaints=(
            "withdrawn, grades dropping, stays in the bedroom",
            "says life is pointless; school counsellor worried",
        ),
    ),
    Theme(
        "trauma",
        10,
        ("trauma",),
        ("F43.10", "F43.12", "F43.10", "F43.23"),
        (
            "Sleep through most nights without nightmares",
            "Drive past the crash site without panic",
            "Process the memory of the assault at a manageable pace",
        ),
        (
            "nightmares after a car accident",
            "flashbacks since an assault last year",
            "childhood trauma coming up after becoming a parent",
        ),
        minor_goals=(
            "Sleep through most nights without nightmares",
            "Ride in the car without panic",
            "Tell the trauma story in session",
        ),
        minor_complaints=("nightmares after a car accident", "jumpy and angry since a house fire"),
    ),
    Theme(
        "grief",
        7,
        ("grief",),
        ("Z63.4", "F43.21", "F43.23"),
        (
            "Visit the grave without being overwhelmed",
            "Sort through Dad's belongings",
            "Talk about the loss with the family",
        ),
        ("grief after mother's death", "loss of a spouse in the spring", "a miscarriage in June"),
        minor_goals=("Talk about Grandma with the family", "Make a memory box"),
        minor_complaints=("grandmother died in the summer", "a classmate died by suicide"),
    ),
    Theme(
        "couples",
        9,
        ("couples",),
        ("Z63.0", "Z63.0", "Z63.5", "F43.23"),
        (
            "Fewer arguments that escalate",
            "A weekly check-in conversation",
            "Decide together about the relationship",
            "Rebuild trust after the affair",
        ),
        (
            "constant arguments about money and parenting",
            "an affair came to light",
            "growing apart since the children were born",
        ),
        for_minors=False,
    ),
    Theme(
        "substance",
        5,
        ("substance use",),
        ("F10.10", "F10.20", "F12.10", "F10.20"),
        (
            "Drink within low-risk limits",
            "Thirty days alcohol-free",
            "Stop using cannabis to fall asleep",
        ),
        ("drinking more since the divorce", "using cannabis every night to sleep"),
        for_minors=False,
    ),
    Theme(
        "ocd",
        3,
        ("anxiety", "OCD"),
        ("F42.2",),
        ("Cut checking rituals to under 30 minutes a day", "Touch door handles without washing"),
        ("checking the stove and locks for hours", "intrusive thoughts that will not stop"),
    ),
    Theme(
        "eating",
        2,
        ("eating",),
        ("F50.00",),
        ("Three meals and two snacks a day", "Stop weighing every morning"),
        ("restricting food and losing weight fast",),
    ),
    Theme(
        "work",
        6,
        ("work stress",),
        ("Z56.6", "F43.23", "F51.01"),
        ("Leave work by 6 pm three days a week", "Sleep seven hours most nights"),
        ("burnout as a nurse on night shifts", "stress after a new manager arrived"),
        for_minors=False,
    ),
    Theme(
        "adhd",
        4,
        ("ADHD",),
        ("F90.0", "F90.2"),
        ("Use a planner at work every day", "Finish reports by the deadline"),
        ("trouble focusing at work and finishing things", "missed deadlines since the promotion"),
        minor_goals=("Use a planner every day", "Hand in homework on time"),
        minor_complaints=("school says they cannot sit still", "homework battles every night"),
    ),
    Theme(
        "child",
        8,
        ("family",),
        ("F93.0", "F91.3", "Z62.820", "F41.1", "F32.1", "F43.25"),
        (
            "Attend school every day",
            "Sleep in own bed",
            "Fewer meltdowns at home",
            "Talk about feelings with a parent once a week",
        ),
        (
            "school refusal since the move",
            "angry outbursts at home",
            "anxious since the parents separated",
            "self-harm noticed by the school counsellor",
        ),
        for_adults=False,
    ),
    Theme(
        "emotion",
        2,
        ("emotion regulation",),
        ("F60.3", "F43.25"),
        ("Use a DBT skill before acting on an urge", "Fewer crisis calls"),
        ("intense mood swings and relationships that blow up",),
        for_minors=False,
    ),
)

# ICD-10-CM descriptions as the code set (CDC) gives them; tests check they match.
DIAGNOSIS_DESCRIPTIONS = {
    "F10.10": "Alcohol abuse, uncomplicated",
    "F10.20": "Alcohol dependence, uncomplicated",
    "F12.10": "Cannabis abuse, uncomplicated",
    "F32.0": "Major depressive disorder, single episode, mild",
    "F32.1": "Major depressive disorder, single episode, moderate",
    "F32.A": "Depression, unspecified",
    "F33.0": "Major depressive disorder, recurrent, mild",
    "F33.1": "Major depressive disorder, recurrent, moderate",
    "F34.1": "Dysthymic disorder",
    "F40.01": "Agoraphobia with panic disorder",
    "F40.10": "Social phobia, unspecified",
    "F41.0": "Panic disorder [episodic paroxysmal anxiety]",
    "F41.1": "Generalized anxiety disorder",
    "F41.9": "Anxiety disorder, unspecified",
    "F42.2": "Mixed obsessional thoughts and acts",
    "F43.10": "Post-traumatic stress disorder, unspecified",
    "F43.12": "Post-traumatic stress disorder, chronic",
    "F43.21": "Adjustment disorder with depressed mood",
    "F43.22": "Adjustment disorder with anxiety",
    "F43.23": "Adjustment disorder with mixed anxiety and depressed mood",
    "F43.25": "Adjustment disorder with mixed disturbance of emotions and conduct",
    "F50.00": "Anorexia nervosa, unspecified",
    "F51.01": "Primary insomnia",
    "F60.3": "Borderline personality disorder",
    "F90.0": "Attention-deficit hyperactivity disorder, predominantly inattentive type",
    "F90.2": "Attention-deficit hyperactivity disorder, combined type",
    "F91.3": "Oppositional defiant disorder",
    "F93.0": "Separation anxiety disorder of childhood",
    "Z56.6": "Other physical and mental strain related to work",
    "Z62.820": "Parent-biological child conflict",
    "Z63.0": "Problems in relationship with spouse or partner",
    "Z63.4": "Disappearance and death of family member",
    "Z63.5": "Disruption of family by separation and divorce",
}

LIFE_DETAILS = _words(
    "Works night shifts as a nurse.|Recently moved to San Diego for work.|"
    "Lives with partner and two children.|College student at SDSU.|Retired teacher.|"
    "Navy veteran; two deployments.|Single parent of a toddler.|Works from home in tech.|"
    "Caring for a parent with dementia.|Small-business owner.|Graduate student.|"
    "Recently divorced; shares custody.|Works in hospitality; irregular hours."
)

PREFERRED_TIMES = _words(
    "Weekday evenings|Tuesday or Thursday mornings|After school (3:30 pm or later)|"
    "Lunchtime|Fridays|Any time|Mondays after 5 pm|Early mornings before work|"
    "Wednesday afternoons|Telehealth only"
)

NOT_PROCEEDING_NOTES: dict[str, tuple[str, ...]] = {
    "cost": (
        "Fee too high; gave the sliding-scale criteria and two low-fee clinics.",
        "Looking for an in-network provider.",
        "Will come back after the new insurance starts.",
    ),
    "fit": (
        "Wanted medication management; referred to psychiatry.",
        "Looking for an eating-disorder specialist.",
        "Preferred a therapist who works in Spanish.",
    ),
    "timing": (
        "Only evenings after 7 pm; none available.",
        "Moving out of state next month.",
        "Decided to wait until after the holidays.",
    ),
    "referred_elsewhere": (
        "Needs an intensive outpatient programme.",
        "Referred to a couples specialist.",
        "Referred to the county's substance use services.",
    ),
    "no_answer": ("Left two voicemails and an e-mail; no reply.", ""),
    "other": ("Found a therapist closer to work.", "Partner did not want couples work."),
}


# ------------------------------------------------------------------ intakes


@dataclass(frozen=True)
class IntakeStory:
    """What a client with this presenting theme tells the clinician at intake."""

    why_now: tuple[str, ...]
    hopes: tuple[str, ...]
    tried_before: tuple[str, ...]
    earlier_therapy: tuple[str, ...] = ("", "None before.")
    what_did_not_help: tuple[str, ...] = ("",)
    medication: tuple[str, ...] = ("None.",)
    prior_diagnoses: tuple[str, ...] = ("",)
    #: Only where the theme itself is about substances; otherwise the AUDIT-C decides.
    substance_use: tuple[str, ...] = ()
    #: Only where the theme has its own medical picture; otherwise a general list is used.
    medical_conditions: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScreenProfile:
    """How a theme tends to answer the intake screens: (low, mode, high) of each total.

    ``exposed`` is the share who say yes to the PC-PTSD-5's trauma question,
    ``ptsd`` the number of its five symptoms when they do, and ``item9`` the
    share who endorse PHQ-9 item 9 (thoughts of death or self-harm).
    """

    phq9: tuple[int, int, int]
    gad7: tuple[int, int, int]
    auditc: tuple[int, int, int]
    exposed: float
    ptsd: tuple[int, int, int]
    item9: float


SCREEN_PROFILES: dict[str, ScreenProfile] = {
    "anxiety": ScreenProfile((2, 8, 18), (6, 13, 21), (0, 0, 6), 0.35, (0, 1, 5), 0.04),
    "depression": ScreenProfile((7, 16, 27), (3, 9, 18), (0, 0, 6), 0.35, (0, 1, 5), 0.22),
    "trauma": ScreenProfile((5, 13, 24), (6, 13, 21), (0, 1, 9), 1.0, (3, 5, 5), 0.12),
    "grief": ScreenProfile((4, 11, 20), (2, 7, 15), (0, 0, 6), 0.5, (0, 1, 5), 0.06),
    "couples": ScreenProfile((1, 6, 14), (1, 6, 14), (0, 0, 7), 0.25, (0, 0, 4), 0.02),
    "substance": ScreenProfile((3, 10, 20), (2, 8, 16), (5, 8, 12), 0.45, (0, 2, 5), 0.10),
    "ocd": ScreenProfile((2, 8, 16), (6, 12, 21), (0, 0, 4), 0.2, (0, 0, 4), 0.04),
    "eating": ScreenProfile((5, 12, 22), (5, 11, 19), (0, 0, 4), 0.3, (0, 1, 5), 0.12),
    "work": ScreenProfile((4, 10, 18), (4, 10, 17), (0, 0, 7), 0.2, (0, 0, 4), 0.03),
    "adhd": ScreenProfile((1, 6, 13), (2, 7, 14), (0, 0, 7), 0.2, (0, 0, 4), 0.02),
    "child": ScreenProfile((2, 8, 18), (3, 9, 18), (0, 0, 0), 0.2, (0, 1, 4), 0.08),
    "emotion": ScreenProfile((8, 16, 26), (7, 14, 21), (0, 2, 10), 0.7, (1, 4, 5), 0.40),
}

ADULT_STORIES: dict[str, IntakeStory] = {
    "anxiety": IntakeStory(
        why_now=(
            "It has been building for about six months and now affects work and sleep.",
            "Their partner said it was time to get help after a bad week.",
            "The GP suggested therapy after ruling out a thyroid problem.",
            "Took two sick days last month and was frightened by how bad it got.",
        ),
        hopes=(
            "To worry less and enjoy weekends again.",
            "To stop avoiding things and get life back.",
            "Practical skills for when the anxiety spikes.",
        ),
        tried_before=(
            "Meditation apps, cutting out coffee, running.",
            "Avoiding the triggers, which helped at first and then made things worse.",
            "Talking to friends; reads a lot about anxiety online.",
        ),
        earlier_therapy=(
            "",
            "Counselling at college for a few sessions; somewhat helpful.",
            "Six sessions of CBT by video through the employer's EAP two years ago.",
        ),
        what_did_not_help=(
            "",
            "Reassurance from family helps for an hour, then the worry comes back.",
            "Breathing exercises felt forced in the middle of a panic attack.",
        ),
        medication=(
            "None.",
            "Sertraline 50 mg from the GP since the spring.",
            "Hydroxyzine as needed; rarely taken.",
            "Propranolol before presentations.",
        ),
        prior_diagnoses=(
            "",
            "Generalized anxiety disorder (GP, 2021).",
            "Panic disorder, diagnosed in the ER in 2019 after a suspected heart attack.",
        ),
    ),
    "depression": IntakeStory(
        why_now=(
            "It has lasted most days for over two months; has stopped seeing friends.",
            "Missed work several times this month and is worried about losing the job.",
            "A close friend noticed and encouraged the call.",
            "Recognised the signs of the last episode.",
        ),
        hopes=(
            "To have energy again and enjoy things.",
            "To get back to work and a normal routine.",
            "To understand why this keeps coming back, and to prevent the next episode.",
        ),
        tried_before=(
            "Forcing themselves to the gym; manages once a week at most.",
            "An antidepressant from the GP; some help.",
            "Sleeping more and pulling back from commitments.",
        ),
        earlier_therapy=(
            "",
            "A year of therapy in their twenties; found it very helpful.",
            "Four sessions of counselling after a break-up; stopped when it felt better.",
        ),
        what_did_not_help=(
            "",
            "Being told to think positively.",
            "Group therapy felt too exposing.",
        ),
        medication=(
            "None; reluctant to take medication.",
            "Escitalopram 10 mg (GP) for three months.",
            "Bupropion XL 150 mg; recently increased.",
        ),
        prior_diagnoses=(
            "",
            "Major depressive disorder, recurrent (psychiatrist, 2018).",
            "Depression diagnosed by the GP in 2020.",
        ),
    ),
    "trauma": IntakeStory(
        why_now=(
            "Exhausted and on edge most days.",
            "The symptoms have got worse over the last few months.",
            "Their partner noticed the startle and the anger and asked them to get help.",
            "Avoids every reminder, and life has shrunk around it.",
        ),
        hopes=(
            "To sleep and feel safe again.",
            "To think about what happened without being overwhelmed.",
            "To get back to a normal life.",
        ),
        tried_before=(
            "Avoiding reminders; drinking to get to sleep at times.",
            "Talked it through once with a close friend; felt worse afterwards.",
            "Keeping busy and working long hours.",
        ),
        earlier_therapy=(
            "",
            "Saw a counsellor briefly after the event; stopped because it was too painful.",
            "Started EMDR elsewhere; did not finish after a move.",
        ),
        what_did_not_help=(
            "",
            "Being pushed to talk about the details too soon.",
            "Sleeping pills left them groggy.",
        ),
        medication=("None.", "Prazosin for nightmares (psychiatrist).", "Sertraline 100 mg."),
        prior_diagnoses=(
            "",
            "PTSD, diagnosed at the VA in 2017.",
            "Acute stress reaction after the accident (ER).",
        ),
    ),
    "grief": IntakeStory(
        why_now=(
            "The first anniversary is near and the grief feels as raw as at the start.",
            "Still cannot face the things that remind them of the loss.",
            "Family are worried; crying at work every day.",
        ),
        hopes=(
            "To carry the loss without it taking over every day.",
            "To talk about the loss without falling apart.",
            "To get back to a routine.",
        ),
        tried_before=(
            "A bereavement support group; left after two meetings.",
            "Keeping busy and staying away from the house.",
            "Talking with a sibling.",
        ),
        earlier_therapy=(
            "",
            "None before.",
            "Grief counselling after their father's death ten years ago; helpful.",
        ),
        what_did_not_help=(
            "",
            "People saying it is time to move on.",
            "Keeping busy; it all catches up at night.",
        ),
        medication=("None.", "Trazodone to sleep (GP).", "None; declined an antidepressant."),
    ),
    "couples": IntakeStory(
        why_now=(
            "Arguments have become daily and the children are noticing.",
            "One partner is thinking of separating; both want to try first.",
            "Both feel it has reached a turning point.",
        ),
        hopes=(
            "To argue less and listen more.",
            "A clear decision about the relationship, made together.",
            "To feel close again.",
        ),
        tried_before=(
            "Date nights; books on communication.",
            "Talking to friends and family, who took sides.",
            "A weekend retreat; things were better for a few weeks.",
        ),
        earlier_therapy=(
            "",
            "One session of couples therapy three years ago; did not go back.",
            "Individual therapy in the past.",
        ),
        what_did_not_help=(
            "",
            "Bringing up old grievances in every argument.",
            "Family getting involved.",
        ),
    ),
    "substance": IntakeStory(
        why_now=(
            "It has crept up to most nights and is affecting mornings at work.",
            "A DUI last month; the court requires an assessment and treatment.",
            "Their partner gave an ultimatum about the drinking.",
        ),
        hopes=(
            "To be in control of drinking again.",
            "To stay sober and rebuild trust at home.",
            "To drink within low-risk limits.",
        ),
        tried_before=(
            "Dry January; lasted ten days.",
            "Cutting down to weekends only; it did not last.",
            "Two AA meetings; did not feel it was for them.",
        ),
        earlier_therapy=(
            "",
            "An outpatient programme five years ago; sober for eight months afterwards.",
            "None before.",
        ),
        what_did_not_help=("", "Lectures from family.", "Willpower alone."),
        medication=(
            "None.",
            "Naltrexone 50 mg (started by primary care).",
            "Gabapentin for sleep.",
        ),
        prior_diagnoses=("", "Alcohol use disorder (outpatient programme, 2020)."),
        substance_use=(
            "Drinks 5–8 drinks most evenings, more at weekends. No withdrawal seizures.",
            "Binge drinking at weekends (10 or more drinks); some blackouts.",
            "Wine every evening, a bottle or more; no drug use.",
        ),
    ),
    "ocd": IntakeStory(
        why_now=(
            "It now takes over two hours a day and makes them late for work.",
            "Family say it is taking over the household.",
            "Has started avoiding the kitchen and driving because of it.",
        ),
        hopes=(
            "To spend much less time on rituals.",
            "To live with the thoughts without acting on them.",
            "To leave the house without going back to check.",
        ),
        tried_before=(
            "Trying not to check, which works for a day or two.",
            "Asking family for reassurance.",
            "Reading about OCD online.",
        ),
        earlier_therapy=(
            "",
            "Talk therapy in the past that never addressed the rituals.",
            "A few sessions of ERP elsewhere; stopped when the therapist moved.",
        ),
        what_did_not_help=("", "Reassurance; it helps for minutes.", "Being told to just stop."),
        medication=("None.", "Fluoxetine 40 mg (psychiatrist).", "Fluvoxamine 100 mg."),
        prior_diagnoses=("", "OCD, diagnosed by a psychiatrist in 2016."),
    ),
    "eating": IntakeStory(
        why_now=(
            "The doctor is concerned after the last check-up.",
            "A family member found evidence of purging.",
            "Dizzy and fainting at the gym; the doctor asked for a referral.",
        ),
        hopes=(
            "To eat without so much fear.",
            "To get well enough to stay in college.",
            "To stop thinking about food all day.",
        ),
        tried_before=(
            "Meal plans from the internet.",
            "Trying to eat more at family dinners.",
            "Nothing yet; not sure they want to change.",
        ),
        earlier_therapy=("", "Saw a dietitian briefly.", "Outpatient treatment as a teenager."),
        what_did_not_help=("", "Being weighed in front of others.", "Arguments at mealtimes."),
        prior_diagnoses=("", "Anorexia nervosa in adolescence."),
        medical_conditions=(
            "Low heart rate and low potassium at the last check-up; under medical monitoring.",
            "Medically stable per the primary care physician; weekly weight checks.",
        ),
    ),
    "work": IntakeStory(
        why_now=(
            "Exhausted, sleeping badly, and making mistakes at work.",
            "The doctor signed them off work for two weeks.",
            "Longer hours, more pressure, and close to quitting.",
        ),
        hopes=(
            "Better boundaries with work.",
            "Sleep seven hours and have energy for the family.",
            "To decide whether to stay in the job.",
        ),
        tried_before=(
            "A vacation; the stress came back within days.",
            "Cutting back on overtime for a while.",
            "Yoga and running.",
        ),
        earlier_therapy=("", "Three sessions of EAP counselling.", "None before."),
        what_did_not_help=("", "Taking work home to catch up.", "Sleep apps."),
        medication=("None.", "Melatonin to sleep.", "Zolpidem occasionally (GP)."),
        prior_diagnoses=("", "Insomnia (GP)."),
    ),
    "adhd": IntakeStory(
        why_now=(
            "Worried about losing the job.",
            "Their child was diagnosed with ADHD and they recognised themselves.",
            "Their partner is frustrated by forgotten bills and appointments.",
        ),
        hopes=(
            "Systems that work for planning and finishing tasks.",
            "To understand how their mind works.",
            "Less shame about being disorganised.",
        ),
        tried_before=(
            "Planners and apps; each used for a week or two.",
            "Working late to catch up.",
            "Coffee and energy drinks.",
        ),
        earlier_therapy=("", "None before.", "Tutoring and school support as a child."),
        what_did_not_help=("", "Being told to try harder.", "Too many apps at once."),
        medication=(
            "None.",
            "Methylphenidate ER 36 mg (psychiatrist).",
            "Lisdexamfetamine 30 mg; just started.",
        ),
        prior_diagnoses=(
            "",
            "ADHD, combined type (psychiatrist, 2022).",
            "ADHD diagnosed as a child; untreated since 16.",
        ),
    ),
    "emotion": IntakeStory(
        why_now=(
            "Another relationship ended suddenly; intense distress and urges to self-harm.",
            "A visit to the ER last month after a crisis.",
            "Feels out of control many times a day.",
        ),
        hopes=(
            "To manage emotions without hurting themselves.",
            "To keep relationships and a job.",
            "To learn DBT skills.",
        ),
        tried_before=(
            "Several therapists; never stayed long.",
            "Journalling; it helps sometimes.",
            "Calling the crisis line.",
        ),
        earlier_therapy=(
            "Several therapists; the longest for four months.",
            "A DBT skills group, partly completed.",
        ),
        what_did_not_help=(
            "",
            "Therapists who ended therapy after a crisis.",
            "Being told to calm down.",
        ),
        medication=(
            "Lamotrigine 100 mg (psychiatrist).",
            "Quetiapine 50 mg at night.",
            "None; stopped medication last year.",
        ),
        prior_diagnoses=(
            "",
            "Borderline personality disorder (psychiatrist, 2021).",
            "Bipolar II considered and ruled out in 2020.",
        ),
    ),
}

MINOR_STORIES: dict[str, IntakeStory] = {
    "anxiety": IntakeStory(
        why_now=(
            "Has missed many days of school this term.",
            "The school nurse called the parents twice last month.",
            "The school counsellor recommended therapy.",
        ),
        hopes=(
            "To go to school without the stomach aches.",
            "The parents hope for ways to help at home.",
            "To join in with friends again.",
        ),
        tried_before=(
            "Staying home on bad days, which made it worse.",
            "A reward chart for going to school.",
            "Breathing exercises from the school counsellor.",
        ),
        earlier_therapy=("", "None before.", "Play therapy at age 7."),
        what_did_not_help=("", "Pushing hard without support.", "Long talks at bedtime."),
        medication=("None.", "Fluoxetine 10 mg (pediatrician)."),
    ),
    "depression": IntakeStory(
        why_now=(
            "It has lasted for months and the grades are falling.",
            "The school counsellor called the parents.",
            "Has stopped soccer and seeing friends.",
        ),
        hopes=(
            "The parents want them to feel like themselves again.",
            "To enjoy school and friends again.",
            "To talk to someone who is not a parent.",
        ),
        tried_before=(
            "Talking with the school counsellor.",
            "Limits on phone time.",
            "Family outings at weekends.",
        ),
        what_did_not_help=("", "Taking the phone away as a punishment.", "Lectures about grades."),
        medication=("None.", "Sertraline 25 mg (pediatrician), started last month."),
    ),
    "trauma": IntakeStory(
        why_now=(
            "Sleeping in the parents' bed since it happened.",
            "Teachers noticed they cannot concentrate.",
            "The parents feel it is not getting better on its own.",
        ),
        hopes=(
            "To sleep in their own bed again.",
            "To feel safe again.",
            "The parents want to know how to help.",
        ),
        tried_before=(
            "A night light and staying with them at bedtime.",
            "Avoiding reminders of what happened.",
            "Talking with the school counsellor.",
        ),
        earlier_therapy=("", "Two sessions with a crisis counsellor after the event."),
        what_did_not_help=("", "Telling them not to think about it.", "Avoidance, which grows."),
        medication=("None.", "Melatonin for sleep (pediatrician)."),
    ),
    "grief": IntakeStory(
        why_now=(
            "Has not talked about it since the funeral; angry at home.",
            "Struggling at school since the loss.",
            "Asks a lot about dying and will not sleep alone.",
        ),
        hopes=(
            "To be able to talk about the person who died.",
            "The parents want them to grieve in a healthy way.",
            "Fewer outbursts at home.",
        ),
        tried_before=(
            "A children's book about grief.",
            "A memory box at home.",
            "The school counsellor's group.",
        ),
        what_did_not_help=("", "Keeping the news from them at first.", "Busy weekends."),
    ),
    "ocd": IntakeStory(
        why_now=(
            "It takes over an hour at bedtime.",
            "Asks for reassurance dozens of times a day.",
            "The parents noticed it is getting worse.",
        ),
        hopes=(
            "To stop the rituals taking over.",
            "The parents want to know how to answer the reassurance-seeking.",
            "To sleep over at a friend's house.",
        ),
        tried_before=(
            "Answering every reassurance question.",
            "Limits on handwashing.",
            "Reading about OCD in children.",
        ),
        medication=("None.", "Sertraline 50 mg (child psychiatrist)."),
    ),
    "eating": IntakeStory(
        why_now=(
            "The pediatrician is concerned.",
            "Skipping lunch at school and exercising for hours.",
            "The parents found food hidden in the bedroom.",
        ),
        hopes=(
            "The parents want family meals without fights.",
            "To feel less scared of food.",
            "To stay out of hospital.",
        ),
        tried_before=(
            "Family meals every evening.",
            "Following the pediatrician's advice.",
            "One appointment with a dietitian.",
        ),
        medical_conditions=("Weekly weight and vital signs with the pediatrician.",),
    ),
    "adhd": IntakeStory(
        why_now=(
            "Homework battles every night; the family is exhausted.",
            "A teacher suggested an evaluation.",
            "Notes home from school most weeks.",
        ),
        hopes=(
            "Calmer evenings at home.",
            "Better grades and fewer notes from school.",
            "To feel capable rather than 'bad'.",
        ),
        tried_before=(
            "Sticker charts and a homework schedule.",
            "Extra time at school (504 plan).",
            "Less screen time.",
        ),
        medication=("None.", "Methylphenidate 18 mg (pediatrician).", "Guanfacine 1 mg."),
        prior_diagnoses=("", "ADHD, combined type (pediatrician, last year)."),
    ),
    "child": IntakeStory(
        why_now=(
            "The school and the parents agree it has got worse this term.",
            "The pediatrician recommended therapy.",
            "The parents feel they have tried everything at home.",
        ),
        hopes=(
            "The parents want calmer mornings and fewer meltdowns.",
            "To go to school every day.",
            "To talk about feelings instead of exploding.",
        ),
        tried_before=(
            "Rewards and consequences; hard to keep consistent.",
            "Meetings with the teacher.",
            "Parenting books.",
        ),
    ),
}

#: Stories for one complaint whose story differs from its theme's (looked up first).
COMPLAINT_STORIES: dict[str, IntakeStory] = {
    "using cannabis every night to sleep": IntakeStory(
        why_now=(
            "Cannot fall asleep without it and is worried about dependence.",
            "Their partner is worried; it is affecting motivation at work.",
        ),
        hopes=("To sleep without cannabis.", "To cut down and feel clear-headed in the morning."),
        tried_before=(
            "Stopping for a week; could not sleep at all.",
            "Melatonin and sleep-hygiene tips.",
        ),
        medication=("None.", "Trazodone 50 mg, tried briefly (GP)."),
        prior_diagnoses=("", "Cannabis use disorder, mild (primary care, 2023)."),
        substance_use=(
            "Cannabis (edibles and vaping) every night for about two years; drinks most weekends.",
            "Vapes cannabis every evening; 3–4 drinks on Fridays and Saturdays.",
        ),
    ),
}

MEDICAL_CONDITIONS = (
    "",
    "",
    "None known.",
    "Asthma.",
    "Hypothyroidism, on levothyroxine.",
    "Migraines.",
    "Type 2 diabetes.",
    "High blood pressure.",
    "Chronic lower back pain.",
    "Irritable bowel syndrome.",
)
MINOR_MEDICAL_CONDITIONS = ("", "None known.", "Asthma.", "Eczema.", "Peanut allergy.")

#: What a client who does not come for substance use says about it, by AUDIT-C total.
SUBSTANCE_USE_BY_AUDITC = (
    (0, ("Does not drink. No drug use.", "Stopped drinking years ago. No drug use.")),
    (1, ("A glass of wine now and then. No drug use.", "Drinks rarely, at family events.")),
    (3, ("Two or three drinks at weekends. Occasional cannabis.", "Drinks socially, weekly.")),
    (
        5,
        (
            "Drinks most evenings to unwind, 3–4 drinks; did not see it as a problem.",
            "Heavier drinking at weekends since the stress began.",
        ),
    ),
)
MINOR_SUBSTANCE_USE = ("Denies alcohol and drug use.", "Not asked with the parent present.")

RISK_HISTORY_NONE = (
    "No history of self-harm or suicide attempts.",
    "Denies past or present thoughts of suicide.",
    "No known risk history.",
)
RISK_HISTORY_SOME = (
    "Passive thoughts of death in low periods; no plan, no attempts.",
    "Cut themselves at 16; none since.",
    "One overdose at 19 (admitted overnight); no attempts since.",
)
RISK_HISTORY_EMOTION = (
    "Cuts when overwhelmed, most recently two months ago; one overdose in 2022.",
    "Several crisis visits to the ER in the last year; no attempt since the spring.",
)
MINOR_RISK_HISTORY_SOME = (
    "Told a friend they wished they were dead; no plan; no self-harm seen.",
    "Scratched their arms after a fight with a friend last term.",
)

#: What the clinician records before finishing an intake with PHQ-9 item 9 endorsed.
RISK_ACKNOWLEDGEMENTS = (
    "Asked directly about item 9: passive thoughts of being better off dead, no plan or "
    "intent. Protective factors: family, pets. Safety plan made; 988 and the crisis line given.",
    "Item 9 discussed: fleeting thoughts of self-harm over the last two weeks, no intent, no "
    "access to means. Safety plan completed together; to review next session.",
    "Thoughts of death most days, no plan; lives with a partner who knows. Safety plan made "
    "and 988 given; GP informed with the client's consent.",
)
MINOR_RISK_ACKNOWLEDGEMENTS = (
    "Item 9 discussed with the young person alone, then with the parent: thoughts of being "
    "better off dead, no plan. Safety plan made with both; medications locked away.",
    "Asked directly: occasional thoughts of self-harm, no intent. Parent informed and "
    "agreed to supervise; safety plan and crisis numbers given.",
)

#: How a follow-up is usually closed, by what raised it (an instrument or "risk").
RESOLUTION_WEIGHTS: dict[str, tuple[tuple[str, int], ...]] = {
    "phq9": (("assessed", 80), ("ruled_out", 15), ("referred", 5)),
    "gad7": (("assessed", 80), ("ruled_out", 15), ("referred", 5)),
    "auditc": (("assessed", 55), ("ruled_out", 25), ("referred", 20)),
    "pcptsd5": (("assessed", 70), ("ruled_out", 15), ("referred", 15)),
    "risk": (("assessed", 90), ("referred", 10)),
}
RESOLUTION_NOTES: dict[tuple[str, str], tuple[str, ...]] = {
    ("phq9", "assessed"): (
        "Clinical interview: meets criteria for a major depressive episode; diagnosis recorded "
        "and treatment plan agreed.",
        "Assessed in session 2: moderate depression; behavioural activation started.",
    ),
    ("phq9", "ruled_out"): (
        "Low mood explained by the recent loss; no depressive episode on interview.",
        "Symptoms mostly sleep and tiredness from night shifts; no depressive episode.",
    ),
    ("phq9", "referred"): ("Referred to primary care for a medication review; therapy continues.",),
    ("gad7", "assessed"): (
        "Interview: generalized anxiety disorder; CBT for worry planned.",
        "Panic disorder confirmed on interview; treatment plan updated.",
    ),
    ("gad7", "ruled_out"): ("Stress about the move, time-limited; no anxiety disorder.",),
    ("gad7", "referred"): ("Referred to primary care to rule out a thyroid cause.",),
    ("auditc", "assessed"): (
        "Full AUDIT 14: hazardous drinking; brief intervention and a drinking diary agreed.",
        "Alcohol use assessed: mild alcohol use disorder; goal of cutting down agreed.",
    ),
    ("auditc", "ruled_out"): (
        "Drinking limited to weekends and within low-risk limits; no further action.",
        "Full AUDIT 6: low risk; discussed and left there.",
    ),
    ("auditc", "referred"): (
        "Referred to the county's outpatient substance use services; therapy continues alongside.",
    ),
    ("pcptsd5", "assessed"): (
        "PCL-5 (48) and clinical interview: PTSD; trauma-focused therapy planned.",
        "CAPS-5 interview: PTSD criteria met; diagnosis recorded.",
    ),
    ("pcptsd5", "ruled_out"): ("PCL-5 below threshold (21); symptoms settling since the event.",),
    ("pcptsd5", "referred"): ("Referred to a trauma specialist for prolonged exposure therapy.",),
    ("risk", "assessed"): (
        "Risk assessed at the intake: no plan or intent; safety plan in place.",
        "Columbia protocol completed: low risk; safety plan reviewed with the client.",
    ),
    ("risk", "referred"): (
        "Elevated risk: referred to the psychiatric emergency team the same day, with the "
        "client's agreement.",
    ),
}

# ------------------------------------------------------------------ consents

#: The demo's second version of the adult agreement: its cancellations section,
#: revised to say how to cancel and to count the notice in hours of the working week.
REVISED_CANCELLATION = (
    "Your session time is set aside for you alone. If you need to cancel or move it, please "
    "let me know at least {late_cancel_hours} hours ahead, by phone or e-mail (weekend hours "
    "do not count); there is no charge when you do.\n\n"
    "A session cancelled with less notice is charged {late_cancel_fee}, and a session missed "
    "without any notice is charged {no_show_fee}. I know that real emergencies and sudden "
    "illness happen, and I will use judgement when they do."
)

#: Why a client withdrew their consent (a revoked consent keeps its reason).
REVOKE_REASONS = (
    "Withdrew consent at the last session: moving out of state and ending therapy here.",
    "Asked to stop treatment for now; withdrew consent in writing, to be renewed if they return.",
)

# ------------------------------------------------------------------ session feedback

#: What was done about urges to self-harm rated at a session's check-in, by outcome.
SESSION_RISK_NOTES: dict[str, tuple[str, ...]] = {
    "assessed": (
        "Asked about the urges in session: passive, no plan or intent; safety plan reviewed.",
        "Columbia screen in session: low risk; coping steps and crisis numbers gone over again.",
        "Urges after an argument at home, now eased; no plan; agreed to call if they return.",
        "Risk reviewed at the start of the session: no intent; safety plan updated together.",
    ),
    "referred": (
        "Urges stronger this week, with a plan: referred to the psychiatric emergency team the "
        "same day, with the client's agreement.",
        "Risk raised: psychiatrist appointment brought forward and a crisis line agreed.",
    ),
}

#: What a client wrote in the evaluation's comment box after a session they rated low.
LOW_EVALUATION_COMMENTS = (
    "I felt rushed at the end.",
    "I would like to talk more about what is going on at work.",
    "The homework does not feel useful to me.",
    "I wanted to talk about the weekend but we did not get to it.",
    "It felt like going over the same thing again.",
    "Sometimes I do not feel heard when I disagree.",
    "Less time on the worksheets, please.",
    "I am not sure this is helping yet.",
)
#: What a client sometimes writes after a session they rated well.
EVALUATION_COMMENTS = (
    "Thank you.",
    "Helpful to write the plan down.",
    "More of the practice in session, please.",
    "Good to talk about my mother.",
    "Nothing to change.",
)
