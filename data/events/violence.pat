# Saker event patterns (political violence: CAMEO 18, 19, 20). Language: docs/patterns.md. One pattern per line:
#   TRIGGER [CONSTRAINTS] | CAMEO | PLOVER[:mode] or - (default of the code) | OPTIONS
# Written by the Saker authors; checked by `saker dict check`.

# ------------------------------------------------------------------------------------------------
# 19 FIGHT / conventional force: verbs (actor = subject, recipient = object; passive handled)
# ------------------------------------------------------------------------------------------------
attack                                               | 190  | ASSAULT                | acled=attack
assault                                              | 190  | ASSAULT                | acled=attack
raid                                                 | 190  | ASSAULT                | acled=attack
# storming a place ("stormed the building", "stormed into the house"), not "storm to the title"
storm obj:*                                          | 190  | ASSAULT                | acled=attack
storm prep:into                                      | 190  | ASSAULT                | acled=attack
ambush                                               | 190  | ASSAULT                | acled=attack
target obj:*                                         | 190  | ASSAULT                | acled=armed-clash
hit obj:*                                            | 190  | ASSAULT                | acled=armed-clash
# engaging an enemy; "X was/is engaged (in …)" without a by-phrase is being involved or betrothed
engage obj:* act                                     | 190  | ASSAULT                | acled=armed-clash
engage pass prep:by                                  | 190  | ASSAULT                | acled=armed-clash
fight                                                | 190  | ASSAULT                | acled=armed-clash tgt=obj,prep:against,prep:with
battle                                               | 190  | ASSAULT                | acled=armed-clash tgt=obj,prep:against,prep:with
combat                                               | 190  | ASSAULT                | acled=armed-clash tgt=obj,prep:against,prep:with
clash                                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:with,prep:against,obj
skirmish                                             | 190  | ASSAULT                | acled=armed-clash tgt=prep:with,prep:against,obj
kill                                                 | 190  | ASSAULT                | acled=attack
slay                                                 | 190  | ASSAULT                | acled=attack
wound                                                | 190  | ASSAULT                | acled=attack
injure                                               | 190  | ASSAULT                | acled=attack
maim                                                 | 190  | ASSAULT                | acled=attack
strike act                                           | 190  | ASSAULT                | acled=armed-clash
overrun                                              | 192  | ASSAULT                | acled=nsa-overtakes
besiege                                              | 192  | ASSAULT                | acled=nsa-overtakes
encircle                                             | 192  | ASSAULT                | acled=nsa-overtakes
# surrounding and occupying need someone who does it ("blocks surrounding the intersection",
# "the site was occupied by rice mills")
surround                                             | 192  | ASSAULT                | acled=nsa-overtakes needsrc
invade                                               | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory
occupy                                               | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory needsrc
annex                                                | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory
# Territory taken (back): the recipient is the side it is taken from ("retake the town from the
# rebels"), else the object ("seize the capital").
recapture                                            | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
retake                                               | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:town                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:city                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:village                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:area                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:territory                                | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:base                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:airport                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:district                                 | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:province                                 | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:region                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
reclaim obj:neighborhood                             | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:town                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:city                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:village                                 | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:area                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:territory                               | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:base                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:airport                                 | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:district                                | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:province                                | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:region                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
liberate obj:neighborhood                            | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
# a town centre freed is a place retaken (the other places freed are below)
free obj:centre                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:center                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
# gaining ground in a fight ("Iraqi forces make fresh gains in Ramadi", "Kurds gain ground against IS");
# parties and markets make gains too, so only an armed or state actor counts
make obj:gains                                       | 192  | ASSAULT                | acled=armed-clash ctx=territory tgt=prep:against srckind=armedgroup,generic,state needsrc
gain obj:ground                                      | 192  | ASSAULT                | acled=armed-clash ctx=territory tgt=prep:against srckind=armedgroup,generic,state needsrc
# ousting a force from a place ("forces oust ISIL from key Anbar town"): the ousted side is the recipient
oust prep:from                                       | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=obj
# repelling an attack or an attacker is fighting it ("Kurds repel Islamic State offensive"); a
# repelling tower repels no one
repel                                                | 190  | ASSAULT                | acled=armed-clash needtgt
repulse                                              | 190  | ASSAULT                | acled=armed-clash needtgt
fend prt:off                                         | 190  | ASSAULT                | acled=armed-clash
regain obj:town                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
regain obj:city                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
regain obj:village                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
regain obj:area                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
regain obj:territory                                 | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
regain obj:base                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
regain obj:airport                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
regain obj:district                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
regain obj:province                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
regain obj:region                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
regain obj:neighborhood                              | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
shoot                                                | 193  | ASSAULT:firearms       | acled=attack
gun                                                  | 193  | ASSAULT:firearms       | acled=attack
snipe                                                | 193  | ASSAULT:firearms       | acled=attack
shell                                                | 194  | ASSAULT:heavy-weapons  | acled=shelling
bombard                                              | 194  | ASSAULT:heavy-weapons  | acled=shelling
pound                                                | 194  | ASSAULT:heavy-weapons  | acled=shelling
rocket                                               | 194  | ASSAULT:heavy-weapons  | acled=shelling
mortar                                               | 194  | ASSAULT:heavy-weapons  | acled=shelling
strafe                                               | 195  | ASSAULT:aerial         | acled=air-strike
airstrike                                            | 195  | ASSAULT:aerial         | acled=air-strike
bomb                                                 | 195  | ASSAULT:aerial         | acled=air-strike
blockade                                             | 191  | COERCE:restrict        | ctx=military

# ------------------------------------------------------------------------------------------------
# 19 FIGHT: verb + object / particle / preposition
# ------------------------------------------------------------------------------------------------
open obj:fire prep:on                                | 193  | ASSAULT:firearms       | acled=attack tgt=prep:on
open obj:fire prep:at                                | 193  | ASSAULT:firearms       | acled=attack tgt=prep:at
open obj:fire                                        | 193  | ASSAULT:firearms       | acled=attack tgt=prep:on,prep:at
fire prep:on                                         | 193  | ASSAULT:firearms       | acled=attack tgt=prep:on
fire prep:at                                         | 193  | ASSAULT:firearms       | acled=attack tgt=prep:at
shoot prep:at                                        | 193  | ASSAULT:firearms       | acled=attack tgt=prep:at
gun prt:down                                         | 193  | ASSAULT:firearms       | acled=attack
shoot prt:down                                       | 195  | ASSAULT:aerial         | acled=armed-clash
fire obj:rocket                                      | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
fire obj:missile                                     | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
fire obj:mortar                                      | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
fire obj:shell                                       | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
fire obj:projectile                                  | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
fire obj:katyusha                                    | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
fire obj:bomb                                        | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
launch obj:rocket                                    | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
launch obj:missile                                   | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
launch obj:mortar                                    | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
launch obj:shell                                     | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
launch obj:projectile                                | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
launch obj:katyusha                                  | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
launch obj:bomb                                      | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
hurl obj:rocket                                      | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
hurl obj:missile                                     | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
hurl obj:mortar                                      | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
hurl obj:shell                                       | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
hurl obj:projectile                                  | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
hurl obj:katyusha                                    | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
hurl obj:bomb                                        | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
lob obj:rocket                                       | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
lob obj:missile                                      | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
lob obj:mortar                                       | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
lob obj:shell                                        | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
lob obj:projectile                                   | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
lob obj:katyusha                                     | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
lob obj:bomb                                         | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
rain obj:rocket                                      | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
rain obj:missile                                     | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
rain obj:mortar                                      | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
rain obj:shell                                       | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
rain obj:projectile                                  | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
rain obj:katyusha                                    | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
rain obj:bomb                                        | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:at,prep:on,prep:toward,prep:into
launch obj:drone                                     | 1952 | ASSAULT:drone          | acled=air-strike tgt=prep:at,prep:on,prep:against
launch obj:uav                                       | 1952 | ASSAULT:drone          | acled=air-strike tgt=prep:at,prep:on,prep:against
fly obj:drone                                        | 1952 | ASSAULT:drone          | acled=air-strike tgt=prep:at,prep:on,prep:against
fly obj:uav                                          | 1952 | ASSAULT:drone          | acled=air-strike tgt=prep:at,prep:on,prep:against
send obj:drone                                       | 1952 | ASSAULT:drone          | acled=air-strike tgt=prep:at,prep:on,prep:against
send obj:uav                                         | 1952 | ASSAULT:drone          | acled=air-strike tgt=prep:at,prep:on,prep:against
drop obj:bomb                                        | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on
drop obj:barrel                                      | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on
drop obj:munition                                    | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on
throw obj:grenade                                    | 183  | ASSAULT:explosives     | acled=grenade tgt=prep:at,prep:into,prep:on
hurl obj:grenade                                     | 183  | ASSAULT:explosives     | acled=grenade tgt=prep:at,prep:into,prep:on
lob obj:grenade                                      | 183  | ASSAULT:explosives     | acled=grenade tgt=prep:at,prep:into,prep:on
toss obj:grenade                                     | 183  | ASSAULT:explosives     | acled=grenade tgt=prep:at,prep:into,prep:on
plant obj:bomb                                       | 183  | ASSAULT:explosives     | acled=remote-explosive
plant obj:ied                                        | 183  | ASSAULT:explosives     | acled=remote-explosive
plant obj:explosive                                  | 183  | ASSAULT:explosives     | acled=remote-explosive
plant obj:device                                     | 183  | ASSAULT:explosives     | acled=remote-explosive
plant obj:mine                                       | 183  | ASSAULT:explosives     | acled=remote-explosive
place obj:bomb                                       | 183  | ASSAULT:explosives     | acled=remote-explosive
place obj:ied                                        | 183  | ASSAULT:explosives     | acled=remote-explosive
place obj:explosive                                  | 183  | ASSAULT:explosives     | acled=remote-explosive
place obj:device                                     | 183  | ASSAULT:explosives     | acled=remote-explosive
place obj:mine                                       | 183  | ASSAULT:explosives     | acled=remote-explosive
detonate obj:bomb                                    | 183  | ASSAULT:explosives     | acled=remote-explosive
detonate obj:ied                                     | 183  | ASSAULT:explosives     | acled=remote-explosive
detonate obj:explosive                               | 183  | ASSAULT:explosives     | acled=remote-explosive
detonate obj:device                                  | 183  | ASSAULT:explosives     | acled=remote-explosive
detonate obj:mine                                    | 183  | ASSAULT:explosives     | acled=remote-explosive
set obj:bomb                                         | 183  | ASSAULT:explosives     | acled=remote-explosive
set obj:ied                                          | 183  | ASSAULT:explosives     | acled=remote-explosive
set obj:explosive                                    | 183  | ASSAULT:explosives     | acled=remote-explosive
set obj:device                                       | 183  | ASSAULT:explosives     | acled=remote-explosive
set obj:mine                                         | 183  | ASSAULT:explosives     | acled=remote-explosive
blow prt:up                                          | 183  | ASSAULT:explosives     | acled=remote-explosive
detonate                                             | 183  | ASSAULT:explosives     | acled=remote-explosive
explode                                              | 183  | ASSAULT:explosives     | acled=remote-explosive
violate obj:ceasefire                                | 196  | ASSAULT                | acled=armed-clash
violate obj:truce                                    | 196  | ASSAULT                | acled=armed-clash
violate obj:armistice                                | 196  | ASSAULT                | acled=armed-clash
breach obj:ceasefire                                 | 196  | ASSAULT                | acled=armed-clash
breach obj:truce                                     | 196  | ASSAULT                | acled=armed-clash
breach obj:armistice                                 | 196  | ASSAULT                | acled=armed-clash
break obj:ceasefire                                  | 196  | ASSAULT                | acled=armed-clash
break obj:truce                                      | 196  | ASSAULT                | acled=armed-clash
break obj:armistice                                  | 196  | ASSAULT                | acled=armed-clash
impose obj:blockade                                  | 191  | COERCE:restrict        | acled=other ctx=military
impose obj:siege                                     | 191  | COERCE:restrict        | acled=other ctx=military
enforce obj:blockade                                 | 191  | COERCE:restrict        | acled=other ctx=military
enforce obj:siege                                    | 191  | COERCE:restrict        | acled=other ctx=military
tighten obj:blockade                                 | 191  | COERCE:restrict        | acled=other ctx=military
tighten obj:siege                                    | 191  | COERCE:restrict        | acled=other ctx=military
lay obj:siege                                        | 191  | COERCE:restrict        | acled=other tgt=prep:to ctx=military
seize obj:town                                       | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:city                                       | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:village                                    | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:area                                       | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:territory                                  | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:base                                       | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:airport                                    | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:district                                   | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:province                                   | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:region                                     | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:neighborhood                               | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:town                                     | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:city                                     | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:village                                  | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:area                                     | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:territory                                | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:base                                     | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:airport                                  | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:district                                 | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:province                                 | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:region                                   | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:neighborhood                             | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:town                                        | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:city                                        | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:village                                     | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:area                                        | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:territory                                   | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:base                                        | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:airport                                     | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:district                                    | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:province                                    | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:region                                      | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
take obj:neighborhood                                | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj

# ------------------------------------------------------------------------------------------------
# 19 FIGHT: light verbs + event nouns ("launched an attack", "carried out a raid")
# ------------------------------------------------------------------------------------------------
launch obj:attack                                    | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
launch obj:assault                                   | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
launch obj:raid                                      | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
launch obj:offensive                                 | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
launch obj:ambush                                    | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
launch obj:operation                                 | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
launch obj:incursion                                 | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
launch obj:onslaught                                 | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
launch obj:counteroffensive                          | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
launch obj:counterattack                             | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
conduct obj:attack                                   | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
conduct obj:assault                                  | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
conduct obj:raid                                     | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
conduct obj:offensive                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
conduct obj:ambush                                   | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
conduct obj:operation                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
conduct obj:incursion                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
conduct obj:onslaught                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
conduct obj:counteroffensive                         | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
conduct obj:counterattack                            | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
stage obj:attack                                     | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
stage obj:assault                                    | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
stage obj:raid                                       | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
stage obj:offensive                                  | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
stage obj:ambush                                     | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
stage obj:operation                                  | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
stage obj:incursion                                  | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
stage obj:onslaught                                  | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
stage obj:counteroffensive                           | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
stage obj:counterattack                              | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
mount obj:attack                                     | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
mount obj:assault                                    | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
mount obj:raid                                       | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
mount obj:offensive                                  | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
mount obj:ambush                                     | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
mount obj:operation                                  | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
mount obj:incursion                                  | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
mount obj:onslaught                                  | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
mount obj:counteroffensive                           | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
mount obj:counterattack                              | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
execute obj:attack                                   | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
execute obj:assault                                  | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
execute obj:raid                                     | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
execute obj:offensive                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
execute obj:ambush                                   | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
execute obj:operation                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
execute obj:incursion                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
execute obj:onslaught                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
execute obj:counteroffensive                         | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
execute obj:counterattack                            | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
perpetrate obj:attack                                | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
perpetrate obj:assault                               | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
perpetrate obj:raid                                  | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
perpetrate obj:offensive                             | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
perpetrate obj:ambush                                | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
perpetrate obj:operation                             | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
perpetrate obj:incursion                             | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
perpetrate obj:onslaught                             | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
perpetrate obj:counteroffensive                      | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
perpetrate obj:counterattack                         | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
unleash obj:attack                                   | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
unleash obj:assault                                  | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
unleash obj:raid                                     | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
unleash obj:offensive                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
unleash obj:ambush                                   | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
unleash obj:operation                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
unleash obj:incursion                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
unleash obj:onslaught                                | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
unleash obj:counteroffensive                         | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
unleash obj:counterattack                            | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
wage obj:attack                                      | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
wage obj:assault                                     | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
wage obj:raid                                        | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
wage obj:offensive                                   | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
wage obj:ambush                                      | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
wage obj:operation                                   | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
wage obj:incursion                                   | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
wage obj:onslaught                                   | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
wage obj:counteroffensive                            | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
wage obj:counterattack                               | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
initiate obj:attack                                  | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
initiate obj:assault                                 | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
initiate obj:raid                                    | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
initiate obj:offensive                               | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
initiate obj:ambush                                  | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
initiate obj:operation                               | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
initiate obj:incursion                               | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
initiate obj:onslaught                               | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
initiate obj:counteroffensive                        | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
initiate obj:counterattack                           | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
orchestrate obj:attack                               | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
orchestrate obj:assault                              | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
orchestrate obj:raid                                 | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
orchestrate obj:offensive                            | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
orchestrate obj:ambush                               | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
orchestrate obj:operation                            | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
orchestrate obj:incursion                            | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
orchestrate obj:onslaught                            | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
orchestrate obj:counteroffensive                     | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
orchestrate obj:counterattack                        | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
spearhead obj:attack                                 | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
spearhead obj:assault                                | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
spearhead obj:raid                                   | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
spearhead obj:offensive                              | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
spearhead obj:ambush                                 | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
spearhead obj:operation                              | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
spearhead obj:incursion                              | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
spearhead obj:onslaught                              | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
spearhead obj:counteroffensive                       | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
spearhead obj:counterattack                          | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
lead obj:attack                                      | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
lead obj:assault                                     | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
lead obj:raid                                        | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
lead obj:offensive                                   | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
lead obj:ambush                                      | 190  | ASSAULT                | acled=attack tgt=prep:on,prep:against,prep:in
lead obj:operation                                   | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
lead obj:incursion                                   | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
lead obj:onslaught                                   | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
lead obj:counteroffensive                            | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
lead obj:counterattack                               | 190  | ASSAULT                | acled=armed-clash tgt=prep:on,prep:against,prep:in
launch obj:airstrike                                 | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
launch obj:sortie                                    | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
conduct obj:airstrike                                | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
conduct obj:sortie                                   | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
stage obj:airstrike                                  | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
stage obj:sortie                                     | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
mount obj:airstrike                                  | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
mount obj:sortie                                     | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
execute obj:airstrike                                | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
execute obj:sortie                                   | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
perpetrate obj:airstrike                             | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
perpetrate obj:sortie                                | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
unleash obj:airstrike                                | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
unleash obj:sortie                                   | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
wage obj:airstrike                                   | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
wage obj:sortie                                      | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
initiate obj:airstrike                               | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
initiate obj:sortie                                  | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
orchestrate obj:airstrike                            | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
orchestrate obj:sortie                               | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
spearhead obj:airstrike                              | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
spearhead obj:sortie                                 | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
lead obj:airstrike                                   | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
lead obj:sortie                                      | 195  | ASSAULT:aerial         | acled=air-strike tgt=prep:on,prep:against
launch obj:bombardment                               | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
launch obj:shelling                                  | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
launch obj:barrage                                   | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
conduct obj:bombardment                              | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
conduct obj:shelling                                 | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
conduct obj:barrage                                  | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
stage obj:bombardment                                | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
stage obj:shelling                                   | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
stage obj:barrage                                    | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
mount obj:bombardment                                | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
mount obj:shelling                                   | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
mount obj:barrage                                    | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
execute obj:bombardment                              | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
execute obj:shelling                                 | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
execute obj:barrage                                  | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
perpetrate obj:bombardment                           | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
perpetrate obj:shelling                              | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
perpetrate obj:barrage                               | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
unleash obj:bombardment                              | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
unleash obj:shelling                                 | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
unleash obj:barrage                                  | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
wage obj:bombardment                                 | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
wage obj:shelling                                    | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
wage obj:barrage                                     | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
initiate obj:bombardment                             | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
initiate obj:shelling                                | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
initiate obj:barrage                                 | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
orchestrate obj:bombardment                          | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
orchestrate obj:shelling                             | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
orchestrate obj:barrage                              | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
spearhead obj:bombardment                            | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
spearhead obj:shelling                               | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
spearhead obj:barrage                                | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
lead obj:bombardment                                 | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
lead obj:shelling                                    | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
lead obj:barrage                                     | 194  | ASSAULT:heavy-weapons  | acled=shelling tgt=prep:on,prep:against
carry prt:out obj:attack                             | 190  | -                      | acled=attack tgt=prep:on,prep:against
carry prt:out obj:assault                            | 190  | -                      | acled=attack tgt=prep:on,prep:against
carry prt:out obj:raid                               | 190  | -                      | acled=attack tgt=prep:on,prep:against
carry prt:out obj:offensive                          | 190  | -                      | acled=armed-clash tgt=prep:on,prep:against
carry prt:out obj:ambush                             | 190  | -                      | acled=attack tgt=prep:on,prep:against
carry prt:out obj:operation                          | 190  | -                      | acled=armed-clash tgt=prep:on,prep:against
carry prt:out obj:bombing                            | 183  | -                      | acled=remote-explosive tgt=prep:on,prep:against
carry prt:out obj:airstrike                          | 195  | -                      | acled=air-strike tgt=prep:on,prep:against
carry prt:out obj:strike                             | 190  | -                      | acled=armed-clash tgt=prep:on,prep:against
carry prt:out obj:shelling                           | 194  | -                      | acled=shelling tgt=prep:on,prep:against
carry prt:out obj:bombardment                        | 194  | -                      | acled=shelling tgt=prep:on,prep:against
carry prt:out obj:assassination                      | 186  | -                      | acled=attack tgt=prep:on,prep:against
carry prt:out obj:killing                            | 190  | -                      | acled=armed-clash tgt=prep:on,prep:against
carry prt:out obj:massacre                           | 202  | -                      | acled=attack tgt=prep:on,prep:against
carry prt:out obj:kidnapping                         | 181  | -                      | acled=abduction tgt=prep:on,prep:against
carry prt:out obj:abduction                          | 181  | -                      | acled=abduction tgt=prep:on,prep:against
carry prt:out obj:execution                          | 186  | -                      | acled=attack tgt=prep:on,prep:against
commit obj:massacre                                  | 202  | ASSAULT                | acled=attack
commit obj:atrocity                                  | 202  | ASSAULT                | acled=attack
commit obj:genocide                                  | 202  | ASSAULT                | acled=attack
perpetrate obj:massacre                              | 202  | ASSAULT                | acled=attack
perpetrate obj:atrocity                              | 202  | ASSAULT                | acled=attack
perpetrate obj:genocide                              | 202  | ASSAULT                | acled=attack
commit obj:murder                                    | 1823 | ASSAULT:primitive      | acled=attack
commit obj:killing                                   | 1823 | ASSAULT:primitive      | acled=attack
engage prep:in:clash                                 | 190  | ASSAULT                | acled=armed-clash
engage prep:in:fighting                              | 190  | ASSAULT                | acled=armed-clash
engage prep:in:battle                                | 190  | ASSAULT                | acled=armed-clash

# ------------------------------------------------------------------------------------------------
# 19 FIGHT: event nouns (source = possessor / by-phrase / subject of the governing verb)
# ------------------------------------------------------------------------------------------------
n:attack                                             | 190  | ASSAULT                | acled=attack
n:assault                                            | 190  | ASSAULT                | acled=attack
n:raid                                               | 190  | ASSAULT                | acled=attack
n:offensive                                          | 190  | ASSAULT                | acled=armed-clash
n:ambush                                             | 190  | ASSAULT                | acled=attack
n:incursion                                          | 190  | ASSAULT                | acled=armed-clash
n:onslaught                                          | 190  | ASSAULT                | acled=armed-clash
n:counteroffensive                                   | 190  | ASSAULT                | acled=armed-clash
n:counterattack                                      | 190  | ASSAULT                | acled=armed-clash
n:hostility                                          | 190  | ASSAULT                | acled=armed-clash
n:aggression                                         | 190  | ASSAULT                | acled=armed-clash
n:clash                                              | 190  | ASSAULT                | acled=armed-clash tgt=prep:with,prep:against,prep:between
n:fighting                                           | 190  | ASSAULT                | acled=armed-clash tgt=prep:with,prep:against,prep:between
n:battle                                             | 190  | ASSAULT                | acled=armed-clash tgt=prep:with,prep:against,prep:between
n:skirmish                                           | 190  | ASSAULT                | acled=armed-clash tgt=prep:with,prep:against,prep:between
n:firefight                                          | 190  | ASSAULT                | acled=armed-clash tgt=prep:with,prep:against,prep:between
n:gunfight                                           | 193  | ASSAULT:firearms       | acled=armed-clash
n:shootout                                           | 193  | ASSAULT:firearms       | acled=armed-clash
n:shooting                                           | 193  | ASSAULT:firearms       | acled=attack
n:gunfire                                            | 193  | ASSAULT:firearms       | acled=attack
n:shelling                                           | 194  | ASSAULT:heavy-weapons  | acled=shelling
n:bombardment                                        | 194  | ASSAULT:heavy-weapons  | acled=shelling
n:barrage                                            | 194  | ASSAULT:heavy-weapons  | acled=shelling
n:airstrike                                          | 195  | ASSAULT:aerial         | acled=air-strike
n:air-strike                                         | 195  | ASSAULT:aerial         | acled=air-strike
n:airstrikes                                         | 195  | ASSAULT:aerial         | acled=air-strike
n:strike mod:air                                     | 195  | ASSAULT:aerial         | acled=air-strike
n:strike mod:drone                                   | 1952 | ASSAULT:drone          | acled=air-strike
n:attack mod:drone                                   | 1952 | ASSAULT:drone          | acled=air-strike
n:strike mod:missile|rocket                          | 194  | ASSAULT:heavy-weapons  | acled=shelling
n:attack mod:rocket|missile|mortar                   | 194  | ASSAULT:heavy-weapons  | acled=shelling
n:raid mod:air                                       | 195  | ASSAULT:aerial         | acled=air-strike
n:invasion                                           | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:of
n:occupation                                         | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:of
n:annexation                                         | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:of
n:takeover                                           | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:of
n:siege                                              | 191  | COERCE:restrict        | acled=other tgt=prep:of,prep:on
n:blockade                                           | 191  | COERCE:restrict        | acled=other tgt=prep:of,prep:on
n:encirclement                                       | 191  | COERCE:restrict        | acled=other tgt=prep:of,prep:on
n:killing                                            | 190  | ASSAULT                | acled=attack poss=tgt
n:slaying                                            | 190  | ASSAULT                | acled=attack poss=tgt
n:violation prep:of:ceasefire|truce                  | 196  | ASSAULT                | acled=armed-clash
n:breach prep:of:ceasefire|truce                     | 196  | ASSAULT                | acled=armed-clash

# ------------------------------------------------------------------------------------------------
# 18 ASSAULT: unconventional violence against persons
# ------------------------------------------------------------------------------------------------
kidnap                                               | 181  | ASSAULT:abduct         | acled=abduction
abduct                                               | 181  | ASSAULT:abduct         | acled=abduction
hijack                                               | 181  | ASSAULT:abduct         | acled=abduction
snatch                                               | 181  | ASSAULT:abduct         | acled=abduction
take obj:hostage                                     | 181  | ASSAULT:abduct         | acled=abduction
take prep:as:hostage                                 | 181  | ASSAULT:abduct         | acled=abduction
hold prep:as:hostage                                 | 181  | ASSAULT:abduct         | acled=abduction
seize obj:hostage                                    | 181  | ASSAULT:abduct         | acled=abduction
n:kidnapping                                         | 181  | ASSAULT:abduct         | acled=abduction poss=tgt
n:abduction                                          | 181  | ASSAULT:abduct         | acled=abduction poss=tgt
n:hijacking                                          | 181  | ASSAULT:abduct         | acled=abduction poss=tgt
n:hostage-taking                                     | 181  | ASSAULT:abduct         | acled=abduction poss=tgt
n:disappearance                                      | 181  | ASSAULT:abduct         | acled=abduction poss=tgt
beat                                                 | 182  | ASSAULT:beat           | acled=attack
flog                                                 | 182  | ASSAULT:beat           | acled=attack
whip                                                 | 182  | ASSAULT:beat           | acled=attack
lash                                                 | 182  | ASSAULT:beat           | acled=attack
punch                                                | 182  | ASSAULT:beat           | acled=attack
kick                                                 | 182  | ASSAULT:beat           | acled=attack
thrash                                               | 182  | ASSAULT:beat           | acled=attack
batter                                               | 182  | ASSAULT:beat           | acled=attack
manhandle                                            | 182  | ASSAULT:beat           | acled=attack
brutalize                                            | 182  | ASSAULT:beat           | acled=attack
brutalise                                            | 182  | ASSAULT:beat           | acled=attack
n:beating                                            | 182  | ASSAULT:beat           | acled=attack poss=tgt
n:flogging                                           | 182  | ASSAULT:beat           | acled=attack poss=tgt
n:lashing                                            | 182  | ASSAULT:beat           | acled=attack poss=tgt
rape                                                 | 1821 | ASSAULT:sexual         | acled=sexual-violence
molest                                               | 1821 | ASSAULT:sexual         | acled=sexual-violence
abuse mod:sexually                                   | 1821 | ASSAULT:sexual         | acled=sexual-violence
assault mod:sexually                                 | 1821 | ASSAULT:sexual         | acled=sexual-violence
n:rape                                               | 1821 | ASSAULT:sexual         | acled=sexual-violence poss=tgt
n:violence mod:sexual                                | 1821 | ASSAULT:sexual         | acled=sexual-violence
n:assault mod:sexual                                 | 1821 | ASSAULT:sexual         | acled=sexual-violence
torture                                              | 1822 | ASSAULT:torture        | acled=attack
mutilate                                             | 1822 | ASSAULT:torture        | acled=attack
n:torture                                            | 1822 | ASSAULT:torture        | acled=attack poss=tgt
n:mutilation                                         | 1822 | ASSAULT:torture        | acled=attack poss=tgt
murder                                               | 1823 | ASSAULT:primitive      | acled=attack
stab                                                 | 1823 | ASSAULT:primitive      | acled=attack
behead                                               | 1823 | ASSAULT:primitive      | acled=attack
decapitate                                           | 1823 | ASSAULT:primitive      | acled=attack
lynch                                                | 1823 | ASSAULT:primitive      | acled=attack
strangle                                             | 1823 | ASSAULT:primitive      | acled=attack
# a hanging needs someone hanged ("hang up their washing" is none)
hang                                                 | 1823 | ASSAULT:primitive      | acled=attack needtgt
bludgeon                                             | 1823 | ASSAULT:primitive      | acled=attack
stone                                                | 1823 | ASSAULT:primitive      | acled=attack
n:murder                                             | 1823 | ASSAULT:primitive      | acled=attack poss=tgt
n:stabbing                                           | 1823 | ASSAULT:primitive      | acled=attack poss=tgt
# a homicide is a killing someone committed ("a homicide investigation", "the city's 40th homicide")
n:homicide                                           | 1823 | ASSAULT:primitive      | acled=attack poss=tgt
n:beheading                                          | 1823 | ASSAULT:primitive      | acled=attack poss=tgt
n:lynching                                           | 1823 | ASSAULT:primitive      | acled=attack poss=tgt
n:decapitation                                       | 1823 | ASSAULT:primitive      | acled=attack poss=tgt
bomb mod:car                                         | 183  | ASSAULT:explosives     | acled=remote-explosive
n:bombing                                            | 183  | ASSAULT:explosives     | acled=remote-explosive
n:blast                                              | 183  | ASSAULT:explosives     | acled=remote-explosive
n:explosion                                          | 183  | ASSAULT:explosives     | acled=remote-explosive
n:detonation                                         | 183  | ASSAULT:explosives     | acled=remote-explosive
n:bomb mod:car                                       | 1832 | ASSAULT:explosives     | acled=remote-explosive
n:bombing mod:car                                    | 1832 | ASSAULT:explosives     | acled=remote-explosive
n:bomb mod:roadside                                  | 1833 | ASSAULT:explosives     | acled=remote-explosive
n:bombing mod:roadside                               | 1833 | ASSAULT:explosives     | acled=remote-explosive
n:bomb mod:suicide                                   | 1831 | ASSAULT:suicide-attack | acled=suicide-bomb
n:bombing mod:suicide                                | 1831 | ASSAULT:suicide-attack | acled=suicide-bomb
n:attack mod:suicide                                 | 1831 | ASSAULT:suicide-attack | acled=suicide-bomb
n:bomber mod:suicide                                 | 1831 | ASSAULT:suicide-attack | acled=suicide-bomb
n:attack mod:bomb                                    | 183  | ASSAULT:explosives     | acled=remote-explosive
n:explosion mod:bomb|car                             | 183  | ASSAULT:explosives     | acled=remote-explosive
blow prt:up obj:* mod:suicide                        | 1831 | ASSAULT:suicide-attack | acled=suicide-bomb
blow prep:up                                         | 183  | ASSAULT:explosives     | acled=remote-explosive
n:attack mod:grenade                                 | 183  | ASSAULT:explosives     | acled=grenade
n:ied                                                | 1833 | ASSAULT:explosives     | acled=remote-explosive
use obj:* prep:as:shield                             | 184  | ASSAULT                | acled=attack
n:shield mod:human                                   | 184  | ASSAULT                | acled=attack
assassinate                                          | 186  | ASSAULT:targeted       | acled=attack
n:assassination                                      | 186  | ASSAULT:targeted       | acled=attack poss=tgt
n:liquidation                                        | 186  | ASSAULT:targeted       | acled=attack poss=tgt
liquidate                                            | 186  | ASSAULT:targeted       | acled=attack tgtkind=person,generic,unknown
eliminate                                            | 186  | ASSAULT:targeted       | acled=attack tgtkind=person,generic,unknown
execute                                              | 186  | ASSAULT:targeted       | acled=attack tgtkind=person,generic,unknown
n:execution                                          | 186  | ASSAULT:targeted       | acled=attack poss=tgt
n:killing mod:targeted|extrajudicial                 | 186  | ASSAULT:targeted       | acled=attack poss=tgt
attempt xcomp:assassinate|kill                       | 185  | ASSAULT:targeted       | acled=attack
try xcomp:assassinate|kill                           | 185  | ASSAULT:targeted       | acled=attack
n:attempt prep:on:life                               | 185  | ASSAULT:targeted       | acled=attack tgt=prep:on
n:attempt mod:assassination                          | 185  | ASSAULT:targeted       | acled=attack
survive obj:attempt|assassination|attack             | 185  | ASSAULT:targeted       | acled=attack src=prep:by tgt=subj
launch obj:assassination                             | 186  | ASSAULT:targeted       | acled=attack
launch obj:killing                                   | 186  | ASSAULT:targeted       | acled=attack
launch obj:kidnapping                                | 186  | ASSAULT:targeted       | acled=attack
launch obj:abduction                                 | 186  | ASSAULT:targeted       | acled=attack
launch obj:execution                                 | 186  | ASSAULT:targeted       | acled=attack
conduct obj:assassination                            | 186  | ASSAULT:targeted       | acled=attack
conduct obj:killing                                  | 186  | ASSAULT:targeted       | acled=attack
conduct obj:kidnapping                               | 186  | ASSAULT:targeted       | acled=attack
conduct obj:abduction                                | 186  | ASSAULT:targeted       | acled=attack
conduct obj:execution                                | 186  | ASSAULT:targeted       | acled=attack
stage obj:assassination                              | 186  | ASSAULT:targeted       | acled=attack
stage obj:killing                                    | 186  | ASSAULT:targeted       | acled=attack
stage obj:kidnapping                                 | 186  | ASSAULT:targeted       | acled=attack
stage obj:abduction                                  | 186  | ASSAULT:targeted       | acled=attack
stage obj:execution                                  | 186  | ASSAULT:targeted       | acled=attack
mount obj:assassination                              | 186  | ASSAULT:targeted       | acled=attack
mount obj:killing                                    | 186  | ASSAULT:targeted       | acled=attack
mount obj:kidnapping                                 | 186  | ASSAULT:targeted       | acled=attack
mount obj:abduction                                  | 186  | ASSAULT:targeted       | acled=attack
mount obj:execution                                  | 186  | ASSAULT:targeted       | acled=attack
execute obj:assassination                            | 186  | ASSAULT:targeted       | acled=attack
execute obj:killing                                  | 186  | ASSAULT:targeted       | acled=attack
execute obj:kidnapping                               | 186  | ASSAULT:targeted       | acled=attack
execute obj:abduction                                | 186  | ASSAULT:targeted       | acled=attack
execute obj:execution                                | 186  | ASSAULT:targeted       | acled=attack
perpetrate obj:assassination                         | 186  | ASSAULT:targeted       | acled=attack
perpetrate obj:killing                               | 186  | ASSAULT:targeted       | acled=attack
perpetrate obj:kidnapping                            | 186  | ASSAULT:targeted       | acled=attack
perpetrate obj:abduction                             | 186  | ASSAULT:targeted       | acled=attack
perpetrate obj:execution                             | 186  | ASSAULT:targeted       | acled=attack
unleash obj:assassination                            | 186  | ASSAULT:targeted       | acled=attack
unleash obj:killing                                  | 186  | ASSAULT:targeted       | acled=attack
unleash obj:kidnapping                               | 186  | ASSAULT:targeted       | acled=attack
unleash obj:abduction                                | 186  | ASSAULT:targeted       | acled=attack
unleash obj:execution                                | 186  | ASSAULT:targeted       | acled=attack
wage obj:assassination                               | 186  | ASSAULT:targeted       | acled=attack
wage obj:killing                                     | 186  | ASSAULT:targeted       | acled=attack
wage obj:kidnapping                                  | 186  | ASSAULT:targeted       | acled=attack
wage obj:abduction                                   | 186  | ASSAULT:targeted       | acled=attack
wage obj:execution                                   | 186  | ASSAULT:targeted       | acled=attack
initiate obj:assassination                           | 186  | ASSAULT:targeted       | acled=attack
initiate obj:killing                                 | 186  | ASSAULT:targeted       | acled=attack
initiate obj:kidnapping                              | 186  | ASSAULT:targeted       | acled=attack
initiate obj:abduction                               | 186  | ASSAULT:targeted       | acled=attack
initiate obj:execution                               | 186  | ASSAULT:targeted       | acled=attack
orchestrate obj:assassination                        | 186  | ASSAULT:targeted       | acled=attack
orchestrate obj:killing                              | 186  | ASSAULT:targeted       | acled=attack
orchestrate obj:kidnapping                           | 186  | ASSAULT:targeted       | acled=attack
orchestrate obj:abduction                            | 186  | ASSAULT:targeted       | acled=attack
orchestrate obj:execution                            | 186  | ASSAULT:targeted       | acled=attack
spearhead obj:assassination                          | 186  | ASSAULT:targeted       | acled=attack
spearhead obj:killing                                | 186  | ASSAULT:targeted       | acled=attack
spearhead obj:kidnapping                             | 186  | ASSAULT:targeted       | acled=attack
spearhead obj:abduction                              | 186  | ASSAULT:targeted       | acled=attack
spearhead obj:execution                              | 186  | ASSAULT:targeted       | acled=attack
lead obj:assassination                               | 186  | ASSAULT:targeted       | acled=attack
lead obj:killing                                     | 186  | ASSAULT:targeted       | acled=attack
lead obj:kidnapping                                  | 186  | ASSAULT:targeted       | acled=attack
lead obj:abduction                                   | 186  | ASSAULT:targeted       | acled=attack
lead obj:execution                                   | 186  | ASSAULT:targeted       | acled=attack
carry obj:assassination                              | 186  | ASSAULT:targeted       | acled=attack
carry obj:killing                                    | 186  | ASSAULT:targeted       | acled=attack
carry obj:kidnapping                                 | 186  | ASSAULT:targeted       | acled=attack
carry obj:abduction                                  | 186  | ASSAULT:targeted       | acled=attack
carry obj:execution                                  | 186  | ASSAULT:targeted       | acled=attack
blow prt:up obj:themselves|himself|herself           | 1831 | ASSAULT:suicide-attack | acled=suicide-bomb
blow obj:themselves|himself|herself                  | 1831 | ASSAULT:suicide-attack | acled=suicide-bomb
detonate obj:themselves|himself|herself              | 1831 | ASSAULT:suicide-attack | acled=suicide-bomb
n:kamikaze                                           | 1831 | ASSAULT:suicide-attack | acled=suicide-bomb
n:attack mod:bombing                                 | 183  | ASSAULT:explosives     | acled=remote-explosive

# ------------------------------------------------------------------------------------------------
# Disrupted weapons use (ACLED Strategic developments): finds, seizures, defusing, interceptions
# ------------------------------------------------------------------------------------------------
discover obj:cache                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:caches                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:stash                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:weapons                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:weapon                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:arms                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:explosives                              | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:explosive                               | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:ammunition                              | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:device                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:devices                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:ied                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:ieds                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:bomb                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:bombs                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:mine                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:mines                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:rocket                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:rockets                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:missile                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:projectile                              | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:projectiles                             | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:firearm                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
discover obj:firearms                                | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:cache                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:caches                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:stash                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:weapons                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:weapon                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:arms                                        | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:explosives                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:explosive                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:ammunition                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:device                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:devices                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:ied                                         | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:ieds                                        | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:bomb                                        | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:bombs                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:mine                                        | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:mines                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:rocket                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:rockets                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:missile                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:projectile                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:projectiles                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:firearm                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
find obj:firearms                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:cache                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:caches                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:stash                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:weapons                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:weapon                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:arms                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:explosives                               | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:explosive                                | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:ammunition                               | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:device                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:devices                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:ied                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:ieds                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:bomb                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:bombs                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:mine                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:mines                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:rocket                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:rockets                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:missile                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:projectile                               | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:projectiles                              | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:firearm                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
uncover obj:firearms                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:cache                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:caches                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:stash                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:weapons                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:weapon                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:arms                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:explosives                               | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:explosive                                | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:ammunition                               | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:device                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:devices                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:ied                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:ieds                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:bomb                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:bombs                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:mine                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:mines                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:rocket                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:rockets                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:missile                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:projectile                               | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:projectiles                              | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:firearm                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
unearth obj:firearms                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:cache                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:caches                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:stash                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:weapons                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:weapon                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:arms                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:explosives                                | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:explosive                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:ammunition                                | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:device                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:devices                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:ied                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:ieds                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:bomb                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:bombs                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:mine                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:mines                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:rocket                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:rockets                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:missile                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:projectile                                | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:projectiles                               | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:firearm                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
locate obj:firearms                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:cache                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:caches                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:stash                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:weapons                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:weapon                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:arms                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:explosives                               | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:explosive                                | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:ammunition                               | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:device                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:devices                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:ied                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:ieds                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:bomb                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:bombs                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:mine                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:mines                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:rocket                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:rockets                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:missile                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:projectile                               | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:projectiles                              | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:firearm                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
recover obj:firearms                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
defuse obj:bomb                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
defuse obj:bombs                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
defuse obj:device                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
defuse obj:devices                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
defuse obj:ied                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
defuse obj:ieds                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
defuse obj:mine                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
defuse obj:mines                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
defuse obj:explosive                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
defuse obj:explosives                                | 1711 | COERCE:seize           | acled=disrupted-weapons
dismantle obj:bomb                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
dismantle obj:bombs                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
dismantle obj:device                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
dismantle obj:devices                                | 1711 | COERCE:seize           | acled=disrupted-weapons
dismantle obj:ied                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
dismantle obj:ieds                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
dismantle obj:mine                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
dismantle obj:mines                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
dismantle obj:explosive                              | 1711 | COERCE:seize           | acled=disrupted-weapons
dismantle obj:explosives                             | 1711 | COERCE:seize           | acled=disrupted-weapons
disarm obj:bomb                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
disarm obj:bombs                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
disarm obj:device                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
disarm obj:devices                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
disarm obj:ied                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
disarm obj:ieds                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
disarm obj:mine                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
disarm obj:mines                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
disarm obj:explosive                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
disarm obj:explosives                                | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralize obj:bomb                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralize obj:bombs                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralize obj:device                                | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralize obj:devices                               | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralize obj:ied                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralize obj:ieds                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralize obj:mine                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralize obj:mines                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralize obj:explosive                             | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralize obj:explosives                            | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralise obj:bomb                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralise obj:bombs                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralise obj:device                                | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralise obj:devices                               | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralise obj:ied                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralise obj:ieds                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralise obj:mine                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralise obj:mines                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralise obj:explosive                             | 1711 | COERCE:seize           | acled=disrupted-weapons
neutralise obj:explosives                            | 1711 | COERCE:seize           | acled=disrupted-weapons
deactivate obj:bomb                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
deactivate obj:bombs                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
deactivate obj:device                                | 1711 | COERCE:seize           | acled=disrupted-weapons
deactivate obj:devices                               | 1711 | COERCE:seize           | acled=disrupted-weapons
deactivate obj:ied                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
deactivate obj:ieds                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
deactivate obj:mine                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
deactivate obj:mines                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
deactivate obj:explosive                             | 1711 | COERCE:seize           | acled=disrupted-weapons
deactivate obj:explosives                            | 1711 | COERCE:seize           | acled=disrupted-weapons
destroy obj:bomb                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
destroy obj:bombs                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
destroy obj:device                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
destroy obj:devices                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
destroy obj:ied                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
destroy obj:ieds                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
destroy obj:mine                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
destroy obj:mines                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
destroy obj:explosive                                | 1711 | COERCE:seize           | acled=disrupted-weapons
destroy obj:explosives                               | 1711 | COERCE:seize           | acled=disrupted-weapons
detonate obj:bombs                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
detonate obj:devices                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
detonate obj:ieds                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
detonate obj:mines                                   | 1711 | COERCE:seize           | acled=disrupted-weapons
detonate obj:explosives                              | 1711 | COERCE:seize           | acled=disrupted-weapons
intercept obj:drone                                  | 1711 | COERCE:seize           | acled=disrupted-weapons
intercept obj:drones                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
intercept obj:missile                                | 1711 | COERCE:seize           | acled=disrupted-weapons
intercept obj:missiles                               | 1711 | COERCE:seize           | acled=disrupted-weapons
intercept obj:rocket                                 | 1711 | COERCE:seize           | acled=disrupted-weapons
intercept obj:rockets                                | 1711 | COERCE:seize           | acled=disrupted-weapons
intercept obj:package                                | 1711 | COERCE:seize           | acled=disrupted-weapons
intercept obj:packages                               | 1711 | COERCE:seize           | acled=disrupted-weapons
intercept obj:shipment                               | 1711 | COERCE:seize           | acled=disrupted-weapons
down obj:drone                                       | 1711 | COERCE:seize           | acled=disrupted-weapons
down obj:drones                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
down obj:missile                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
down obj:missiles                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
down obj:rocket                                      | 1711 | COERCE:seize           | acled=disrupted-weapons
down obj:rockets                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
down obj:package                                     | 1711 | COERCE:seize           | acled=disrupted-weapons
down obj:packages                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
down obj:shipment                                    | 1711 | COERCE:seize           | acled=disrupted-weapons
shoot prt:down obj:drone|drones|missile|missiles|rocket|rockets|uav | 1711 | COERCE:seize           | acled=disrupted-weapons

# ------------------------------------------------------------------------------------------------
# Bases and headquarters established (ACLED Strategic developments)
# ------------------------------------------------------------------------------------------------
establish obj:post                                   | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:posts                                  | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:base                                   | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:bases                                  | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:headquarters                           | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:outpost                                | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:outposts                               | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:camp                                   | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:camps                                  | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:checkpoint                             | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:checkpoints                            | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:observation                            | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
establish obj:point|points|barracks|garrison|garrisons|position|positions | 154 | MOBILIZE:troops | acled=hq-established ctx=military
build obj:post                                       | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:posts                                      | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:base                                       | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:bases                                      | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:headquarters                               | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:outpost                                    | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:outposts                                   | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:camp                                       | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:camps                                      | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:checkpoint                                 | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:checkpoints                                | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
build obj:observation                                | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:post                                        | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:posts                                       | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:base                                        | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:bases                                       | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:headquarters                                | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:outpost                                     | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:outposts                                    | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:camp                                        | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:camps                                       | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:checkpoint                                  | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:checkpoints                                 | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
open obj:observation                                 | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:post                                       | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:posts                                      | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:base                                       | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:bases                                      | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:headquarters                               | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:outpost                                    | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:outposts                                   | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:camp                                       | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:camps                                      | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:checkpoint                                 | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:checkpoints                                | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
erect obj:observation                                | 154  | MOBILIZE:troops        | acled=hq-established ctx=military
set prt:up obj:post|posts|base|bases|headquarters|outpost|outposts|camp|camps|checkpoint|checkpoints|point|points | 154  | MOBILIZE:troops        | acled=hq-established ctx=military

# ------------------------------------------------------------------------------------------------
# Territory changing hands
# ------------------------------------------------------------------------------------------------
recover obj:town                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:city                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:village                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:villages                                 | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:area                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:areas                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:territory                                | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:region                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:regions                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:district                                 | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:neighborhood                             | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:neighbourhood                            | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:province                                 | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
recover obj:control                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:town                                        | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:city                                        | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:village                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:villages                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:area                                        | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:areas                                       | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:territory                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:region                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:regions                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:district                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:neighborhood                                | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:neighbourhood                               | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:province                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
free obj:control                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:town                                       | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:city                                       | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:village                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:villages                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:area                                       | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:areas                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:territory                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:region                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:regions                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:district                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:neighborhood                               | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:neighbourhood                              | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:province                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
clear obj:control                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:town                                       | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:city                                       | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:village                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:villages                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:area                                       | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:areas                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:territory                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:region                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:regions                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:district                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:neighborhood                               | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:neighbourhood                              | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:province                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
purge obj:control                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:town                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:city                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:village                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:villages                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:area                                      | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:areas                                     | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:territory                                 | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:region                                    | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:regions                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:district                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:neighborhood                              | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:neighbourhood                             | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:province                                  | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
secure obj:control                                   | 192  | ASSAULT                | acled=gov-regains ctx=territory tgt=prep:from,obj
take obj:control                                     | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:control                                    | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
gain obj:control                                     | 192  | ASSAULT                | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
withdraw prep:from                                   | 0874 | RETREAT:withdraw       | acled=change-group tgt=prep:from
pull prt:out prep:of|from                            | 0874 | RETREAT:withdraw       | acled=change-group
hand prt:over obj:control                            | 0842 | RETREAT:release        | acled=territory-transfer

# ------------------------------------------------------------------------------------------------
# 18/17 property: destruction, arson, looting
# ------------------------------------------------------------------------------------------------
destroy                                              | 1712 | ASSAULT:destroy        | acled=looting
demolish                                             | 1712 | ASSAULT:destroy        | acled=looting
raze                                                 | 1712 | ASSAULT:destroy        | acled=looting
bulldoze                                             | 1712 | ASSAULT:destroy        | acled=looting
torch                                                | 1712 | ASSAULT:destroy        | acled=looting
burn                                                 | 1712 | ASSAULT:destroy        | acled=looting
wreck                                                | 1712 | ASSAULT:destroy        | acled=looting
ransack                                              | 1712 | ASSAULT:destroy        | acled=looting
vandalize                                            | 1712 | ASSAULT:destroy        | acled=looting
vandalise                                            | 1712 | ASSAULT:destroy        | acled=looting
# An attack on things, not people: ACLED Looting/property destruction.
attack obj:property|properties|shop|shops|store|stores|vehicle|vehicles|car|cars | 1712 | ASSAULT:destroy | acled=looting
n:attack prep:on:property|properties|shop|shops|store|stores|vehicle|vehicles|car|cars | 1712 | ASSAULT:destroy | acled=looting
sabotage                                             | 1712 | ASSAULT:destroy        | acled=looting
loot                                                 | 1712 | ASSAULT:destroy        | acled=looting
pillage                                              | 1712 | ASSAULT:destroy        | acled=looting
plunder                                              | 1712 | ASSAULT:destroy        | acled=looting
set obj:fire prep:to                                 | 1712 | ASSAULT:destroy        | acled=looting tgt=prep:to
set prep:on:fire                                     | 1712 | ASSAULT:destroy        | acled=looting
set prep:ablaze                                      | 1712 | ASSAULT:destroy        | acled=looting
n:arson                                              | 1712 | ASSAULT:destroy        | acled=looting tgt=prep:of
n:looting                                            | 1712 | ASSAULT:destroy        | acled=looting tgt=prep:of
n:demolition                                         | 1712 | ASSAULT:destroy        | acled=looting tgt=prep:of
n:destruction                                        | 1712 | ASSAULT:destroy        | acled=looting tgt=prep:of
n:sabotage                                           | 1712 | ASSAULT:destroy        | acled=looting tgt=prep:of
n:vandalism                                          | 1712 | ASSAULT:destroy        | acled=looting tgt=prep:of

# ------------------------------------------------------------------------------------------------
# 20 USE UNCONVENTIONAL MASS VIOLENCE
# ------------------------------------------------------------------------------------------------
massacre                                             | 202  | ASSAULT                | acled=attack
slaughter                                            | 202  | ASSAULT                | acled=attack
exterminate                                          | 202  | ASSAULT                | acled=attack
annihilate                                           | 202  | ASSAULT                | acled=attack
n:massacre                                           | 202  | ASSAULT                | acled=attack
n:slaughter                                          | 202  | ASSAULT                | acled=attack
n:genocide                                           | 202  | ASSAULT                | acled=attack
n:holocaust                                          | 202  | ASSAULT                | acled=attack
n:extermination                                      | 202  | ASSAULT                | acled=attack
n:bloodbath                                          | 202  | ASSAULT                | acled=attack
n:pogrom                                             | 202  | ASSAULT                | acled=attack
n:killing mod:mass                                   | 202  | ASSAULT                | acled=attack
n:cleansing mod:ethnic                               | 203  | ASSAULT                | acled=attack ctx=religion_ethnicity
cleanse mod:ethnically                               | 203  | ASSAULT                | acled=attack ctx=religion_ethnicity
n:expulsion mod:mass                                 | 201  | ASSAULT                | acled=attack ctx=migration
expel mod:en_masse                                   | 201  | ASSAULT                | acled=attack ctx=migration
n:deportation mod:mass                               | 201  | ASSAULT                | acled=attack ctx=migration
# "fire/use/deploy gas" is tear gas far more often than a chemical weapon: coded as crowd control
# (coercion.pat, CAMEO 175); chemical weapons need a chemical word (sarin, chlorine, poison gas).
use obj:sarin                                        | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
use obj:chlorine                                     | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
use obj:agent                                        | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
deploy obj:sarin                                     | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
deploy obj:chlorine                                  | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
deploy obj:agent                                     | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
employ obj:sarin                                     | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
employ obj:chlorine                                  | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
employ obj:agent                                     | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
fire obj:sarin                                       | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
fire obj:chlorine                                    | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
fire obj:agent                                       | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
drop obj:sarin                                       | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
drop obj:chlorine                                    | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
drop obj:agent                                       | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
n:attack mod:chemical|gas|biological                 | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
n:weapon mod:chemical                                | 204  | ASSAULT:unconventional | acled=chemical ctx=cbrn
gas                                                  | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
detonate obj:nuke                                    | 2042 | ASSAULT:unconventional | ctx=cbrn
detonate obj:warhead                                 | 2042 | ASSAULT:unconventional | ctx=cbrn
explode obj:nuke                                     | 2042 | ASSAULT:unconventional | ctx=cbrn
explode obj:warhead                                  | 2042 | ASSAULT:unconventional | ctx=cbrn
n:attack mod:nuclear                                 | 2042 | ASSAULT:unconventional | ctx=cbrn


# ------------------------------------------------------------------------------------------------
# ACLED sub-type cues (ACLED codebook sub-event definitions): weapon words that select the
# sub-type, territory taken, weapons disrupted.
# ------------------------------------------------------------------------------------------------
n:explosion mod:grenade                              | 183  | ASSAULT:explosives     | acled=grenade
n:blast mod:grenade                                  | 183  | ASSAULT:explosives     | acled=grenade
hit obj:mine|landmine|ied|device                     | 183  | ASSAULT:explosives     | acled=remote-explosive
step prep:on:mine|landmine|ied|device|explosive      | 183  | ASSAULT:explosives     | acled=remote-explosive
n:gas mod:poison|poisonous|toxic|nerve|mustard|chlorine|sarin | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
attack prep:with:chlorine|sarin|chemical|chemicals|toxin|toxins | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
n:attack mod:poison|poisonous|toxic|chlorine|sarin|nerve | 2041 | ASSAULT:unconventional | acled=chemical ctx=cbrn
take prt:over obj:town|city|village|villages|area|areas|territory|locality|localities|base|district|province|region|neighborhood|neighbourhood|control|position|positions|airport|port|camp|camps|stronghold | 192 | ASSAULT | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
capture obj:camp|camps|position|positions|port|airfield|stronghold|post|posts|hill|checkpoint|neighbourhood|towns|cities|areas|localities|locality|villages|outpost|garrison|enclave|enclaves|bastion|bastions|strongholds|dam|refinery|bridge|headquarters|oilfield|oilfields|crossing | 192 | ASSAULT | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
seize obj:camp|camps|position|positions|port|airfield|stronghold|post|posts|hill|checkpoint|neighbourhood|towns|cities|areas|localities|locality|villages|outpost|garrison|capital|site|enclave|enclaves|bastion|bastions|strongholds|dam|refinery|bridge|headquarters|oilfield|oilfields|crossing | 192 | ASSAULT | acled=nsa-overtakes ctx=territory tgt=prep:from,obj
confiscate obj:weapon|weapons|arms|ammunition|gun|guns|firearm|firearms|rifle|rifles|pistol|pistols|explosive|explosives|grenade|grenades | 1711 | COERCE:seize | acled=disrupted-weapons
seize obj:grenade|grenades|pistol|pistols|revolver|revolvers|cartridge|cartridges|device|devices|mine|mines|rocket|rockets|ammunitions|munitions|weaponry|arsenal|kalashnikov|kalashnikovs | 1711 | COERCE:seize | acled=disrupted-weapons
find obj:grenade|grenades|pistol|pistols|revolver|revolvers|cache|caches|stash|arms|weapons|weapon|ammunition|ammunitions|munitions|device|devices|explosives|explosive|bomb|bombs|ied|ieds|depot|arsenal | 1711 | COERCE:seize | acled=disrupted-weapons
# A weapons cache or stash in the news is one found or seized: ACLED Disrupted weapons use.
n:cache obj:weapon|weapons|arms|ammunition|ammunitions|explosive|explosives|projectile|projectiles|rocket|rockets|mine|mines|bomb|bombs|grenade|grenades | 1711 | COERCE:seize | acled=disrupted-weapons
n:stash obj:weapon|weapons|arms|ammunition|ammunitions|explosive|explosives|projectile|projectiles|rocket|rockets|mine|mines|bomb|bombs|grenade|grenades | 1711 | COERCE:seize | acled=disrupted-weapons
discover obj:grenade|grenades|pistol|pistols|revolver|revolvers|depot|arsenal|ammunitions|munitions | 1711 | COERCE:seize | acled=disrupted-weapons
clear obj:mine|mines|landmine|landmines|ied|ieds|explosive|explosives|ordnance | 1711 | COERCE:seize | acled=disrupted-weapons
destroy obj:mine|mines|landmine|landmines|ied|ieds|explosive|explosives|ordnance|cache|caches|stash | 1711 | COERCE:seize | acled=disrupted-weapons
n:interception prep:of:missile|missiles|rocket|rockets|drone|drones | 1711 | COERCE:seize | acled=disrupted-weapons

# A rampage by one or a few people is an attack (a crowd's rampage is a riot: protest.pat)
rampage                                              | 180  | ASSAULT                | acled=attack
n:rampage                                            | 180  | ASSAULT                | acled=attack
