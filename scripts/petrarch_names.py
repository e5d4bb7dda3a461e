"""Turn PETRARCH's upper-case, underscored phrases into names as news prints them.

PETRARCH writes ``BASHAR_AL-ASSAD_`` and ``UN_SECURITY_COUNCIL``; the lexicon wants
"Bashar al-Assad" and "UN Security Council". The source has lost the original case,
so this is a best guess: title case, lower-case particles inside a name, and
upper case for tokens that are known (or look like) acronyms. Matching in detente is
case-insensitive except for 2-4 letter all-caps acronyms, so the guess matters mostly
for short single-token names, which ``ACRONYMS`` / ``WORDS`` settle by hand.
"""

from __future__ import annotations

import re

# Particles written lower case inside a name (never as its first word).
PERSON_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "do", "dos", "das", "di", "du",
                    "van", "von", "der", "den", "ter", "la", "le", "del", "della", "y", "e", "ul", "ud"}
ORG_PARTICLES = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "du", "des",
                 "la", "le", "del", "y", "et", "al", "fi", "wa", "li", "min"}

# Tokens that are acronyms wherever they appear (checked case-insensitively, dots removed).
ACRONYMS = {
    "UN", "US", "USA", "UK", "EU", "NATO", "OPEC", "ASEAN", "IAEA", "UNICEF", "UNHCR", "UNDP",
    "UNESCO", "UNSC", "UNMIN", "UNOG", "UNFPA", "UNIFEM", "UNESCAP", "UNRWA", "UNAMA", "UNAMI",
    "UNIFIL", "MONUC", "MONUSCO", "MINUSMA", "UNMISS", "UNOCHA", "OCHA", "OHCHR", "WHO", "WFP",
    "FAO", "ILO", "IMF", "WTO", "ICC", "ICJ", "ICRC", "IFRC", "MSF", "HRW", "PKK", "PLO", "PFLP",
    "DFLP", "ETA", "IRA", "CIRA", "RIRA", "FARC", "ELN", "TPLF", "SPLM", "SPLA", "RSF", "ISIS",
    "ISIL", "AQAP", "AQIM", "LTTE", "ANC", "BJP", "CPC", "CCP", "KMT", "DPP", "LDP", "CDU", "CSU",
    "SPD", "FDP", "AFD", "PRI", "PRD", "PSOE", "SNP", "DUP", "SDLP", "UUP",
    "BBC", "CNN", "AFP", "AP", "NHK", "RT", "CBS", "NBC", "ABC", "NPR", "KCNA", "IRNA", "WAM",
    "SPA", "MENA", "IDF", "FBI", "CIA", "NSA", "DHS", "DOD", "FSB", "SVR", "GRU", "KGB", "MI5",
    "MI6", "GCHQ", "DGSE", "DGSI", "BND", "ISI", "NIS", "IRGC", "OSCE", "OAS", "OAU",
    "OIC", "GCC", "SADC", "ECOWAS", "IGAD", "SCO", "CSTO", "CIS", "EAEU", "APEC", "OECD", "IEA",
    "IPCC", "OPCW", "CTBTO", "ICAO", "ITU", "UPU", "WIPO", "WMO", "IFAD", "UNIDO", "IOM",
    "BIS", "EBRD", "ADB", "AFDB", "IDB", "AIIB", "NDB", "ECB", "UAE", "DRC", "DPRK", "PRC", "ROK",
    "GDR", "USSR", "NGO", "ECHR", "OHR", "EULEX", "KFOR", "SFOR", "IFOR", "ISAF",
    "AMISOM", "ATMIS", "UNAMID", "UNMIL", "UNOCI", "UNMIK", "MINUSCA", "MINURSO", "UNFICYP",
    "UNDOF", "UNTSO", "UNMOGIP", "UNSMIL", "UNITAMS", "UNMHA", "UNSOM", "BINUH", "DPKO", "UNEP",
    "UNAIDS", "UNCTAD", "ECOSOC", "UNGA", "UNHRC", "ASF", "AU", "IRC", "MSF", "IAF",
    "KDP", "PUK", "YPG", "SDF", "PYD", "HTS", "FSA", "SNA", "NLF", "PIJ", "LNA", "GNA", "GNU",
    "NDLEA", "EFCC", "SPDC", "NLD", "USDP", "KNU", "TNLA", "MNDAA", "PDF",
    "NUG", "ADF", "FDLR", "CNDP", "LRA", "NRM", "ZANU", "MDC", "SWAPO", "MPLA", "UNITA",
    "FRELIMO", "RENAMO", "ANC", "EFF", "IFP", "TPLF", "OLF", "OLA", "ONLF", "EPRDF",
    "ENDF", "SAF", "JEM", "SLM", "SLA", "UNMIS", "AMIS", "TFG", 
    "NCRI", "MEK", "PMOI", "PJAK", "TAK", "DHKP", "MLKP", "HDP", "CHP", "AKP", "MHP",
    "ETIM", "IMU", "LEJ", "JEM", "TTP", "MQM", "PPP", "PTI",
    "PML", "JUI", "ANP", "BNP", "AIADMK", "DMK", "CPI", "CPM", 
    "MNLA", "MUJAO", "JNIM", "ISGS", "ISWAP", "FLN", "RND", "MSP", "FIS", "GIA", "GSPC",
    "POLISARIO", "UFM", "UMA", "ECCAS", "CEMAC", "UEMOA", "COMESA", "EAC", "SACU", "NEPAD",
    "BRICS", "CELAC", "UNASUR", "MERCOSUR", "SICA", "CARICOM", "OECS", "PIF", "SAARC",
    "BIMSTEC", "ARF", "EAS", "AUKUS", "IPEF", "RCEP", "CPTPP", "NAFTA", "USMCA",
    "EFTA", "EEA", "CERN", "ESA", "NASA", "UNOPS", "UNFCCC", "CBD", "IUCN", "WWF", "WEF",
    "ICG", "FIDH", "OMCT", "CPJ", "RSF", "IPI", "IFJ", "HRF", "PHR", "USAID", "DFID",
    "JICA", "GIZ", "KOICA", "EEAS", "NGOS", "DARPA", "PDFLP", "USDA", "FEMA",
}

# Single tokens that are names, not acronyms, even when short.
WORDS = {"HAMAS", "FATAH", "AMAL", "HEZBOLLAH", "TALIBAN", "INTERPOL", "OXFAM", "REUTERS", "XINHUA",
         "KREMLIN", "PENTAGON", "MOSSAD", "SHIN", "BET", "LIKUD", "MERETZ", "SHAS", "KADIMA",
         "TASS", "ITAR", "RIA", "NOVOSTI", "ALJAZEERA", "JAZEERA", "ARABIYA", "HAARETZ", "BUZZFEED",
         "MCCLATCHY", "SPIEGEL", "GUARDIAN", "HOUTHIS", "HOUTHI", "HUTHI", "ANSARALLAH", "HASHD",
         "WAGNER", "AZOV", "POLISARIO", "QAEDA", "SHABAAB", "SHABAB", "BOKO", "HARAM", "JIHAD",
         "UNITA", "RENAMO", "FRELIMO", "SWAPO", "SAVAK", "SECURITATE", "STASI", "GESTAPO", "CARE",
         "PESHMERGA", "DUMA", "GREENPEACE", "TALEBAN", "CONTRAS", "INTERAHAMWE", "TANZIM", "KACH",
         "ALEPH", "CHEVRON", "TOYOTA", "DISNEY", "GOOGLE", "XEROX", "IXIA", "PROVOS", "GRAPO", "EYAL",
         "SONY", "ZAIN", "KNESSET", "HIZBULLAH", "HIZBALLAH", "HIZBOLLAH", "HEZBALLAH", "AMIT", "BRAC", "HONDA", "NOKIA", "BOEING", "PFIZER", "INTERPOL"}

DOTTED = re.compile(r"^(?:[A-Za-z]\.){1,4}$")
VOWELS = set("AEIOUY")


def words_of(phrase: str) -> list[str]:
    text = phrase.replace("_", " ").strip().strip(",;:")
    return [w for w in text.split() if w]


def cap_piece(piece: str) -> str:
    """Title-case one hyphen/apostrophe-free piece, with Mc and acronym handling."""
    if not piece:
        return piece
    upper = piece.upper()
    if upper.replace(".", "") in ACRONYMS and upper.replace(".", "") not in WORDS:
        return upper
    if DOTTED.match(piece):
        return upper
    if upper.startswith("MC") and len(piece) > 3:
        return "Mc" + upper[2].upper() + piece[3:].lower()
    return piece[0].upper() + piece[1:].lower()


def cap_word(word: str) -> str:
    """Capitalise each part of a hyphenated or apostrophed word ("AL-QAEDA" to "Al-Qaeda")."""
    if DOTTED.match(word):
        return word.upper()
    parts = re.split(r"([-'’/])", word)
    out = []
    for index, part in enumerate(parts):
        if part in "-'’/":
            out.append(part)
            continue
        prev = parts[index - 1] if index else ""
        if prev in ("'", "’") and len(part) <= 2 and part.upper() in ("S", "T"):
            out.append(part.lower())  # PEOPLE'S, DON'T
        else:
            out.append(cap_piece(part))
    return "".join(out)


def lower_particle(word: str, particles: set[str]) -> str:
    """'Al-Assad' inside a name becomes 'al-Assad'; 'Of' becomes 'of'."""
    low = word.lower()
    if low in particles:
        return low
    for prefix in ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ul-", "ud-"):
        if low.startswith(prefix) and len(word) > len(prefix) + 1:
            return prefix + word[len(prefix):]
    return word


def display_name(phrase: str, person: bool) -> str:
    words = [cap_word(w) for w in words_of(phrase)]
    particles = PERSON_PARTICLES if person else ORG_PARTICLES
    return " ".join(w if i == 0 else lower_particle(w, particles) for i, w in enumerate(words))


def looks_like_acronym(token: str) -> bool:
    bare = token.replace(".", "").upper()
    if not bare.isalpha() or bare in WORDS:
        return False
    return bare in ACRONYMS or (len(bare) <= 5 and not (set(bare) & VOWELS))


def split_parenthetical(phrase: str, places: set[str] = frozenset()) -> tuple[str, list[str]]:
    """'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_' to ('ADEN_ABYAN_ISLAMIC_ARMY', ['AAIA']).

    An acronym in parentheses becomes an alias; any other parenthetical (a
    disambiguating place or note; ``places`` holds upper-cased place names) is
    dropped from the name.
    """
    extras = []
    for inner in re.findall(r"\(([^)]*)\)", phrase):
        token = inner.replace("_", " ").strip()
        if token and " " not in token and token.replace(".", "").replace("-", "").isalpha() \
                and len(token) <= 8 and token.upper() not in places:
            extras.append(token)
    base = re.sub(r"\([^)]*\)", " ", phrase)
    base = base.split("(")[0].replace(")", " ")  # unbalanced: "(ACTING" with no ")"
    return " ".join(base.replace("_", " ").split()), extras
