# Saker event patterns (coercion and force posture: CAMEO 15, 16, 17). Language: docs/patterns.md. One pattern per line:
#   TRIGGER [CONSTRAINTS] | CAMEO | PLOVER[:mode] or - (default of the code) | OPTIONS
# Written by the Saker authors; checked by `saker dict check`.

# ------------------------------------------------------------------------------------------------
# 17 COERCE: arrests and detention (ACLED Strategic developments / Arrests)
# ------------------------------------------------------------------------------------------------
arrest                                               | 173  | COERCE:arrest          | acled=arrests
detain                                               | 173  | COERCE:arrest          | acled=arrests
apprehend                                            | 173  | COERCE:arrest          | acled=arrests
jail                                                 | 173  | COERCE:arrest          | acled=arrests
imprison                                             | 173  | COERCE:arrest          | acled=arrests
incarcerate                                          | 173  | COERCE:arrest          | acled=arrests
nab                                                  | 173  | COERCE:arrest          | acled=arrests
intern                                               | 173  | COERCE:arrest          | acled=arrests
# capturing someone ("capture methane gas", "captured the title" capture no one)
capture                                              | 173  | COERCE:arrest          | acled=arrests tgtkind=person,generic,unknown,armedgroup needtgt
round prt:up                                         | 173  | COERCE:arrest          | acled=arrests
take prep:into:custody                               | 173  | COERCE:arrest          | acled=arrests
take obj:* prep:into:custody                         | 173  | COERCE:arrest          | acled=arrests
place prep:under:arrest                              | 173  | COERCE:arrest          | acled=arrests
put prep:under:arrest                                | 173  | COERCE:arrest          | acled=arrests
put prep:behind:bars                                 | 173  | COERCE:arrest          | acled=arrests
hold prep:in:custody|detention                       | 173  | COERCE:arrest          | acled=arrests
place prep:under:house_arrest                        | 173  | COERCE:arrest          | acled=arrests
carry obj:arrest                                     | 173  | COERCE:arrest          | acled=arrests tgt=prep:of
carry obj:arrests                                    | 173  | COERCE:arrest          | acled=arrests tgt=prep:of
carry obj:detention                                  | 173  | COERCE:arrest          | acled=arrests tgt=prep:of
make obj:arrest                                      | 173  | COERCE:arrest          | acled=arrests tgt=prep:of
make obj:arrests                                     | 173  | COERCE:arrest          | acled=arrests tgt=prep:of
make obj:detention                                   | 173  | COERCE:arrest          | acled=arrests tgt=prep:of
conduct obj:arrest                                   | 173  | COERCE:arrest          | acled=arrests tgt=prep:of
conduct obj:arrests                                  | 173  | COERCE:arrest          | acled=arrests tgt=prep:of
conduct obj:detention                                | 173  | COERCE:arrest          | acled=arrests tgt=prep:of
carry prt:out obj:arrest|arrests                     | 173  | COERCE:arrest          | acled=arrests tgt=prep:of
n:arrest                                             | 173  | COERCE:arrest          | acled=arrests poss=tgt
n:detention                                          | 173  | COERCE:arrest          | acled=arrests poss=tgt
n:imprisonment                                       | 173  | COERCE:arrest          | acled=arrests poss=tgt
n:incarceration                                      | 173  | COERCE:arrest          | acled=arrests poss=tgt
n:internment                                         | 173  | COERCE:arrest          | acled=arrests poss=tgt
n:roundup                                            | 173  | COERCE:arrest          | acled=arrests poss=tgt
n:apprehension                                       | 173  | COERCE:arrest          | acled=arrests poss=tgt
n:arrest mod:house                                   | 173  | COERCE:arrest          | acled=arrests poss=tgt
n:campaign prep:of:arrest|arrests                    | 173  | COERCE:arrest          | acled=arrests
n:wave prep:of:arrest|arrests                        | 173  | COERCE:arrest          | acled=arrests
charge                                               | 173  | ACCUSE:allege          | ctx=legal
indict                                               | 173  | ACCUSE:allege          | ctx=legal
prosecute                                            | 173  | ACCUSE:allege          | ctx=legal
charge prep:with                                     | 173  | ACCUSE:allege          | ctx=legal
bring obj:charge|charges prep:against                | 173  | ACCUSE:allege          | ctx=legal tgt=prep:against
file obj:charge|charges prep:against                 | 173  | ACCUSE:allege          | ctx=legal tgt=prep:against
press obj:charge|charges prep:against                | 173  | ACCUSE:allege          | ctx=legal tgt=prep:against
n:indictment                                         | 173  | ACCUSE:allege          | ctx=legal poss=tgt
n:prosecution                                        | 173  | ACCUSE:allege          | ctx=legal poss=tgt
summon                                               | 173  | ACCUSE:allege          | ctx=legal
subpoena                                             | 173  | ACCUSE:allege          | ctx=legal
issue obj:warrant                                    | 173  | COERCE:arrest          | acled=arrests tgt=prep:for,prep:against
n:warrant mod:arrest                                 | 173  | COERCE:arrest          | acled=arrests tgt=prep:for,prep:against
pursue                                               | 170  | COERCE                 | tgtkind=person,generic,unknown,armedgroup,organisation
hunt                                                 | 170  | COERCE                 | tgtkind=person,generic,unknown,armedgroup,organisation
chase                                                | 170  | COERCE                 | tgtkind=person,generic,unknown,armedgroup,organisation
track                                                | 170  | COERCE                 | tgtkind=person,generic,unknown,armedgroup,organisation
n:pursuit                                            | 170  | COERCE                 | tgt=prep:of,prep:for poss=tgt
n:manhunt                                            | 170  | COERCE                 | tgt=prep:of,prep:for poss=tgt

# ------------------------------------------------------------------------------------------------
# 17 COERCE: deportation and expulsion of individuals
# ------------------------------------------------------------------------------------------------
deport                                               | 174  | COERCE:deport          | ctx=migration
banish                                               | 174  | COERCE:deport          | ctx=migration
exile                                                | 174  | COERCE:deport          | ctx=migration
expatriate                                           | 174  | COERCE:deport          | ctx=migration
expel                                                | 174  | COERCE:deport          | tgtkind=person,generic,unknown ctx=migration
expel prep:from                                      | 174  | COERCE:deport          | ctx=migration
force obj:* xcomp:leave|flee                         | 174  | COERCE:deport          | ctx=migration
n:deportation                                        | 174  | COERCE:deport          | poss=tgt ctx=migration
n:expulsion                                          | 174  | COERCE:deport          | poss=tgt ctx=migration
n:exile                                              | 174  | COERCE:deport          | poss=tgt ctx=migration
n:banishment                                         | 174  | COERCE:deport          | poss=tgt ctx=migration
evict                                                | 174  | COERCE:deport          | ctx=territory
displace                                             | 174  | COERCE:deport          | ctx=territory
uproot                                               | 174  | COERCE:deport          | ctx=territory
n:eviction                                           | 174  | COERCE:deport          | poss=tgt ctx=territory
n:displacement                                       | 174  | COERCE:deport          | poss=tgt ctx=territory

# ------------------------------------------------------------------------------------------------
# 17 COERCE: seizure and confiscation of property
# ------------------------------------------------------------------------------------------------
confiscate                                           | 1711 | COERCE:seize           | acled=other
impound                                              | 1711 | COERCE:seize           | acled=other
expropriate                                          | 1711 | COERCE:seize           | acled=other
requisition                                          | 1711 | COERCE:seize           | acled=other
commandeer                                           | 1711 | COERCE:seize           | acled=other
seize obj:weapon                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:weapons                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:arms                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:ammunition                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:firearm                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:firearms                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:gun                                        | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:guns                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:rifle                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:rifles                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:round                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:rounds                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:bullet                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:bullets                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:explosive                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:explosives                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:stash                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:cache                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:property                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:asset                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:assets                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:land                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:vehicle                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:vehicles                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:shipment                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:cargo                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:drugs                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
seize obj:money                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
freeze obj:asset                                     | 1711 | COERCE:seize           | ctx=economic
freeze obj:assets                                    | 1711 | COERCE:seize           | ctx=economic
freeze obj:account                                   | 1711 | COERCE:seize           | ctx=economic
freeze obj:accounts                                  | 1711 | COERCE:seize           | ctx=economic
freeze obj:fund                                      | 1711 | COERCE:seize           | ctx=economic
freeze obj:funds                                     | 1711 | COERCE:seize           | ctx=economic
n:confiscation                                       | 1711 | COERCE:seize           | tgt=prep:of
n:seizure                                            | 1711 | COERCE:seize           | tgt=prep:of
n:expropriation                                      | 1711 | COERCE:seize           | tgt=prep:of
raid obj:home                                        | 171  | COERCE:seize           | acled=other tgt=poss,obj
raid obj:house                                       | 171  | COERCE:seize           | acled=other tgt=poss,obj
raid obj:office                                      | 171  | COERCE:seize           | acled=other tgt=poss,obj
raid obj:headquarters                                | 171  | COERCE:seize           | acled=other tgt=poss,obj
raid obj:premises                                    | 171  | COERCE:seize           | acled=other tgt=poss,obj
raid obj:apartment                                   | 171  | COERCE:seize           | acled=other tgt=poss,obj
raid obj:compound                                    | 171  | COERCE:seize           | acled=other tgt=poss,obj
search obj:home                                      | 171  | COERCE:seize           | acled=other tgt=poss,obj
search obj:house                                     | 171  | COERCE:seize           | acled=other tgt=poss,obj
search obj:office                                    | 171  | COERCE:seize           | acled=other tgt=poss,obj
search obj:headquarters                              | 171  | COERCE:seize           | acled=other tgt=poss,obj
search obj:premises                                  | 171  | COERCE:seize           | acled=other tgt=poss,obj
search obj:apartment                                 | 171  | COERCE:seize           | acled=other tgt=poss,obj
search obj:compound                                  | 171  | COERCE:seize           | acled=other tgt=poss,obj
storm obj:home                                       | 171  | COERCE:seize           | acled=other tgt=poss,obj
storm obj:house                                      | 171  | COERCE:seize           | acled=other tgt=poss,obj
storm obj:office                                     | 171  | COERCE:seize           | acled=other tgt=poss,obj
storm obj:headquarters                               | 171  | COERCE:seize           | acled=other tgt=poss,obj
storm obj:premises                                   | 171  | COERCE:seize           | acled=other tgt=poss,obj
storm obj:apartment                                  | 171  | COERCE:seize           | acled=other tgt=poss,obj
storm obj:compound                                   | 171  | COERCE:seize           | acled=other tgt=poss,obj
n:search                                             | 171  | COERCE:seize           | tgt=prep:of

# ------------------------------------------------------------------------------------------------
# 17 COERCE: administrative sanctions, bans, curfews, emergency rule
# ------------------------------------------------------------------------------------------------
ban                                                  | 1722 | COERCE:restrict        | ctx=political_institutions
outlaw                                               | 1722 | COERCE:restrict        | ctx=political_institutions
proscribe                                            | 1722 | COERCE:restrict        | ctx=political_institutions
dissolve                                             | 1722 | COERCE:restrict        | ctx=political_institutions
disband                                              | 1722 | COERCE:restrict        | ctx=political_institutions
disqualify                                           | 1722 | COERCE:restrict        | ctx=election
ban obj:party                                        | 1722 | COERCE:restrict        | ctx=political_institutions
ban obj:parties                                      | 1722 | COERCE:restrict        | ctx=political_institutions
ban obj:candidate                                    | 1722 | COERCE:restrict        | ctx=political_institutions
ban obj:candidates                                   | 1722 | COERCE:restrict        | ctx=political_institutions
bar obj:party                                        | 1722 | COERCE:restrict        | ctx=political_institutions
bar obj:parties                                      | 1722 | COERCE:restrict        | ctx=political_institutions
bar obj:candidate                                    | 1722 | COERCE:restrict        | ctx=political_institutions
bar obj:candidates                                   | 1722 | COERCE:restrict        | ctx=political_institutions
prohibit obj:party                                   | 1722 | COERCE:restrict        | ctx=political_institutions
prohibit obj:parties                                 | 1722 | COERCE:restrict        | ctx=political_institutions
prohibit obj:candidate                               | 1722 | COERCE:restrict        | ctx=political_institutions
prohibit obj:candidates                              | 1722 | COERCE:restrict        | ctx=political_institutions
prohibit                                             | 1721 | COERCE:restrict        | ctx=rights_freedoms
restrict                                             | 1721 | COERCE:restrict        | ctx=rights_freedoms
forbid                                               | 1721 | COERCE:restrict        | ctx=rights_freedoms
curtail                                              | 1721 | COERCE:restrict        | ctx=rights_freedoms
prevent obj:protest                                  | 1721 | COERCE:restrict        | ctx=rights_freedoms
prevent obj:protests                                 | 1721 | COERCE:restrict        | ctx=rights_freedoms
prevent obj:demonstration                            | 1721 | COERCE:restrict        | ctx=rights_freedoms
prevent obj:demonstrations                           | 1721 | COERCE:restrict        | ctx=rights_freedoms
prevent obj:rally                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
prevent obj:rallies                                  | 1721 | COERCE:restrict        | ctx=rights_freedoms
prevent obj:march                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
prevent obj:marches                                  | 1721 | COERCE:restrict        | ctx=rights_freedoms
prevent obj:gathering                                | 1721 | COERCE:restrict        | ctx=rights_freedoms
block obj:protest                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
block obj:protests                                   | 1721 | COERCE:restrict        | ctx=rights_freedoms
block obj:demonstration                              | 1721 | COERCE:restrict        | ctx=rights_freedoms
block obj:demonstrations                             | 1721 | COERCE:restrict        | ctx=rights_freedoms
block obj:rally                                      | 1721 | COERCE:restrict        | ctx=rights_freedoms
block obj:rallies                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
block obj:march                                      | 1721 | COERCE:restrict        | ctx=rights_freedoms
block obj:marches                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
block obj:gathering                                  | 1721 | COERCE:restrict        | ctx=rights_freedoms
stop obj:protest                                     | 1721 | COERCE:restrict        | ctx=rights_freedoms
stop obj:protests                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
stop obj:demonstration                               | 1721 | COERCE:restrict        | ctx=rights_freedoms
stop obj:demonstrations                              | 1721 | COERCE:restrict        | ctx=rights_freedoms
stop obj:rally                                       | 1721 | COERCE:restrict        | ctx=rights_freedoms
stop obj:rallies                                     | 1721 | COERCE:restrict        | ctx=rights_freedoms
stop obj:march                                       | 1721 | COERCE:restrict        | ctx=rights_freedoms
stop obj:marches                                     | 1721 | COERCE:restrict        | ctx=rights_freedoms
stop obj:gathering                                   | 1721 | COERCE:restrict        | ctx=rights_freedoms
ban obj:protest                                      | 1721 | COERCE:restrict        | ctx=rights_freedoms
ban obj:protests                                     | 1721 | COERCE:restrict        | ctx=rights_freedoms
ban obj:demonstration                                | 1721 | COERCE:restrict        | ctx=rights_freedoms
ban obj:demonstrations                               | 1721 | COERCE:restrict        | ctx=rights_freedoms
ban obj:rally                                        | 1721 | COERCE:restrict        | ctx=rights_freedoms
ban obj:rallies                                      | 1721 | COERCE:restrict        | ctx=rights_freedoms
ban obj:gathering                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
ban obj:gatherings                                   | 1721 | COERCE:restrict        | ctx=rights_freedoms
ban obj:assembly                                     | 1721 | COERCE:restrict        | ctx=rights_freedoms
prohibit obj:protest                                 | 1721 | COERCE:restrict        | ctx=rights_freedoms
prohibit obj:protests                                | 1721 | COERCE:restrict        | ctx=rights_freedoms
prohibit obj:demonstration                           | 1721 | COERCE:restrict        | ctx=rights_freedoms
prohibit obj:demonstrations                          | 1721 | COERCE:restrict        | ctx=rights_freedoms
prohibit obj:rally                                   | 1721 | COERCE:restrict        | ctx=rights_freedoms
prohibit obj:rallies                                 | 1721 | COERCE:restrict        | ctx=rights_freedoms
prohibit obj:gathering                               | 1721 | COERCE:restrict        | ctx=rights_freedoms
prohibit obj:gatherings                              | 1721 | COERCE:restrict        | ctx=rights_freedoms
prohibit obj:assembly                                | 1721 | COERCE:restrict        | ctx=rights_freedoms
outlaw obj:protest                                   | 1721 | COERCE:restrict        | ctx=rights_freedoms
outlaw obj:protests                                  | 1721 | COERCE:restrict        | ctx=rights_freedoms
outlaw obj:demonstration                             | 1721 | COERCE:restrict        | ctx=rights_freedoms
outlaw obj:demonstrations                            | 1721 | COERCE:restrict        | ctx=rights_freedoms
outlaw obj:rally                                     | 1721 | COERCE:restrict        | ctx=rights_freedoms
outlaw obj:rallies                                   | 1721 | COERCE:restrict        | ctx=rights_freedoms
outlaw obj:gathering                                 | 1721 | COERCE:restrict        | ctx=rights_freedoms
outlaw obj:gatherings                                | 1721 | COERCE:restrict        | ctx=rights_freedoms
outlaw obj:assembly                                  | 1721 | COERCE:restrict        | ctx=rights_freedoms
restrict obj:freedom                                 | 1721 | COERCE:restrict        | ctx=rights_freedoms
restrict obj:freedoms                                | 1721 | COERCE:restrict        | ctx=rights_freedoms
restrict obj:movement                                | 1721 | COERCE:restrict        | ctx=rights_freedoms
restrict obj:travel                                  | 1721 | COERCE:restrict        | ctx=rights_freedoms
restrict obj:access                                  | 1721 | COERCE:restrict        | ctx=rights_freedoms
restrict obj:assembly                                | 1721 | COERCE:restrict        | ctx=rights_freedoms
restrict obj:speech                                  | 1721 | COERCE:restrict        | ctx=rights_freedoms
restrict obj:press                                   | 1721 | COERCE:restrict        | ctx=rights_freedoms
curb obj:freedom                                     | 1721 | COERCE:restrict        | ctx=rights_freedoms
curb obj:freedoms                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
curb obj:movement                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
curb obj:travel                                      | 1721 | COERCE:restrict        | ctx=rights_freedoms
curb obj:access                                      | 1721 | COERCE:restrict        | ctx=rights_freedoms
curb obj:assembly                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
curb obj:speech                                      | 1721 | COERCE:restrict        | ctx=rights_freedoms
curb obj:press                                       | 1721 | COERCE:restrict        | ctx=rights_freedoms
limit obj:freedom                                    | 1721 | COERCE:restrict        | ctx=rights_freedoms
limit obj:freedoms                                   | 1721 | COERCE:restrict        | ctx=rights_freedoms
limit obj:movement                                   | 1721 | COERCE:restrict        | ctx=rights_freedoms
limit obj:travel                                     | 1721 | COERCE:restrict        | ctx=rights_freedoms
limit obj:access                                     | 1721 | COERCE:restrict        | ctx=rights_freedoms
limit obj:assembly                                   | 1721 | COERCE:restrict        | ctx=rights_freedoms
limit obj:speech                                     | 1721 | COERCE:restrict        | ctx=rights_freedoms
limit obj:press                                      | 1721 | COERCE:restrict        | ctx=rights_freedoms
impose obj:curfew                                    | 1723 | COERCE:curfew
declare obj:curfew                                   | 1723 | COERCE:curfew
enforce obj:curfew                                   | 1723 | COERCE:curfew
announce obj:curfew                                  | 1723 | COERCE:curfew
extend obj:curfew                                    | 1723 | COERCE:curfew
n:curfew                                             | 1723 | COERCE:curfew
impose obj:emergency                                 | 1724 | COERCE:martial-law
impose obj:law                                       | 1724 | COERCE:martial-law
declare obj:emergency                                | 1724 | COERCE:martial-law
declare obj:law                                      | 1724 | COERCE:martial-law
enforce obj:emergency                                | 1724 | COERCE:martial-law
enforce obj:law                                      | 1724 | COERCE:martial-law
announce obj:emergency                               | 1724 | COERCE:martial-law
announce obj:law                                     | 1724 | COERCE:martial-law
extend obj:emergency                                 | 1724 | COERCE:martial-law
extend obj:law                                       | 1724 | COERCE:martial-law
n:law mod:martial                                    | 1724 | COERCE:martial-law
n:state prep:of:emergency                            | 1724 | COERCE:martial-law
impose obj:restriction                               | 172  | COERCE:restrict        | tgt=prep:on
impose obj:restrictions                              | 172  | COERCE:restrict        | tgt=prep:on
impose obj:ban                                       | 172  | COERCE:restrict        | tgt=prep:on
put obj:restriction                                  | 172  | COERCE:restrict        | tgt=prep:on
put obj:restrictions                                 | 172  | COERCE:restrict        | tgt=prep:on
put obj:ban                                          | 172  | COERCE:restrict        | tgt=prep:on
place obj:restriction                                | 172  | COERCE:restrict        | tgt=prep:on
place obj:restrictions                               | 172  | COERCE:restrict        | tgt=prep:on
place obj:ban                                        | 172  | COERCE:restrict        | tgt=prep:on
impose obj:lockdown                                  | 172  | COERCE:restrict        | tgt=prep:on
impose obj:cordon                                    | 172  | COERCE:restrict        | tgt=prep:on
place obj:lockdown                                   | 172  | COERCE:restrict        | tgt=prep:on
place obj:cordon                                     | 172  | COERCE:restrict        | tgt=prep:on
put obj:lockdown                                     | 172  | COERCE:restrict        | tgt=prep:on
put obj:cordon                                       | 172  | COERCE:restrict        | tgt=prep:on
cordon                                               | 172  | COERCE:restrict
seal                                                 | 172  | COERCE:restrict
quarantine                                           | 172  | COERCE:restrict
seal prt:off                                         | 172  | COERCE:restrict
cordon prt:off                                       | 172  | COERCE:restrict
censor                                               | 172  | COERCE:censor          | ctx=rights_freedoms
shut obj:newspaper                                   | 172  | COERCE:censor          | ctx=rights_freedoms
shut obj:channel                                     | 172  | COERCE:censor          | ctx=rights_freedoms
shut obj:station                                     | 172  | COERCE:censor          | ctx=rights_freedoms
shut obj:website                                     | 172  | COERCE:censor          | ctx=rights_freedoms
shut obj:outlet                                      | 172  | COERCE:censor          | ctx=rights_freedoms
shut obj:media                                       | 172  | COERCE:censor          | ctx=rights_freedoms
shut obj:paper                                       | 172  | COERCE:censor          | ctx=rights_freedoms
shut obj:broadcaster                                 | 172  | COERCE:censor          | ctx=rights_freedoms
shut obj:internet                                    | 172  | COERCE:censor          | ctx=rights_freedoms
close obj:newspaper                                  | 172  | COERCE:censor          | ctx=rights_freedoms
close obj:channel                                    | 172  | COERCE:censor          | ctx=rights_freedoms
close obj:station                                    | 172  | COERCE:censor          | ctx=rights_freedoms
close obj:website                                    | 172  | COERCE:censor          | ctx=rights_freedoms
close obj:outlet                                     | 172  | COERCE:censor          | ctx=rights_freedoms
close obj:media                                      | 172  | COERCE:censor          | ctx=rights_freedoms
close obj:paper                                      | 172  | COERCE:censor          | ctx=rights_freedoms
close obj:broadcaster                                | 172  | COERCE:censor          | ctx=rights_freedoms
close obj:internet                                   | 172  | COERCE:censor          | ctx=rights_freedoms
suspend obj:newspaper                                | 172  | COERCE:censor          | ctx=rights_freedoms
suspend obj:channel                                  | 172  | COERCE:censor          | ctx=rights_freedoms
suspend obj:station                                  | 172  | COERCE:censor          | ctx=rights_freedoms
suspend obj:website                                  | 172  | COERCE:censor          | ctx=rights_freedoms
suspend obj:outlet                                   | 172  | COERCE:censor          | ctx=rights_freedoms
suspend obj:media                                    | 172  | COERCE:censor          | ctx=rights_freedoms
suspend obj:paper                                    | 172  | COERCE:censor          | ctx=rights_freedoms
suspend obj:broadcaster                              | 172  | COERCE:censor          | ctx=rights_freedoms
suspend obj:internet                                 | 172  | COERCE:censor          | ctx=rights_freedoms
block obj:newspaper                                  | 172  | COERCE:censor          | ctx=rights_freedoms
block obj:channel                                    | 172  | COERCE:censor          | ctx=rights_freedoms
block obj:station                                    | 172  | COERCE:censor          | ctx=rights_freedoms
block obj:website                                    | 172  | COERCE:censor          | ctx=rights_freedoms
block obj:outlet                                     | 172  | COERCE:censor          | ctx=rights_freedoms
block obj:media                                      | 172  | COERCE:censor          | ctx=rights_freedoms
block obj:paper                                      | 172  | COERCE:censor          | ctx=rights_freedoms
block obj:broadcaster                                | 172  | COERCE:censor          | ctx=rights_freedoms
block obj:internet                                   | 172  | COERCE:censor          | ctx=rights_freedoms
ban obj:newspaper                                    | 172  | COERCE:censor          | ctx=rights_freedoms
ban obj:channel                                      | 172  | COERCE:censor          | ctx=rights_freedoms
ban obj:station                                      | 172  | COERCE:censor          | ctx=rights_freedoms
ban obj:website                                      | 172  | COERCE:censor          | ctx=rights_freedoms
ban obj:outlet                                       | 172  | COERCE:censor          | ctx=rights_freedoms
ban obj:media                                        | 172  | COERCE:censor          | ctx=rights_freedoms
ban obj:paper                                        | 172  | COERCE:censor          | ctx=rights_freedoms
ban obj:broadcaster                                  | 172  | COERCE:censor          | ctx=rights_freedoms
ban obj:internet                                     | 172  | COERCE:censor          | ctx=rights_freedoms
shut prt:down obj:newspaper|channel|station|website|outlet|media|internet | 172  | COERCE:censor          | ctx=rights_freedoms
n:censorship                                         | 172  | COERCE:censor          | ctx=rights_freedoms
n:blackout mod:internet|media                        | 172  | COERCE:censor          | ctx=rights_freedoms
cut obj:electricity                                  | 170  | COERCE:withhold        | ctx=human_security
cut obj:power                                        | 170  | COERCE:withhold        | ctx=human_security
cut obj:water                                        | 170  | COERCE:withhold        | ctx=human_security
cut obj:internet                                     | 170  | COERCE:withhold        | ctx=human_security
cut obj:supply                                       | 170  | COERCE:withhold        | ctx=human_security
cut obj:supplies                                     | 170  | COERCE:withhold        | ctx=human_security
cut obj:food                                         | 170  | COERCE:withhold        | ctx=human_security
cut obj:fuel                                         | 170  | COERCE:withhold        | ctx=human_security
withhold obj:electricity                             | 170  | COERCE:withhold        | ctx=human_security
withhold obj:power                                   | 170  | COERCE:withhold        | ctx=human_security
withhold obj:water                                   | 170  | COERCE:withhold        | ctx=human_security
withhold obj:internet                                | 170  | COERCE:withhold        | ctx=human_security
withhold obj:supply                                  | 170  | COERCE:withhold        | ctx=human_security
withhold obj:supplies                                | 170  | COERCE:withhold        | ctx=human_security
withhold obj:food                                    | 170  | COERCE:withhold        | ctx=human_security
withhold obj:fuel                                    | 170  | COERCE:withhold        | ctx=human_security
cut prt:off obj:electricity|power|water|internet|supply|supplies|food|fuel | 170  | COERCE:withhold        | ctx=human_security

# ------------------------------------------------------------------------------------------------
# 17 COERCE: repression and cyber
# ------------------------------------------------------------------------------------------------
repress                                              | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression
suppress                                             | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression
quell                                                | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression
crush                                                | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression
subdue                                               | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression
crack prt:down                                       | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression tgt=prep:on
crack prep:down                                      | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression tgt=prep:on
n:crackdown                                          | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression tgt=prep:on,prep:against,prep:of
n:repression                                         | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression tgt=prep:on,prep:against,prep:of
n:suppression                                        | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression tgt=prep:on,prep:against,prep:of
disperse                                             | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression
fire obj:teargas                                     | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
fire obj:tear-gas                                    | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
fire obj:gas                                         | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
fire obj:cannon                                      | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
fire obj:bullet                                      | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression tgt=prep:at,prep:on,prep:against
fire obj:bullets                                     | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression tgt=prep:at,prep:on,prep:against
fire obj:pellet                                      | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
fire obj:pellets                                     | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
fire obj:baton                                       | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
fire obj:batons                                      | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
use obj:teargas                                      | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
use obj:tear-gas                                     | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
use obj:gas                                          | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
use obj:cannon                                       | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
use obj:bullet                                       | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression tgt=prep:at,prep:on,prep:against
use obj:bullets                                      | 175  | ASSAULT:crowd-control  | acled=excessive-force ctx=repression tgt=prep:at,prep:on,prep:against
use obj:pellet                                       | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
use obj:pellets                                      | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
use obj:baton                                        | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
use obj:batons                                       | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
n:gas mod:tear                                       | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression
hack                                                 | 176  | COERCE:cyber           | ctx=cyber
n:hack                                               | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:of,prep:against
n:hacking                                            | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:of,prep:against
n:cyberattack                                        | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:of,prep:against
n:cyber-attack                                       | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:of,prep:against
n:attack mod:cyber                                   | 176  | COERCE:cyber           | ctx=cyber
launch obj:cyberattack                               | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
launch obj:cyber-attack                              | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
launch obj:hack                                      | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
conduct obj:cyberattack                              | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
conduct obj:cyber-attack                             | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
conduct obj:hack                                     | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
stage obj:cyberattack                                | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
stage obj:cyber-attack                               | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
stage obj:hack                                       | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
mount obj:cyberattack                                | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
mount obj:cyber-attack                               | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
mount obj:hack                                       | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
execute obj:cyberattack                              | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
execute obj:cyber-attack                             | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
execute obj:hack                                     | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
perpetrate obj:cyberattack                           | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
perpetrate obj:cyber-attack                          | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
perpetrate obj:hack                                  | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
unleash obj:cyberattack                              | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
unleash obj:cyber-attack                             | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
unleash obj:hack                                     | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
wage obj:cyberattack                                 | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
wage obj:cyber-attack                                | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
wage obj:hack                                        | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
initiate obj:cyberattack                             | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
initiate obj:cyber-attack                            | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
initiate obj:hack                                    | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
orchestrate obj:cyberattack                          | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
orchestrate obj:cyber-attack                         | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
orchestrate obj:hack                                 | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
spearhead obj:cyberattack                            | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
spearhead obj:cyber-attack                           | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
spearhead obj:hack                                   | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
lead obj:cyberattack                                 | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
lead obj:cyber-attack                                | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
lead obj:hack                                        | 176  | COERCE:cyber           | ctx=cyber tgt=prep:on,prep:against
coerce                                               | 170  | COERCE                 | ctx=repression
intimidate                                           | 170  | COERCE                 | ctx=repression
pressure                                             | 170  | COERCE                 | ctx=repression
blackmail                                            | 170  | COERCE                 | ctx=repression
harass                                               | 170  | COERCE                 | ctx=repression
persecute                                            | 170  | COERCE                 | ctx=repression
n:harassment                                         | 170  | COERCE                 | ctx=repression tgt=prep:of,prep:against
n:persecution                                        | 170  | COERCE                 | ctx=repression tgt=prep:of,prep:against
n:intimidation                                       | 170  | COERCE                 | ctx=repression tgt=prep:of,prep:against

# ------------------------------------------------------------------------------------------------
# 16 REDUCE RELATIONS
# ------------------------------------------------------------------------------------------------
sever obj:ties                                       | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
sever obj:relation                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
sever obj:relations                                  | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
sever obj:contact                                    | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
sever obj:contacts                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
cut obj:ties                                         | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
cut obj:relation                                     | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
cut obj:relations                                    | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
cut obj:contact                                      | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
cut obj:contacts                                     | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
break obj:ties                                       | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
break obj:relation                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
break obj:relations                                  | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
break obj:contact                                    | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
break obj:contacts                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
downgrade obj:ties                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
downgrade obj:relation                               | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
downgrade obj:relations                              | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
downgrade obj:contact                                | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
downgrade obj:contacts                               | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
suspend obj:ties                                     | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
suspend obj:relation                                 | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
suspend obj:relations                                | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
suspend obj:contact                                  | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
suspend obj:contacts                                 | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
freeze obj:ties                                      | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
freeze obj:relation                                  | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
freeze obj:relations                                 | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
freeze obj:contact                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
freeze obj:contacts                                  | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
break prt:off obj:ties|relation|relations|contact|contacts | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
recall obj:ambassador                                | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
recall obj:envoy                                     | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
recall obj:diplomat                                  | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
recall obj:diplomats                                 | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
recall obj:embassy                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
recall obj:staff                                     | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
withdraw obj:ambassador                              | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
withdraw obj:envoy                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
withdraw obj:diplomat                                | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
withdraw obj:diplomats                               | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
withdraw obj:embassy                                 | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
withdraw obj:staff                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
expel obj:ambassador                                 | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
expel obj:envoy                                      | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
expel obj:diplomat                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
expel obj:diplomats                                  | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
expel obj:embassy                                    | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
expel obj:staff                                      | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:from
close obj:embassy                                    | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:in
close obj:consulate                                  | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:in
close obj:mission                                    | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:in
shut obj:embassy                                     | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:in
shut obj:consulate                                   | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:in
shut obj:mission                                     | 161  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:in
declare obj:* xcomp:persona                          | 161  | SANCTION:expel         | ctx=diplomatic
suspend obj:aid                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
suspend obj:assistance                               | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
suspend obj:funding                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
suspend obj:support                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
suspend obj:subsidy                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
suspend obj:help                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
suspend obj:delivery                                 | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
suspend obj:deliveries                               | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
suspend obj:supplies                                 | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
suspend obj:supply                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
cut obj:aid                                          | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
cut obj:assistance                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
cut obj:funding                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
cut obj:support                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
cut obj:subsidy                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
cut obj:help                                         | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
cut obj:delivery                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
cut obj:deliveries                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
halt obj:aid                                         | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
halt obj:assistance                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
halt obj:funding                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
halt obj:support                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
halt obj:subsidy                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
halt obj:help                                        | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
halt obj:delivery                                    | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
halt obj:deliveries                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
halt obj:supplies                                    | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
halt obj:supply                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
freeze obj:aid                                       | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
freeze obj:assistance                                | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
freeze obj:funding                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
freeze obj:support                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
freeze obj:subsidy                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
freeze obj:help                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
freeze obj:delivery                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
freeze obj:deliveries                                | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
freeze obj:supplies                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
freeze obj:supply                                    | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
stop obj:aid                                         | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
stop obj:assistance                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
stop obj:funding                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
stop obj:support                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
stop obj:subsidy                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
stop obj:help                                        | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
stop obj:delivery                                    | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
stop obj:deliveries                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
stop obj:supplies                                    | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
stop obj:supply                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
end obj:aid                                          | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
end obj:assistance                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
end obj:funding                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
end obj:support                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
end obj:subsidy                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
end obj:help                                         | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
end obj:delivery                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
end obj:deliveries                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
end obj:supplies                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
end obj:supply                                       | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
reduce obj:aid                                       | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
reduce obj:assistance                                | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
reduce obj:funding                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
reduce obj:support                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
reduce obj:subsidy                                   | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
reduce obj:help                                      | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
reduce obj:delivery                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
reduce obj:deliveries                                | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
reduce obj:supplies                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
reduce obj:supply                                    | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withdraw obj:aid                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withdraw obj:assistance                              | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withdraw obj:funding                                 | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withdraw obj:support                                 | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withdraw obj:subsidy                                 | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withdraw obj:help                                    | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withdraw obj:delivery                                | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withdraw obj:deliveries                              | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withdraw obj:supplies                                | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withdraw obj:supply                                  | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withhold obj:aid                                     | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withhold obj:assistance                              | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withhold obj:funding                                 | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withhold obj:support                                 | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withhold obj:subsidy                                 | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withhold obj:help                                    | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withhold obj:delivery                                | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
withhold obj:deliveries                              | 162  | SANCTION:withdraw      | tgt=prep:to,prep:for
suspend obj:loan                                     | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
suspend obj:loans                                    | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
suspend obj:grant                                    | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
suspend obj:grants                                   | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
cut obj:loan                                         | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
cut obj:loans                                        | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
cut obj:grant                                        | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
cut obj:grants                                       | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
halt obj:loan                                        | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
halt obj:loans                                       | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
halt obj:grant                                       | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
halt obj:grants                                      | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
freeze obj:loan                                      | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
freeze obj:loans                                     | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
freeze obj:grant                                     | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
freeze obj:grants                                    | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
stop obj:loan                                        | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
stop obj:loans                                       | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
stop obj:grant                                       | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
stop obj:grants                                      | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
end obj:loan                                         | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
end obj:loans                                        | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
end obj:grant                                        | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
end obj:grants                                       | 1621 | SANCTION:withdraw      | ctx=economic tgt=prep:to
suspend obj:sales                                    | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
suspend obj:training                                 | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
suspend obj:cooperation                              | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
cut obj:sales                                        | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
cut obj:training                                     | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
cut obj:cooperation                                  | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
halt obj:sales                                       | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
halt obj:training                                    | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
halt obj:cooperation                                 | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
stop obj:sales                                       | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
stop obj:training                                    | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
stop obj:cooperation                                 | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
end obj:sales                                        | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
end obj:training                                     | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
end obj:cooperation                                  | 1622 | SANCTION:withdraw      | ctx=military tgt=prep:to,prep:with
withdraw obj:protection                              | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
withdraw obj:guard                                   | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
withdraw obj:guards                                  | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
withdraw obj:security                                | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
withdraw obj:bodyguards                              | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
withdraw obj:detail                                  | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
withdraw obj:escort                                  | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
remove obj:protection                                | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
remove obj:guard                                     | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
remove obj:guards                                    | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
remove obj:security                                  | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
remove obj:bodyguards                                | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
remove obj:detail                                    | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
remove obj:escort                                    | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
pull obj:protection                                  | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
pull obj:guard                                       | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
pull obj:guards                                      | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
pull obj:security                                    | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
pull obj:bodyguards                                  | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
pull obj:detail                                      | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
pull obj:escort                                      | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
strip obj:protection                                 | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
strip obj:guard                                      | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
strip obj:guards                                     | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
strip obj:security                                   | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
strip obj:bodyguards                                 | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
strip obj:detail                                     | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
strip obj:escort                                     | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
lift obj:protection                                  | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
lift obj:guard                                       | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
lift obj:guards                                      | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
lift obj:security                                    | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
lift obj:bodyguards                                  | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
lift obj:detail                                      | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
lift obj:escort                                      | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:from,poss
strip obj:* prep:of:protection|guard|guards|security|immunity | 1622 | SANCTION:withdraw      | ctx=executive
strip obj:* prep:from:protection|guard|guards|security|immunity | 1622 | SANCTION:withdraw      | ctx=executive
abstract obj:* prep:from:protection|guard|guards|security | 1622 | SANCTION:withdraw      | ctx=executive
n:withdrawal prep:of:protection|guard|guards|security | 1622 | SANCTION:withdraw      | ctx=executive tgt=poss,prep:from
receive obj:order|orders|instruction|instructions xcomp:withdraw|leave|abandon|vacate | 1622 | SANCTION:withdraw      | ctx=executive tgt=prep:of,prep:from src=prep:from
n:order xcomp:withdraw|leave|abstract|strip|remove|vacate | 1622 | SANCTION:withdraw      | ctx=executive src=poss,prep:from,prep:by,govsubj tgt=prep:of
impose obj:sanction                                  | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
impose obj:sanctions                                 | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
impose obj:embargo                                   | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
impose obj:boycott                                   | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
impose obj:blockade                                  | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
impose obj:tariffs                                   | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
impose obj:penalties                                 | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
slap obj:sanction                                    | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
slap obj:sanctions                                   | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
slap obj:embargo                                     | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
slap obj:boycott                                     | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
slap obj:blockade                                    | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
slap obj:tariffs                                     | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
slap obj:penalties                                   | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
tighten obj:sanction                                 | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
tighten obj:sanctions                                | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
tighten obj:embargo                                  | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
tighten obj:boycott                                  | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
tighten obj:blockade                                 | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
tighten obj:tariffs                                  | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
tighten obj:penalties                                | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
extend obj:sanction                                  | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
extend obj:sanctions                                 | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
extend obj:embargo                                   | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
extend obj:boycott                                   | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
extend obj:blockade                                  | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
extend obj:tariffs                                   | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
extend obj:penalties                                 | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
announce obj:sanction                                | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
announce obj:sanctions                               | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
announce obj:embargo                                 | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
announce obj:boycott                                 | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
announce obj:blockade                                | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
announce obj:tariffs                                 | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
announce obj:penalties                               | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
n:suspension prep:of:*                               | 160  | SANCTION:discontinue
cancel obj:visit                                     | 160  | SANCTION:discontinue   | ctx=diplomatic
cancel obj:trip                                      | 160  | SANCTION:discontinue   | ctx=diplomatic
cancel obj:meeting                                   | 160  | SANCTION:discontinue   | ctx=diplomatic
cancel obj:summit                                    | 160  | SANCTION:discontinue   | ctx=diplomatic
cancel obj:talks                                     | 160  | SANCTION:discontinue   | ctx=diplomatic
call obj:visit                                       | 160  | SANCTION:discontinue   | ctx=diplomatic
call obj:trip                                        | 160  | SANCTION:discontinue   | ctx=diplomatic
call obj:meeting                                     | 160  | SANCTION:discontinue   | ctx=diplomatic
call obj:summit                                      | 160  | SANCTION:discontinue   | ctx=diplomatic
call obj:talks                                       | 160  | SANCTION:discontinue   | ctx=diplomatic
force obj:* prt:out                                  | 166  | SANCTION:expel
sanction                                             | 163  | SANCTION:discontinue   | ctx=economic
embargo                                              | 163  | SANCTION:discontinue   | ctx=economic
blacklist                                            | 163  | SANCTION:discontinue   | ctx=economic
n:sanction                                           | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
n:sanctions                                          | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
n:embargo                                            | 163  | SANCTION:discontinue   | ctx=economic tgt=prep:on,prep:against
suspend obj:talks                                    | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
suspend obj:negotiation                              | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
suspend obj:negotiations                             | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
suspend obj:dialogue                                 | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
halt obj:talks                                       | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
halt obj:negotiation                                 | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
halt obj:negotiations                                | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
halt obj:dialogue                                    | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
freeze obj:talks                                     | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
freeze obj:negotiation                               | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
freeze obj:negotiations                              | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
freeze obj:dialogue                                  | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
end obj:talks                                        | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
end obj:negotiation                                  | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
end obj:negotiations                                 | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
end obj:dialogue                                     | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
abandon obj:talks                                    | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
abandon obj:negotiation                              | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
abandon obj:negotiations                             | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
abandon obj:dialogue                                 | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
postpone obj:talks                                   | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
postpone obj:negotiation                             | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
postpone obj:negotiations                            | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
postpone obj:dialogue                                | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
break prt:off obj:talks|negotiation|negotiations|dialogue | 164  | SANCTION:discontinue   | ctx=diplomatic tgt=prep:with
walk prt:out prep:of:talks|negotiations              | 164  | SANCTION:discontinue   | ctx=diplomatic
withdraw prep:from:talks|negotiations|dialogue       | 164  | SANCTION:discontinue   | ctx=diplomatic
end obj:mediation                                    | 165  | SANCTION:discontinue   | ctx=diplomatic
suspend obj:mediation                                | 165  | SANCTION:discontinue   | ctx=diplomatic
halt obj:mediation                                   | 165  | SANCTION:discontinue   | ctx=diplomatic
expel obj:peacekeeper                                | 1661 | SANCTION:expel         | ctx=peacekeeping
expel obj:peacekeepers                               | 1661 | SANCTION:expel         | ctx=peacekeeping
expel obj:mission                                    | 1661 | SANCTION:expel         | ctx=peacekeeping
withdraw obj:peacekeeper                             | 1661 | SANCTION:expel         | ctx=peacekeeping
withdraw obj:peacekeepers                            | 1661 | SANCTION:expel         | ctx=peacekeeping
withdraw obj:mission                                 | 1661 | SANCTION:expel         | ctx=peacekeeping
remove obj:peacekeeper                               | 1661 | SANCTION:expel         | ctx=peacekeeping
remove obj:peacekeepers                              | 1661 | SANCTION:expel         | ctx=peacekeeping
remove obj:mission                                   | 1661 | SANCTION:expel         | ctx=peacekeeping
expel obj:inspector                                  | 1662 | SANCTION:expel
expel obj:inspectors                                 | 1662 | SANCTION:expel
expel obj:observer                                   | 1662 | SANCTION:expel
expel obj:observers                                  | 1662 | SANCTION:expel
expel obj:monitor                                    | 1662 | SANCTION:expel
expel obj:monitors                                   | 1662 | SANCTION:expel
withdraw obj:inspector                               | 1662 | SANCTION:expel
withdraw obj:inspectors                              | 1662 | SANCTION:expel
withdraw obj:observer                                | 1662 | SANCTION:expel
withdraw obj:observers                               | 1662 | SANCTION:expel
withdraw obj:monitor                                 | 1662 | SANCTION:expel
withdraw obj:monitors                                | 1662 | SANCTION:expel
remove obj:inspector                                 | 1662 | SANCTION:expel
remove obj:inspectors                                | 1662 | SANCTION:expel
remove obj:observer                                  | 1662 | SANCTION:expel
remove obj:observers                                 | 1662 | SANCTION:expel
remove obj:monitor                                   | 1662 | SANCTION:expel
remove obj:monitors                                  | 1662 | SANCTION:expel
expel obj:ngo                                        | 1663 | SANCTION:expel
expel obj:ngos                                       | 1663 | SANCTION:expel
expel obj:agency                                     | 1663 | SANCTION:expel
expel obj:agencies                                   | 1663 | SANCTION:expel
expel obj:organization                               | 1663 | SANCTION:expel
expel obj:organizations                              | 1663 | SANCTION:expel
ban obj:ngo                                          | 1663 | SANCTION:expel
ban obj:ngos                                         | 1663 | SANCTION:expel
ban obj:agency                                       | 1663 | SANCTION:expel
ban obj:agencies                                     | 1663 | SANCTION:expel
ban obj:organization                                 | 1663 | SANCTION:expel
ban obj:organizations                                | 1663 | SANCTION:expel
withdraw obj:recognition                             | 161  | SANCTION:discontinue   | ctx=diplomatic
pull obj:recognition                                 | 161  | SANCTION:discontinue   | ctx=diplomatic
withdraw obj:membership                              | 160  | SANCTION:withdraw
pull obj:membership                                  | 160  | SANCTION:withdraw
withdraw prep:from:treaty|agreement|organization|alliance|deal | 160  | SANCTION:withdraw
pull prt:out prep:of:treaty|agreement|deal|alliance  | 160  | SANCTION:withdraw
boycott obj:election|elections|vote|summit|conference | 160  | SANCTION:discontinue

# ------------------------------------------------------------------------------------------------
# 15 EXHIBIT FORCE POSTURE / MOBILIZE
# ------------------------------------------------------------------------------------------------
mobilize                                             | 154  | MOBILIZE:troops        | ctx=military acled=change-group
mobilise                                             | 154  | MOBILIZE:troops        | ctx=military acled=change-group
deploy obj:troops                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:forces                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:soldiers                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:tanks                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:units                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:battalion                                 | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:battalions                                | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:brigade                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:reinforcement                             | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:reinforcements                            | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:army                                      | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:warship                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
deploy obj:warships                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:troops                                      | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:forces                                      | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:soldiers                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:tanks                                       | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:units                                       | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:battalion                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:battalions                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:brigade                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:reinforcement                               | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:reinforcements                              | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:army                                        | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:warship                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
mass obj:warships                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:troops                                      | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:forces                                      | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:soldiers                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:tanks                                       | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:units                                       | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:battalion                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:battalions                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:brigade                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:reinforcement                               | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:reinforcements                              | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:army                                        | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:warship                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
send obj:warships                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:troops                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:forces                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:soldiers                                | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:tanks                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:units                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:battalion                               | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:battalions                              | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:brigade                                 | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:reinforcement                           | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:reinforcements                          | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:army                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:warship                                 | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
dispatch obj:warships                                | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:troops                                      | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:forces                                      | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:soldiers                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:tanks                                       | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:units                                       | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:battalion                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:battalions                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:brigade                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:reinforcement                               | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:reinforcements                              | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:army                                        | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:warship                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
move obj:warships                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
# Forces formed, forwarded or stationed: ACLED Change to group/activity.
forward obj:troops|forces|soldiers|fighters|reinforcements|units|battalions|brigades | 154 | MOBILIZE:troops | ctx=military tgt=prep:to,prep:near,prep:along acled=change-group
station obj:troops|forces|soldiers|fighters|reinforcements|units|battalions|brigades | 154 | MOBILIZE:troops | ctx=military tgt=prep:in,prep:at,prep:near,prep:along acled=change-group
form obj:force|forces|unit|units|brigade|brigades|battalion|battalions|militia|militias|army | 154 | MOBILIZE:troops | ctx=military acled=change-group
station obj:troops                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:forces                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:soldiers                                 | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:tanks                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:units                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:battalion                                | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:battalions                               | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:brigade                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:reinforcement                            | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:reinforcements                           | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:army                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:warship                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
station obj:warships                                 | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:troops                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:forces                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:soldiers                                | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:tanks                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:units                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:battalion                               | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:battalions                              | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:brigade                                 | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:reinforcement                           | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:reinforcements                          | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:army                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:warship                                 | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
position obj:warships                                | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:troops                                      | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:forces                                      | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:soldiers                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:tanks                                       | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:units                                       | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:battalion                                   | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:battalions                                  | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:brigade                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:reinforcement                               | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:reinforcements                              | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:army                                        | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:warship                                     | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
rush obj:warships                                    | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near,prep:along
deploy obj:police                                    | 153  | MOBILIZE:police
deploy obj:policemen                                 | 153  | MOBILIZE:police
deploy obj:officers                                  | 153  | MOBILIZE:police
send obj:police                                      | 153  | MOBILIZE:police
send obj:policemen                                   | 153  | MOBILIZE:police
send obj:officers                                    | 153  | MOBILIZE:police
dispatch obj:police                                  | 153  | MOBILIZE:police
dispatch obj:policemen                               | 153  | MOBILIZE:police
dispatch obj:officers                                | 153  | MOBILIZE:police
rush obj:police                                      | 153  | MOBILIZE:police
rush obj:policemen                                   | 153  | MOBILIZE:police
rush obj:officers                                    | 153  | MOBILIZE:police
deploy obj:fighters                                  | 154  | MOBILIZE:militia| acled=change-group
deploy obj:militiamen                                | 154  | MOBILIZE:militia| acled=change-group
deploy obj:militia                                   | 154  | MOBILIZE:militia| acled=change-group
deploy obj:volunteers                                | 154  | MOBILIZE:militia| acled=change-group
send obj:fighters                                    | 154  | MOBILIZE:militia| acled=change-group
send obj:militiamen                                  | 154  | MOBILIZE:militia| acled=change-group
send obj:militia                                     | 154  | MOBILIZE:militia| acled=change-group
send obj:volunteers                                  | 154  | MOBILIZE:militia| acled=change-group
mobilize obj:fighters                                | 154  | MOBILIZE:militia| acled=change-group
mobilize obj:militiamen                              | 154  | MOBILIZE:militia| acled=change-group
mobilize obj:militia                                 | 154  | MOBILIZE:militia| acled=change-group
mobilize obj:volunteers                              | 154  | MOBILIZE:militia| acled=change-group
recruit obj:fighters                                 | 154  | MOBILIZE:militia| acled=change-group
recruit obj:militiamen                               | 154  | MOBILIZE:militia| acled=change-group
recruit obj:militia                                  | 154  | MOBILIZE:militia| acled=change-group
recruit obj:volunteers                               | 154  | MOBILIZE:militia| acled=change-group
arm obj:fighters                                     | 154  | MOBILIZE:militia
arm obj:militiamen                                   | 154  | MOBILIZE:militia
arm obj:militia                                      | 154  | MOBILIZE:militia
arm obj:volunteers                                   | 154  | MOBILIZE:militia
increase obj:security                                | 153  | MOBILIZE:police
increase obj:patrol                                  | 153  | MOBILIZE:police
increase obj:patrols                                 | 153  | MOBILIZE:police
increase obj:presence                                | 153  | MOBILIZE:police
increase obj:checkpoint                              | 153  | MOBILIZE:police
increase obj:checkpoints                             | 153  | MOBILIZE:police
tighten obj:security                                 | 153  | MOBILIZE:police
tighten obj:patrol                                   | 153  | MOBILIZE:police
tighten obj:patrols                                  | 153  | MOBILIZE:police
tighten obj:presence                                 | 153  | MOBILIZE:police
tighten obj:checkpoint                               | 153  | MOBILIZE:police
tighten obj:checkpoints                              | 153  | MOBILIZE:police
heighten obj:security                                | 153  | MOBILIZE:police
heighten obj:patrol                                  | 153  | MOBILIZE:police
heighten obj:patrols                                 | 153  | MOBILIZE:police
heighten obj:presence                                | 153  | MOBILIZE:police
heighten obj:checkpoint                              | 153  | MOBILIZE:police
heighten obj:checkpoints                             | 153  | MOBILIZE:police
step obj:security                                    | 153  | MOBILIZE:police
step obj:patrol                                      | 153  | MOBILIZE:police
step obj:patrols                                     | 153  | MOBILIZE:police
step obj:presence                                    | 153  | MOBILIZE:police
step obj:checkpoint                                  | 153  | MOBILIZE:police
step obj:checkpoints                                 | 153  | MOBILIZE:police
boost obj:security                                   | 153  | MOBILIZE:police
boost obj:patrol                                     | 153  | MOBILIZE:police
boost obj:patrols                                    | 153  | MOBILIZE:police
boost obj:presence                                   | 153  | MOBILIZE:police
boost obj:checkpoint                                 | 153  | MOBILIZE:police
boost obj:checkpoints                                | 153  | MOBILIZE:police
bolster obj:security                                 | 153  | MOBILIZE:police
bolster obj:patrol                                   | 153  | MOBILIZE:police
bolster obj:patrols                                  | 153  | MOBILIZE:police
bolster obj:presence                                 | 153  | MOBILIZE:police
bolster obj:checkpoint                               | 153  | MOBILIZE:police
bolster obj:checkpoints                              | 153  | MOBILIZE:police
beef obj:security                                    | 153  | MOBILIZE:police
beef obj:patrol                                      | 153  | MOBILIZE:police
beef obj:patrols                                     | 153  | MOBILIZE:police
beef obj:presence                                    | 153  | MOBILIZE:police
beef obj:checkpoint                                  | 153  | MOBILIZE:police
beef obj:checkpoints                                 | 153  | MOBILIZE:police
reinforce obj:security                               | 153  | MOBILIZE:police
reinforce obj:patrol                                 | 153  | MOBILIZE:police
reinforce obj:patrols                                | 153  | MOBILIZE:police
reinforce obj:presence                               | 153  | MOBILIZE:police
reinforce obj:checkpoint                             | 153  | MOBILIZE:police
reinforce obj:checkpoints                            | 153  | MOBILIZE:police
step prt:up obj:security|patrols|presence            | 153  | MOBILIZE:police
beef prt:up obj:security|presence                    | 153  | MOBILIZE:police
remain prep:on:alert                                 | 152  | MOBILIZE:troops        | ctx=military
strengthen obj:forces                                | 154  | MOBILIZE:troops        | ctx=military
strengthen obj:troops                                | 154  | MOBILIZE:troops        | ctx=military
strengthen obj:presence                              | 154  | MOBILIZE:troops        | ctx=military
strengthen obj:army                                  | 154  | MOBILIZE:troops        | ctx=military
bolster obj:forces                                   | 154  | MOBILIZE:troops        | ctx=military
bolster obj:troops                                   | 154  | MOBILIZE:troops        | ctx=military
bolster obj:army                                     | 154  | MOBILIZE:troops        | ctx=military
reinforce obj:forces                                 | 154  | MOBILIZE:troops        | ctx=military acled=change-group
reinforce obj:troops                                 | 154  | MOBILIZE:troops        | ctx=military acled=change-group
reinforce obj:army                                   | 154  | MOBILIZE:troops        | ctx=military acled=change-group
boost obj:forces                                     | 154  | MOBILIZE:troops        | ctx=military
boost obj:troops                                     | 154  | MOBILIZE:troops        | ctx=military
boost obj:army                                       | 154  | MOBILIZE:troops        | ctx=military
raise obj:alert                                      | 152  | MOBILIZE:troops        | ctx=military
heighten obj:alert                                   | 152  | MOBILIZE:troops        | ctx=military
put obj:* prep:on:alert                              | 152  | MOBILIZE:troops        | ctx=military
place obj:* prep:on:alert                            | 152  | MOBILIZE:troops        | ctx=military
n:alert mod:high|maximum                             | 151  | MOBILIZE:police
hold obj:exercise                                    | 150  | MOBILIZE:troops        | ctx=military
hold obj:exercises                                   | 150  | MOBILIZE:troops        | ctx=military
hold obj:drill                                       | 150  | MOBILIZE:troops        | ctx=military
hold obj:drills                                      | 150  | MOBILIZE:troops        | ctx=military
hold obj:maneuver                                    | 150  | MOBILIZE:troops        | ctx=military
hold obj:maneuvers                                   | 150  | MOBILIZE:troops        | ctx=military
hold obj:manoeuvres                                  | 150  | MOBILIZE:troops        | ctx=military
hold obj:parade                                      | 150  | MOBILIZE:troops        | ctx=military
conduct obj:exercise                                 | 150  | MOBILIZE:troops        | ctx=military
conduct obj:exercises                                | 150  | MOBILIZE:troops        | ctx=military
conduct obj:drill                                    | 150  | MOBILIZE:troops        | ctx=military
conduct obj:drills                                   | 150  | MOBILIZE:troops        | ctx=military
conduct obj:maneuver                                 | 150  | MOBILIZE:troops        | ctx=military
conduct obj:maneuvers                                | 150  | MOBILIZE:troops        | ctx=military
conduct obj:manoeuvres                               | 150  | MOBILIZE:troops        | ctx=military
conduct obj:parade                                   | 150  | MOBILIZE:troops        | ctx=military
stage obj:exercise                                   | 150  | MOBILIZE:troops        | ctx=military
stage obj:exercises                                  | 150  | MOBILIZE:troops        | ctx=military
stage obj:drill                                      | 150  | MOBILIZE:troops        | ctx=military
stage obj:drills                                     | 150  | MOBILIZE:troops        | ctx=military
stage obj:maneuver                                   | 150  | MOBILIZE:troops        | ctx=military
stage obj:maneuvers                                  | 150  | MOBILIZE:troops        | ctx=military
stage obj:manoeuvres                                 | 150  | MOBILIZE:troops        | ctx=military
stage obj:parade                                     | 150  | MOBILIZE:troops        | ctx=military
test obj:missile                                     | 150  | MOBILIZE:weapons       | ctx=military
test obj:missiles                                    | 150  | MOBILIZE:weapons       | ctx=military
fire obj:missile                                     | 150  | MOBILIZE:weapons       | ctx=military
fire obj:missiles                                    | 150  | MOBILIZE:weapons       | ctx=military
launch obj:missile                                   | 150  | MOBILIZE:weapons       | ctx=military
launch obj:missiles                                  | 150  | MOBILIZE:weapons       | ctx=military
n:mobilization                                       | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near acled=change-group
n:mobilisation                                       | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near acled=change-group
n:deployment                                         | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near
n:buildup                                            | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near
n:build-up                                           | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near
n:reinforcement                                      | 154  | MOBILIZE:troops        | ctx=military tgt=prep:to,prep:near acled=change-group
n:show prep:of:force|strength                        | 150  | MOBILIZE:troops        | ctx=military
patrol                                               | 150  | MOBILIZE:troops        | ctx=military
n:force mod:cyber                                    | 155  | MOBILIZE:weapons       | ctx=cyber

# Tear gas, water cannon, rubber bullets without serious injury: ACLED "Protest with intervention".
deploy obj:teargas|tear-gas|gas|cannon|cannons       | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
spray obj:teargas|tear-gas|gas|protesters|demonstrators | 175 | ASSAULT:crowd-control | acled=protest-intervention ctx=repression
fire obj:cannons                                     | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on
use obj:cannons                                      | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression tgt=prep:at,prep:on,prep:against
n:cannon mod:water                                   | 175  | ASSAULT:crowd-control  | acled=protest-intervention ctx=repression
fortify obj:position|positions|line|lines|defences|defenses | 150 | MOBILIZE:troops | acled=change-group ctx=military
