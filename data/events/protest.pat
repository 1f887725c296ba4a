# Saker event patterns (protest and political dissent: CAMEO 14). Language: docs/patterns.md. One pattern per line:
#   TRIGGER [CONSTRAINTS] | CAMEO | PLOVER[:mode] or - (default of the code) | OPTIONS
# Written by the Saker authors; checked by `saker dict check`.

# ------------------------------------------------------------------------------------------------
# 14 PROTEST: demonstrations and rallies (ACLED Protests)
# ------------------------------------------------------------------------------------------------
demonstrate noobj                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside,prep:in_front_of
protest                                              | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside,prep:in_front_of
rally noobj                                          | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside,prep:in_front_of
march                                                | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside,prep:in_front_of
picket                                               | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside,prep:in_front_of
protest prep:against                                 | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against
demonstrate prep:against                             | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against
rally prep:against                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against
take prep:to:street|streets                          | 141  | PROTEST:demo           | acled=peaceful-protest
pour prep:into:street|streets                        | 141  | PROTEST:demo           | acled=peaceful-protest
gather prep:in:square|front|street                   | 141  | PROTEST:demo           | acled=peaceful-protest conf=0.6
# Demonstrators who gather or chant are demonstrating (ACLED Peaceful protest).
gather subj:demonstrator|demonstrators|protester|protesters|protestor|protestors|striker|strikers | 141 | PROTEST:demo | acled=peaceful-protest
assemble subj:demonstrator|demonstrators|protester|protesters|protestor|protestors|striker|strikers | 141 | PROTEST:demo | acled=peaceful-protest
chant subj:demonstrator|demonstrators|protester|protesters|protestor|protestors|striker|strikers | 141 | PROTEST:demo | acled=peaceful-protest
chant obj:slogan|slogans                             | 141  | PROTEST:demo           | acled=peaceful-protest
stage obj:protest                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
stage obj:protests                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
stage obj:demonstration                              | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
stage obj:demonstrations                             | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
stage obj:rally                                      | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
stage obj:rallies                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
stage obj:march                                      | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
stage obj:marches                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
stage obj:sit-in                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
stage obj:vigil                                      | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
hold obj:protest                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
hold obj:protests                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
hold obj:demonstration                               | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
hold obj:demonstrations                              | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
hold obj:rally                                       | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
hold obj:rallies                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
hold obj:march                                       | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
hold obj:marches                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
hold obj:sit-in                                      | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
hold obj:vigil                                       | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organize obj:protest                                 | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organize obj:protests                                | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organize obj:demonstration                           | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organize obj:demonstrations                          | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organize obj:rally                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organize obj:rallies                                 | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organize obj:march                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organize obj:marches                                 | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organize obj:sit-in                                  | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organize obj:vigil                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organise obj:protest                                 | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organise obj:protests                                | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organise obj:demonstration                           | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organise obj:demonstrations                          | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organise obj:rally                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organise obj:rallies                                 | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organise obj:march                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organise obj:marches                                 | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organise obj:sit-in                                  | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
organise obj:vigil                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
lead obj:protest                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
lead obj:protests                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
lead obj:demonstration                               | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
lead obj:demonstrations                              | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
lead obj:rally                                       | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
lead obj:rallies                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
lead obj:march                                       | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
lead obj:marches                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
lead obj:sit-in                                      | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
lead obj:vigil                                       | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
join obj:protest                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
join obj:protests                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
join obj:demonstration                               | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
join obj:demonstrations                              | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
join obj:rally                                       | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
join obj:rallies                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
join obj:march                                       | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
join obj:marches                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
join obj:sit-in                                      | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
join obj:vigil                                       | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
launch obj:protest                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
launch obj:protests                                  | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
launch obj:demonstration                             | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
launch obj:demonstrations                            | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
launch obj:rally                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
launch obj:rallies                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
launch obj:march                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
launch obj:marches                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
launch obj:sit-in                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
launch obj:vigil                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
mount obj:protest                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
mount obj:protests                                   | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
mount obj:demonstration                              | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
mount obj:demonstrations                             | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
mount obj:rally                                      | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
mount obj:rallies                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
mount obj:march                                      | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
mount obj:marches                                    | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
mount obj:sit-in                                     | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
mount obj:vigil                                      | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
n:protest                                            | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
n:demonstration                                      | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
n:rally                                              | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
n:sit-in                                             | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
n:vigil                                              | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against,prep:outside
n:march act                                          | 141  | PROTEST:demo           | acled=peaceful-protest tgt=prep:against
demonstrate prep:for:resignation|ouster|removal|fall|departure|dismissal | 1411 | PROTEST:demo           | acled=peaceful-protest
protest prep:for:resignation|ouster|removal|fall|departure|dismissal | 1411 | PROTEST:demo           | acled=peaceful-protest
rally prep:for:resignation|ouster|removal|fall|departure|dismissal | 1411 | PROTEST:demo           | acled=peaceful-protest
march prep:for:resignation|ouster|removal|fall|departure|dismissal | 1411 | PROTEST:demo           | acled=peaceful-protest
n:protest prep:for:resignation|ouster|removal|fall|departure|dismissal | 1411 | PROTEST:demo           | acled=peaceful-protest
n:demonstration prep:for:resignation|ouster|removal|fall|departure|dismissal | 1411 | PROTEST:demo           | acled=peaceful-protest
n:rally prep:for:resignation|ouster|removal|fall|departure|dismissal | 1411 | PROTEST:demo           | acled=peaceful-protest
n:march prep:for:resignation|ouster|removal|fall|departure|dismissal | 1411 | PROTEST:demo           | acled=peaceful-protest
demonstrate prep:for:policy|law|decision|reform|bill|price|prices|tax|corruption | 1412 | PROTEST:demo           | acled=peaceful-protest
protest prep:for:policy|law|decision|reform|bill|price|prices|tax|corruption | 1412 | PROTEST:demo           | acled=peaceful-protest
rally prep:for:policy|law|decision|reform|bill|price|prices|tax|corruption | 1412 | PROTEST:demo           | acled=peaceful-protest
march prep:for:policy|law|decision|reform|bill|price|prices|tax|corruption | 1412 | PROTEST:demo           | acled=peaceful-protest
n:protest prep:for:policy|law|decision|reform|bill|price|prices|tax|corruption | 1412 | PROTEST:demo           | acled=peaceful-protest
n:demonstration prep:for:policy|law|decision|reform|bill|price|prices|tax|corruption | 1412 | PROTEST:demo           | acled=peaceful-protest
n:rally prep:for:policy|law|decision|reform|bill|price|prices|tax|corruption | 1412 | PROTEST:demo           | acled=peaceful-protest
n:march prep:for:policy|law|decision|reform|bill|price|prices|tax|corruption | 1412 | PROTEST:demo           | acled=peaceful-protest
demonstrate prep:for:rights|right|freedom|freedoms|justice|release | 1413 | PROTEST:demo           | acled=peaceful-protest
protest prep:for:rights|right|freedom|freedoms|justice|release | 1413 | PROTEST:demo           | acled=peaceful-protest
rally prep:for:rights|right|freedom|freedoms|justice|release | 1413 | PROTEST:demo           | acled=peaceful-protest
march prep:for:rights|right|freedom|freedoms|justice|release | 1413 | PROTEST:demo           | acled=peaceful-protest
n:protest prep:for:rights|right|freedom|freedoms|justice|release | 1413 | PROTEST:demo           | acled=peaceful-protest
n:demonstration prep:for:rights|right|freedom|freedoms|justice|release | 1413 | PROTEST:demo           | acled=peaceful-protest
n:rally prep:for:rights|right|freedom|freedoms|justice|release | 1413 | PROTEST:demo           | acled=peaceful-protest
n:march prep:for:rights|right|freedom|freedoms|justice|release | 1413 | PROTEST:demo           | acled=peaceful-protest
demonstrate prep:for:regime|government|system|constitution | 1414 | PROTEST:demo           | acled=peaceful-protest
protest prep:for:regime|government|system|constitution | 1414 | PROTEST:demo           | acled=peaceful-protest
rally prep:for:regime|government|system|constitution | 1414 | PROTEST:demo           | acled=peaceful-protest
march prep:for:regime|government|system|constitution | 1414 | PROTEST:demo           | acled=peaceful-protest
n:protest prep:for:regime|government|system|constitution | 1414 | PROTEST:demo           | acled=peaceful-protest
n:demonstration prep:for:regime|government|system|constitution | 1414 | PROTEST:demo           | acled=peaceful-protest
n:rally prep:for:regime|government|system|constitution | 1414 | PROTEST:demo           | acled=peaceful-protest
n:march prep:for:regime|government|system|constitution | 1414 | PROTEST:demo           | acled=peaceful-protest

# ------------------------------------------------------------------------------------------------
# 14 PROTEST: hunger strikes, strikes, boycotts
# ------------------------------------------------------------------------------------------------
n:strike mod:hunger                                  | 142  | PROTEST:hunger         | acled=peaceful-protest
fast prep:in:protest                                 | 142  | PROTEST:hunger         | acled=peaceful-protest
go prep:on:strike                                    | 143  | PROTEST:strike         | acled=peaceful-protest
strike prep:for|over|against                         | 143  | PROTEST:strike         | acled=peaceful-protest
# workers who strike with no one struck are on strike ("teachers striking in West Virginia"), not fighting
strike noobj subj:teacher|worker|employee|union|nurse|doctor|driver|miner|staff|student|pilot|docker|trucker|farmer|lawyer|physician|unionist|laborer|labourer|workforce|porter|cleaner| 143  | PROTEST:strike         | acled=peaceful-protest
stop obj:work                                        | 143  | PROTEST:strike         | acled=peaceful-protest
stop xcomp:work                                      | 143  | PROTEST:strike         | acled=peaceful-protest
stage obj:strike                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
stage obj:strikes                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
stage obj:walkout                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
stage obj:stoppage                                   | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
stage obj:boycott                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
hold obj:strike                                      | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
hold obj:strikes                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
hold obj:walkout                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
hold obj:stoppage                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
hold obj:boycott                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
call obj:strike                                      | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
call obj:strikes                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
call obj:walkout                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
call obj:stoppage                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
call obj:boycott                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
launch obj:strike                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
launch obj:strikes                                   | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
launch obj:walkout                                   | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
launch obj:stoppage                                  | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
launch obj:boycott                                   | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
declare obj:strike                                   | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
declare obj:strikes                                  | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
declare obj:walkout                                  | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
declare obj:stoppage                                 | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
declare obj:boycott                                  | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
begin obj:strike                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
begin obj:strikes                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
begin obj:walkout                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
begin obj:stoppage                                   | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
begin obj:boycott                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
start obj:strike                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
start obj:strikes                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
start obj:walkout                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
start obj:stoppage                                   | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
start obj:boycott                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
organize obj:strike                                  | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
organize obj:strikes                                 | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
organize obj:walkout                                 | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
organize obj:stoppage                                | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
organize obj:boycott                                 | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
organise obj:strike                                  | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
organise obj:strikes                                 | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
organise obj:walkout                                 | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
organise obj:stoppage                                | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
organise obj:boycott                                 | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
join obj:strike                                      | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
join obj:strikes                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
join obj:walkout                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
join obj:stoppage                                    | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
join obj:boycott                                     | 143  | PROTEST:strike         | acled=peaceful-protest tgt=prep:against
n:walkout                                            | 143  | PROTEST:strike         | acled=peaceful-protest
n:stoppage                                           | 143  | PROTEST:strike         | acled=peaceful-protest
n:strike mod:general|labor|labour|nationwide|national|teachers|workers | 143  | PROTEST:strike         | acled=peaceful-protest
walk prt:out                                         | 143  | PROTEST:strike         | acled=peaceful-protest conf=0.6
boycott                                              | 143  | PROTEST:boycott        | acled=peaceful-protest
n:boycott                                            | 143  | PROTEST:boycott        | acled=peaceful-protest tgt=prep:of,prep:against
n:strike prep:for|over:resignation|ouster|removal|dismissal | 1431 | PROTEST:strike         | acled=peaceful-protest
strike prep:for:resignation|ouster|removal|dismissal | 1431 | PROTEST:strike         | acled=peaceful-protest
n:strike prep:for|over:policy|law|decision|reform|wage|wages|salary|salaries|pay|price|prices | 1432 | PROTEST:strike         | acled=peaceful-protest
strike prep:for:policy|law|decision|reform|wage|wages|salary|salaries|pay|price|prices | 1432 | PROTEST:strike         | acled=peaceful-protest
n:strike prep:for|over:rights|right|freedom          | 1433 | PROTEST:strike         | acled=peaceful-protest
strike prep:for:rights|right|freedom                 | 1433 | PROTEST:strike         | acled=peaceful-protest

# ------------------------------------------------------------------------------------------------
# 14 PROTEST: obstruction
# ------------------------------------------------------------------------------------------------
block obj:road                                       | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:roads                                      | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:highway                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:street                                     | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:streets                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:bridge                                     | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:entrance                                   | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:access                                     | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:port                                       | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:crossing                                   | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:railway                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:junction                                   | 144  | PROTEST:obstruct       | acled=peaceful-protest
block obj:intersection                               | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:road                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:roads                                   | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:highway                                 | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:street                                  | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:streets                                 | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:bridge                                  | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:entrance                                | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:access                                  | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:port                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:crossing                                | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:railway                                 | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:junction                                | 144  | PROTEST:obstruct       | acled=peaceful-protest
blockade obj:intersection                            | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:road                                   | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:roads                                  | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:highway                                | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:street                                 | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:streets                                | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:bridge                                 | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:entrance                               | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:access                                 | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:port                                   | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:crossing                               | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:railway                                | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:junction                               | 144  | PROTEST:obstruct       | acled=peaceful-protest
barricade obj:intersection                           | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:road                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:roads                                   | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:highway                                 | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:street                                  | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:streets                                 | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:bridge                                  | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:entrance                                | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:access                                  | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:port                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:crossing                                | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:railway                                 | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:junction                                | 144  | PROTEST:obstruct       | acled=peaceful-protest
obstruct obj:intersection                            | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:road                                       | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:roads                                      | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:highway                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:street                                     | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:streets                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:bridge                                     | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:entrance                                   | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:access                                     | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:port                                       | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:crossing                                   | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:railway                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:junction                                   | 144  | PROTEST:obstruct       | acled=peaceful-protest
close obj:intersection                               | 144  | PROTEST:obstruct       | acled=peaceful-protest
n:blockade mod:road                                  | 144  | PROTEST:obstruct       | acled=peaceful-protest
n:roadblock                                          | 144  | PROTEST:obstruct       | acled=peaceful-protest conf=0.6
n:barricade                                          | 144  | PROTEST:obstruct       | acled=peaceful-protest conf=0.6
occupy obj:square                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
occupy obj:building                                  | 144  | PROTEST:obstruct       | acled=peaceful-protest
occupy obj:ministry                                  | 144  | PROTEST:obstruct       | acled=peaceful-protest
occupy obj:parliament                                | 144  | PROTEST:obstruct       | acled=peaceful-protest
occupy obj:office                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
occupy obj:campus                                    | 144  | PROTEST:obstruct       | acled=peaceful-protest
storm obj:parliament                                 | 145  | PROTEST:riot           | acled=violent-demo
storm obj:ministry                                   | 145  | PROTEST:riot           | acled=violent-demo
storm obj:embassy                                    | 145  | PROTEST:riot           | acled=violent-demo
storm obj:building                                   | 145  | PROTEST:riot           | acled=violent-demo

# ------------------------------------------------------------------------------------------------
# 14 PROTEST: riots and violent protest (ACLED Riots)
# ------------------------------------------------------------------------------------------------
riot                                                 | 145  | PROTEST:riot           | acled=violent-demo
# a crowd's rampage is a riot; a gunman's rampage ("went on a rampage, killing seven") is an attack
rampage subj:mob|crowd|rioter|protester|demonstrator|fan|youth|student|supporter|villager|resident | 145  | PROTEST:riot           | acled=violent-demo
n:riot                                               | 145  | PROTEST:riot           | acled=violent-demo
n:riots                                              | 145  | PROTEST:riot           | acled=violent-demo
n:unrest                                             | 145  | PROTEST:riot           | acled=violent-demo
n:rampage subj:mob|crowd|rioter|protester|demonstrator|fan|youth|student|supporter|villager|resident | 145  | PROTEST:riot           | acled=violent-demo
n:protest mod:violent                                | 145  | PROTEST:riot           | acled=violent-demo
n:demonstration mod:violent                          | 145  | PROTEST:riot           | acled=violent-demo
throw obj:stone                                      | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
throw obj:stones                                     | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
throw obj:rock                                       | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
throw obj:rocks                                      | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
throw obj:bottle                                     | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
throw obj:bottles                                    | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
throw obj:molotov                                    | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
throw obj:molotovs                                   | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
throw obj:cocktail                                   | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
throw obj:firebomb                                   | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
throw obj:firebombs                                  | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:stone                                       | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:stones                                      | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:rock                                        | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:rocks                                       | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:bottle                                      | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:bottles                                     | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:molotov                                     | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:molotovs                                    | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:cocktail                                    | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:firebomb                                    | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
hurl obj:firebombs                                   | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:stone                                       | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:stones                                      | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:rock                                        | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:rocks                                       | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:bottle                                      | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:bottles                                     | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:molotov                                     | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:molotovs                                    | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:cocktail                                    | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:firebomb                                    | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt obj:firebombs                                   | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:at
pelt                                                 | 145  | PROTEST:riot           | acled=violent-demo
stone                                                | 145  | PROTEST:riot           | acled=violent-demo
clash prep:with:police|security|troops|forces        | 145  | PROTEST:riot           | acled=violent-demo tgt=prep:with
torch obj:tire|tires|tyre|tyres                      | 145  | PROTEST:riot           | acled=violent-demo
burn obj:tire|tires|tyre|tyres|effigy|flag           | 145  | PROTEST:vandalize      | acled=violent-demo
n:lynching                                           | 145  | PROTEST:riot           | acled=mob-violence
n:violence mod:mob                                   | 145  | PROTEST:riot           | acled=mob-violence
n:attack mod:mob                                     | 145  | PROTEST:riot           | acled=mob-violence
# Who acts decides the ACLED type (`subj:`): a mob's violence is "Mob violence"; rioters' and
# protesters' violence a "Violent demonstration". Killings stay assaults (PLOVER), riots protests.
lynch subj:mob|mobs|crowd|crowds|vigilante|vigilantes  | 1823 | ASSAULT:primitive      | acled=mob-violence
kill subj:mob|mobs|crowd|crowds|vigilante|vigilantes   | 1823 | ASSAULT:primitive      | acled=mob-violence
beat subj:mob|mobs|crowd|crowds|vigilante|vigilantes   | 182  | ASSAULT:beat           | acled=mob-violence
attack subj:mob|mobs|crowd|crowds|vigilante|vigilantes | 145  | PROTEST:riot           | acled=mob-violence tgt=obj,prep:on
assault subj:mob|mobs|crowd|crowds|vigilante|vigilantes | 145 | PROTEST:riot           | acled=mob-violence tgt=obj,prep:on
torch subj:mob|mobs|crowd|crowds|vigilante|vigilantes  | 145  | PROTEST:riot           | acled=mob-violence
burn subj:mob|mobs|crowd|crowds|vigilante|vigilantes   | 145  | PROTEST:riot           | acled=mob-violence
vandalize subj:mob|mobs|crowd|crowds|vigilante|vigilantes | 145 | PROTEST:riot         | acled=mob-violence
chop subj:mob|mobs|crowd|crowds|vigilante|vigilantes   | 1823 | ASSAULT:primitive      | acled=mob-violence
# Police chasing demonstrators away: ACLED Protest with intervention.
chase obj:demonstrator|demonstrators|protester|protesters|protestor|protestors | 175 | ASSAULT:crowd-control | acled=protest-intervention ctx=repression
clash subj:rioter|rioters|protester|protesters|protestor|protestors|demonstrator|demonstrators | 145 | PROTEST:riot | acled=violent-demo tgt=prep:with,prep:against
fight subj:rioter|rioters|protester|protesters|protestor|protestors|demonstrator|demonstrators | 145 | PROTEST:riot | acled=violent-demo tgt=prep:with,prep:against,obj
throw subj:rioter|rioters|protester|protesters|protestor|protestors|demonstrator|demonstrators | 145 | PROTEST:riot | acled=violent-demo tgt=prep:at
hurl subj:rioter|rioters|protester|protesters|protestor|protestors|demonstrator|demonstrators | 145 | PROTEST:riot | acled=violent-demo tgt=prep:at
attack subj:rioter|rioters|protester|protesters|protestor|protestors|demonstrator|demonstrators | 145 | PROTEST:riot | acled=violent-demo tgt=obj,prep:on
torch subj:rioter|rioters|protester|protesters|protestor|protestors|demonstrator|demonstrators | 145 | PROTEST:riot | acled=violent-demo
burn subj:rioter|rioters|protester|protesters|protestor|protestors|demonstrator|demonstrators | 145 | PROTEST:riot | acled=violent-demo
riot prep:over|for|against:resignation|ouster|removal | 1451 | PROTEST:riot           | acled=violent-demo
n:riot prep:over|for|against:resignation|ouster|removal | 1451 | PROTEST:riot           | acled=violent-demo
riot prep:over|for|against:policy|law|decision|price|prices | 1452 | PROTEST:riot           | acled=violent-demo
n:riot prep:over|for|against:policy|law|decision|price|prices | 1452 | PROTEST:riot           | acled=violent-demo
riot prep:over|for|against:rights|freedom            | 1453 | PROTEST:riot           | acled=violent-demo
n:riot prep:over|for|against:rights|freedom          | 1453 | PROTEST:riot           | acled=violent-demo
riot prep:over|for|against:regime|government|system  | 1454 | PROTEST:riot           | acled=violent-demo
n:riot prep:over|for|against:regime|government|system | 1454 | PROTEST:riot           | acled=violent-demo

# ------------------------------------------------------------------------------------------------
# 14 PROTEST: dissent, generic
# ------------------------------------------------------------------------------------------------
dissent                                              | 140  | PROTEST
revolt                                               | 140  | PROTEST
rebel                                                | 140  | PROTEST
mutiny                                               | 140  | PROTEST
n:revolt                                             | 140  | PROTEST
n:uprising                                           | 140  | PROTEST
n:rebellion                                          | 140  | PROTEST
n:mutiny                                             | 140  | PROTEST
n:insurrection                                       | 140  | PROTEST
n:dissent                                            | 140  | PROTEST
rise prt:up                                          | 140  | PROTEST                | conf=0.6
stage xcomp:protest                                  | 140  | PROTEST
hold xcomp:protest                                   | 140  | PROTEST

# Violent demonstrations (ACLED): a protest that turns violent, scuffles, objects thrown.
turn xcomp:violent|ugly                              | 145  | PROTEST:riot           | acled=violent-demo
n:scuffle                                            | 145  | PROTEST:riot           | acled=violent-demo
n:scuffles                                           | 145  | PROTEST:riot           | acled=violent-demo
throw obj:projectile|projectiles|firecracker|firecrackers|brick|bricks|object|objects|egg|eggs|missile|missiles | 145 | PROTEST:riot | acled=violent-demo
