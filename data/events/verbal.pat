# Saker event patterns (verbal cooperation and conflict: CAMEO 01, 02, 10, 11, 12, 13). Language: docs/patterns.md. One pattern per line:
#   TRIGGER [CONSTRAINTS] | CAMEO | PLOVER[:mode] or - (default of the code) | OPTIONS
# Written by the Saker authors; checked by `saker dict check`.

# ------------------------------------------------------------------------------------------------
# 01 MAKE PUBLIC STATEMENT (coded only when a pattern names it: plain `say` is no event)
# ------------------------------------------------------------------------------------------------
decline xcomp:comment                                | 011  | -
refuse xcomp:comment                                 | 011  | -
decline obj:comment|comments                         | 011  | -
n:comment mod:no                                     | 011  | -
express obj:pessimism                                | 012  | -
express obj:concern                                  | 012  | -
express obj:concerns                                 | 012  | -
express obj:worry                                    | 012  | -
express obj:alarm                                    | 012  | -
express obj:fear                                     | 012  | -
express obj:fears                                    | 012  | -
express obj:dismay                                   | 012  | -
express obj:doubt                                    | 012  | -
express obj:doubts                                   | 012  | -
voice obj:pessimism                                  | 012  | -
voice obj:concern                                    | 012  | -
voice obj:concerns                                   | 012  | -
voice obj:worry                                      | 012  | -
voice obj:alarm                                      | 012  | -
voice obj:fear                                       | 012  | -
voice obj:fears                                      | 012  | -
voice obj:dismay                                     | 012  | -
voice obj:doubt                                      | 012  | -
voice obj:doubts                                     | 012  | -
express obj:optimism                                 | 013  | -
express obj:hope                                     | 013  | -
express obj:confidence                               | 013  | -
express obj:satisfaction                             | 013  | -
voice obj:optimism                                   | 013  | -
voice obj:hope                                       | 013  | -
voice obj:confidence                                 | 013  | -
voice obj:satisfaction                               | 013  | -
consider obj:option                                  | 014  | -
consider obj:options                                 | 014  | -
consider obj:proposal                                | 014  | -
consider obj:plan                                    | 014  | -
consider obj:idea                                    | 014  | -
consider obj:possibility                             | 014  | -
consider obj:request                                 | 014  | -
consider obj:offer                                   | 014  | -
study obj:option                                     | 014  | -
study obj:options                                    | 014  | -
study obj:proposal                                   | 014  | -
study obj:plan                                       | 014  | -
study obj:idea                                       | 014  | -
study obj:possibility                                | 014  | -
study obj:request                                    | 014  | -
study obj:offer                                      | 014  | -
weigh obj:option                                     | 014  | -
weigh obj:options                                    | 014  | -
weigh obj:proposal                                   | 014  | -
weigh obj:plan                                       | 014  | -
weigh obj:idea                                       | 014  | -
weigh obj:possibility                                | 014  | -
weigh obj:request                                    | 014  | -
weigh obj:offer                                      | 014  | -
examine obj:option                                   | 014  | -
examine obj:options                                  | 014  | -
examine obj:proposal                                 | 014  | -
examine obj:plan                                     | 014  | -
examine obj:idea                                     | 014  | -
examine obj:possibility                              | 014  | -
examine obj:request                                  | 014  | -
examine obj:offer                                    | 014  | -
mull obj:option                                      | 014  | -
mull obj:options                                     | 014  | -
mull obj:proposal                                    | 014  | -
mull obj:plan                                        | 014  | -
mull obj:idea                                        | 014  | -
mull obj:possibility                                 | 014  | -
mull obj:request                                     | 014  | -
mull obj:offer                                       | 014  | -
claim obj:responsibility                             | 015  | -
admit obj:responsibility                             | 015  | -
acknowledge obj:responsibility                       | 015  | -
accept obj:responsibility                            | 015  | -
bear obj:responsibility                              | 015  | -
take obj:responsibility prep:for                     | 015  | -
claim obj:attack|bombing|killing|operation           | 015  | -
deny obj:responsibility                              | 016  | -
deny obj:involvement                                 | 016  | -
deny obj:role                                        | 016  | -
deny obj:link                                        | 016  | -
deny obj:links                                       | 016  | -
deny obj:allegation                                  | 016  | -
deny obj:allegations                                 | 016  | -
deny obj:report                                      | 016  | -
deny obj:reports                                     | 016  | -
deny obj:accusation                                  | 016  | -
deny obj:accusations                                 | 016  | -
deny obj:charge                                      | 016  | -
deny obj:charges                                     | 016  | -
deny obj:claim                                       | 016  | -
deny obj:claims                                      | 016  | -
disclaim obj:responsibility                          | 016  | -
disclaim obj:involvement                             | 016  | -
disclaim obj:role                                    | 016  | -
disclaim obj:link                                    | 016  | -
disclaim obj:links                                   | 016  | -
disclaim obj:allegation                              | 016  | -
disclaim obj:allegations                             | 016  | -
disclaim obj:report                                  | 016  | -
disclaim obj:reports                                 | 016  | -
disclaim obj:accusation                              | 016  | -
disclaim obj:accusations                             | 016  | -
disclaim obj:charge                                  | 016  | -
disclaim obj:charges                                 | 016  | -
disclaim obj:claim                                   | 016  | -
disclaim obj:claims                                  | 016  | -
reject obj:responsibility                            | 016  | -
reject obj:involvement                               | 016  | -
reject obj:role                                      | 016  | -
reject obj:link                                      | 016  | -
reject obj:links                                     | 016  | -
reject obj:allegation                                | 016  | -
reject obj:allegations                               | 016  | -
reject obj:report                                    | 016  | -
reject obj:reports                                   | 016  | -
reject obj:accusation                                | 016  | -
reject obj:accusations                               | 016  | -
reject obj:charge                                    | 016  | -
reject obj:charges                                   | 016  | -
reject obj:claim                                     | 016  | -
reject obj:claims                                    | 016  | -
deny                                                 | 016  | -                      | conf=0.6
express obj:condolence                               | 018  | -
express obj:condolences                              | 018  | -
express obj:sympathy                                 | 018  | -
express obj:sympathies                               | 018  | -
express obj:solidarity                               | 018  | -
offer obj:condolence                                 | 018  | -
offer obj:condolences                                | 018  | -
offer obj:sympathy                                   | 018  | -
offer obj:sympathies                                 | 018  | -
offer obj:solidarity                                 | 018  | -
convey obj:condolence                                | 018  | -
convey obj:condolences                               | 018  | -
convey obj:sympathy                                  | 018  | -
convey obj:sympathies                                | 018  | -
convey obj:solidarity                                | 018  | -
extend obj:condolence                                | 018  | -
extend obj:condolences                               | 018  | -
extend obj:sympathy                                  | 018  | -
extend obj:sympathies                                | 018  | -
extend obj:solidarity                                | 018  | -
send obj:condolence                                  | 018  | -
send obj:condolences                                 | 018  | -
send obj:sympathy                                    | 018  | -
send obj:sympathies                                  | 018  | -
send obj:solidarity                                  | 018  | -
mourn                                                | 018  | -                      | conf=0.6
agree prep:with                                      | 019  | -                      | conf=0.6
express obj:agreement                                | 019  | -
express obj:accord                                   | 019  | -
express obj:support                                  | 019  | -
voice obj:agreement                                  | 019  | -
voice obj:accord                                     | 019  | -
voice obj:support                                    | 019  | -
lay obj:wreath                                       | 017  | -
lay obj:wreaths                                      | 017  | -
place obj:wreath                                     | 017  | -
place obj:wreaths                                    | 017  | -
hold obj:minute                                      | 017  | -
hold obj:silence                                     | 017  | -
observe obj:minute                                   | 017  | -
observe obj:silence                                  | 017  | -

# ------------------------------------------------------------------------------------------------
# 02 APPEAL (PLOVER REQUEST)
# ------------------------------------------------------------------------------------------------
appeal                                               | 020  | REQUEST                | tgt=obj,prep:to,prep:on
urge                                                 | 020  | REQUEST                | tgt=obj,prep:to,prep:on
plead                                                | 020  | REQUEST                | tgt=obj,prep:to,prep:on
implore                                              | 020  | REQUEST                | tgt=obj,prep:to,prep:on
beseech                                              | 020  | REQUEST                | tgt=obj,prep:to,prep:on
entreat                                              | 020  | REQUEST                | tgt=obj,prep:to,prep:on
exhort                                               | 020  | REQUEST                | tgt=obj,prep:to,prep:on
petition                                             | 020  | REQUEST                | tgt=obj,prep:to,prep:on
# "call X on 555-0100" is a phone call: an appeal on someone has no object
call prep:on noobj                                   | 020  | REQUEST                | tgt=prep:on
call prep:upon noobj                                 | 020  | REQUEST                | tgt=prep:upon
# "plans call for a new bridge", "the forecast calls for rain": no one appeals (needsrc on
# every verb "call for")
call prep:for                                        | 020  | REQUEST                | tgt=prep:for,prep:on,obj needsrc
ask                                                  | 020  | REQUEST                | tgt=obj,prep:to
ask prep:for                                         | 020  | REQUEST                | tgt=obj,prep:for
request                                              | 020  | REQUEST
solicit                                              | 020  | REQUEST
n:appeal                                             | 020  | REQUEST                | tgt=prep:to,prep:on,prep:for
n:plea                                               | 020  | REQUEST                | tgt=prep:to,prep:on,prep:for
# a bare "call" is a telephone call ("responded to the call", "calls to the line")
n:call prep:for                                      | 020  | REQUEST                | tgt=prep:to,prep:on,prep:for
n:call prep:on                                       | 020  | REQUEST                | tgt=prep:to,prep:on,prep:for
n:request                                            | 020  | REQUEST                | tgt=prep:to,prep:on,prep:for
n:petition                                           | 020  | REQUEST                | tgt=prep:to,prep:on,prep:for
n:entreaty                                           | 020  | REQUEST                | tgt=prep:to,prep:on,prep:for
seek obj:investment|trade|cooperation|partnership    | 0211 | REQUEST:assist
request obj:investment|trade|cooperation|partnership | 0211 | REQUEST:assist
ask obj:investment|trade|cooperation|partnership     | 0211 | REQUEST:assist
call prep:for:investment|trade|cooperation|partnership | 0211 | REQUEST:assist | needsrc
appeal prep:for:investment|trade|cooperation|partnership | 0211 | REQUEST:assist
seek obj:arms|weapons|training                       | 0212 | REQUEST:assist
request obj:arms|weapons|training                    | 0212 | REQUEST:assist
ask obj:arms|weapons|training                        | 0212 | REQUEST:assist
call prep:for:arms|weapons|training                  | 0212 | REQUEST:assist | needsrc
appeal prep:for:arms|weapons|training                | 0212 | REQUEST:assist
seek obj:extradition|judicial                        | 0213 | REQUEST:assist
request obj:extradition|judicial                     | 0213 | REQUEST:assist
ask obj:extradition|judicial                         | 0213 | REQUEST:assist
call prep:for:extradition|judicial                   | 0213 | REQUEST:assist | needsrc
appeal prep:for:extradition|judicial                 | 0213 | REQUEST:assist
seek obj:intelligence|information                    | 0214 | REQUEST:assist
request obj:intelligence|information                 | 0214 | REQUEST:assist
ask obj:intelligence|information                     | 0214 | REQUEST:assist
call prep:for:intelligence|information               | 0214 | REQUEST:assist | needsrc
appeal prep:for:intelligence|information             | 0214 | REQUEST:assist
appeal prep:for:support|backing                      | 022  | REQUEST:assist
call prep:for:support|backing|solidarity             | 022  | REQUEST:assist | needsrc
seek obj:support                                     | 022  | REQUEST:assist
seek obj:backing                                     | 022  | REQUEST:assist
seek obj:endorsement                                 | 022  | REQUEST:assist
seek obj:recognition                                 | 022  | REQUEST:assist
request obj:support                                  | 022  | REQUEST:assist
request obj:backing                                  | 022  | REQUEST:assist
request obj:endorsement                              | 022  | REQUEST:assist
request obj:recognition                              | 022  | REQUEST:assist
ask obj:support                                      | 022  | REQUEST:assist
ask obj:backing                                      | 022  | REQUEST:assist
ask obj:endorsement                                  | 022  | REQUEST:assist
ask obj:recognition                                  | 022  | REQUEST:assist
seek obj:aid|assistance|help                         | 023  | REQUEST:assist
seek obj:refuge|asylum|sanctuary|shelter             | 0233 | REQUEST:assist         | ctx=asylum tgt=prep:in,prep:from
request obj:aid|assistance|help                      | 023  | REQUEST:assist
ask obj:aid|assistance|help                          | 023  | REQUEST:assist
call prep:for:aid|assistance|help                    | 023  | REQUEST:assist | needsrc
appeal prep:for:aid|assistance|help                  | 023  | REQUEST:assist
n:appeal prep:for:aid|assistance|help                | 023  | REQUEST:assist
n:call prep:for:aid|assistance|help                  | 023  | REQUEST:assist
seek obj:loan|loans|funding|fund|funds|money|investment | 0231 | REQUEST:assist
request obj:loan|loans|funding|fund|funds|money|investment | 0231 | REQUEST:assist
ask obj:loan|loans|funding|fund|funds|money|investment | 0231 | REQUEST:assist
call prep:for:loan|loans|funding|fund|funds|money|investment | 0231 | REQUEST:assist | needsrc
appeal prep:for:loan|loans|funding|fund|funds|money|investment | 0231 | REQUEST:assist
n:appeal prep:for:loan|loans|funding|fund|funds|money|investment | 0231 | REQUEST:assist
n:call prep:for:loan|loans|funding|fund|funds|money|investment | 0231 | REQUEST:assist
seek obj:weapons|arms|ammunition                     | 0232 | REQUEST:assist
request obj:weapons|arms|ammunition                  | 0232 | REQUEST:assist
ask obj:weapons|arms|ammunition                      | 0232 | REQUEST:assist
call prep:for:weapons|arms|ammunition                | 0232 | REQUEST:assist | needsrc
appeal prep:for:weapons|arms|ammunition              | 0232 | REQUEST:assist
n:appeal prep:for:weapons|arms|ammunition            | 0232 | REQUEST:assist
n:call prep:for:weapons|arms|ammunition              | 0232 | REQUEST:assist
seek obj:food|medicine|relief|shelter                | 0233 | REQUEST:assist
request obj:food|medicine|relief|shelter             | 0233 | REQUEST:assist
ask obj:food|medicine|relief|shelter                 | 0233 | REQUEST:assist
call prep:for:food|medicine|relief|shelter           | 0233 | REQUEST:assist | needsrc
appeal prep:for:food|medicine|relief|shelter         | 0233 | REQUEST:assist
n:appeal prep:for:food|medicine|relief|shelter       | 0233 | REQUEST:assist
n:call prep:for:food|medicine|relief|shelter         | 0233 | REQUEST:assist
seek obj:protection|peacekeepers|peacekeeping|troops | 0234 | REQUEST:assist
request obj:protection|peacekeepers|peacekeeping|troops | 0234 | REQUEST:assist
ask obj:protection|peacekeepers|peacekeeping|troops  | 0234 | REQUEST:assist
call prep:for:protection|peacekeepers|peacekeeping|troops | 0234 | REQUEST:assist | needsrc
appeal prep:for:protection|peacekeepers|peacekeeping|troops | 0234 | REQUEST:assist
n:appeal prep:for:protection|peacekeepers|peacekeeping|troops | 0234 | REQUEST:assist
n:call prep:for:protection|peacekeepers|peacekeeping|troops | 0234 | REQUEST:assist
call prep:for:reform|reforms|change                  | 024  | REQUEST:change | needsrc
appeal prep:for:reform|reforms|change                | 024  | REQUEST:change
n:call prep:for:reform|reforms|change                | 024  | REQUEST:change
urge obj:reform|reforms|change                       | 024  | REQUEST:change
seek obj:reform|reforms|change                       | 024  | REQUEST:change
call prep:for:resignation|ouster|removal|dismissal|departure|replacement | 0241 | REQUEST:change | needsrc
appeal prep:for:resignation|ouster|removal|dismissal|departure|replacement | 0241 | REQUEST:change
n:call prep:for:resignation|ouster|removal|dismissal|departure|replacement | 0241 | REQUEST:change
urge obj:resignation|ouster|removal|dismissal|departure|replacement | 0241 | REQUEST:change
seek obj:resignation|ouster|removal|dismissal|departure|replacement | 0241 | REQUEST:change
call prep:for:policy|change|review                   | 0242 | REQUEST:change | needsrc
appeal prep:for:policy|change|review                 | 0242 | REQUEST:change
n:call prep:for:policy|change|review                 | 0242 | REQUEST:change
urge obj:policy|change|review                        | 0242 | REQUEST:change
seek obj:policy|change|review                        | 0242 | REQUEST:change
call prep:for:rights|freedom|freedoms                | 0243 | REQUEST:change | needsrc
appeal prep:for:rights|freedom|freedoms              | 0243 | REQUEST:change
n:call prep:for:rights|freedom|freedoms              | 0243 | REQUEST:change
urge obj:rights|freedom|freedoms                     | 0243 | REQUEST:change
seek obj:rights|freedom|freedoms                     | 0243 | REQUEST:change
call prep:for:election|elections|constitution|referendum | 0244 | REQUEST:change | needsrc
appeal prep:for:election|elections|constitution|referendum | 0244 | REQUEST:change
n:call prep:for:election|elections|constitution|referendum | 0244 | REQUEST:change
urge obj:election|elections|constitution|referendum  | 0244 | REQUEST:change
seek obj:election|elections|constitution|referendum  | 0244 | REQUEST:change
call prep:for:restraint|calm                         | 025  | REQUEST:yield | needsrc
appeal prep:for:restraint|calm                       | 025  | REQUEST:yield
n:call prep:for:restraint|calm                       | 025  | REQUEST:yield
urge obj:restraint|calm                              | 025  | REQUEST:yield
seek obj:restraint|calm                              | 025  | REQUEST:yield
call prep:for:easing|lifting                         | 0251 | REQUEST:yield | needsrc
appeal prep:for:easing|lifting                       | 0251 | REQUEST:yield
n:call prep:for:easing|lifting                       | 0251 | REQUEST:yield
urge obj:easing|lifting                              | 0251 | REQUEST:yield
seek obj:easing|lifting                              | 0251 | REQUEST:yield
call prep:for:release|freedom|return                 | 0253 | REQUEST:yield | needsrc
appeal prep:for:release|freedom|return               | 0253 | REQUEST:yield
n:call prep:for:release|freedom|return               | 0253 | REQUEST:yield
urge obj:release|freedom|return                      | 0253 | REQUEST:yield
seek obj:release|freedom|return                      | 0253 | REQUEST:yield
call prep:for:lifting|easing                         | 0254 | REQUEST:yield | needsrc
appeal prep:for:lifting|easing                       | 0254 | REQUEST:yield
n:call prep:for:lifting|easing                       | 0254 | REQUEST:yield
urge obj:lifting|easing                              | 0254 | REQUEST:yield
seek obj:lifting|easing                              | 0254 | REQUEST:yield
call prep:for:access|inspection|inspectors           | 0255 | REQUEST:yield | needsrc
appeal prep:for:access|inspection|inspectors         | 0255 | REQUEST:yield
n:call prep:for:access|inspection|inspectors         | 0255 | REQUEST:yield
urge obj:access|inspection|inspectors                | 0255 | REQUEST:yield
seek obj:access|inspection|inspectors                | 0255 | REQUEST:yield
call prep:for:ceasefire|truce|de-escalation|calm|restraint|halt|end | 0256 | REQUEST:yield | needsrc
appeal prep:for:ceasefire|truce|de-escalation|calm|restraint|halt|end | 0256 | REQUEST:yield
n:call prep:for:ceasefire|truce|de-escalation|calm|restraint|halt|end | 0256 | REQUEST:yield
urge obj:ceasefire|truce|de-escalation|calm|restraint|halt|end | 0256 | REQUEST:yield
seek obj:ceasefire|truce|de-escalation|calm|restraint|halt|end | 0256 | REQUEST:yield
call prep:for:talks|negotiation|negotiations|dialogue|meeting|summit | 026  | REQUEST:meet | needsrc
appeal prep:for:talks|negotiation|negotiations|dialogue|meeting|summit | 026  | REQUEST:meet
n:call prep:for:talks|negotiation|negotiations|dialogue|meeting|summit | 026  | REQUEST:meet
urge obj:talks|negotiation|negotiations|dialogue|meeting|summit | 026  | REQUEST:meet
propose obj:talks|negotiation|negotiations|dialogue|meeting|summit | 026  | REQUEST:meet
call prep:for:settlement|solution|resolution         | 027  | REQUEST:meet | needsrc
appeal prep:for:settlement|solution|resolution       | 027  | REQUEST:meet
n:call prep:for:settlement|solution|resolution       | 027  | REQUEST:meet
urge obj:settlement|solution|resolution              | 027  | REQUEST:meet
propose obj:settlement|solution|resolution           | 027  | REQUEST:meet
call prep:for:mediation|arbitration                  | 028  | REQUEST:meet | needsrc
appeal prep:for:mediation|arbitration                | 028  | REQUEST:meet
n:call prep:for:mediation|arbitration                | 028  | REQUEST:meet
urge obj:mediation|arbitration                       | 028  | REQUEST:meet
propose obj:mediation|arbitration                    | 028  | REQUEST:meet
call prep:for:pursuit|prosecution|arrest|trial|punishment | 020  | REQUEST                | tgt=prep:for needsrc
n:call prep:for:pursuit|prosecution|arrest|trial|punishment | 020  | REQUEST                | tgt=prep:for

# ------------------------------------------------------------------------------------------------
# 10 DEMAND (PLOVER REQUEST)
# ------------------------------------------------------------------------------------------------
demand                                               | 100  | REQUEST                | tgt=obj,prep:of,prep:from
insist                                               | 100  | REQUEST                | tgt=obj,prep:of,prep:from
order                                                | 100  | REQUEST                | tgt=obj,prep:of,prep:from
# commanding someone to act, not "commands respect" or "commanded the brigade"
command xcomp:*                                      | 100  | REQUEST                | tgt=obj,prep:of,prep:from
instruct                                             | 100  | REQUEST                | tgt=obj,prep:of,prep:from
# rules and needs require ("the law requires agencies to …", "the trial would require more
# jurors", "are required to register"): a demand only when someone makes it
require                                              | 100  | REQUEST                | tgt=obj,prep:of,prep:from needsrc
insist prep:on                                       | 100  | REQUEST                | tgt=prep:on
n:demand                                             | 100  | REQUEST                | tgt=prep:on,prep:to,prep:of,prep:for
n:order                                              | 100  | REQUEST                | tgt=prep:on,prep:to,prep:of,prep:for
n:directive                                          | 100  | REQUEST                | tgt=prep:on,prep:to,prep:of,prep:for
n:instruction                                        | 100  | REQUEST                | tgt=prep:on,prep:to,prep:of,prep:for
issue obj:order|orders|directive|instruction|instructions | 100  | REQUEST                | tgt=prep:to,prep:for
give obj:order|orders|instruction|instructions       | 100  | REQUEST                | tgt=iobj,prep:to
receive obj:order|orders|instruction|instructions    | 100  | REQUEST                | src=prep:from tgt=subj
make obj:demand|demands                              | 100  | REQUEST                | tgt=prep:on,prep:of
press prep:for                                       | 100  | REQUEST                | tgt=prep:for
demand obj:cooperation                               | 101  | -
insist prep:on:cooperation                           | 101  | -
n:demand prep:for:cooperation                        | 101  | -
press prep:for:cooperation                           | 101  | -
demand obj:trade|investment                          | 1011 | -
insist prep:on:trade|investment                      | 1011 | -
n:demand prep:for:trade|investment                   | 1011 | -
press prep:for:trade|investment                      | 1011 | -
demand obj:defense|defence                           | 1012 | -
insist prep:on:defense|defence                       | 1012 | -
n:demand prep:for:defense|defence                    | 1012 | -
press prep:for:defense|defence                       | 1012 | -
demand obj:extradition|handover                      | 1013 | -
insist prep:on:extradition|handover                  | 1013 | -
n:demand prep:for:extradition|handover               | 1013 | -
press prep:for:extradition|handover                  | 1013 | -
demand obj:intelligence|information                  | 1014 | -
insist prep:on:intelligence|information              | 1014 | -
n:demand prep:for:intelligence|information           | 1014 | -
press prep:for:intelligence|information              | 1014 | -
demand obj:support|recognition                       | 102  | -
insist prep:on:support|recognition                   | 102  | -
n:demand prep:for:support|recognition                | 102  | -
press prep:for:support|recognition                   | 102  | -
demand obj:aid|assistance|compensation               | 103  | -
insist prep:on:aid|assistance|compensation           | 103  | -
n:demand prep:for:aid|assistance|compensation        | 103  | -
press prep:for:aid|assistance|compensation           | 103  | -
demand obj:money|funds|payment|reparations           | 1031 | -
insist prep:on:money|funds|payment|reparations       | 1031 | -
n:demand prep:for:money|funds|payment|reparations    | 1031 | -
press prep:for:money|funds|payment|reparations       | 1031 | -
demand obj:weapons|arms                              | 1032 | -
insist prep:on:weapons|arms                          | 1032 | -
n:demand prep:for:weapons|arms                       | 1032 | -
press prep:for:weapons|arms                          | 1032 | -
demand obj:food|medicine|relief                      | 1033 | -
insist prep:on:food|medicine|relief                  | 1033 | -
n:demand prep:for:food|medicine|relief               | 1033 | -
press prep:for:food|medicine|relief                  | 1033 | -
demand obj:protection                                | 1034 | -
insist prep:on:protection                            | 1034 | -
n:demand prep:for:protection                         | 1034 | -
press prep:for:protection                            | 1034 | -
demand obj:reform|reforms|change                     | 104  | -
insist prep:on:reform|reforms|change                 | 104  | -
n:demand prep:for:reform|reforms|change              | 104  | -
press prep:for:reform|reforms|change                 | 104  | -
demand obj:resignation|ouster|removal|dismissal|departure|replacement | 1041 | -
insist prep:on:resignation|ouster|removal|dismissal|departure|replacement | 1041 | -
n:demand prep:for:resignation|ouster|removal|dismissal|departure|replacement | 1041 | -
press prep:for:resignation|ouster|removal|dismissal|departure|replacement | 1041 | -
demand obj:policy                                    | 1042 | -
insist prep:on:policy                                | 1042 | -
n:demand prep:for:policy                             | 1042 | -
press prep:for:policy                                | 1042 | -
demand obj:rights|freedom|freedoms                   | 1043 | -
insist prep:on:rights|freedom|freedoms               | 1043 | -
n:demand prep:for:rights|freedom|freedoms            | 1043 | -
press prep:for:rights|freedom|freedoms               | 1043 | -
demand obj:election|elections|referendum|constitution | 1044 | -
insist prep:on:election|elections|referendum|constitution | 1044 | -
n:demand prep:for:election|elections|referendum|constitution | 1044 | -
press prep:for:election|elections|referendum|constitution | 1044 | -
demand obj:release|freedom|return                    | 1053 | -
insist prep:on:release|freedom|return                | 1053 | -
n:demand prep:for:release|freedom|return             | 1053 | -
press prep:for:release|freedom|return                | 1053 | -
demand obj:lifting|easing                            | 1054 | -
insist prep:on:lifting|easing                        | 1054 | -
n:demand prep:for:lifting|easing                     | 1054 | -
press prep:for:lifting|easing                        | 1054 | -
demand obj:access                                    | 1055 | -
insist prep:on:access                                | 1055 | -
n:demand prep:for:access                             | 1055 | -
press prep:for:access                                | 1055 | -
demand obj:withdrawal|ceasefire|truce|halt|end|pullout | 1056 | -
insist prep:on:withdrawal|ceasefire|truce|halt|end|pullout | 1056 | -
n:demand prep:for:withdrawal|ceasefire|truce|halt|end|pullout | 1056 | -
press prep:for:withdrawal|ceasefire|truce|halt|end|pullout | 1056 | -
demand obj:talks|negotiation|negotiations|meeting|dialogue | 106  | -
insist prep:on:talks|negotiation|negotiations|meeting|dialogue | 106  | -
n:demand prep:for:talks|negotiation|negotiations|meeting|dialogue | 106  | -
press prep:for:talks|negotiation|negotiations|meeting|dialogue | 106  | -
demand obj:settlement|solution                       | 107  | -
insist prep:on:settlement|solution                   | 107  | -
n:demand prep:for:settlement|solution                | 107  | -
press prep:for:settlement|solution                   | 107  | -
demand obj:mediation                                 | 108  | -
insist prep:on:mediation                             | 108  | -
n:demand prep:for:mediation                          | 108  | -
press prep:for:mediation                             | 108  | -
demand obj:apology|explanation                       | 100  | -
insist prep:on:apology|explanation                   | 100  | -
n:demand prep:for:apology|explanation                | 100  | -
press prep:for:apology|explanation                   | 100  | -

# ------------------------------------------------------------------------------------------------
# 11 DISAPPROVE (PLOVER ACCUSE)
# ------------------------------------------------------------------------------------------------
criticize                                            | 111  | ACCUSE:disapprove
criticise                                            | 111  | ACCUSE:disapprove
condemn                                              | 111  | ACCUSE:disapprove
denounce                                             | 111  | ACCUSE:disapprove
decry                                                | 111  | ACCUSE:disapprove
slam                                                 | 111  | ACCUSE:disapprove
deplore                                              | 111  | ACCUSE:disapprove
censure                                              | 111  | ACCUSE:disapprove
rebuke                                               | 111  | ACCUSE:disapprove
reproach                                             | 111  | ACCUSE:disapprove
lambaste                                             | 111  | ACCUSE:disapprove
castigate                                            | 111  | ACCUSE:disapprove
berate                                               | 111  | ACCUSE:disapprove
chide                                                | 111  | ACCUSE:disapprove
scold                                                | 111  | ACCUSE:disapprove
blast                                                | 111  | ACCUSE:disapprove
excoriate                                            | 111  | ACCUSE:disapprove
vilify                                               | 111  | ACCUSE:disapprove
disparage                                            | 111  | ACCUSE:disapprove
disapprove                                           | 110  | ACCUSE:disapprove      | tgt=obj,prep:to,prep:of
object                                               | 110  | ACCUSE:disapprove      | tgt=obj,prep:to,prep:of
n:criticism                                          | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:against
n:condemnation                                       | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:against
n:denunciation                                       | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:against
n:rebuke                                             | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:against
n:censure                                            | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:against
voice obj:criticism                                  | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
voice obj:condemnation                               | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
voice obj:disapproval                                | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
voice obj:displeasure                                | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
voice obj:outrage                                    | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
voice obj:anger                                      | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
voice obj:indignation                                | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
express obj:criticism                                | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
express obj:condemnation                             | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
express obj:disapproval                              | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
express obj:displeasure                              | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
express obj:outrage                                  | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
express obj:anger                                    | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
express obj:indignation                              | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
issue obj:criticism                                  | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
issue obj:condemnation                               | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
issue obj:disapproval                                | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
issue obj:displeasure                                | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
issue obj:outrage                                    | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
issue obj:anger                                      | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
issue obj:indignation                                | 111  | ACCUSE:disapprove      | tgt=prep:of,prep:at,prep:over
accuse                                               | 112  | ACCUSE:allege          | tgt=obj,prep:against
blame                                                | 112  | ACCUSE:allege          | tgt=obj,prep:against
allege                                               | 112  | ACCUSE:allege          | tgt=obj,prep:against
implicate                                            | 112  | ACCUSE:allege          | tgt=obj,prep:against
hold obj:* xcomp:responsible                         | 112  | ACCUSE:allege
hold xcomp:responsible                               | 112  | ACCUSE:allege
point obj:finger prep:at                             | 112  | ACCUSE:allege          | tgt=prep:at
carry obj:responsibility                             | 112  | ACCUSE:allege          | tgt=iobj,obj
carry obj:* obj:killing|death|responsibility         | 112  | ACCUSE:allege          | tgt=iobj,obj
n:accusation                                         | 112  | ACCUSE:allege          | tgt=prep:against,prep:of
n:allegation                                         | 112  | ACCUSE:allege          | tgt=prep:against,prep:of
level obj:accusation|accusations|charge|charges|allegation|allegations prep:against | 112  | ACCUSE:allege          | tgt=prep:against
make obj:accusation|accusations|allegation|allegations prep:against | 112  | ACCUSE:allege          | tgt=prep:against
accuse prep:of:corruption|embezzlement|bribery|fraud|theft|graft|smuggling|terrorism|crime|crimes|murder | 1121 | ACCUSE:allege
charge prep:with:corruption|embezzlement|bribery|fraud|theft|graft|smuggling|terrorism|crime|crimes|murder | 1121 | ACCUSE:allege
n:accusation prep:of:corruption|embezzlement|bribery|fraud|theft|graft|smuggling|terrorism|crime|crimes|murder | 1121 | ACCUSE:allege
blame obj:* prep:for:corruption|embezzlement|bribery|fraud|theft|graft|smuggling|terrorism|crime|crimes|murder | 1121 | ACCUSE:allege
accuse prep:of:abuse|abuses|violation|violations|torture|repression | 1122 | ACCUSE:allege
charge prep:with:abuse|abuses|violation|violations|torture|repression | 1122 | ACCUSE:allege
n:accusation prep:of:abuse|abuses|violation|violations|torture|repression | 1122 | ACCUSE:allege
blame obj:* prep:for:abuse|abuses|violation|violations|torture|repression | 1122 | ACCUSE:allege
accuse prep:of:aggression|attack|attacks|attacking|invasion|provocation | 1123 | ACCUSE:allege
charge prep:with:aggression|attack|attacks|attacking|invasion|provocation | 1123 | ACCUSE:allege
n:accusation prep:of:aggression|attack|attacks|attacking|invasion|provocation | 1123 | ACCUSE:allege
blame obj:* prep:for:aggression|attack|attacks|attacking|invasion|provocation | 1123 | ACCUSE:allege
accuse prep:of:genocide|massacre|atrocity|atrocities | 1124 | ACCUSE:allege
charge prep:with:genocide|massacre|atrocity|atrocities | 1124 | ACCUSE:allege
n:accusation prep:of:genocide|massacre|atrocity|atrocities | 1124 | ACCUSE:allege
blame obj:* prep:for:genocide|massacre|atrocity|atrocities | 1124 | ACCUSE:allege
accuse prep:of:espionage|spying|treason|betrayal|collaboration | 1125 | ACCUSE:allege
charge prep:with:espionage|spying|treason|betrayal|collaboration | 1125 | ACCUSE:allege
n:accusation prep:of:espionage|spying|treason|betrayal|collaboration | 1125 | ACCUSE:allege
blame obj:* prep:for:espionage|spying|treason|betrayal|collaboration | 1125 | ACCUSE:allege
describe prep:as:spy|spies|traitor|traitors|agent|agents|collaborator|collaborators | 1125 | ACCUSE:allege
label prep:as:spy|spies|traitor|traitors|agent|agents|collaborator|collaborators | 1125 | ACCUSE:allege
brand prep:as:spy|spies|traitor|traitors|agent|agents|collaborator|collaborators | 1125 | ACCUSE:allege
call obj:spy|spies|traitor|traitors                  | 1125 | ACCUSE:allege
describe prep:as:terrorist|terrorists|criminal|criminals|murderer|murderers | 1121 | ACCUSE:allege
label prep:as:terrorist|terrorists|criminal|criminals | 1121 | ACCUSE:allege
rally obj:opposition                                 | 113  | ACCUSE:disapprove      | tgt=prep:against,prep:to
mobilize obj:opposition                              | 113  | ACCUSE:disapprove      | tgt=prep:against,prep:to
mobilise obj:opposition                              | 113  | ACCUSE:disapprove      | tgt=prep:against,prep:to
lodge obj:complaint                                  | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
lodge obj:complaints                                 | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
lodge obj:protest                                    | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
submit obj:complaint                                 | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
submit obj:complaints                                | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
submit obj:protest                                   | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
make obj:complaint                                   | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
make obj:complaints                                  | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
make obj:protest                                     | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
register obj:complaint                               | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
register obj:complaints                              | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
register obj:protest                                 | 114  | ACCUSE:disapprove      | tgt=prep:with,prep:against,prep:to
complain                                             | 114  | ACCUSE:disapprove      | tgt=prep:about,prep:to,prep:of
summon obj:ambassador                                | 114  | ACCUSE:disapprove      | ctx=diplomatic
summon obj:envoy                                     | 114  | ACCUSE:disapprove      | ctx=diplomatic
summon obj:charge                                    | 114  | ACCUSE:disapprove      | ctx=diplomatic
summon obj:diplomat                                  | 114  | ACCUSE:disapprove      | ctx=diplomatic
sue                                                  | 115  | ACCUSE:allege          | ctx=legal
file obj:lawsuit                                     | 115  | ACCUSE:allege          | ctx=legal tgt=prep:against
file obj:suit                                        | 115  | ACCUSE:allege          | ctx=legal tgt=prep:against
file obj:case                                        | 115  | ACCUSE:allege          | ctx=legal tgt=prep:against
file obj:complaint                                   | 115  | ACCUSE:allege          | ctx=legal tgt=prep:against
bring obj:lawsuit                                    | 115  | ACCUSE:allege          | ctx=legal tgt=prep:against
bring obj:suit                                       | 115  | ACCUSE:allege          | ctx=legal tgt=prep:against
bring obj:case                                       | 115  | ACCUSE:allege          | ctx=legal tgt=prep:against
bring obj:complaint                                  | 115  | ACCUSE:allege          | ctx=legal tgt=prep:against
n:lawsuit                                            | 115  | ACCUSE:allege          | ctx=legal tgt=prep:against
take obj:* prep:to:court                             | 115  | ACCUSE:allege          | ctx=legal
convict                                              | 116  | SANCTION:convict       | ctx=legal
sentence                                             | 116  | SANCTION:convict       | ctx=legal
find xcomp:guilty|liable                             | 116  | SANCTION:convict       | ctx=legal
find obj:* xcomp:guilty|liable                       | 116  | SANCTION:convict       | ctx=legal
n:conviction                                         | 116  | SANCTION:convict       | ctx=legal poss=tgt
n:verdict                                            | 116  | SANCTION:convict       | ctx=legal poss=tgt
n:sentence                                           | 116  | SANCTION:convict       | ctx=legal poss=tgt

# ------------------------------------------------------------------------------------------------
# 12 REJECT
# ------------------------------------------------------------------------------------------------
reject                                               | 120  | REJECT
refuse                                               | 120  | REJECT
rebuff                                               | 120  | REJECT
spurn                                                | 120  | REJECT
dismiss                                              | 120  | REJECT
repudiate                                            | 120  | REJECT
renounce                                             | 120  | REJECT
decline                                              | 120  | REJECT
turn prt:down                                        | 120  | REJECT
n:rejection                                          | 120  | REJECT                 | tgt=prep:of
n:refusal                                            | 120  | REJECT                 | tgt=prep:of
reject obj:cooperation|partnership                   | 121  | -
refuse obj:cooperation|partnership                   | 121  | -
rebuff obj:cooperation|partnership                   | 121  | -
turn prt:down obj:cooperation|partnership            | 121  | -
reject obj:trade|investment                          | 1211 | -
refuse obj:trade|investment                          | 1211 | -
rebuff obj:trade|investment                          | 1211 | -
turn prt:down obj:trade|investment                   | 1211 | -
reject obj:alliance                                  | 1212 | -
refuse obj:alliance                                  | 1212 | -
rebuff obj:alliance                                  | 1212 | -
turn prt:down obj:alliance                           | 1212 | -
reject obj:aid|assistance|loan|help                  | 122  | -
refuse obj:aid|assistance|loan|help                  | 122  | -
rebuff obj:aid|assistance|loan|help                  | 122  | -
turn prt:down obj:aid|assistance|loan|help           | 122  | -
reject obj:reform|reforms|change                     | 123  | -
refuse obj:reform|reforms|change                     | 123  | -
rebuff obj:reform|reforms|change                     | 123  | -
turn prt:down obj:reform|reforms|change              | 123  | -
reject obj:resignation                               | 1231 | -
refuse obj:resignation                               | 1231 | -
rebuff obj:resignation                               | 1231 | -
turn prt:down obj:resignation                        | 1231 | -
reject obj:policy                                    | 1232 | -
refuse obj:policy                                    | 1232 | -
rebuff obj:policy                                    | 1232 | -
turn prt:down obj:policy                             | 1232 | -
reject obj:rights                                    | 1233 | -
refuse obj:rights                                    | 1233 | -
rebuff obj:rights                                    | 1233 | -
turn prt:down obj:rights                             | 1233 | -
reject obj:release                                   | 1243 | -
refuse obj:release                                   | 1243 | -
rebuff obj:release                                   | 1243 | -
turn prt:down obj:release                            | 1243 | -
reject obj:ceasefire|truce|withdrawal                | 1246 | -
refuse obj:ceasefire|truce|withdrawal                | 1246 | -
rebuff obj:ceasefire|truce|withdrawal                | 1246 | -
turn prt:down obj:ceasefire|truce|withdrawal         | 1246 | -
reject obj:talks|negotiation|negotiations|dialogue|meeting|invitation | 125  | -
refuse obj:talks|negotiation|negotiations|dialogue|meeting|invitation | 125  | -
rebuff obj:talks|negotiation|negotiations|dialogue|meeting|invitation | 125  | -
turn prt:down obj:talks|negotiation|negotiations|dialogue|meeting|invitation | 125  | -
reject obj:mediation                                 | 126  | -
refuse obj:mediation                                 | 126  | -
rebuff obj:mediation                                 | 126  | -
turn prt:down obj:mediation                          | 126  | -
reject obj:plan|proposal|agreement|deal|initiative|offer | 127  | -
refuse obj:plan|proposal|agreement|deal|initiative|offer | 127  | -
rebuff obj:plan|proposal|agreement|deal|initiative|offer | 127  | -
turn prt:down obj:plan|proposal|agreement|deal|initiative|offer | 127  | -
reject obj:demand|demands|ultimatum|request|call     | 120  | -
refuse obj:demand|demands|ultimatum|request|call     | 120  | -
rebuff obj:demand|demands|ultimatum|request|call     | 120  | -
turn prt:down obj:demand|demands|ultimatum|request|call | 120  | -
defy                                                 | 128  | REJECT                 | conf=0.6
flout                                                | 128  | REJECT                 | conf=0.6
violate                                              | 128  | REJECT                 | conf=0.6
disobey                                              | 128  | REJECT                 | conf=0.6
ignore                                               | 128  | REJECT                 | conf=0.6
defy obj:law                                         | 128  | REJECT
defy obj:laws                                        | 128  | REJECT
defy obj:ban                                         | 128  | REJECT
defy obj:order                                       | 128  | REJECT
defy obj:curfew                                      | 128  | REJECT
defy obj:rule                                        | 128  | REJECT
defy obj:rules                                       | 128  | REJECT
defy obj:resolution                                  | 128  | REJECT
defy obj:norm                                        | 128  | REJECT
defy obj:norms                                       | 128  | REJECT
flout obj:law                                        | 128  | REJECT
flout obj:laws                                       | 128  | REJECT
flout obj:ban                                        | 128  | REJECT
flout obj:order                                      | 128  | REJECT
flout obj:curfew                                     | 128  | REJECT
flout obj:rule                                       | 128  | REJECT
flout obj:rules                                      | 128  | REJECT
flout obj:resolution                                 | 128  | REJECT
flout obj:norm                                       | 128  | REJECT
flout obj:norms                                      | 128  | REJECT
violate obj:law                                      | 128  | REJECT
violate obj:laws                                     | 128  | REJECT
violate obj:ban                                      | 128  | REJECT
violate obj:order                                    | 128  | REJECT
violate obj:curfew                                   | 128  | REJECT
violate obj:rule                                     | 128  | REJECT
violate obj:rules                                    | 128  | REJECT
violate obj:resolution                               | 128  | REJECT
violate obj:norm                                     | 128  | REJECT
violate obj:norms                                    | 128  | REJECT
break obj:law                                        | 128  | REJECT
break obj:laws                                       | 128  | REJECT
break obj:ban                                        | 128  | REJECT
break obj:order                                      | 128  | REJECT
break obj:curfew                                     | 128  | REJECT
break obj:rule                                       | 128  | REJECT
break obj:rules                                      | 128  | REJECT
break obj:resolution                                 | 128  | REJECT
break obj:norm                                       | 128  | REJECT
break obj:norms                                      | 128  | REJECT
oppose                                               | 120  | REJECT                 | conf=0.6
deny obj:access                                      | 120  | REJECT
deny obj:entry                                       | 120  | REJECT
deny obj:request                                     | 120  | REJECT
deny obj:requests                                    | 120  | REJECT
deny obj:permission                                  | 120  | REJECT
deny obj:permit                                      | 120  | REJECT
deny obj:visa                                        | 120  | REJECT
deny obj:visas                                       | 120  | REJECT
deny obj:allocation                                  | 120  | REJECT
deny obj:application                                 | 120  | REJECT
deny obj:bid                                         | 120  | REJECT
refuse obj:access                                    | 120  | REJECT
refuse obj:entry                                     | 120  | REJECT
refuse obj:request                                   | 120  | REJECT
refuse obj:requests                                  | 120  | REJECT
refuse obj:permission                                | 120  | REJECT
refuse obj:permit                                    | 120  | REJECT
refuse obj:visa                                      | 120  | REJECT
refuse obj:visas                                     | 120  | REJECT
refuse obj:allocation                                | 120  | REJECT
refuse obj:application                               | 120  | REJECT
refuse obj:bid                                       | 120  | REJECT
veto                                                 | 129  | REJECT
n:veto                                               | 129  | REJECT                 | tgt=prep:of,prep:on
refuse xcomp:release|free|hand                       | 1243 | REJECT:yield
refuse xcomp:withdraw|leave|stop|end                 | 1246 | REJECT:yield
refuse xcomp:meet|talk|negotiate|attend              | 125  | REJECT:meet
refuse xcomp:resign|step                             | 1231 | REJECT:change
refuse xcomp:allow|admit|accept                      | 1245 | REJECT:yield

# ------------------------------------------------------------------------------------------------
# 13 THREATEN
# ------------------------------------------------------------------------------------------------
threaten                                             | 130  | THREATEN               | tgt=obj,prep:with
menace                                               | 130  | THREATEN               | tgt=obj,prep:with
warn                                                 | 130  | THREATEN               | tgt=obj,prep:against,prep:of conf=0.7
n:threat                                             | 130  | THREATEN               | tgt=prep:to,prep:against,prep:of
n:warning                                            | 130  | THREATEN               | tgt=prep:to,prep:against,prep:of
n:menace                                             | 130  | THREATEN               | tgt=prep:to,prep:against,prep:of
issue obj:threat                                     | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
issue obj:threats                                    | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
issue obj:warning                                    | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
issue obj:warnings                                   | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
make obj:threat                                      | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
make obj:threats                                     | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
make obj:warning                                     | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
make obj:warnings                                    | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
send obj:threat                                      | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
send obj:threats                                     | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
send obj:warning                                     | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
send obj:warnings                                    | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
direct obj:threat                                    | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
direct obj:threats                                   | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
direct obj:warning                                   | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
direct obj:warnings                                  | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
deliver obj:threat                                   | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
deliver obj:threats                                  | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
deliver obj:warning                                  | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
deliver obj:warnings                                 | 130  | THREATEN               | tgt=prep:to,prep:against,iobj
vow obj:revenge|retaliation|retribution|vengeance    | 138  | THREATEN:violence
threaten obj:revenge|retaliation|retribution|war|violence | 138  | THREATEN:violence
threaten prep:with:revenge|retaliation|war|force|attack|attacks|strike|strikes|violence|death | 138  | THREATEN:violence
n:threat prep:of:war|force|attack|violence|retaliation|death|assassination|killing | 138  | THREATEN:violence
n:threat mod:death                                   | 138  | THREATEN:violence
receive obj:threat                                   | 130  | THREATEN               | src=prep:from tgt=subj
receive obj:threats                                  | 130  | THREATEN               | src=prep:from tgt=subj
get obj:threat                                       | 130  | THREATEN               | src=prep:from tgt=subj
get obj:threats                                      | 130  | THREATEN               | src=prep:from tgt=subj
threaten prep:with:sanction|sanctions|embargo|boycott|tariffs | 1312 | THREATEN:relations
threaten xcomp:cut|stop|suspend|halt|reduce prep:of:aid | 1311 | THREATEN:relations
threaten xcomp:sever|cut|break|downgrade|freeze      | 1313 | THREATEN:relations
threaten xcomp:ban|outlaw|dissolve                   | 1322 | THREATEN:restrict
threaten xcomp:impose prep:of:curfew                 | 1323 | THREATEN:restrict
threaten xcomp:declare|impose                        | 132  | THREATEN:restrict
threaten xcomp:protest|strike|demonstrate|boycott|march | 133  | THREATEN:restrict
threaten prep:with:protest|protests|strike|strikes|demonstration|demonstrations|boycott | 133  | THREATEN:restrict
threaten xcomp:withdraw|quit|leave|suspend|boycott prep:from:talks|negotiations | 134  | THREATEN:relations
threaten xcomp:expel                                 | 136  | THREATEN:expel
threaten xcomp:arrest|detain|jail|prosecute|punish|pursue|crack | 137  | THREATEN:arrest
threaten prep:with:arrest|prosecution|jail|prison|punishment|detention | 137  | THREATEN:arrest
threaten xcomp:blockade|besiege|block                | 1381 | THREATEN:restrict
threaten xcomp:occupy|invade|annex|seize|capture     | 1382 | THREATEN:territory
threaten xcomp:attack|strike|bomb|hit|kill|destroy|retaliate|respond|fight|target|assassinate|eliminate|liquidate | 1384 | THREATEN:violence
threaten prep:with:nuclear|chemical|nukes            | 1385 | THREATEN:violence
threaten xcomp:use prep:of:nuclear|chemical          | 1385 | THREATEN:violence
warn xcomp:attack|strike|retaliate|respond|target|pursue|kill | 1384 | THREATEN:violence
warn prep:of:retaliation|response|consequences|war|attack|revenge | 138  | THREATEN:violence
n:warning xcomp:pursue|attack|target|kill|strike|retaliate | 1384 | THREATEN:violence
n:ultimatum                                          | 139  | THREATEN
issue obj:ultimatum                                  | 139  | THREATEN               | tgt=iobj,prep:to
issue obj:deadline                                   | 139  | THREATEN               | tgt=iobj,prep:to
give obj:ultimatum                                   | 139  | THREATEN               | tgt=iobj,prep:to
give obj:deadline                                    | 139  | THREATEN               | tgt=iobj,prep:to
deliver obj:ultimatum                                | 139  | THREATEN               | tgt=iobj,prep:to
deliver obj:deadline                                 | 139  | THREATEN               | tgt=iobj,prep:to
set obj:ultimatum                                    | 139  | THREATEN               | tgt=iobj,prep:to
set obj:deadline                                     | 139  | THREATEN               | tgt=iobj,prep:to
vow xcomp:attack|strike|retaliate|avenge|kill|destroy|fight|crush|eliminate|pursue | 1384 | THREATEN:violence
pledge xcomp:avenge|retaliate                        | 138  | THREATEN:violence
intimidate                                           | 130  | THREATEN               | conf=0.6
