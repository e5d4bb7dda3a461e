"""The small lexicon the tests code with: a few countries, agents and event patterns.

Tests pass it through `Settings`, so they depend on the grammar, not on the packaged
lexicon's contents.
"""

COUNTRIES = """code\tname\taliases\tadjectives\tcapitals
RUS\tRussia\tRussians\tRussian\tMoscow|Kremlin
CHN\tChina\tChinese people\tChinese\tBeijing
IND\tIndia\tIndians\tIndian\tNew Delhi
PAK\tPakistan\tPakistanis\tPakistani\tIslamabad
EGY\tEgypt\t\tEgyptian\tCairo
ISR\tIsrael\tIsraelis\tIsraeli\tJerusalem
PSE\tPalestine\tPalestinians\tPalestinian\tRamallah
KEN\tKenya\tKenyans\tKenyan\tNairobi
JPN\tJapan\t\tJapanese\tTokyo
"""
ORGS = "code\tname\taliases\tkind\tcountry\nPSEREBHMS\tHamas\t\tarmed_group\tPSE\nIGOUNO\tUnited Nations\tUN|U.N.\tigo\t\n"
PEOPLE = "name\taliases\tcode\tstart\tend\tnote\nVladimir Putin\t\tRUSGOV\t2000-05-07\t2008-05-07\tPresident\nVladimir Putin\t\tRUSGOV\t2012-05-07\t\tPresident\n"
AGENTS = "term\tagent\tnote\nminister\tGOV\t\ncounterpart\tGOV\t\npresident\tGOV\t\nenvoy\tGOV\t\nsoldier\tMIL\t\ntroop\tMIL\t\npolice\tCOP\t\nprotester\tCVL\t\nambassador\tGOV\t\ncivilian\tCVL\t\nfirm\tBUS\t\n"
EVENTS = """code\tpattern\tflags\tnote
040\tmeet/v >with\trecip\t
040\tmeet/v\trecip\t
111\tcriticize/v\t\t
190\tattack/v\t\t
190\tclash/v\trecip\t
195\tbomb/v\t\t
193\tstrike/v\t\t
045\tbroker/v\t\t
030\tagree/v\tintent\t
042\tvisit/v\t\t
051\tpraise/v\t\t
175\tdisperse/v\t\t
190\tkill/v\t\t
194\tkill/v shelling\t\t
194\tshelling/n\tweak\t
194\tbombardment/n\tweak\t
195\tairstrike/n\tweak\t
190\tstrike/n\tweak\t
190\twound/v\t\t
057\tsign/v agreement\trecip\t
046\ttalk/n\trecip\t
161\trecall/v ambassador\t\t
112\taccuse/v\t\t
120\treject/v\t\t
030\toffer/n\tweak\t
020\turge/v\t\t
020\tappeal/n\tweak\t
154\tmass/v troop\t\t
073\tdeliver/v aid\t\t
175\tfire/v gas\t\t
130\twarn/v\t\t
100\tdemand/v\t\t
0841\trelease/v\t\t
150\tdrill/n\tweak\t
020\tsuggest/v\tweak\t
051\tpraise/n\tweak\t
130\tthreat/n\tweak\t
100\tdemand/n\tweak\t
"""
FILES = {"countries.tsv": COUNTRIES, "organizations.tsv": ORGS, "people.tsv": PEOPLE, "agents.tsv": AGENTS}
