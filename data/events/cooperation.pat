# Saker event patterns (cooperation and yielding: CAMEO 03, 04, 05, 06, 07, 08, 09). Language: docs/patterns.md. One pattern per line:
#   TRIGGER [CONSTRAINTS] | CAMEO | PLOVER[:mode] or - (default of the code) | OPTIONS
# Written by the Saker authors; checked by `saker dict check`.

# ------------------------------------------------------------------------------------------------
# 03 EXPRESS INTENT TO COOPERATE (PLOVER AGREE)
# ------------------------------------------------------------------------------------------------
promise                                              | 030  | AGREE                  | tgt=iobj,prep:to
pledge                                               | 030  | AGREE                  | tgt=iobj,prep:to
# "Botox offers instant results": an offer needs someone who makes it
offer                                                | 030  | AGREE                  | tgt=iobj,prep:to needsrc
# words offered are statements: "offered remarks", "offers his views"
offer obj:remark|comment|view|insight|testimony|advice|tip|thought|perspective|analysis|explanation|observation|reflection | 010 | - | needsrc
vow                                                  | 030  | AGREE                  | tgt=iobj,prep:to
# committed to a course, not "committed perjury"
commit prep:to                                       | 030  | AGREE                  | tgt=iobj,prep:to
agree xcomp:*                                        | 030  | AGREE                  | tgt=prep:with
agree prep:to                                        | 030  | AGREE                  | tgt=prep:with
agree                                                | 030  | AGREE                  | tgt=prep:with conf=0.6
express obj:willingness|readiness|desire|intention|intent|commitment | 030  | AGREE
announce obj:readiness|willingness|intention         | 030  | AGREE
promise obj:cooperation|partnership                  | 031  | -
pledge obj:cooperation|partnership                   | 031  | -
offer obj:cooperation|partnership                    | 031  | -
agree prep:to:cooperation|partnership                | 031  | -
n:offer prep:of:cooperation|partnership              | 031  | -
n:pledge prep:of:cooperation|partnership             | 031  | -
promise obj:trade|investment                         | 0311 | -
pledge obj:trade|investment                          | 0311 | -
offer obj:trade|investment                           | 0311 | -
agree prep:to:trade|investment                       | 0311 | -
n:offer prep:of:trade|investment                     | 0311 | -
n:pledge prep:of:trade|investment                    | 0311 | -
promise obj:training                                 | 0312 | -
pledge obj:training                                  | 0312 | -
offer obj:training                                   | 0312 | -
agree prep:to:training                               | 0312 | -
n:offer prep:of:training                             | 0312 | -
n:pledge prep:of:training                            | 0312 | -
promise obj:extradition                              | 0313 | -
pledge obj:extradition                               | 0313 | -
offer obj:extradition                                | 0313 | -
agree prep:to:extradition                            | 0313 | -
n:offer prep:of:extradition                          | 0313 | -
n:pledge prep:of:extradition                         | 0313 | -
promise obj:intelligence                             | 0314 | -
pledge obj:intelligence                              | 0314 | -
offer obj:intelligence                               | 0314 | -
agree prep:to:intelligence                           | 0314 | -
n:offer prep:of:intelligence                         | 0314 | -
n:pledge prep:of:intelligence                        | 0314 | -
promise obj:support|backing                          | 032  | -
pledge obj:support|backing                           | 032  | -
offer obj:support|backing                            | 032  | -
agree prep:to:support|backing                        | 032  | -
n:offer prep:of:support|backing                      | 032  | -
n:pledge prep:of:support|backing                     | 032  | -
promise obj:aid|assistance|help                      | 033  | -
pledge obj:aid|assistance|help                       | 033  | -
offer obj:aid|assistance|help                        | 033  | -
agree prep:to:aid|assistance|help                    | 033  | -
n:offer prep:of:aid|assistance|help                  | 033  | -
n:pledge prep:of:aid|assistance|help                 | 033  | -
promise obj:loan|loans|funds|money|investment|grant  | 0331 | -
pledge obj:loan|loans|funds|money|investment|grant   | 0331 | -
offer obj:loan|loans|funds|money|investment|grant    | 0331 | -
agree prep:to:loan|loans|funds|money|investment|grant | 0331 | -
n:offer prep:of:loan|loans|funds|money|investment|grant | 0331 | -
n:pledge prep:of:loan|loans|funds|money|investment|grant | 0331 | -
promise obj:weapons|arms|equipment                   | 0332 | -
pledge obj:weapons|arms|equipment                    | 0332 | -
offer obj:weapons|arms|equipment                     | 0332 | -
agree prep:to:weapons|arms|equipment                 | 0332 | -
n:offer prep:of:weapons|arms|equipment               | 0332 | -
n:pledge prep:of:weapons|arms|equipment              | 0332 | -
promise obj:food|medicine|relief|shelter             | 0333 | -
pledge obj:food|medicine|relief|shelter              | 0333 | -
offer obj:food|medicine|relief|shelter               | 0333 | -
agree prep:to:food|medicine|relief|shelter           | 0333 | -
n:offer prep:of:food|medicine|relief|shelter         | 0333 | -
n:pledge prep:of:food|medicine|relief|shelter        | 0333 | -
promise obj:protection|peacekeepers|troops           | 0334 | -
pledge obj:protection|peacekeepers|troops            | 0334 | -
offer obj:protection|peacekeepers|troops             | 0334 | -
agree prep:to:protection|peacekeepers|troops         | 0334 | -
n:offer prep:of:protection|peacekeepers|troops       | 0334 | -
n:pledge prep:of:protection|peacekeepers|troops      | 0334 | -
promise obj:reform|reforms|change                    | 034  | -
pledge obj:reform|reforms|change                     | 034  | -
offer obj:reform|reforms|change                      | 034  | -
agree prep:to:reform|reforms|change                  | 034  | -
n:offer prep:of:reform|reforms|change                | 034  | -
n:pledge prep:of:reform|reforms|change               | 034  | -
promise obj:elections|election                       | 0344 | -
pledge obj:elections|election                        | 0344 | -
offer obj:elections|election                         | 0344 | -
agree prep:to:elections|election                     | 0344 | -
n:offer prep:of:elections|election                   | 0344 | -
n:pledge prep:of:elections|election                  | 0344 | -
promise obj:rights|freedoms                          | 0343 | -
pledge obj:rights|freedoms                           | 0343 | -
offer obj:rights|freedoms                            | 0343 | -
agree prep:to:rights|freedoms                        | 0343 | -
n:offer prep:of:rights|freedoms                      | 0343 | -
n:pledge prep:of:rights|freedoms                     | 0343 | -
promise obj:release|amnesty                          | 0353 | -
pledge obj:release|amnesty                           | 0353 | -
offer obj:release|amnesty                            | 0353 | -
agree prep:to:release|amnesty                        | 0353 | -
n:offer prep:of:release|amnesty                      | 0353 | -
n:pledge prep:of:release|amnesty                     | 0353 | -
promise obj:ceasefire|truce|withdrawal               | 0356 | -
pledge obj:ceasefire|truce|withdrawal                | 0356 | -
offer obj:ceasefire|truce|withdrawal                 | 0356 | -
agree prep:to:ceasefire|truce|withdrawal             | 0356 | -
n:offer prep:of:ceasefire|truce|withdrawal           | 0356 | -
n:pledge prep:of:ceasefire|truce|withdrawal          | 0356 | -
promise obj:talks|negotiation|negotiations|dialogue|meeting | 036  | -
pledge obj:talks|negotiation|negotiations|dialogue|meeting | 036  | -
offer obj:talks|negotiation|negotiations|dialogue|meeting | 036  | -
agree prep:to:talks|negotiation|negotiations|dialogue|meeting | 036  | -
n:offer prep:of:talks|negotiation|negotiations|dialogue|meeting | 036  | -
n:pledge prep:of:talks|negotiation|negotiations|dialogue|meeting | 036  | -
promise obj:settlement                               | 037  | -
pledge obj:settlement                                | 037  | -
offer obj:settlement                                 | 037  | -
agree prep:to:settlement                             | 037  | -
n:offer prep:of:settlement                           | 037  | -
n:pledge prep:of:settlement                          | 037  | -
promise obj:mediation                                | 039  | -
pledge obj:mediation                                 | 039  | -
offer obj:mediation                                  | 039  | -
agree prep:to:mediation                              | 039  | -
n:offer prep:of:mediation                            | 039  | -
n:pledge prep:of:mediation                           | 039  | -
agree xcomp:meet|talk|negotiate                      | 036  | AGREE
agree xcomp:release|free|return                      | 0353 | AGREE
agree xcomp:withdraw|cease|stop|halt                 | 0356 | AGREE
agree xcomp:cooperate|work                           | 031  | AGREE
agree xcomp:provide|give|send|supply                 | 033  | AGREE
offer xcomp:mediate                                  | 039  | AGREE
offer xcomp:help|assist|support                      | 033  | AGREE
accept obj:mediation|arbitration                     | 038  | AGREE
agree prep:to:mediation|arbitration                  | 038  | AGREE
n:promise                                            | 030  | AGREE                  | tgt=prep:to
n:pledge                                             | 030  | AGREE                  | tgt=prep:to
n:offer                                              | 030  | AGREE                  | tgt=prep:to

# ------------------------------------------------------------------------------------------------
# 04 CONSULT
# ------------------------------------------------------------------------------------------------
meet                                                 | 040  | CONSULT                | tgt=obj,prep:with
# conferring with someone, not "confer a degree on"
confer noobj                                         | 040  | CONSULT                | tgt=obj,prep:with
consult                                              | 040  | CONSULT                | tgt=obj,prep:with
meet prep:with                                       | 040  | CONSULT                | tgt=prep:with
talk prep:with                                       | 040  | CONSULT                | tgt=prep:with
speak prep:with                                      | 040  | CONSULT                | tgt=prep:with conf=0.6
discuss                                              | 040  | CONSULT                | tgt=prep:with
hold obj:meeting                                     | 040  | CONSULT                | tgt=prep:with
hold obj:meetings                                    | 040  | CONSULT                | tgt=prep:with
hold obj:consultation                                | 040  | CONSULT                | tgt=prep:with
hold obj:consultations                               | 040  | CONSULT                | tgt=prep:with
hold obj:discussion                                  | 040  | CONSULT                | tgt=prep:with
hold obj:discussions                                 | 040  | CONSULT                | tgt=prep:with
hold obj:conversation                                | 040  | CONSULT                | tgt=prep:with
have obj:meeting                                     | 040  | CONSULT                | tgt=prep:with
have obj:meetings                                    | 040  | CONSULT                | tgt=prep:with
have obj:consultation                                | 040  | CONSULT                | tgt=prep:with
have obj:consultations                               | 040  | CONSULT                | tgt=prep:with
have obj:discussion                                  | 040  | CONSULT                | tgt=prep:with
have obj:discussions                                 | 040  | CONSULT                | tgt=prep:with
have obj:conversation                                | 040  | CONSULT                | tgt=prep:with
n:meeting                                            | 040  | CONSULT                | tgt=prep:with,prep:between src=prep:between
n:consultation                                       | 040  | CONSULT                | tgt=prep:with,prep:between src=prep:between
n:summit                                             | 040  | CONSULT                | tgt=prep:with,prep:between src=prep:between
phone                                                | 041  | CONSULT:phone
telephone                                            | 041  | CONSULT:phone
speak prep:by:phone|telephone                        | 041  | CONSULT:phone          | tgt=prep:with,prep:to
n:call mod:phone|telephone                           | 041  | CONSULT:phone          | tgt=prep:with
n:conversation mod:phone|telephone                   | 041  | CONSULT:phone          | tgt=prep:with
hold obj:call                                        | 041  | CONSULT:phone          | tgt=prep:with,prep:from
have obj:call                                        | 041  | CONSULT:phone          | tgt=prep:with,prep:from
make obj:call                                        | 041  | CONSULT:phone          | tgt=prep:with,prep:from
receive obj:call                                     | 041  | CONSULT:phone          | tgt=prep:with,prep:from
visit                                                | 042  | CONSULT:visit
tour                                                 | 042  | CONSULT:visit
arrive prep:in                                       | 042  | CONSULT:visit          | tgt=prep:in conf=0.6
travel prep:to                                       | 042  | CONSULT:visit          | tgt=prep:to conf=0.6
fly prep:to                                          | 042  | CONSULT:visit          | tgt=prep:to conf=0.5
head prep:to                                         | 042  | CONSULT:visit          | tgt=prep:to conf=0.5
pay obj:visit prep:to                                | 042  | CONSULT:visit          | tgt=prep:to
# the visitor: the possessor, an of-phrase ("the visit of the French president"; a "tour of the
# mill" is of the place toured), by-phrase or the subject of the verb it hangs on
n:visit                                              | 042  | CONSULT:visit          | tgt=prep:to src=poss,prep:of,prep:by,gov
n:trip                                               | 042  | CONSULT:visit          | tgt=prep:to
n:tour                                               | 042  | CONSULT:visit          | tgt=prep:to
# hosting a visitor, not "host an annual fundraiser"
host                                                 | 043  | CONSULT:visit          | src=obj tgt=subj conf=0.6 needsrc
receive obj:delegation|minister|president|envoy|counterpart|visitor|ambassador|leader|prime|king|emir | 043  | CONSULT:visit          | src=obj tgt=subj
host obj:talks|summit|meeting|conference|negotiations | 044  | CONSULT:third-party
meet prep:in                                         | 044  | CONSULT:third-party    | tgt=prep:with conf=0.5
mediate                                              | 045  | CONSULT                | tgt=prep:between,obj
launch obj:mediation                                 | 045  | CONSULT                | tgt=prep:between
begin obj:mediation                                  | 045  | CONSULT                | tgt=prep:between
give obj:welcome                                     | 043  | CONSULT:visit          | tgt=prep:to,iobj
broker                                               | 045  | CONSULT                | tgt=prep:between,obj
n:mediation                                          | 045  | CONSULT                | tgt=prep:between
negotiate                                            | 046  | CONSULT                | tgt=prep:with
n:negotiation                                        | 046  | CONSULT                | tgt=prep:with,prep:between
n:negotiations                                       | 046  | CONSULT                | tgt=prep:with,prep:between
hold obj:negotiation                                 | 046  | CONSULT                | tgt=prep:with
hold obj:negotiations                                | 046  | CONSULT                | tgt=prep:with
hold obj:talks                                       | 046  | CONSULT                | tgt=prep:with
hold obj:dialogue                                    | 046  | CONSULT                | tgt=prep:with
conduct obj:negotiation                              | 046  | CONSULT                | tgt=prep:with
conduct obj:negotiations                             | 046  | CONSULT                | tgt=prep:with
conduct obj:talks                                    | 046  | CONSULT                | tgt=prep:with
conduct obj:dialogue                                 | 046  | CONSULT                | tgt=prep:with
open obj:negotiation                                 | 046  | CONSULT                | tgt=prep:with
open obj:negotiations                                | 046  | CONSULT                | tgt=prep:with
open obj:talks                                       | 046  | CONSULT                | tgt=prep:with
open obj:dialogue                                    | 046  | CONSULT                | tgt=prep:with
start obj:negotiation                                | 046  | CONSULT                | tgt=prep:with
start obj:negotiations                               | 046  | CONSULT                | tgt=prep:with
start obj:talks                                      | 046  | CONSULT                | tgt=prep:with
start obj:dialogue                                   | 046  | CONSULT                | tgt=prep:with
begin obj:negotiation                                | 046  | CONSULT                | tgt=prep:with
begin obj:negotiations                               | 046  | CONSULT                | tgt=prep:with
begin obj:talks                                      | 046  | CONSULT                | tgt=prep:with
begin obj:dialogue                                   | 046  | CONSULT                | tgt=prep:with
resume obj:negotiation                               | 046  | CONSULT                | tgt=prep:with
resume obj:negotiations                              | 046  | CONSULT                | tgt=prep:with
resume obj:talks                                     | 046  | CONSULT                | tgt=prep:with
resume obj:dialogue                                  | 046  | CONSULT                | tgt=prep:with
launch obj:negotiation                               | 046  | CONSULT                | tgt=prep:with
launch obj:negotiations                              | 046  | CONSULT                | tgt=prep:with
launch obj:talks                                     | 046  | CONSULT                | tgt=prep:with
launch obj:dialogue                                  | 046  | CONSULT                | tgt=prep:with
enter obj:negotiation                                | 046  | CONSULT                | tgt=prep:with
enter obj:negotiations                               | 046  | CONSULT                | tgt=prep:with
enter obj:talks                                      | 046  | CONSULT                | tgt=prep:with
enter obj:dialogue                                   | 046  | CONSULT                | tgt=prep:with
enter prep:into:negotiation|negotiations|talks|dialogue | 046  | CONSULT                | tgt=prep:with

# ------------------------------------------------------------------------------------------------
# 05 ENGAGE IN DIPLOMATIC COOPERATION (PLOVER SUPPORT; 055/056 CONCEDE)
# ------------------------------------------------------------------------------------------------
praise                                               | 051  | SUPPORT
commend                                              | 051  | SUPPORT
hail                                                 | 051  | SUPPORT
applaud                                              | 051  | SUPPORT
laud                                                 | 051  | SUPPORT
salute                                               | 051  | SUPPORT
acclaim                                              | 051  | SUPPORT
congratulate                                         | 051  | SUPPORT
thank                                                | 051  | SUPPORT
honor                                                | 051  | SUPPORT
honour                                               | 051  | SUPPORT
endorse                                              | 051  | SUPPORT
welcome                                              | 051  | SUPPORT                | conf=0.6
n:praise                                             | 051  | SUPPORT                | tgt=prep:for,prep:of
n:endorsement                                        | 051  | SUPPORT                | tgt=prep:for,prep:of
n:congratulation                                     | 051  | SUPPORT                | tgt=prep:for,prep:of
express obj:support                                  | 051  | SUPPORT                | tgt=prep:for,prep:to
express obj:appreciation                             | 051  | SUPPORT                | tgt=prep:for,prep:to
express obj:gratitude                                | 051  | SUPPORT                | tgt=prep:for,prep:to
express obj:admiration                               | 051  | SUPPORT                | tgt=prep:for,prep:to
voice obj:support                                    | 051  | SUPPORT                | tgt=prep:for,prep:to
voice obj:appreciation                               | 051  | SUPPORT                | tgt=prep:for,prep:to
voice obj:gratitude                                  | 051  | SUPPORT                | tgt=prep:for,prep:to
voice obj:admiration                                 | 051  | SUPPORT                | tgt=prep:for,prep:to
support                                              | 051  | SUPPORT                | conf=0.6
back                                                 | 051  | SUPPORT                | conf=0.6
defend                                               | 052  | SUPPORT                | tgtkind=person,state,organisation,party,igo,ngo,media conf=0.6
stand prep:by                                        | 052  | SUPPORT                | tgt=prep:by
side prep:with                                       | 052  | SUPPORT                | tgt=prep:with
come prep:to:defense|defence                         | 052  | SUPPORT                | tgt=prep:of
rally obj:support                                    | 053  | SUPPORT                | tgt=prep:for
mobilize obj:support                                 | 053  | SUPPORT                | tgt=prep:for
mobilise obj:support                                 | 053  | SUPPORT                | tgt=prep:for
garner obj:support                                   | 053  | SUPPORT                | tgt=prep:for
# recognising a state, government or group (not "recognized as citizen of the year",
# "recognize that …", "recognizing same-sex marriages")
recognize                                            | 054  | SUPPORT                | ctx=diplomatic tgtkind=state,igo,party,armedgroup,organisation needtgt
recognise                                            | 054  | SUPPORT                | ctx=diplomatic tgtkind=state,igo,party,armedgroup,organisation needtgt
establish obj:relations                              | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
establish obj:ties                                   | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
restore obj:relations                                | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
restore obj:ties                                     | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
resume obj:relations                                 | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
resume obj:ties                                      | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
normalize obj:relations                              | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
normalize obj:ties                                   | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
normalise obj:relations                              | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
normalise obj:ties                                   | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
upgrade obj:relations                                | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
upgrade obj:ties                                     | 054  | SUPPORT                | ctx=diplomatic tgt=prep:with
n:recognition                                        | 054  | SUPPORT                | ctx=diplomatic tgt=prep:of
n:normalization                                      | 054  | SUPPORT                | ctx=diplomatic tgt=prep:of
n:normalisation                                      | 054  | SUPPORT                | ctx=diplomatic tgt=prep:of
apologize                                            | 055  | CONCEDE                | tgt=prep:to
apologise                                            | 055  | CONCEDE                | tgt=prep:to
offer obj:apology                                    | 055  | CONCEDE                | tgt=prep:to
offer obj:apologies                                  | 055  | CONCEDE                | tgt=prep:to
offer obj:regret                                     | 055  | CONCEDE                | tgt=prep:to
issue obj:apology                                    | 055  | CONCEDE                | tgt=prep:to
issue obj:apologies                                  | 055  | CONCEDE                | tgt=prep:to
issue obj:regret                                     | 055  | CONCEDE                | tgt=prep:to
make obj:apology                                     | 055  | CONCEDE                | tgt=prep:to
make obj:apologies                                   | 055  | CONCEDE                | tgt=prep:to
make obj:regret                                      | 055  | CONCEDE                | tgt=prep:to
express obj:apology                                  | 055  | CONCEDE                | tgt=prep:to
express obj:apologies                                | 055  | CONCEDE                | tgt=prep:to
express obj:regret                                   | 055  | CONCEDE                | tgt=prep:to
n:apology                                            | 055  | CONCEDE                | tgt=prep:to
forgive                                              | 056  | CONCEDE
absolve                                              | 056  | CONCEDE
sign obj:agreement                                   | 057  | SUPPORT                | acled=agreement tgt=prep:with
sign obj:accord                                      | 057  | SUPPORT                | acled=agreement tgt=prep:with
sign obj:deal                                        | 057  | SUPPORT                | acled=agreement tgt=prep:with
sign obj:treaty                                      | 057  | SUPPORT                | acled=agreement tgt=prep:with
sign obj:pact                                        | 057  | SUPPORT                | acled=agreement tgt=prep:with
sign obj:memorandum                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
sign obj:protocol                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
sign obj:convention                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
sign obj:charter                                     | 057  | SUPPORT                | acled=agreement tgt=prep:with
sign obj:declaration                                 | 057  | SUPPORT                | acled=agreement tgt=prep:with
conclude obj:agreement                               | 057  | SUPPORT                | acled=agreement tgt=prep:with
conclude obj:accord                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
conclude obj:deal                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
conclude obj:treaty                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
conclude obj:pact                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
conclude obj:memorandum                              | 057  | SUPPORT                | acled=agreement tgt=prep:with
conclude obj:protocol                                | 057  | SUPPORT                | acled=agreement tgt=prep:with
conclude obj:convention                              | 057  | SUPPORT                | acled=agreement tgt=prep:with
conclude obj:charter                                 | 057  | SUPPORT                | acled=agreement tgt=prep:with
conclude obj:declaration                             | 057  | SUPPORT                | acled=agreement tgt=prep:with
ink obj:agreement                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
ink obj:accord                                       | 057  | SUPPORT                | acled=agreement tgt=prep:with
ink obj:deal                                         | 057  | SUPPORT                | acled=agreement tgt=prep:with
ink obj:treaty                                       | 057  | SUPPORT                | acled=agreement tgt=prep:with
ink obj:pact                                         | 057  | SUPPORT                | acled=agreement tgt=prep:with
ink obj:memorandum                                   | 057  | SUPPORT                | acled=agreement tgt=prep:with
ink obj:protocol                                     | 057  | SUPPORT                | acled=agreement tgt=prep:with
ink obj:convention                                   | 057  | SUPPORT                | acled=agreement tgt=prep:with
ink obj:charter                                      | 057  | SUPPORT                | acled=agreement tgt=prep:with
ink obj:declaration                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
ratify obj:agreement                                 | 057  | SUPPORT                | acled=agreement tgt=prep:with
ratify obj:accord                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
ratify obj:deal                                      | 057  | SUPPORT                | acled=agreement tgt=prep:with
ratify obj:treaty                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
ratify obj:pact                                      | 057  | SUPPORT                | acled=agreement tgt=prep:with
ratify obj:memorandum                                | 057  | SUPPORT                | acled=agreement tgt=prep:with
ratify obj:protocol                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
ratify obj:convention                                | 057  | SUPPORT                | acled=agreement tgt=prep:with
ratify obj:charter                                   | 057  | SUPPORT                | acled=agreement tgt=prep:with
ratify obj:declaration                               | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalize obj:agreement                               | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalize obj:accord                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalize obj:deal                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalize obj:treaty                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalize obj:pact                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalize obj:memorandum                              | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalize obj:protocol                                | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalize obj:convention                              | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalize obj:charter                                 | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalize obj:declaration                             | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalise obj:agreement                               | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalise obj:accord                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalise obj:deal                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalise obj:treaty                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalise obj:pact                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalise obj:memorandum                              | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalise obj:protocol                                | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalise obj:convention                              | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalise obj:charter                                 | 057  | SUPPORT                | acled=agreement tgt=prep:with
finalise obj:declaration                             | 057  | SUPPORT                | acled=agreement tgt=prep:with
seal obj:agreement                                   | 057  | SUPPORT                | acled=agreement tgt=prep:with
seal obj:accord                                      | 057  | SUPPORT                | acled=agreement tgt=prep:with
seal obj:deal                                        | 057  | SUPPORT                | acled=agreement tgt=prep:with
seal obj:treaty                                      | 057  | SUPPORT                | acled=agreement tgt=prep:with
seal obj:pact                                        | 057  | SUPPORT                | acled=agreement tgt=prep:with
seal obj:memorandum                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
seal obj:protocol                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
seal obj:convention                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
seal obj:charter                                     | 057  | SUPPORT                | acled=agreement tgt=prep:with
seal obj:declaration                                 | 057  | SUPPORT                | acled=agreement tgt=prep:with
reach obj:agreement                                  | 057  | SUPPORT                | acled=agreement tgt=prep:with
reach obj:accord                                     | 057  | SUPPORT                | acled=agreement tgt=prep:with
reach obj:deal                                       | 057  | SUPPORT                | acled=agreement tgt=prep:with
strike obj:agreement                                 | 057  | SUPPORT                | acled=agreement tgt=prep:with
strike obj:accord                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
strike obj:deal                                      | 057  | SUPPORT                | acled=agreement tgt=prep:with
clinch obj:agreement                                 | 057  | SUPPORT                | acled=agreement tgt=prep:with
clinch obj:accord                                    | 057  | SUPPORT                | acled=agreement tgt=prep:with
clinch obj:deal                                      | 057  | SUPPORT                | acled=agreement tgt=prep:with
n:agreement                                          | 057  | SUPPORT                | acled=agreement tgt=prep:with,prep:between conf=0.5
n:accord                                             | 057  | SUPPORT                | acled=agreement tgt=prep:with,prep:between conf=0.5
n:treaty                                             | 057  | SUPPORT                | acled=agreement tgt=prep:with,prep:between conf=0.5
n:pact                                               | 057  | SUPPORT                | acled=agreement tgt=prep:with,prep:between conf=0.5
sign                                                 | 057  | SUPPORT                | acled=agreement conf=0.6
ratify                                               | 057  | SUPPORT                | acled=agreement conf=0.6

# ------------------------------------------------------------------------------------------------
# 06 ENGAGE IN MATERIAL COOPERATION (PLOVER COOPERATE)
# ------------------------------------------------------------------------------------------------
cooperate                                            | 060  | COOPERATE              | tgt=prep:with
collaborate                                          | 060  | COOPERATE              | tgt=prep:with
work prep:with                                       | 060  | COOPERATE              | tgt=prep:with conf=0.5
n:cooperation                                        | 060  | COOPERATE              | tgt=prep:with,prep:between conf=0.5
n:collaboration                                      | 060  | COOPERATE              | tgt=prep:with,prep:between conf=0.5
n:partnership                                        | 060  | COOPERATE              | tgt=prep:with,prep:between conf=0.5
trade                                                | 061  | COOPERATE              | ctx=economic tgt=prep:with
invest prep:in                                       | 061  | COOPERATE              | ctx=economic tgt=prep:in
boost obj:trade                                      | 061  | COOPERATE              | ctx=economic tgt=prep:with
boost obj:investment                                 | 061  | COOPERATE              | ctx=economic tgt=prep:with
boost obj:investments                                | 061  | COOPERATE              | ctx=economic tgt=prep:with
expand obj:trade                                     | 061  | COOPERATE              | ctx=economic tgt=prep:with
expand obj:investment                                | 061  | COOPERATE              | ctx=economic tgt=prep:with
expand obj:investments                               | 061  | COOPERATE              | ctx=economic tgt=prep:with
increase obj:trade                                   | 061  | COOPERATE              | ctx=economic tgt=prep:with
increase obj:investment                              | 061  | COOPERATE              | ctx=economic tgt=prep:with
increase obj:investments                             | 061  | COOPERATE              | ctx=economic tgt=prep:with
sign obj:trade                                       | 061  | COOPERATE              | ctx=economic tgt=prep:with
sign obj:investment                                  | 061  | COOPERATE              | ctx=economic tgt=prep:with
sign obj:investments                                 | 061  | COOPERATE              | ctx=economic tgt=prep:with
conduct obj:exercise                                 | 062  | COOPERATE              | ctx=military tgt=prep:with
conduct obj:exercises                                | 062  | COOPERATE              | ctx=military tgt=prep:with
conduct obj:drill                                    | 062  | COOPERATE              | ctx=military tgt=prep:with
conduct obj:drills                                   | 062  | COOPERATE              | ctx=military tgt=prep:with
conduct obj:maneuvers                                | 062  | COOPERATE              | ctx=military tgt=prep:with
conduct obj:game                                     | 062  | COOPERATE              | ctx=military tgt=prep:with
conduct obj:games                                    | 062  | COOPERATE              | ctx=military tgt=prep:with
hold obj:exercise                                    | 062  | COOPERATE              | ctx=military tgt=prep:with
hold obj:exercises                                   | 062  | COOPERATE              | ctx=military tgt=prep:with
hold obj:drill                                       | 062  | COOPERATE              | ctx=military tgt=prep:with
hold obj:drills                                      | 062  | COOPERATE              | ctx=military tgt=prep:with
hold obj:maneuvers                                   | 062  | COOPERATE              | ctx=military tgt=prep:with
hold obj:game                                        | 062  | COOPERATE              | ctx=military tgt=prep:with
hold obj:games                                       | 062  | COOPERATE              | ctx=military tgt=prep:with
stage obj:exercise                                   | 062  | COOPERATE              | ctx=military tgt=prep:with
stage obj:exercises                                  | 062  | COOPERATE              | ctx=military tgt=prep:with
stage obj:drill                                      | 062  | COOPERATE              | ctx=military tgt=prep:with
stage obj:drills                                     | 062  | COOPERATE              | ctx=military tgt=prep:with
stage obj:maneuvers                                  | 062  | COOPERATE              | ctx=military tgt=prep:with
stage obj:game                                       | 062  | COOPERATE              | ctx=military tgt=prep:with
stage obj:games                                      | 062  | COOPERATE              | ctx=military tgt=prep:with
launch obj:exercise                                  | 062  | COOPERATE              | ctx=military tgt=prep:with
launch obj:exercises                                 | 062  | COOPERATE              | ctx=military tgt=prep:with
launch obj:drill                                     | 062  | COOPERATE              | ctx=military tgt=prep:with
launch obj:drills                                    | 062  | COOPERATE              | ctx=military tgt=prep:with
launch obj:maneuvers                                 | 062  | COOPERATE              | ctx=military tgt=prep:with
launch obj:game                                      | 062  | COOPERATE              | ctx=military tgt=prep:with
launch obj:games                                     | 062  | COOPERATE              | ctx=military tgt=prep:with
begin obj:exercise                                   | 062  | COOPERATE              | ctx=military tgt=prep:with
begin obj:exercises                                  | 062  | COOPERATE              | ctx=military tgt=prep:with
begin obj:drill                                      | 062  | COOPERATE              | ctx=military tgt=prep:with
begin obj:drills                                     | 062  | COOPERATE              | ctx=military tgt=prep:with
begin obj:maneuvers                                  | 062  | COOPERATE              | ctx=military tgt=prep:with
begin obj:game                                       | 062  | COOPERATE              | ctx=military tgt=prep:with
begin obj:games                                      | 062  | COOPERATE              | ctx=military tgt=prep:with
n:exercise mod:joint                                 | 062  | COOPERATE              | ctx=military tgt=prep:with
n:patrol mod:joint                                   | 062  | COOPERATE              | ctx=military tgt=prep:with
train obj:troops|forces|soldiers|army|police|officers|fighters | 062  | COOPERATE              | ctx=military
extradite                                            | 063  | COOPERATE              | ctx=legal tgt=prep:to
hand prt:over obj:suspect|suspects|fugitive|fugitives|prisoner|prisoners | 063  | COOPERATE              | ctx=legal tgt=prep:to
n:extradition                                        | 063  | COOPERATE              | ctx=legal tgt=prep:to
share obj:intelligence                               | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
share obj:information                                | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
share obj:data                                       | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
share obj:evidence                                   | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
share obj:expertise                                  | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
share obj:experience                                 | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
share obj:technology                                 | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
share obj:know-how                                   | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
exchange obj:intelligence                            | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
exchange obj:information                             | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
exchange obj:data                                    | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
exchange obj:evidence                                | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
exchange obj:expertise                               | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
exchange obj:experience                              | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
exchange obj:technology                              | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
exchange obj:know-how                                | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
provide obj:intelligence                             | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
provide obj:information                              | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
provide obj:data                                     | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
provide obj:evidence                                 | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
provide obj:expertise                                | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
provide obj:experience                               | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
provide obj:technology                               | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
provide obj:know-how                                 | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
pass obj:intelligence                                | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
pass obj:information                                 | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
pass obj:data                                        | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
pass obj:evidence                                    | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
pass obj:expertise                                   | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
pass obj:experience                                  | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
pass obj:technology                                  | 064  | COOPERATE              | ctx=intelligence tgt=prep:with
pass obj:know-how                                    | 064  | COOPERATE              | ctx=intelligence tgt=prep:with

# ------------------------------------------------------------------------------------------------
# 07 PROVIDE AID (PLOVER AID)
# ------------------------------------------------------------------------------------------------
aid                                                  | 070  | AID                    | conf=0.6
assist                                               | 070  | AID                    | conf=0.6
# "help" is aid to someone ("helped the refugees"), not a contribution to an outcome ("taxes
# to help balance the budget", "a wet fall helped drive the frost deeper"), and by someone ("a
# pep talk helped him win")
help obj:*                                           | 070  | AID                    | conf=0.6 needsrc
help prep:with                                       | 070  | AID                    | conf=0.6 needsrc
provide obj:aid                                      | 070  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:assistance                               | 070  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:help                                     | 070  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:support                                  | 070  | AID                    | tgt=iobj,prep:to,prep:for
give obj:aid                                         | 070  | AID                    | tgt=iobj,prep:to,prep:for
give obj:assistance                                  | 070  | AID                    | tgt=iobj,prep:to,prep:for
give obj:help                                        | 070  | AID                    | tgt=iobj,prep:to,prep:for
give obj:support                                     | 070  | AID                    | tgt=iobj,prep:to,prep:for
send obj:aid                                         | 070  | AID                    | tgt=iobj,prep:to,prep:for
send obj:assistance                                  | 070  | AID                    | tgt=iobj,prep:to,prep:for
send obj:help                                        | 070  | AID                    | tgt=iobj,prep:to,prep:for
send obj:support                                     | 070  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:aid                                      | 070  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:assistance                               | 070  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:help                                     | 070  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:support                                  | 070  | AID                    | tgt=iobj,prep:to,prep:for
extend obj:aid                                       | 070  | AID                    | tgt=iobj,prep:to,prep:for
extend obj:assistance                                | 070  | AID                    | tgt=iobj,prep:to,prep:for
extend obj:help                                      | 070  | AID                    | tgt=iobj,prep:to,prep:for
extend obj:support                                   | 070  | AID                    | tgt=iobj,prep:to,prep:for
offer obj:aid                                        | 070  | AID                    | tgt=iobj,prep:to,prep:for
offer obj:assistance                                 | 070  | AID                    | tgt=iobj,prep:to,prep:for
offer obj:help                                       | 070  | AID                    | tgt=iobj,prep:to,prep:for
offer obj:support                                    | 070  | AID                    | tgt=iobj,prep:to,prep:for
supply obj:aid                                       | 070  | AID                    | tgt=iobj,prep:to,prep:for
supply obj:assistance                                | 070  | AID                    | tgt=iobj,prep:to,prep:for
supply obj:help                                      | 070  | AID                    | tgt=iobj,prep:to,prep:for
supply obj:support                                   | 070  | AID                    | tgt=iobj,prep:to,prep:for
grant obj:aid                                        | 070  | AID                    | tgt=iobj,prep:to,prep:for
grant obj:assistance                                 | 070  | AID                    | tgt=iobj,prep:to,prep:for
grant obj:help                                       | 070  | AID                    | tgt=iobj,prep:to,prep:for
grant obj:support                                    | 070  | AID                    | tgt=iobj,prep:to,prep:for
donate obj:aid                                       | 070  | AID                    | tgt=iobj,prep:to,prep:for
donate obj:assistance                                | 070  | AID                    | tgt=iobj,prep:to,prep:for
donate obj:help                                      | 070  | AID                    | tgt=iobj,prep:to,prep:for
donate obj:support                                   | 070  | AID                    | tgt=iobj,prep:to,prep:for
pledge obj:aid                                       | 070  | AID                    | tgt=iobj,prep:to,prep:for
pledge obj:assistance                                | 070  | AID                    | tgt=iobj,prep:to,prep:for
pledge obj:help                                      | 070  | AID                    | tgt=iobj,prep:to,prep:for
pledge obj:support                                   | 070  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:loan                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
provide obj:loans                                    | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
provide obj:grant                                    | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
provide obj:grants                                   | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
provide obj:money                                    | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
provide obj:funds                                    | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
provide obj:funding                                  | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
provide obj:credit                                   | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
provide obj:cash                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
give obj:loan                                        | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
give obj:loans                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
give obj:grant                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
give obj:grants                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
give obj:money                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
give obj:funds                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
give obj:funding                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
give obj:credit                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
give obj:cash                                        | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
send obj:loan                                        | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
send obj:loans                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
send obj:grant                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
send obj:grants                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
send obj:money                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
send obj:funds                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
send obj:funding                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
send obj:credit                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
send obj:cash                                        | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
lend obj:loan                                        | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
lend obj:loans                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
lend obj:grant                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
lend obj:grants                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
lend obj:money                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
lend obj:funds                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
lend obj:funding                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
lend obj:credit                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
lend obj:cash                                        | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
extend obj:loan                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
extend obj:loans                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
extend obj:grant                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
extend obj:grants                                    | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
extend obj:money                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
extend obj:funds                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
extend obj:funding                                   | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
extend obj:credit                                    | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
extend obj:cash                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
grant obj:loan                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
grant obj:loans                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
grant obj:grant                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
grant obj:grants                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
grant obj:money                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
grant obj:funds                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
grant obj:funding                                    | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
grant obj:credit                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
grant obj:cash                                       | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
donate obj:loan                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
donate obj:loans                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
donate obj:grant                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
donate obj:grants                                    | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
donate obj:money                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
donate obj:funds                                     | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
donate obj:funding                                   | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
donate obj:credit                                    | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
donate obj:cash                                      | 071  | AID                    | ctx=economic tgt=iobj,prep:to,prep:for
fund                                                 | 071  | AID                    | ctx=economic
finance                                              | 071  | AID                    | ctx=economic
bankroll                                             | 071  | AID                    | ctx=economic
subsidize                                            | 071  | AID                    | ctx=economic
subsidise                                            | 071  | AID                    | ctx=economic
provide obj:weapons                                  | 072  | AID                    | ctx=military tgt=iobj,prep:to
provide obj:arms                                     | 072  | AID                    | ctx=military tgt=iobj,prep:to
provide obj:ammunition                               | 072  | AID                    | ctx=military tgt=iobj,prep:to
provide obj:equipment                                | 072  | AID                    | ctx=military tgt=iobj,prep:to
provide obj:missiles                                 | 072  | AID                    | ctx=military tgt=iobj,prep:to
provide obj:tanks                                    | 072  | AID                    | ctx=military tgt=iobj,prep:to
provide obj:drones                                   | 072  | AID                    | ctx=military tgt=iobj,prep:to
provide obj:jets                                     | 072  | AID                    | ctx=military tgt=iobj,prep:to
give obj:weapons                                     | 072  | AID                    | ctx=military tgt=iobj,prep:to
give obj:arms                                        | 072  | AID                    | ctx=military tgt=iobj,prep:to
give obj:ammunition                                  | 072  | AID                    | ctx=military tgt=iobj,prep:to
give obj:equipment                                   | 072  | AID                    | ctx=military tgt=iobj,prep:to
give obj:missiles                                    | 072  | AID                    | ctx=military tgt=iobj,prep:to
give obj:tanks                                       | 072  | AID                    | ctx=military tgt=iobj,prep:to
give obj:drones                                      | 072  | AID                    | ctx=military tgt=iobj,prep:to
give obj:jets                                        | 072  | AID                    | ctx=military tgt=iobj,prep:to
send obj:weapons                                     | 072  | AID                    | ctx=military tgt=iobj,prep:to
send obj:arms                                        | 072  | AID                    | ctx=military tgt=iobj,prep:to
send obj:ammunition                                  | 072  | AID                    | ctx=military tgt=iobj,prep:to
send obj:equipment                                   | 072  | AID                    | ctx=military tgt=iobj,prep:to
send obj:missiles                                    | 072  | AID                    | ctx=military tgt=iobj,prep:to
send obj:tanks                                       | 072  | AID                    | ctx=military tgt=iobj,prep:to
send obj:drones                                      | 072  | AID                    | ctx=military tgt=iobj,prep:to
send obj:jets                                        | 072  | AID                    | ctx=military tgt=iobj,prep:to
supply obj:weapons                                   | 072  | AID                    | ctx=military tgt=iobj,prep:to
supply obj:arms                                      | 072  | AID                    | ctx=military tgt=iobj,prep:to
supply obj:ammunition                                | 072  | AID                    | ctx=military tgt=iobj,prep:to
supply obj:equipment                                 | 072  | AID                    | ctx=military tgt=iobj,prep:to
supply obj:missiles                                  | 072  | AID                    | ctx=military tgt=iobj,prep:to
supply obj:tanks                                     | 072  | AID                    | ctx=military tgt=iobj,prep:to
supply obj:drones                                    | 072  | AID                    | ctx=military tgt=iobj,prep:to
supply obj:jets                                      | 072  | AID                    | ctx=military tgt=iobj,prep:to
deliver obj:weapons                                  | 072  | AID                    | ctx=military tgt=iobj,prep:to
deliver obj:arms                                     | 072  | AID                    | ctx=military tgt=iobj,prep:to
deliver obj:ammunition                               | 072  | AID                    | ctx=military tgt=iobj,prep:to
deliver obj:equipment                                | 072  | AID                    | ctx=military tgt=iobj,prep:to
deliver obj:missiles                                 | 072  | AID                    | ctx=military tgt=iobj,prep:to
deliver obj:tanks                                    | 072  | AID                    | ctx=military tgt=iobj,prep:to
deliver obj:drones                                   | 072  | AID                    | ctx=military tgt=iobj,prep:to
deliver obj:jets                                     | 072  | AID                    | ctx=military tgt=iobj,prep:to
sell obj:weapons                                     | 072  | AID                    | ctx=military tgt=iobj,prep:to
sell obj:arms                                        | 072  | AID                    | ctx=military tgt=iobj,prep:to
sell obj:ammunition                                  | 072  | AID                    | ctx=military tgt=iobj,prep:to
sell obj:equipment                                   | 072  | AID                    | ctx=military tgt=iobj,prep:to
sell obj:missiles                                    | 072  | AID                    | ctx=military tgt=iobj,prep:to
sell obj:tanks                                       | 072  | AID                    | ctx=military tgt=iobj,prep:to
sell obj:drones                                      | 072  | AID                    | ctx=military tgt=iobj,prep:to
sell obj:jets                                        | 072  | AID                    | ctx=military tgt=iobj,prep:to
ship obj:weapons                                     | 072  | AID                    | ctx=military tgt=iobj,prep:to
ship obj:arms                                        | 072  | AID                    | ctx=military tgt=iobj,prep:to
ship obj:ammunition                                  | 072  | AID                    | ctx=military tgt=iobj,prep:to
ship obj:equipment                                   | 072  | AID                    | ctx=military tgt=iobj,prep:to
ship obj:missiles                                    | 072  | AID                    | ctx=military tgt=iobj,prep:to
ship obj:tanks                                       | 072  | AID                    | ctx=military tgt=iobj,prep:to
ship obj:drones                                      | 072  | AID                    | ctx=military tgt=iobj,prep:to
ship obj:jets                                        | 072  | AID                    | ctx=military tgt=iobj,prep:to
transfer obj:weapons                                 | 072  | AID                    | ctx=military tgt=iobj,prep:to
transfer obj:arms                                    | 072  | AID                    | ctx=military tgt=iobj,prep:to
transfer obj:ammunition                              | 072  | AID                    | ctx=military tgt=iobj,prep:to
transfer obj:equipment                               | 072  | AID                    | ctx=military tgt=iobj,prep:to
transfer obj:missiles                                | 072  | AID                    | ctx=military tgt=iobj,prep:to
transfer obj:tanks                                   | 072  | AID                    | ctx=military tgt=iobj,prep:to
transfer obj:drones                                  | 072  | AID                    | ctx=military tgt=iobj,prep:to
transfer obj:jets                                    | 072  | AID                    | ctx=military tgt=iobj,prep:to
arm                                                  | 072  | AID                    | ctx=military
equip                                                | 072  | AID                    | ctx=military
provide obj:food                                     | 073  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:medicine                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:medicines                                | 073  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:relief                                   | 073  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:supplies                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:tents                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:shelter                                  | 073  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:water                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:vaccines                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
give obj:food                                        | 073  | AID                    | tgt=iobj,prep:to,prep:for
give obj:medicine                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
give obj:medicines                                   | 073  | AID                    | tgt=iobj,prep:to,prep:for
give obj:relief                                      | 073  | AID                    | tgt=iobj,prep:to,prep:for
give obj:supplies                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
give obj:tents                                       | 073  | AID                    | tgt=iobj,prep:to,prep:for
give obj:shelter                                     | 073  | AID                    | tgt=iobj,prep:to,prep:for
give obj:water                                       | 073  | AID                    | tgt=iobj,prep:to,prep:for
give obj:vaccines                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
send obj:food                                        | 073  | AID                    | tgt=iobj,prep:to,prep:for
send obj:medicine                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
send obj:medicines                                   | 073  | AID                    | tgt=iobj,prep:to,prep:for
send obj:relief                                      | 073  | AID                    | tgt=iobj,prep:to,prep:for
send obj:supplies                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
send obj:tents                                       | 073  | AID                    | tgt=iobj,prep:to,prep:for
send obj:shelter                                     | 073  | AID                    | tgt=iobj,prep:to,prep:for
send obj:water                                       | 073  | AID                    | tgt=iobj,prep:to,prep:for
send obj:vaccines                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:food                                     | 073  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:medicine                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:medicines                                | 073  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:relief                                   | 073  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:supplies                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:tents                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:shelter                                  | 073  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:water                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
deliver obj:vaccines                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
distribute obj:food                                  | 073  | AID                    | tgt=iobj,prep:to,prep:for
distribute obj:medicine                              | 073  | AID                    | tgt=iobj,prep:to,prep:for
distribute obj:medicines                             | 073  | AID                    | tgt=iobj,prep:to,prep:for
distribute obj:relief                                | 073  | AID                    | tgt=iobj,prep:to,prep:for
distribute obj:supplies                              | 073  | AID                    | tgt=iobj,prep:to,prep:for
distribute obj:tents                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
distribute obj:shelter                               | 073  | AID                    | tgt=iobj,prep:to,prep:for
distribute obj:water                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
distribute obj:vaccines                              | 073  | AID                    | tgt=iobj,prep:to,prep:for
airlift obj:food                                     | 073  | AID                    | tgt=iobj,prep:to,prep:for
airlift obj:medicine                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
airlift obj:medicines                                | 073  | AID                    | tgt=iobj,prep:to,prep:for
airlift obj:relief                                   | 073  | AID                    | tgt=iobj,prep:to,prep:for
airlift obj:supplies                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
airlift obj:tents                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
airlift obj:shelter                                  | 073  | AID                    | tgt=iobj,prep:to,prep:for
airlift obj:water                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
airlift obj:vaccines                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
airdrop obj:food                                     | 073  | AID                    | tgt=iobj,prep:to,prep:for
airdrop obj:medicine                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
airdrop obj:medicines                                | 073  | AID                    | tgt=iobj,prep:to,prep:for
airdrop obj:relief                                   | 073  | AID                    | tgt=iobj,prep:to,prep:for
airdrop obj:supplies                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
airdrop obj:tents                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
airdrop obj:shelter                                  | 073  | AID                    | tgt=iobj,prep:to,prep:for
airdrop obj:water                                    | 073  | AID                    | tgt=iobj,prep:to,prep:for
airdrop obj:vaccines                                 | 073  | AID                    | tgt=iobj,prep:to,prep:for
n:aid                                                | 070  | AID                    | tgt=prep:to,prep:for conf=0.5
n:assistance                                         | 070  | AID                    | tgt=prep:to,prep:for conf=0.5
n:aid mod:humanitarian                               | 073  | AID                    | tgt=prep:to,prep:for conf=0.6
n:aid mod:military                                   | 072  | AID                    | ctx=military tgt=prep:to,prep:for conf=0.6
n:aid mod:economic|financial                         | 071  | AID                    | ctx=economic tgt=prep:to,prep:for conf=0.6
provide obj:protection                               | 074  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:security                                 | 074  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:escort                                   | 074  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:guard                                    | 074  | AID                    | tgt=iobj,prep:to,prep:for
provide obj:guards                                   | 074  | AID                    | tgt=iobj,prep:to,prep:for
give obj:protection                                  | 074  | AID                    | tgt=iobj,prep:to,prep:for
give obj:security                                    | 074  | AID                    | tgt=iobj,prep:to,prep:for
give obj:escort                                      | 074  | AID                    | tgt=iobj,prep:to,prep:for
give obj:guard                                       | 074  | AID                    | tgt=iobj,prep:to,prep:for
give obj:guards                                      | 074  | AID                    | tgt=iobj,prep:to,prep:for
offer obj:protection                                 | 074  | AID                    | tgt=iobj,prep:to,prep:for
offer obj:security                                   | 074  | AID                    | tgt=iobj,prep:to,prep:for
offer obj:escort                                     | 074  | AID                    | tgt=iobj,prep:to,prep:for
offer obj:guard                                      | 074  | AID                    | tgt=iobj,prep:to,prep:for
offer obj:guards                                     | 074  | AID                    | tgt=iobj,prep:to,prep:for
extend obj:protection                                | 074  | AID                    | tgt=iobj,prep:to,prep:for
extend obj:security                                  | 074  | AID                    | tgt=iobj,prep:to,prep:for
extend obj:escort                                    | 074  | AID                    | tgt=iobj,prep:to,prep:for
extend obj:guard                                     | 074  | AID                    | tgt=iobj,prep:to,prep:for
extend obj:guards                                    | 074  | AID                    | tgt=iobj,prep:to,prep:for
deploy obj:peacekeeper                               | 074  | AID                    | ctx=peacekeeping tgt=prep:to
deploy obj:peacekeepers                              | 074  | AID                    | ctx=peacekeeping tgt=prep:to
deploy obj:peacekeeping                              | 074  | AID                    | ctx=peacekeeping tgt=prep:to
send obj:peacekeeper                                 | 074  | AID                    | ctx=peacekeeping tgt=prep:to
send obj:peacekeepers                                | 074  | AID                    | ctx=peacekeeping tgt=prep:to
send obj:peacekeeping                                | 074  | AID                    | ctx=peacekeeping tgt=prep:to
dispatch obj:peacekeeper                             | 074  | AID                    | ctx=peacekeeping tgt=prep:to
dispatch obj:peacekeepers                            | 074  | AID                    | ctx=peacekeeping tgt=prep:to
dispatch obj:peacekeeping                            | 074  | AID                    | ctx=peacekeeping tgt=prep:to
contribute obj:peacekeeper                           | 074  | AID                    | ctx=peacekeeping tgt=prep:to
contribute obj:peacekeepers                          | 074  | AID                    | ctx=peacekeeping tgt=prep:to
contribute obj:peacekeeping                          | 074  | AID                    | ctx=peacekeeping tgt=prep:to
contribute obj:troops                                | 074  | AID                    | ctx=peacekeeping tgt=prep:to
contribute obj:forces                                | 074  | AID                    | ctx=peacekeeping tgt=prep:to
contribute obj:personnel                             | 074  | AID                    | ctx=peacekeeping tgt=prep:to
contribute obj:soldiers                              | 074  | AID                    | ctx=peacekeeping tgt=prep:to
commit obj:troops                                    | 074  | AID                    | ctx=peacekeeping tgt=prep:to
commit obj:forces                                    | 074  | AID                    | ctx=peacekeeping tgt=prep:to
commit obj:personnel                                 | 074  | AID                    | ctx=peacekeeping tgt=prep:to
commit obj:peacekeepers                              | 074  | AID                    | ctx=peacekeeping tgt=prep:to
commit obj:soldiers                                  | 074  | AID                    | ctx=peacekeeping tgt=prep:to
pledge obj:troops                                    | 074  | AID                    | ctx=peacekeeping tgt=prep:to
pledge obj:forces                                    | 074  | AID                    | ctx=peacekeeping tgt=prep:to
pledge obj:personnel                                 | 074  | AID                    | ctx=peacekeeping tgt=prep:to
pledge obj:peacekeepers                              | 074  | AID                    | ctx=peacekeeping tgt=prep:to
pledge obj:soldiers                                  | 074  | AID                    | ctx=peacekeeping tgt=prep:to
send obj:troops                                      | 074  | AID                    | ctx=peacekeeping tgt=prep:to
send obj:forces                                      | 074  | AID                    | ctx=peacekeeping tgt=prep:to
send obj:personnel                                   | 074  | AID                    | ctx=peacekeeping tgt=prep:to
send obj:soldiers                                    | 074  | AID                    | ctx=peacekeeping tgt=prep:to
grant obj:asylum                                     | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
grant obj:refuge                                     | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
grant obj:sanctuary                                  | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
give obj:asylum                                      | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
give obj:refuge                                      | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
give obj:sanctuary                                   | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
offer obj:asylum                                     | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
offer obj:refuge                                     | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
offer obj:sanctuary                                  | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
provide obj:asylum                                   | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
provide obj:refuge                                   | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
provide obj:sanctuary                                | 075  | AID                    | ctx=asylum tgt=iobj,prep:to
shelter obj:refugees|migrants|displaced              | 075  | AID                    | ctx=asylum
n:asylum                                             | 075  | AID                    | ctx=asylum tgt=prep:to,prep:for conf=0.5
rescue                                               | 070  | AID
donate                                               | 070  | AID                    | conf=0.6
deliver obj:goods                                    | 073  | AID                    | tgt=prep:to,iobj
distribute obj:goods                                 | 073  | AID                    | tgt=prep:to,iobj
distribute obj:aid                                   | 073  | AID                    | tgt=prep:to,iobj
evacuate obj:wounded                                 | 073  | AID
evacuate obj:injured                                 | 073  | AID
evacuate obj:civilians                               | 073  | AID
evacuate obj:refugees                                | 073  | AID
evacuate obj:residents                               | 073  | AID
evacuate obj:casualties                              | 073  | AID
airlift obj:wounded                                  | 073  | AID
airlift obj:injured                                  | 073  | AID
airlift obj:civilians                                | 073  | AID
airlift obj:refugees                                 | 073  | AID
airlift obj:residents                                | 073  | AID
airlift obj:casualties                               | 073  | AID

# ------------------------------------------------------------------------------------------------
# 08 YIELD (081-083 CONCEDE, 084-087 RETREAT)
# ------------------------------------------------------------------------------------------------
yield                                                | 080  | CONCEDE
concede                                              | 080  | CONCEDE
relent                                               | 080  | CONCEDE
capitulate                                           | 080  | CONCEDE
comply prep:with                                     | 080  | CONCEDE                | tgt=prep:with
give prt:in                                          | 080  | CONCEDE
ease obj:restriction                                 | 081  | CONCEDE
ease obj:restrictions                                | 081  | CONCEDE
relax obj:restriction                                | 081  | CONCEDE
relax obj:restrictions                               | 081  | CONCEDE
loosen obj:restriction                               | 081  | CONCEDE
loosen obj:restrictions                              | 081  | CONCEDE
lift obj:restriction                                 | 081  | CONCEDE
lift obj:restrictions                                | 081  | CONCEDE
remove obj:restriction                               | 081  | CONCEDE
remove obj:restrictions                              | 081  | CONCEDE
cancel obj:restriction                               | 081  | CONCEDE
cancel obj:restrictions                              | 081  | CONCEDE
scrap obj:restriction                                | 081  | CONCEDE
scrap obj:restrictions                               | 081  | CONCEDE
ease obj:ban                                         | 0812 | CONCEDE
lift obj:ban                                         | 0812 | CONCEDE
relax obj:ban                                        | 0812 | CONCEDE
lift obj:curfew                                      | 0813 | CONCEDE
end obj:curfew                                       | 0813 | CONCEDE
ease obj:curfew                                      | 0813 | CONCEDE
relax obj:curfew                                     | 0813 | CONCEDE
shorten obj:curfew                                   | 0813 | CONCEDE
reduce obj:curfew                                    | 0813 | CONCEDE
lift obj:emergency                                   | 0814 | CONCEDE
lift obj:law                                         | 0814 | CONCEDE
lift obj:state                                       | 0814 | CONCEDE
end obj:emergency                                    | 0814 | CONCEDE
end obj:law                                          | 0814 | CONCEDE
end obj:state                                        | 0814 | CONCEDE
grant obj:amnesty                                    | 081  | CONCEDE                | tgt=iobj,prep:to,prep:for
grant obj:pardon                                     | 081  | CONCEDE                | tgt=iobj,prep:to,prep:for
declare obj:amnesty                                  | 081  | CONCEDE                | tgt=iobj,prep:to,prep:for
declare obj:pardon                                   | 081  | CONCEDE                | tgt=iobj,prep:to,prep:for
offer obj:amnesty                                    | 081  | CONCEDE                | tgt=iobj,prep:to,prep:for
offer obj:pardon                                     | 081  | CONCEDE                | tgt=iobj,prep:to,prep:for
pardon                                               | 081  | CONCEDE
call prt:off obj:strike|protest|protests|boycott|demonstration|march|sit-in | 080  | CONCEDE
tolerate obj:protest                                 | 082  | CONCEDE
tolerate obj:protests                                | 082  | CONCEDE
tolerate obj:demonstration                           | 082  | CONCEDE
tolerate obj:demonstrations                          | 082  | CONCEDE
tolerate obj:dissent                                 | 082  | CONCEDE
tolerate obj:opposition                              | 082  | CONCEDE
allow obj:protest                                    | 082  | CONCEDE
allow obj:protests                                   | 082  | CONCEDE
allow obj:demonstration                              | 082  | CONCEDE
allow obj:demonstrations                             | 082  | CONCEDE
allow obj:dissent                                    | 082  | CONCEDE
allow obj:opposition                                 | 082  | CONCEDE
permit obj:protest                                   | 082  | CONCEDE
permit obj:protests                                  | 082  | CONCEDE
permit obj:demonstration                             | 082  | CONCEDE
permit obj:demonstrations                            | 082  | CONCEDE
permit obj:dissent                                   | 082  | CONCEDE
permit obj:opposition                                | 082  | CONCEDE
accede prep:to                                       | 083  | CONCEDE                | tgt=prep:to
give prep:in:demand|demands                          | 083  | CONCEDE
meet obj:demand|demands                              | 083  | CONCEDE
accept obj:demand|demands|conditions                 | 083  | CONCEDE
resign                                               | 0831 | RETREAT:resign
abdicate                                             | 0831 | RETREAT:resign
step prt:down                                        | 0831 | RETREAT:resign
step prep:down                                       | 0831 | RETREAT:resign
quit obj:post|job|office|position                    | 0831 | RETREAT:resign
n:resignation                                        | 0831 | RETREAT:resign         | src=poss
n:abdication                                         | 0831 | RETREAT:resign         | src=poss
change obj:policy                                    | 0832 | CONCEDE
change obj:law                                       | 0832 | CONCEDE
change obj:decision                                  | 0832 | CONCEDE
change obj:decree                                    | 0832 | CONCEDE
amend obj:policy                                     | 0832 | CONCEDE
amend obj:law                                        | 0832 | CONCEDE
amend obj:decision                                   | 0832 | CONCEDE
amend obj:decree                                     | 0832 | CONCEDE
reverse obj:policy                                   | 0832 | CONCEDE
reverse obj:law                                      | 0832 | CONCEDE
reverse obj:decision                                 | 0832 | CONCEDE
reverse obj:decree                                   | 0832 | CONCEDE
scrap obj:policy                                     | 0832 | CONCEDE
scrap obj:law                                        | 0832 | CONCEDE
scrap obj:decision                                   | 0832 | CONCEDE
scrap obj:decree                                     | 0832 | CONCEDE
withdraw obj:policy                                  | 0832 | CONCEDE
withdraw obj:law                                     | 0832 | CONCEDE
withdraw obj:decision                                | 0832 | CONCEDE
withdraw obj:decree                                  | 0832 | CONCEDE
revoke obj:policy                                    | 0832 | CONCEDE
revoke obj:law                                       | 0832 | CONCEDE
revoke obj:decision                                  | 0832 | CONCEDE
revoke obj:decree                                    | 0832 | CONCEDE
repeal obj:policy                                    | 0832 | CONCEDE
repeal obj:law                                       | 0832 | CONCEDE
repeal obj:decision                                  | 0832 | CONCEDE
repeal obj:decree                                    | 0832 | CONCEDE
grant obj:rights                                     | 0833 | CONCEDE
grant obj:freedom                                    | 0833 | CONCEDE
grant obj:freedoms                                   | 0833 | CONCEDE
restore obj:rights                                   | 0833 | CONCEDE
restore obj:freedom                                  | 0833 | CONCEDE
restore obj:freedoms                                 | 0833 | CONCEDE
release                                              | 0841 | RETREAT:release
free                                                 | 0841 | RETREAT:release
release obj:statement|report|video|footage|figures|data|details|list|document|documents|album|recording | 010  | -
set obj:* prt:free                                   | 0841 | RETREAT:release
release prep:under:pressure                          | 0841 | RETREAT:release
release pass                                         | 0841 | RETREAT:release
release obj:prisoner                                 | 0841 | RETREAT:release        | acled=agreement
release obj:prisoners                                | 0841 | RETREAT:release        | acled=agreement
release obj:detainee                                 | 0841 | RETREAT:release        | acled=agreement
release obj:detainees                                | 0841 | RETREAT:release        | acled=agreement
release obj:hostage                                  | 0841 | RETREAT:release        | acled=agreement
release obj:hostages                                 | 0841 | RETREAT:release        | acled=agreement
release obj:captive                                  | 0841 | RETREAT:release        | acled=agreement
release obj:captives                                 | 0841 | RETREAT:release        | acled=agreement
free obj:prisoner                                    | 0841 | RETREAT:release        | acled=agreement
free obj:prisoners                                   | 0841 | RETREAT:release        | acled=agreement
free obj:detainee                                    | 0841 | RETREAT:release        | acled=agreement
free obj:detainees                                   | 0841 | RETREAT:release        | acled=agreement
free obj:hostage                                     | 0841 | RETREAT:release        | acled=agreement
free obj:hostages                                    | 0841 | RETREAT:release        | acled=agreement
free obj:captive                                     | 0841 | RETREAT:release        | acled=agreement
free obj:captives                                    | 0841 | RETREAT:release        | acled=agreement
exchange obj:prisoners                               | 0841 | RETREAT:release        | acled=agreement
exchange obj:captives                                | 0841 | RETREAT:release        | acled=agreement
exchange obj:hostages                                | 0841 | RETREAT:release        | acled=agreement
swap obj:prisoners                                   | 0841 | RETREAT:release        | acled=agreement
swap obj:captives                                    | 0841 | RETREAT:release        | acled=agreement
swap obj:hostages                                    | 0841 | RETREAT:release        | acled=agreement
n:release                                            | 0841 | RETREAT:release        | poss=tgt tgt=prep:of
n:exchange prep:of:prisoners|captives                | 0841 | RETREAT:release        | acled=agreement
n:swap mod:prisoner                                  | 0841 | RETREAT:release        | acled=agreement
return obj:territory                                 | 0842 | RETREAT:release        | tgt=prep:to
return obj:land                                      | 0842 | RETREAT:release        | tgt=prep:to
return obj:property                                  | 0842 | RETREAT:release        | tgt=prep:to
return obj:assets                                    | 0842 | RETREAT:release        | tgt=prep:to
return obj:bodies                                    | 0842 | RETREAT:release        | tgt=prep:to
return obj:remains                                   | 0842 | RETREAT:release        | tgt=prep:to
return obj:weapons                                   | 0842 | RETREAT:release        | tgt=prep:to
return obj:equipment                                 | 0842 | RETREAT:release        | tgt=prep:to
return obj:helicopter                                | 0842 | RETREAT:release        | tgt=prep:to
return obj:aircraft                                  | 0842 | RETREAT:release        | tgt=prep:to
hand obj:territory                                   | 0842 | RETREAT:release        | tgt=prep:to
hand obj:land                                        | 0842 | RETREAT:release        | tgt=prep:to
hand obj:property                                    | 0842 | RETREAT:release        | tgt=prep:to
hand obj:assets                                      | 0842 | RETREAT:release        | tgt=prep:to
hand obj:bodies                                      | 0842 | RETREAT:release        | tgt=prep:to
hand obj:remains                                     | 0842 | RETREAT:release        | tgt=prep:to
hand obj:weapons                                     | 0842 | RETREAT:release        | tgt=prep:to
hand obj:equipment                                   | 0842 | RETREAT:release        | tgt=prep:to
hand obj:helicopter                                  | 0842 | RETREAT:release        | tgt=prep:to
hand obj:aircraft                                    | 0842 | RETREAT:release        | tgt=prep:to
give obj:territory                                   | 0842 | RETREAT:release        | tgt=prep:to
give obj:land                                        | 0842 | RETREAT:release        | tgt=prep:to
give obj:property                                    | 0842 | RETREAT:release        | tgt=prep:to
give obj:assets                                      | 0842 | RETREAT:release        | tgt=prep:to
give obj:bodies                                      | 0842 | RETREAT:release        | tgt=prep:to
give obj:remains                                     | 0842 | RETREAT:release        | tgt=prep:to
give obj:helicopter                                  | 0842 | RETREAT:release        | tgt=prep:to
give obj:aircraft                                    | 0842 | RETREAT:release        | tgt=prep:to
hand prt:over obj:territory|land|base|city|control   | 0842 | RETREAT:release        | tgt=prep:to acled=territory-transfer
hand prt:back obj:*                                  | 0842 | RETREAT:release        | tgt=prep:to
ease obj:sanction                                    | 085  | CONCEDE                | ctx=economic
ease obj:sanctions                                   | 085  | CONCEDE                | ctx=economic
ease obj:embargo                                     | 085  | CONCEDE                | ctx=economic
ease obj:boycott                                     | 085  | CONCEDE                | ctx=economic
lift obj:sanction                                    | 085  | CONCEDE                | ctx=economic
lift obj:sanctions                                   | 085  | CONCEDE                | ctx=economic
lift obj:embargo                                     | 085  | CONCEDE                | ctx=economic
lift obj:boycott                                     | 085  | CONCEDE                | ctx=economic
end obj:sanction                                     | 085  | CONCEDE                | ctx=economic
end obj:sanctions                                    | 085  | CONCEDE                | ctx=economic
end obj:embargo                                      | 085  | CONCEDE                | ctx=economic
end obj:boycott                                      | 085  | CONCEDE                | ctx=economic
n:easing                                             | 085  | CONCEDE                | conf=0.5
allow obj:inspector                                  | 0862 | RETREAT:access
allow obj:inspectors                                 | 0862 | RETREAT:access
allow obj:observer                                   | 0862 | RETREAT:access
allow obj:observers                                  | 0862 | RETREAT:access
allow obj:monitor                                    | 0862 | RETREAT:access
allow obj:monitors                                   | 0862 | RETREAT:access
permit obj:inspector                                 | 0862 | RETREAT:access
permit obj:inspectors                                | 0862 | RETREAT:access
permit obj:observer                                  | 0862 | RETREAT:access
permit obj:observers                                 | 0862 | RETREAT:access
permit obj:monitor                                   | 0862 | RETREAT:access
permit obj:monitors                                  | 0862 | RETREAT:access
admit obj:inspector                                  | 0862 | RETREAT:access
admit obj:inspectors                                 | 0862 | RETREAT:access
admit obj:observer                                   | 0862 | RETREAT:access
admit obj:observers                                  | 0862 | RETREAT:access
admit obj:monitor                                    | 0862 | RETREAT:access
admit obj:monitors                                   | 0862 | RETREAT:access
accept obj:inspector                                 | 0862 | RETREAT:access
accept obj:inspectors                                | 0862 | RETREAT:access
accept obj:observer                                  | 0862 | RETREAT:access
accept obj:observers                                 | 0862 | RETREAT:access
accept obj:monitor                                   | 0862 | RETREAT:access
accept obj:monitors                                  | 0862 | RETREAT:access
allow obj:peacekeeper                                | 0861 | RETREAT:access         | ctx=peacekeeping
allow obj:peacekeepers                               | 0861 | RETREAT:access         | ctx=peacekeeping
permit obj:peacekeeper                               | 0861 | RETREAT:access         | ctx=peacekeeping
permit obj:peacekeepers                              | 0861 | RETREAT:access         | ctx=peacekeeping
accept obj:peacekeeper                               | 0861 | RETREAT:access         | ctx=peacekeeping
accept obj:peacekeepers                              | 0861 | RETREAT:access         | ctx=peacekeeping
receive obj:peacekeeper                              | 0861 | RETREAT:access         | ctx=peacekeeping
receive obj:peacekeepers                             | 0861 | RETREAT:access         | ctx=peacekeeping
allow obj:access                                     | 0863 | RETREAT:access         | ctx=human_security
allow obj:corridor                                   | 0863 | RETREAT:access         | ctx=human_security
allow obj:corridors                                  | 0863 | RETREAT:access         | ctx=human_security
permit obj:access                                    | 0863 | RETREAT:access         | ctx=human_security
permit obj:corridor                                  | 0863 | RETREAT:access         | ctx=human_security
permit obj:corridors                                 | 0863 | RETREAT:access         | ctx=human_security
grant obj:access                                     | 0863 | RETREAT:access         | ctx=human_security
grant obj:corridor                                   | 0863 | RETREAT:access         | ctx=human_security
grant obj:corridors                                  | 0863 | RETREAT:access         | ctx=human_security
open obj:access                                      | 0863 | RETREAT:access         | ctx=human_security
open obj:corridor                                    | 0863 | RETREAT:access         | ctx=human_security
open obj:corridors                                   | 0863 | RETREAT:access         | ctx=human_security
de-escalate obj:tension                              | 087  | RETREAT:ceasefire
de-escalate obj:tensions                             | 087  | RETREAT:ceasefire
de-escalate                                          | 087  | RETREAT:ceasefire
declare obj:ceasefire                                | 0871 | RETREAT:ceasefire      | acled=agreement
declare obj:truce                                    | 0871 | RETREAT:ceasefire      | acled=agreement
declare obj:armistice                                | 0871 | RETREAT:ceasefire      | acled=agreement
declare obj:cease-fire                               | 0871 | RETREAT:ceasefire      | acled=agreement
announce obj:ceasefire                               | 0871 | RETREAT:ceasefire      | acled=agreement
announce obj:truce                                   | 0871 | RETREAT:ceasefire      | acled=agreement
announce obj:armistice                               | 0871 | RETREAT:ceasefire      | acled=agreement
announce obj:cease-fire                              | 0871 | RETREAT:ceasefire      | acled=agreement
agree obj:ceasefire                                  | 0871 | RETREAT:ceasefire      | acled=agreement
agree obj:truce                                      | 0871 | RETREAT:ceasefire      | acled=agreement
agree obj:armistice                                  | 0871 | RETREAT:ceasefire      | acled=agreement
agree obj:cease-fire                                 | 0871 | RETREAT:ceasefire      | acled=agreement
observe obj:ceasefire                                | 0871 | RETREAT:ceasefire      | acled=agreement
observe obj:truce                                    | 0871 | RETREAT:ceasefire      | acled=agreement
observe obj:armistice                                | 0871 | RETREAT:ceasefire      | acled=agreement
observe obj:cease-fire                               | 0871 | RETREAT:ceasefire      | acled=agreement
respect obj:ceasefire                                | 0871 | RETREAT:ceasefire      | acled=agreement
respect obj:truce                                    | 0871 | RETREAT:ceasefire      | acled=agreement
respect obj:armistice                                | 0871 | RETREAT:ceasefire      | acled=agreement
respect obj:cease-fire                               | 0871 | RETREAT:ceasefire      | acled=agreement
implement obj:ceasefire                              | 0871 | RETREAT:ceasefire      | acled=agreement
implement obj:truce                                  | 0871 | RETREAT:ceasefire      | acled=agreement
implement obj:armistice                              | 0871 | RETREAT:ceasefire      | acled=agreement
implement obj:cease-fire                             | 0871 | RETREAT:ceasefire      | acled=agreement
agree prep:to:ceasefire|truce|armistice              | 0871 | RETREAT:ceasefire      | acled=agreement
n:ceasefire                                          | 0871 | RETREAT:ceasefire      | acled=agreement conf=0.5
n:truce                                              | 0871 | RETREAT:ceasefire      | acled=agreement conf=0.5
n:armistice                                          | 0871 | RETREAT:ceasefire      | acled=agreement conf=0.5
n:cease-fire                                         | 0871 | RETREAT:ceasefire      | acled=agreement conf=0.5
lift obj:blockade                                    | 0872 | RETREAT:withdraw
lift obj:siege                                       | 0872 | RETREAT:withdraw
ease obj:blockade                                    | 0872 | RETREAT:withdraw
ease obj:siege                                       | 0872 | RETREAT:withdraw
end obj:blockade                                     | 0872 | RETREAT:withdraw
end obj:siege                                        | 0872 | RETREAT:withdraw
break obj:blockade                                   | 0872 | RETREAT:withdraw
break obj:siege                                      | 0872 | RETREAT:withdraw
disarm                                               | 0873 | RETREAT:disarm
demobilize                                           | 0873 | RETREAT:disarm
demobilise                                           | 0873 | RETREAT:disarm
lay obj:arms                                         | 0873 | RETREAT:disarm
lay obj:weapons                                      | 0873 | RETREAT:disarm
surrender obj:arms                                   | 0873 | RETREAT:disarm
surrender obj:weapons                                | 0873 | RETREAT:disarm
lay prt:down obj:arms|weapons                        | 0873 | RETREAT:disarm
n:disarmament                                        | 0873 | RETREAT:disarm
n:demobilization                                     | 0873 | RETREAT:disarm
n:demobilisation                                     | 0873 | RETREAT:disarm
retreat                                              | 0874 | RETREAT:withdraw       | tgt=prep:from,prep:to
surrender                                            | 0874 | RETREAT:withdraw       | tgt=prep:from,prep:to acled=agreement
withdraw                                             | 0874 | RETREAT:withdraw       | tgt=prep:from,prep:to acled=change-group
pull prt:out                                         | 0874 | RETREAT:withdraw       | tgt=prep:of,prep:from acled=change-group
pull prt:back                                        | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
withdraw obj:troops                                  | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
withdraw obj:forces                                  | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
withdraw obj:soldiers                                | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
withdraw obj:units                                   | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
withdraw obj:fighters                                | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
pull obj:troops                                      | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
pull obj:forces                                      | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
pull obj:soldiers                                    | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
pull obj:units                                       | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
pull obj:fighters                                    | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
remove obj:troops                                    | 0874 | RETREAT:withdraw       | tgt=prep:from
remove obj:forces                                    | 0874 | RETREAT:withdraw       | tgt=prep:from
remove obj:soldiers                                  | 0874 | RETREAT:withdraw       | tgt=prep:from
remove obj:units                                     | 0874 | RETREAT:withdraw       | tgt=prep:from
remove obj:fighters                                  | 0874 | RETREAT:withdraw       | tgt=prep:from
evacuate obj:troops                                  | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
evacuate obj:forces                                  | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
evacuate obj:soldiers                                | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
evacuate obj:units                                   | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
evacuate obj:fighters                                | 0874 | RETREAT:withdraw       | tgt=prep:from acled=change-group
n:withdrawal                                         | 0874 | RETREAT:withdraw       | tgt=prep:from,prep:of
n:retreat                                            | 0874 | RETREAT:withdraw       | tgt=prep:from,prep:of
n:pullout                                            | 0874 | RETREAT:withdraw       | tgt=prep:from,prep:of
n:surrender                                          | 0874 | RETREAT:withdraw       | tgt=prep:from,prep:of acled=agreement
leave obj:position|positions|post|posts|base|bases   | 0874 | RETREAT:withdraw       | conf=0.6

# ------------------------------------------------------------------------------------------------
# 09 INVESTIGATE (PLOVER ACCUSE:investigate)
# ------------------------------------------------------------------------------------------------
investigate                                          | 090  | ACCUSE:investigate
probe                                                | 090  | ACCUSE:investigate
look prep:into                                       | 090  | ACCUSE:investigate     | tgt=prep:into conf=0.6
open obj:investigation                               | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
open obj:investigations                              | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
open obj:probe                                       | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
open obj:inquiry                                     | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
open obj:inquest                                     | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
open obj:hearing                                     | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
dispatch obj:inspector|inspectors|investigator|investigators | 090 | ACCUSE:investigate | tgt=prep:to
send obj:inspector|inspectors|investigator|investigators | 090  | ACCUSE:investigate     | tgt=prep:to
open obj:hearings                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
launch obj:investigation                             | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
launch obj:investigations                            | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
launch obj:probe                                     | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
launch obj:inquiry                                   | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
launch obj:inquest                                   | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
launch obj:hearing                                   | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
launch obj:hearings                                  | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
start obj:investigation                              | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
start obj:investigations                             | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
start obj:probe                                      | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
start obj:inquiry                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
start obj:inquest                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
start obj:hearing                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
start obj:hearings                                   | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
begin obj:investigation                              | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
begin obj:investigations                             | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
begin obj:probe                                      | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
begin obj:inquiry                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
begin obj:inquest                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
begin obj:hearing                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
begin obj:hearings                                   | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
order obj:investigation                              | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
order obj:investigations                             | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
order obj:probe                                      | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
order obj:inquiry                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
order obj:inquest                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
order obj:hearing                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
order obj:hearings                                   | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
conduct obj:investigation                            | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
conduct obj:investigations                           | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
conduct obj:probe                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
conduct obj:inquiry                                  | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
conduct obj:inquest                                  | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
conduct obj:hearing                                  | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
conduct obj:hearings                                 | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
announce obj:investigation                           | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
announce obj:investigations                          | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
announce obj:probe                                   | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
announce obj:inquiry                                 | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
announce obj:inquest                                 | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
announce obj:hearing                                 | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
announce obj:hearings                                | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
hold obj:investigation                               | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
hold obj:investigations                              | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
hold obj:probe                                       | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
hold obj:inquiry                                     | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
hold obj:inquest                                     | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
hold obj:hearing                                     | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
hold obj:hearings                                    | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on
n:investigation                                      | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on,prep:of
n:probe                                              | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on,prep:of
n:inquiry                                            | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on,prep:of
n:inquest                                            | 090  | ACCUSE:investigate     | tgt=prep:into,prep:on,prep:of
investigate obj:corruption|fraud|embezzlement|bribery|crime|crimes|theft|smuggling|murder|killing|death | 091  | -
probe obj:corruption|fraud|embezzlement|bribery|crime|crimes|theft|smuggling|murder|killing|death | 091  | -
n:investigation prep:into:corruption|fraud|embezzlement|bribery|crime|crimes|theft|smuggling|murder|killing|death | 091  | -
n:probe prep:into:corruption|fraud|embezzlement|bribery|crime|crimes|theft|smuggling|murder|killing|death | 091  | -
n:inquiry prep:into:corruption|fraud|embezzlement|bribery|crime|crimes|theft|smuggling|murder|killing|death | 091  | -
investigate obj:abuse|abuses|violation|violations|torture|disappearance | 092  | -
probe obj:abuse|abuses|violation|violations|torture|disappearance | 092  | -
n:investigation prep:into:abuse|abuses|violation|violations|torture|disappearance | 092  | -
n:probe prep:into:abuse|abuses|violation|violations|torture|disappearance | 092  | -
n:inquiry prep:into:abuse|abuses|violation|violations|torture|disappearance | 092  | -
investigate obj:attack|attacks|strike|strikes|shooting|bombing|incident|raid|airstrike | 093  | -
probe obj:attack|attacks|strike|strikes|shooting|bombing|incident|raid|airstrike | 093  | -
n:investigation prep:into:attack|attacks|strike|strikes|shooting|bombing|incident|raid|airstrike | 093  | -
n:probe prep:into:attack|attacks|strike|strikes|shooting|bombing|incident|raid|airstrike | 093  | -
n:inquiry prep:into:attack|attacks|strike|strikes|shooting|bombing|incident|raid|airstrike | 093  | -
investigate obj:genocide|massacre|atrocities         | 094  | -
probe obj:genocide|massacre|atrocities               | 094  | -
n:investigation prep:into:genocide|massacre|atrocities | 094  | -
n:probe prep:into:genocide|massacre|atrocities       | 094  | -
n:inquiry prep:into:genocide|massacre|atrocities     | 094  | -
