package event

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// verbLexicon is sitrep's own verb lexicon: a lemma, optionally with a
// particle (+over), an object head (obj=control), a preposition on the
// verb or its object (prep=of), a nominal on the verb (obl=phone), and the CAMEO code, with alternatives by
// the kind of target (place=192 person=181; one= a single person; igo= an
// international body: "joined NATO" is accession; a code
// of 0 drops the event), where the target is found (tgt=with: the obl
// marked "with"; tgt=subj for unaccusatives; tgt=none: nowhere, "went on
// strike") and where the source is
// (src=to: "the town fell to militants"; src=none: the subject is not the
// doer), and whether the subject must be an armed force (armed: "troops
// moved to ..."), protesters (protesters: "demonstrators gathered"),
// protesters or people at large (crowd: "students protested against"),
// protesters, a crowd or a mob (rioters: "a crowd set fire to") or
// an attack, a weapon or an attacker (violent: "a blast tore through"),
// and whether the object may be told as the passive subject (passive:
// "mobile data services had been suspended"). Displacement ("fled",
// "displaced") is coded as PLOVER does, SANCTION expel (166) with the people who fled as the target and
// the causer, when named, as the source. Written with
// taxonomies.md and the PLOVER manual as the reference; earlier lines of a
// lemma are more specific and win.
const verbLexicon = `
take +over 0 place=192 tgt=obj
take obj=control prep=of 192 tgt=of
take obj=control 192
take obj=hostage 181
take obj=part 0
take obj=charge 0
take obj=responsibility 015
take obl=custody 173
hold obl=custody 173
hold obl=contempt 112
place obl=custody 173
put obl=custody 173
place obl=arrest 173
put obl=arrest 173
treat obl=target 190 tgt=subj
treat obl=enemy 190 tgt=subj
treat obl=soldier 190 tgt=subj
treat obl=combatant 190 tgt=subj
close obj=ports prep=to 163 tgt=to
close obj=port prep=to 163 tgt=to
close obj=airspace prep=to 163 tgt=to
close obj=waters prep=to 163 tgt=to
close obj=border 191
seal obj=border 191
seal obj=borders 191
seal obj=crossing 191
seal obj=frontier 191
close obj=borders 191
close obj=crossing 191
close obj=crossings 191
close obj=post 191
close obj=frontier 191
close obj=checkpoint 191
close obj=airport 191
shut obj=border 191
shut obj=borders 191
shut obj=crossing 191
shut obj=crossings 191
shut +down obj=station 1721
shut +down obj=stations 1721
shut +down obj=radio 1721
shut +down obj=newspaper 1721
shut +down obj=newspapers 1721
shut +down obj=channel 1721
shut +down obj=channels 1721
shut +down obj=outlet 1721
shut +down obj=outlets 1721
shut +down obj=internet 1721
take obl=hospital 0
take obl=street 141 tgt=none
take obl=clinic 0
take obl=jail 173
take obl=prison 173
take obl=morgue 0
take prep=to 0
take +ashore 0
take +home 0
take 0 place=192 person=181
seize 1711 place=192 person=181
confiscate 1711
impound 1711
pick +up 0 person=173
capture 1711 place=192 person=181
grab 0 place=192
overrun 192
occupy 192
inflict obj=losses 0
inflict obj=casualties 0
invade 192
storm 190 place=190
retake 192
recapture 192
regain obj=momentum 0
regain obj=strength 0
regain obj=popularity 0
regain obj=support 0
regain obj=confidence 0
regain obj=consciousness 0
regain 192
reclaim 192
liberate 192
free 0841 place=192
reinstate 083
tolerate 130
go obl=unpunished 130 tgt=subj src=none
go obl=unanswered 130 tgt=subj src=none
pay obj=price 130 tgt=subj src=none
face obj=consequence 130 tgt=subj src=none
face obj=retribution 130 tgt=subj src=none
face obj=punishment 130 tgt=subj src=none
fall prep=to 0 place=192 tgt=subj src=to
fall prep=into 0
besiege 191
blockade obj=highway 144
blockade obj=road 144
blockade obj=roads 144
blockade obj=highways 144
blockade 191
encircle 191
surround 191
attack obl=stick 182
attack obl=sticks 182
attack obl=club 182
attack obl=clubs 182
attack obl=rod 182
attack obl=rods 182
attack obl=baton 182
attack obl=batons 182
attack obl=bat 182
attack obl=bats 182
attack 190 civ=180
assault 180
raid 190
ambush 190
strike obj=deal 057
strike obj=tone 0
strike obj=note 0
strike obj=chord 0
strike obj=balance 0
strike obj=agreement 057
strike 190
hit +back 190 armed
hit +back 0
hit 190
rip +through violent 190
slam prep=into violent 190
crash prep=into violent 190
land prep=on violent 190
land prep=in violent 190
tear +through violent 190
damage violent 190
form obj=chain 141
target 190
bomb 195
ram prep=into 190 tgt=into
ram 190
launch obj=missile 195
launch obj=missiles 195
launch obj=rocket 194
launch obj=rockets 194
shell 194
bombard 194
pound 194
fire obj=workers 172
fire obj=employees 172
fire obj=staff 172
fire obj=strikers 172
fire obj=teachers 172
fire obj=doctors 172
fire obj=nurses 172
fire obj=gas 175 tgt=at
fire obj=teargas 175 tgt=at
fire obj=spray 175 tgt=at
fire obj=canisters 175 tgt=at
fire obj=cannon 175 tgt=at
fire obj=bullet 175 civ=175 mil=190
fire obj=bullets 175 civ=175 mil=190
use obj=gas 175 tgt=against
use obj=teargas 175 tgt=against
use obj=cannon 175 tgt=against
use obj=cannons 175 tgt=against
use obj=spray 175 tgt=against
use obj=force 175 tgt=against
tear-gas 175
teargas 175
disperse 175
break +up obj=protest 175
break +up obj=protests 175
break +up obj=demonstration 175
break +up obj=demonstrations 175
break +up obj=rally 175
break +up obj=rallies 175
break +up obj=crowd 175
break +up obj=crowds 175
break +up obj=gathering 175
break +up obj=march 175
break +up obj=sit-in 175
break +up obj=night 175
break +up obj=blockade 175
break +up obj=blockades 175
break +up obj=barricade 175
break +up obj=barricades 175
break +up obj=roadblock 175
break +up obj=roadblocks 175
break +up obj=camp 175
fire obj=missile 195
fire obj=missiles 195
fire obj=rocket 194
fire obj=rockets 194
fire prep=at 190 tgt=at
fire prep=on 190 tgt=on
struggle 0
fight obj=fire 0
fight obj=blaze 0
fight obj=flames 0
fight obj=wildfire 0
fight obj=bushfire 0
fight obj=disease 0
fight obj=virus 0
fight obj=corruption 0
fight obj=poverty 0
fight obj=cancer 0
fight obj=crime 0
fight obj=drugs 0
fight obj=hunger 0
fight obj=illness 0
fight obj=infection 0
fight obj=pandemic 0
fight obj=epidemic 0
fight obj=outbreak 0
battle obj=fire 0
battle obj=blaze 0
battle obj=flames 0
battle obj=wildfire 0
battle obj=bushfire 0
battle obj=disease 0
battle obj=virus 0
battle obj=corruption 0
battle obj=poverty 0
battle obj=cancer 0
battle obj=crime 0
battle obj=drugs 0
battle obj=hunger 0
battle obj=illness 0
battle obj=infection 0
battle obj=pandemic 0
battle obj=epidemic 0
battle obj=outbreak 0
combat obj=fire 0
combat obj=blaze 0
combat obj=flames 0
combat obj=wildfire 0
combat obj=bushfire 0
combat obj=disease 0
combat obj=virus 0
combat obj=corruption 0
combat obj=poverty 0
combat obj=cancer 0
combat obj=crime 0
combat obj=drugs 0
combat obj=hunger 0
combat obj=illness 0
combat obj=infection 0
combat obj=pandemic 0
combat obj=epidemic 0
combat obj=outbreak 0
fight prep=against 190 tgt=against
fight prep=with 190 tgt=with
fight 190
clash prep=with 190 tgt=with civ=175
clash 190
battle prep=with 190 tgt=with
battle 190
kill 180 mil=190
slay 190
shoot 180 mil=190
wound 180 mil=190
injure 180 mil=190
massacre 202
execute 1823
behead 1823
murder 1823
assassinate 186
poison obj=river 0
poison obj=rivers 0
poison obj=water 0
poison obj=waters 0
poison obj=land 0
poison obj=soil 0
poison obj=air 0
poison obj=environment 0
poison obj=region 0
poison obj=lake 0
poison obj=lakes 0
poison obj=farmland 0
poison obj=atmosphere 0
poison obj=relations 0
poison obj=ties 0
poison obj=debate 0
poison obj=politics 0
poison 180
torture 1822
rape 1821
beat obl=death 1823
beat 182
stab 182
slash 182
strangle 182
choke 0 person=182
punch 0 person=182
bite 0 person=182
kidnap 181
abduct 181
hijack 181
throw obj=grenade 183 passive
throw obj=grenades 183 passive
throw obj=bomb 183 passive
throw obj=bombs 183 passive
throw obj=explosive 183 passive
throw obj=explosives 183 passive
throw obj=device 183 passive
throw obj=stones rioters 145
throw obj=stone rioters 145
throw obj=rocks rioters 145
throw obj=molotov rioters 145
throw obj=cocktails rioters 145
hurl obj=grenade 183 passive
hurl obj=grenades 183 passive
hurl obj=bomb 183 passive
hurl obj=bombs 183 passive
hurl obj=explosive 183 passive
hurl obj=explosives 183 passive
hurl obj=device 183 passive
hurl obj=stones rioters 145
hurl obj=stone rioters 145
hurl obj=rocks rioters 145
hurl obj=molotov rioters 145
hurl obj=cocktails rioters 145
lob obj=grenade 183 passive
lob obj=grenades 183 passive
lob obj=bomb 183 passive
lob obj=bombs 183 passive
lob obj=explosive 183 passive
lob obj=explosives 183 passive
lob obj=device 183 passive
lob obj=stones rioters 145
lob obj=stone rioters 145
lob obj=rocks rioters 145
lob obj=molotov rioters 145
lob obj=cocktails rioters 145
loot rioters 145
loot 1711
take obj=war prep=to 190
bring obj=war prep=to 190
carry obj=war prep=to 190
make +off prep=with 1711
make +away prep=with 1711
rob 1711
burn obl=death 1823
set obj=fire prep=to rioters 145 tgt=to
set obj=fire prep=to 1712 tgt=to
set obl=ablaze rioters 145
set obl=ablaze 1712
set obl=fire rioters 145
set obl=fire 1712
set obl=alight rioters 145
set obl=alight 1712
burn rioters 145
burn 1712
destroy obj=depot armed 190
destroy obj=depots armed 190
destroy obj=post armed 190
destroy obj=posts armed 190
destroy obj=base armed 190
destroy obj=bases armed 190
destroy obj=headquarters armed 190
destroy obj=position armed 190
destroy obj=positions armed 190
destroy obj=camp armed 190
destroy obj=camps armed 190
destroy obj=bunker armed 190
destroy obj=bunkers armed 190
destroy obj=tank armed 190
destroy obj=tanks armed 190
destroy obj=launcher armed 190
destroy obj=launchers armed 190
destroy obj=hideout armed 190
destroy obj=hideouts armed 190
destroy obj=drone armed 190
destroy obj=drones armed 190
destroy obj=target armed 190
destroy obj=targets armed 190
destroy obj=stronghold armed 190
destroy obj=strongholds armed 190
destroy 1712
neutralise obj=device 0
neutralise obj=bomb 0
neutralise obj=explosive 0
neutralise obj=explosives 0
neutralise obj=threat 0
neutralise 190
neutralize obj=device 0
neutralize obj=bomb 0
neutralize obj=explosive 0
neutralize obj=explosives 0
neutralize obj=threat 0
neutralize 190
demolish 1712
blow +up obj=line 1712
blow +up obj=pipeline 1712
blow +up obj=bridge 1712
blow +up obj=tower 1712
blow +up obj=pylon 1712
blow +up obj=railway 1712
blow +up obj=track 1712
blow +up obj=dam 1712
blow +up obj=depot 1712
blow +up obj=tunnel 1712
blow +up 183
detonate 183
plant obj=bomb 183
plant obj=bombs 183
plant obj=device 183
plant obj=devices 183
plant obj=explosive 183
plant obj=explosives 183
plant obj=mine 183
plant obj=mines 183
plant obj=ied 183
plant obj=ieds 183
leave obj=bomb 183
leave obj=device 183
leave obj=explosives 183
place obj=bomb 183
place obj=bombs 183
place obj=device 183
place obj=devices 183
place obj=explosive 183
place obj=explosives 183
place obj=mine 183
place obj=mines 183
place obj=ied 183
place obj=ieds 183
explode 183
march prep=on armed 190 tgt=on
march prep=toward armed 154
march prep=towards armed 154
march armed 150
march 141
gather protesters 141
assemble protesters 141
converge protesters 141
throng protesters 141
advance prep=on 190 tgt=on
advance prep=toward 154
advance prep=towards 154
push +back obj=migrants 174
push +back obj=refugees 174
push +back obj=people 174
push +back obj=boats 174
push +back obj=asylum-seekers 174
push +back obj=others 174
push +back obj=families 174
push +back obj=men 174
push +back obj=rohingya 174
push +back obj=nationals 174
push +back 190
repel 190
defeat 190
push prep=toward 154
push prep=towards 154
push obj=people prep=across 174
push obj=migrants prep=across 174
push obj=refugees prep=across 174
push obj=families prep=across 174
push obj=civilians prep=across 174
push obj=villagers prep=across 174
push obj=residents prep=across 174
push obj=men prep=across 174
push obj=women prep=across 174
push obj=nationals prep=across 174
push obj=workers prep=across 174
push obj=asylum-seekers prep=across 174
force obj=people prep=across 174
force obj=migrants prep=across 174
force obj=refugees prep=across 174
force obj=families prep=across 174
force obj=civilians prep=across 174
force obj=villagers prep=across 174
force obj=residents prep=across 174
force obj=men prep=across 174
force obj=women prep=across 174
force obj=nationals prep=across 174
force obj=workers prep=across 174
force obj=asylum-seekers prep=across 174
protest 141
demonstrate 141
heckle 140
boo 140
jeer 140
interrupt 140
shout prep=at 140 tgt=at
rally 141
riot 145
boycott 143
deploy 154
patrol 150
begin obj=patrols armed 154
start obj=patrols armed 154
step +up obj=patrols armed 154
head prep=to armed 154 tgt=to
go prep=to armed 154 tgt=to
enter obj=airspace 150
enter obj=water 150
enter armed 0 place=192
leave armed 0 place=0874
move armed 154
redeploy 154
mobilize 154
mobilise 154
mass 154
reinforce 154
offer obj=condolence 018
express obj=condolence 018
express obj=sympathy 018
express obj=support 051
express obj=solidarity 051
voice obj=support 051
voice obj=solidarity 051
send +back 0841
repatriate 0841
send obj=condolence 018
extend obj=condolence 018
convey obj=condolence 018
send obj=note 114
send obj=protest 114
deliver obj=note 114
deliver obj=protest 114
lodge obj=protest 114
lodge obj=complaint 114
file obj=complaint 114
hand obj=note 114
send obj=troops 154 passive
send obj=mission 042
send obj=delegation 042
send obj=envoy 042
send obj=envoys 042
send obj=soldiers 154 passive
send obj=reinforcement 154 passive
send obj=reinforcements 154 passive
send obj=unit 154 passive
send obj=units 154 passive
send obj=battalion 154 passive
send obj=battalions 154 passive
send obj=commandos 154
send obj=personnel 154
send obj=tanks 154
send obj=contingent 154
send obj=company 154
send obj=companies 154
send obj=platoon 154
send obj=platoons 154
send obj=vessels 154
send obj=ships 154
send obj=warships 154
send obj=frigates 154
send obj=destroyers 154
send obj=jets 154
send obj=helicopters 154
violate obj=airspace 150
violate obj=water 150
sail obl=water 150
sail obl=airspace 150
fly obl=airspace 150
intrude obl=water 150
intrude obl=airspace 150
send obj=brigade 154
send obj=brigades 154
send obj=squad 154
send obj=squads 154
send obj=detachment 154
send obj=detachments 154
send obj=regiment 154
send obj=regiments 154
send obj=paratroopers 154 passive
send obj=marines 154 passive
send obj=gendarmes 154 passive
send obj=policemen 154 passive
send obj=officers 154 passive
send obj=police 154 passive
send obj=troop 154
send obj=forces 154 passive
send obj=army 154
send obj=fighters 154
send obj=militiamen 154
send obj=guards 154
send obj=warships 154
send obj=gunboats 154
send obj=helicopters 154
send obj=squadron 154
send obj=squadrons 154
dispatch obj=troops 154
dispatch obj=soldiers 154
dispatch obj=reinforcements 154
dispatch obj=units 154
dispatch obj=unit 154
dispatch obj=squadron 154
dispatch obj=squadrons 154
dispatch obj=battalion 154
dispatch obj=battalions 154
dispatch obj=company 154
dispatch obj=companies 154
dispatch obj=commandos 154
dispatch obj=personnel 154
dispatch obj=gendarmes 154
dispatch obj=policemen 154
dispatch obj=officers 154
dispatch obj=police 154
dispatch obj=forces 154
dispatch obj=contingent 154
dispatch obj=paratroopers 154
dispatch obj=marines 154
dispatch obj=warships 154
dispatch obj=helicopters 154
dispatch obj=delegation 042
dispatch obj=envoy 042
dispatch obj=mission 042
send obj=adviser 072
send obj=advisers 072
send obj=advisor 072
send obj=advisors 072
send obj=aid 070
send obj=refugees 0
send obj=people 0
send obj=members 0
send obj=migrants 0
send obj=shockwaves 0
send obj=message 0
send obj=signal 0
send obj=investigators 0
send obj=investigator 0
send obj=detectives 0
send obj=inspectors 0
send obj=weapons 072
send obj=arms 072
send 070
arm 072
equip 072
supply obj=weapons 072
supply obj=arms 072
supply 070
hand +out obj=aid 073
hand +out obj=food 073
hand +out obj=rations 073
hand +out obj=supplies 073
hand +out obj=medicine 073
hand +out obj=medicines 073
hand +out obj=blankets 073
hand +out obj=tents 073
hand +out obj=water 073
hand +out obj=relief 073
hand +out obj=rice 073
hand +out obj=maize 073
hand +out obj=flour 073
hand +out obj=oil 073
hand +out obj=grain 073
hand +out obj=cash 073
hand +out obj=kits 073
hand +out obj=meals 073
hand +out obj=bread 073
hand +out obj=beans 073
hand +out obj=sugar 073
hand +out obj=fuel 073
hand +out obj=mats 073
hand +out obj=clothes 073
hand +out obj=seeds 073
hand +out obj=vouchers 073
truck obj=water 073
truck obj=aid 073
truck obj=food 073
truck obj=supplies 073
truck 070
distribute obj=aid 073
distribute obj=rice 073
distribute obj=flour 073
distribute obj=maize 073
distribute obj=grain 073
distribute obj=cash 073
distribute obj=kits 073
distribute obj=oil 073
distribute obj=meals 073
distribute obj=bread 073
distribute obj=beans 073
distribute obj=seeds 073
distribute obj=vouchers 073
distribute obj=parcels 073
distribute obj=sheeting 073
distribute obj=mats 073
distribute obj=tarpaulins 073
distribute obj=food 073
distribute obj=rations 073
distribute obj=supplies 073
distribute obj=medicine 073
distribute obj=medicines 073
distribute obj=blankets 073
distribute obj=tents 073
distribute obj=water 073
distribute obj=relief 073
deliver obj=aid 073
deliver obj=food 073
deliver obj=rations 073
deliver obj=supplies 073
deliver obj=medicine 073
deliver obj=medicines 073
deliver obj=blankets 073
deliver obj=tents 073
deliver obj=water 073
deliver obj=relief 073
provide 070
deliver 070
train 062
arrest 173
apprehend 173
nab 173
approach 0
catch obj=fire 0
catch 0 person=173
detain 173
jail 173
imprison 173
charge prep=with 173
charge 173
sue 115
file obj=lawsuit 115
file obj=suit 115
file obj=motion 115
file obj=case 115
file obj=complaint 114
lodge obj=complaint 114
lodge obj=protest 114
second obj=call 051
second obj=proposal 051
second obj=motion 051
second obj=recommendation 051
round +up 173
deport 174
expel obl=talk 164
expel obl=negotiation 164
expel 174
release obj=footage 0
release obj=video 0
release obj=videos 0
release obj=statement 0
release obj=details 0
release obj=detail 0
release obj=names 0
release obj=name 0
release obj=report 0
release obj=figures 0
release obj=image 0
release obj=images 0
release obj=photo 0
release obj=photos 0
release obj=picture 0
release obj=pictures 0
release obj=data 0
release obj=information 0
release obj=findings 0
release obj=results 0
release obj=documents 0
release obj=transcript 0
release obj=list 0
release obj=album 0
release obj=book 0
release obj=film 0
release obj=song 0
release obj=record 0
release obj=recording 0
release obj=audio 0
release obj=emails 0
release obj=letter 0
release obj=tape 0
release obj=tapes 0
release obj=guidelines 0
release obj=plan 0
release obj=budget 0
release obj=version 0
release obl=hospital 0
release 0841
withdraw obj=reporters 0
withdraw obj=staff 0
withdraw obj=employees 0
withdraw obj=ambassador 161
withdraw obj=approval 161
withdraw obj=accreditation 161
withdraw obj=diplomats 161
withdraw obj=bill 083
withdraw obj=law 083
withdraw obj=legislation 083
withdraw obj=proposal 083
withdraw obj=plan 083
withdraw obj=amendment 083
withdraw obj=decree 083
withdraw obj=nomination 0
withdraw obj=candidacy 0
withdraw obj=candidate 0
withdraw obj=application 0
withdraw obj=complaint 0
withdraw obj=lawsuit 0
withdraw obj=suit 0
withdraw obj=charge 0
withdraw obj=support 0
withdraw obj=offer 0
withdraw prep=from 0874
withdraw 0874
retreat 0874
pull +out obj=knife 0
pull +out obj=gun 0
pull +out obj=handgun 0
pull +out obj=pistol 0
pull +out obj=weapon 0
pull +out armed 0874
pull +out 0
pull obj=troops 0874
pull obj=forces 0874
pull obj=soldiers 0874
pull +back 0874
surrender 0874
flee 166 tgt=subj src=none mil=0 one=0
displace 166
uproot 166
impose obj=term 0
impose obj=sentence 0
impose obj=penalty 0
impose obj=fine 0
impose obj=curfew 1723
impose obj=emergency 1724
impose obj=martial 1724
extend obj=martial 1724
prolong obj=martial 1724
declare obl=persona 166
declare obj=persona 166
declare obj=martial 1724
extend obj=emergency 1724
extend obj=curfew 1723
prolong obj=emergency 1724
prolong obj=curfew 1723
impose obj=state prep=of 1724
extend obj=state prep=of 1724
prolong obj=state prep=of 1724
impose obj=restrictions 172
impose obj=ban 172
impose obj=blockade 191
enforce obj=curfew 1723
declare obj=state prep=of 1724
impose obj=sanctions 163
impose obj=sanction 163
restore obj=sanctions 163
reimpose obj=sanctions 163
reinstate obj=sanctions 163
slap obj=sanctions 163
tighten obj=sanctions 163
extend obj=sanctions 163
expand obj=sanctions 163
announce obj=sanctions 163
adopt obj=sanctions 163
restrict obj=imports 163
restrict obj=access 1721 passive
restrict obj=internet 1721 passive
throttle obj=data 1721 passive
throttle obj=internet 1721 passive
ban obj=imports 163
halt obj=imports 163
suspend obj=imports 163
sanction 163
threaten 130
warn 130
think 0
come obl=agreement 057
come obl=fire 190 tgt=subj src=from
come obl=attack 190 tgt=subj src=from
come obl=shelling 194 tgt=subj src=from
come obl=bombardment 195 tgt=subj src=from
come obl=deal 057
come prep=to 0
demand obj=resignation 1041
demand obj=ouster 1041
demand obj=removal 1041
demand prep=from 100 tgt=from
demand 100
call +off 0
activate obj=guard 154 passive
activate obj=reservists 154 passive
activate obj=reserves 154 passive
activate obj=troops 154 passive
activate obj=soldiers 154 passive
call +up obj=guard 154
call +up obj=reservists 154
call +up obj=reserves 154
call +up obj=forces 154
call +up obj=troops 154
call +up obj=soldiers 154
call obj=strike 143
enforce obj=shutdown 143
enforce obj=strike 143
enforce obj=stayaway 143
stoppage 143
walkout 143
observe obj=shutdown 143
observe obj=strike 143
call obj=shutdown 143
call obj=stayaway 143
stoppage 143
walkout 143
call obj=strikes 143
call obj=march 141
call obj=protests 141
call obj=rallies 141
call obj=protest 141
call obj=rally 141
call obj=demonstration 141
call obl=strike 143
call obl=strikes 143
call obl=shutdown 143
call obl=stayaway 143
call obl=march 141
call obl=marches 141
call obl=protest 141
call obl=protests 141
call obl=rally 141
call obl=rallies 141
call obl=demonstration 141
call obl=demonstrations 141
call obl=rage 141
call obl=anger 141
call obl=resignation 0241
call obl=ouster 0241
call obl=removal 0241
ask obl=resignation 0241
ask obl=airstrikes 0232
ask obl=airstrike 0232
ask obl=weapons 0232
ask obl=arms 0232
ask obl=troops 0232
request obj=airstrikes 0232
request obj=weapons 0232
request obj=troops 0232
seek obj=resignation 1041
seek obj=ouster 1041
call prep=for 020
call +for 020
call prep=on 020
count prep=on 020 tgt=on
urge 020
appeal 020
ask prep=for 020
ask prep=about 0
face 0
ask 020
request prep=from 020 tgt=from
request 020
plead obj=guilty 0
plead obj=innocent 0
plead 020
accuse 112
blame 112
attribute prep=to 112 tgt=to
ascribe prep=to 112 tgt=to
condemn 111
denounce 111
criticize 111
question 111 person=0
criticise 111
slam 111
deplore 111
decry 111
castigate 111
lambaste 111
rebuke 111
berate 111
chastise 111
excoriate 111
reject obj=accusation 016 passive
reject obj=accusations 016 passive
reject obj=allegation 016 passive
reject obj=allegations 016 passive
reject obj=claim 016 passive
reject obj=claims 016 passive
reject obj=charges 0 passive
reject obj=charge 016 passive
reject obj=account 016 passive
reject obj=toll 016 passive
reject obj=figure 016 passive
reject obj=figures 016 passive
reject obj=report 016 passive
reject obj=reports 016 passive
reject obj=suggestion 016 passive
reject 120
refuse 120
decline obj=request 120
decline obj=requests 120
decline obj=offer 120
decline obj=offers 120
decline obj=invitation 120
decline obj=proposal 120
decline obj=proposals 120
decline obj=demand 120
decline obj=demands 120
decline obj=appeal 120
decline obj=plea 120
decline obj=call 120
decline obj=calls 120
turn +down obj=request 120
turn +down obj=requests 120
turn +down obj=offer 120
turn +down obj=invitation 120
turn +down obj=proposal 120
turn +down obj=demand 120
turn +down obj=demands 120
turn +down obj=appeal 120
turn +down obj=plea 120
rebuff 120
spurn 120
veto 129
meet obl=force 138
meet prep=with 040 tgt=with
join 0 igo=057
meet 040
talk prep=with 040 tgt=with
negotiate prep=with 046 tgt=with
negotiate 046
discuss 040
consult 040
visit obj=hospital 0
visit obj=scene 0
visit obj=site 0
visit obj=victims 0
visit obj=school 0
visit 042
travel prep=to 042 tgt=to
head prep=to 042 tgt=to
lead obj=delegation 042 tgt=to
lead obj=mission 042 tgt=to
fly obj=troops 154 passive
fly obj=soldiers 154 passive
fly obj=forces 154 passive
fly obj=reinforcement 154 passive
fly obj=reinforcements 154 passive
fly obj=unit 154 passive
fly obj=units 154 passive
fly obj=battalion 154 passive
fly obj=battalions 154 passive
fly obj=commandos 154 passive
fly obj=personnel 154 passive
fly obj=tanks 154 passive
fly obj=contingent 154 passive
fly obj=paratroopers 154 passive
fly obj=marines 154 passive
fly obj=gendarmes 154 passive
fly obj=policemen 154 passive
fly obj=officers 154 passive
fly obj=police 154 passive
fly obj=troop 154 passive
fly prep=to 042 tgt=to
fly prep=for 042 tgt=for
leave prep=for 042 tgt=for
depart prep=for 042 tgt=for
set +off obj=bomb 183
set +off obj=bombs 183
set +off obj=explosive 183
set +off obj=explosives 183
set +off obj=device 183
set +off obj=devices 183
set +off obj=mine 183
set +off obj=charge 183
set +off obj=charges 183
set +off obj=blast 183
set +off obj=vest 183
set +off prep=for 042 tgt=for
land prep=in 042 tgt=in
land prep=at 042 tgt=at
go obl=strike 143 tgt=none
go prep=to 042 tgt=to
work prep=with 060 tgt=with
cooperate prep=with 060 tgt=with
rule +out 0
rule prep=against 120 tgt=against
rule 0
speak prep=with 040 tgt=with
speak obl=phone 040
speak obl=telephone 040
talk obl=phone 040
talk obl=telephone 040
arrive prep=in 042 tgt=in
host 043
phone 041
telephone 041
mediate 045
agree prep=to 030
agree 030
sign prep=into 0
vote 0
sign 057
pledge obj=allegiance 0
pledge obj=loyalty 0
pledge 030
lay +down obj=weapons 0873
take +up obj=arms 190
take +up obj=weapons 190
take +up obj=positions armed 154
place obl=standby 152
put obl=standby 152
place obl=alert 152
put obl=alert 152
lay +down obj=arms 0873
put +down obj=weapons 0873
put +down obj=arms 0873
put +down obj=firearms 0873
hand +over obj=weapons 0873
hand +over 0 person=0841
reach obj=agreement 057
reach obj=deal 057
reach obj=accord 057
reach obj=settlement 057
reach obj=ceasefire 0871
reach obj=truce 0871
promise obj=response 130
promise obj=retaliation 130
promise obj=revenge 130
respond obl=force 190
retaliate 190
vow obj=response 130
vow obj=retaliation 130
vow obj=revenge 130
promise 030
vow 030
offer 030
invite 036
cooperate 060
help 070
assist 070
aid 070
support 050
praise 051
welcome 051
endorse 051
thank 051
congratulate 051
ratify 057
broker 045
sentence 173
convict 116
torch rioters 145
torch 1712
shoot +down 190
rescue obj=deal 0
rescue obj=agreement 0
rescue obj=ceasefire 0
rescue obj=talks 0
rescue obj=economy 0
rescue 0841
recognize 054
recognise 054
apologize 055
apologise 055
forgive 056
investigate 090
probe 090
resign 0831
quit obj=talks 164
quit obj=negotiations 164
quit obj=coalition 161
quit obj=post 0831
quit obj=office 0831
step +down 0831
ease 080
give obj=blood 0
give obj=asylum 075
give obj=grant 071
give obj=loan 071
give obj=aid 070
give obj=support 051
give obj=weapons 072
give obj=arms 072
give prep=to 070 tgt=to
grant obj=asylum 075
donate obj=blood 0
donate 071
share obj=intelligence 064
share obj=information 064
share obj=evidence 064
establish obj=ties 054
establish obj=relations 054
restore obj=ties 054
restore obj=relations 054
open obj=embassy 054
open obj=investigation 090
open obj=inquiry 090
open obj=hearing 090
open obj=probe 090
accept obj=responsibility 015
accept obj=demands 083
accept obj=demand 083
accept obj=proposal 030
accept obj=offer 030
accept obj=refugees 075
accept obj=mediation 038
accept 083
order obj=troops prep=to 154
order obj=soldiers prep=to 154
order obj=forces prep=to 154
order obj=reinforcements 154
order obj=closure 172
order obj=curfew 1723
order obj=evacuation 0
order obj=release 0841
secure obj=release 0841
order 100
summon obj=ambassador 114
summon obj=envoy 114
summon obj=diplomat 114
summon obj=charge 114
summon obj=commissioner 114
summon 100
seek obj=refuge 023
seek obj=asylum 023
seek obj=term 0
seek obj=comment 0
seek obj=suspect 0
seek obj=suspects 0
seek obj=sentence 0
seek obj=penalty 0
seek prep=from 020 tgt=from
seek 020
complain 114
protest prep=against crowd 141
protest prep=against 114
dismiss obj=claim 016
dismiss obj=report 016
dismiss obj=allegation 016
dismiss obj=accusation 016
dismiss obj=appeal 120
dismiss obj=demand 120
dismiss obj=call 120
block obj=internet 1721 passive
block obj=apps 1721 passive
block obj=websites 1721 passive
block 144
barricade 144
set +up obj=barricades 144
set +up obj=barricade 144
put +up obj=barricades 144
erect obj=barricades 144
build obj=barricades 144
park obj=trucks prep=across 144 tgt=none
park obj=lorries prep=across 144 tgt=none
park obj=buses prep=across 144 tgt=none
park obj=vehicles prep=across 144 tgt=none
park obj=cars prep=across 144 tgt=none
park obj=tractors prep=across 144 tgt=none
park obj=taxis prep=across 144 tgt=none
park obj=minibuses prep=across 144 tgt=none
expel obj=diplomats 166
expel obj=diplomat 166
expel obj=ambassador 166
expel obj=inspectors 1662
expel obj=observers 1662
end obj=hostilities 0871
end obj=fighting 0871
end obj=war 0871
end obj=offensive 0871
end obj=violence 0871
end obj=blockade 0872
end obj=curfew 0813
end obj=sanctions 085
end obj=restrictions 081
end obj=ban 081
halt obj=attacks 0871
halt obj=offensive 0871
halt obj=fighting 0871
halt obj=hostilities 0871
cease obj=hostilities 0871
cease obj=fire 0871
stop obj=attacks 0871
stop obj=fighting 0871
stop obj=work 143
stop obl=work 143 tgt=none
halt obj=work 143
down obj=tools 143 tgt=none
lay +down obj=tools 143 tgt=none
suspend obj=work 143
end obj=mediation 165
end obj=talks 164
end obj=negotiations 164
break +off 164
break prep=through 190
suspend obj=ties 161
suspend obj=relations 161
suspend obj=aid 162
suspend obj=talks 164
suspend obj=negotiations 164
suspend obj=classes 172 passive
suspend obj=class 172 passive
suspend obj=school 172 passive
suspend obj=schools 172 passive
suspend obj=flights 172 passive
suspend obj=flight 172 passive
suspend obj=train 172 passive
suspend obj=trains 172 passive
suspend obj=activities 172 passive
suspend obj=rally 172 passive
suspend obj=rallies 172 passive
suspend obj=campaigning 172 passive
suspend obj=demonstrations 172 passive
suspend obj=gatherings 172 passive
suspend obj=exams 172 passive
suspend obj=traffic 191 passive
suspend obj=crossing 191 passive
suspend obj=crossings 191 passive
suspend obj=movement 191 passive
suspend obj=internet 1721 passive
suspend obj=network 1721 passive
suspend obj=data 1721 passive
suspend obj=service 1721 passive
suspend obj=services 1721 passive
suspend obj=radio 1721 passive
suspend obj=station 1721 passive
suspend obj=newspaper 1721 passive
suspend obj=broadcast 1721 passive
suspend obj=broadcasts 1721 passive
suspend obj=channel 1721 passive
suspend obj=outlet 1721 passive
interrupt obj=talks 164
interrupt obj=negotiations 164
postpone obj=talks 164
postpone obj=negotiations 164
halt obj=talks 164
halt obj=negotiations 164
shelve obj=talks 164
shelve obj=negotiations 164
freeze obj=talks 164
freeze obj=negotiations 164
suspend 160
cut obj=internet 1721 passive
cut obj=data 1721 passive
cut obj=connectivity 1721 passive
cut obj=ties 161
cut obj=aid 162
sever 161
prohibit 172
ban obj=party 1722
ban obj=parties 1722
ban obj=opposition 1722
outlaw obj=party 1722
ban 172
outlaw 172
hack obl=death 180
hack 176
violate 128
defy 128
renege 128
force +out 174
force obj=way 190 place=190
evacuate 0874
disarm 0873
demobilize 0873
lift obj=sanctions 085
lift obj=curfew 0813
lift obj=blockade 0872
lift obj=siege 0872
lift obj=emergency 0814
lift obj=martial 0814
lift obj=state prep=of 0814
lift obj=ban 081
lift obj=restrictions 081
lift 080 person=0
ease obj=curfew 0813
shorten obj=curfew 0813
open obj=fire 190
exchange obj=fire 190 tgt=with
exchange obj=gunfire 190 tgt=with
exchange obj=shots 190 tgt=with
exchange obj=prisoners 0841
exchange obj=prisoner 0841
exchange obj=detainees 0841
exchange obj=hostages 0841
exchange obj=bodies 0841
swap obj=prisoners 0841
swap obj=detainees 0841
trade obj=fire 190 tgt=with
trade obj=gunfire 190 tgt=with
lead +away 181
observe obj=ceasefire 0871
observe obj=truce 0871
respect obj=ceasefire 0871
respect obj=truce 0871
declare obj=ceasefire 0871
declare obj=truce 0871
declare obj=war 138
declare obj=emergency 1724
announce 0
say 0
claim obj=responsibility 015
admit obj=responsibility 015
deny obj=responsibility 016
deny obj=claim 016
deny obj=claims 016
deny obj=allegation 016
deny obj=allegations 016
deny obj=accusation 016
deny obj=accusations 016
deny obj=charges 0
deny obj=charge 016
deny obj=report 016
deny obj=reports 016
deny obj=involvement 016
acknowledge 015
admit obl=hospital 0
admit 015
confess 015
`

// nounLexicon lists event nouns: lemma, CAMEO code, and codes that a
// compound or adjective modifier selects (air:195 for "air strike");
// need=tgt keeps the noun only with a target ("the fall of the town", not
// "a fall in prices"); new keeps a definite one only with a date or a
// place of its own ("a mass shooting in Christchurch on Friday", not "at
// the time of the stabbing").
const nounLexicon = `
distribution 0 food:073 aid:073 relief:073 ration:073 cash:073
airstrike 195
air-strike 195
strike 190 air:195 drone:1952 missile:194 rocket:194 hunger:142 general:143 labor:143 labour:143 national:143 nationwide:143 countrywide:143 indefinite:143 wildcat:143 hour:143 day:143 suicide:1831
raid 190 air:195 drone:1952 bombing:195
bombing 183 suicide:1831 car:1832 roadside:1833 aerial:195
bombardment 194
shelling 194
barrage 194
attack 190 suicide:1831 rocket:194 mortar:194 missile:194 drone:1952 air:195 chemical:2041 bomb:183 terrorist:180
assault 190
offensive 190
onslaught 190
counteroffensive 190
counter-offensive 190
ambush 190
fighting 190
fight 190
clash 190
battle 190
combat 190
skirmish 190
firefight 190
hostility 190
gunfight 190
gunbattle 190
takeover 192 need=tgt
capture 192 need=tgt
seizure 192 need=tgt
fall 192 need=tgt
occupation 192
conquest 192
recapture 192
invasion 192
incursion 192
siege 191
blockade 191 road:144 highway:144 roads:144 motorway:144 rail:144 port:144
kidnapping 181
abduction 181
shooting 180 new
suicide 0 murder:1823
brawl 180
melee 180
stabbing 182 new
shootout 190 new
gunfire 190 new
massacre 202
killing 1823 mass:202
execution 1823 mass:202
poisoning 180
murder 1823
beheading 1823
assassination 186
rape 1821
torture 1822
hijacking 181
hostage-taking 181
crackdown 175
deportation 174
expulsion 174
explosion 183
blast 183
protest 141
demonstration 141
rally 141
march 141
sit-in 141
vigil 141
parade 141 military:150 victory:150
show 0 strength:150 force:150 might:150 power:150
action 0 military:190 armed:190
riot 145
boycott 143
arrest 173
detention 173
custody 173
withdrawal 0874
pullout 0874
retreat 0874
surrender 0874
ceasefire 0871
truce 0871
talk 046
negotiation 046
visit 042
summit 043
meeting 040 need=tgt
investigation 090
inquiry 090
probe 090
hearing 090
demand 100
appeal 020
call 020 phone:040 telephone:040
conversation 040 need=tgt
agreement 057 need=tgt
exercise 150 joint:062 combined:062 bilateral:062 multinational:062
drill 150 joint:062 combined:062 bilateral:062 multinational:062
game 062 war:062
mediation 045
suspension 160
sanction 163
embargo 163
curfew 1723
shutdown 143 internet:1721 telecom:1721 communications:1721 network:1721 data:1721 phone:1721 government:0
stayaway 143
stoppage 143
walkout 143
stay-away 143
ban 172 visa:163 travel:163 entry:163 export:163 import:163 arms:163 new
deployment 154
mobilization 154
mobilisation 154
`

// lightVerbs take an event noun as object and lend it their subject:
// "launched airstrikes", "staged a protest", "carried out attacks".
var lightVerbs = map[string]bool{
	"launch": true, "conduct": true, "stage": true, "mount": true, "hold": true, "begin": true,
	"start": true, "continue": true, "intensify": true, "resume": true, "lead": true, "organize": true,
	"organise": true, "wage": true, "unleash": true, "order": true, "carry": true, "step": true,
	"make": true, "perform": true, "escalate": true, "spearhead": true, "announce": true, "declare": true, "claim": true,
	"complete": true, "stage-manage": true, "join": true, "take": false, "pursue": true,
	"prioritize": true, "prioritise": true, "favor": true, "favour": true,
	"have": true, "renew": true, "repeat": true, "reiterate": true, "issue": true, "voice": true,
	"authorize": true, "authorise": true, "approve": true,
}

// protestNouns name people protesting.
var protestNouns = map[string]bool{"protester": true, "protestor": true, "demonstrator": true, "marcher": true,
	"rioter": true, "activist": true, "picketer": true, "striker": true}

// occurVerbs tell that their subject, an event noun, happened ("protests
// erupted", "fighting broke out", "clashes took place").
var occurVerbs = map[string]bool{"erupt": true, "break": true, "spread": true, "flare": true, "rage": true,
	"occur": true, "happen": true, "unfold": true, "spill": true,
	// (whose object is where: "protests filled the streets of San Juan",
	// "clashes rocked the capital")
	"fill": true, "rock": true, "sweep": true, "grip": true, "engulf": true, "paralyse": true, "paralyze": true}

// occurOnVerbs are the occurVerbs whose object is where the happening is.
var occurOnVerbs = map[string]bool{"fill": true, "rock": true, "sweep": true, "grip": true, "engulf": true,
	"paralyse": true, "paralyze": true}

// keepVerbs keep up or widen what their object noun names and lend it
// their subject: "will extend the curfew", "imposed a blockade".
var keepVerbs = map[string]bool{"extend": true, "impose": true, "enforce": true, "maintain": true,
	"renew": true, "expand": true, "tighten": true, "widen": true, "prolong": true, "reimpose": true}

// engageVerbs take an event noun in an oblique and lend it their subject:
// "were locked in fighting", "took part in the protest".
var engageVerbs = map[string]bool{"lock": true, "engage": true, "involve": true, "participate": true,
	"join": true, "take": true, "embroil": true, "caught": true, "catch": true, "bog": true, "agree": true}

// negVerbs govern an xcomp that is ruled out.
var negVerbs = map[string]bool{"refuse": true, "decline": true, "rule": true, "fail": true, "reject": true}

// reporting verbs and the status their report gives an event.
var reportVerbs = map[string]string{
	"say": "reported", "tell": "reported", "report": "reported", "add": "reported", "state": "reported",
	"note": "reported", "confirm": "reported", "quote": "reported", "cite": "reported", "explain": "reported",
	"write": "reported", "describe": "reported", "recount": "reported", "indicate": "reported",
	"show": "reported", "suggest": "reported", "estimate": "reported", "believe": "reported",
	"understand": "reported", "learn": "reported", "hear": "reported", "see": "reported", "warn": "reported",
	"claim": "claimed", "allege": "claimed", "boast": "claimed", "insist": "claimed", "assert": "claimed",
	"deny": "denied", "dismiss": "denied", "refute": "denied",
	"announce": "announced", "declare": "announced", "proclaim": "announced", "unveil": "announced",
	"publish": "announced",
	"read":    "reported", // "the statement read: ..."
}

// planVerbs govern an xcomp that has not happened yet.
var planVerbs = map[string]bool{
	"plan": true, "schedule": true, "intend": true, "expect": true, "aim": true, "prepare": true,
	"want": true, "seek": true, "hope": true, "vow": true, "pledge": true, "promise": true,
	"threaten": true, "decide": true, "agree": true, "offer": true, "propose": true, "set": true,
	"due": true, "going": true, "ready": true, "prepared": true, "willing": true, "poised": true,
	"likely": true, "about": true, "need": true, "wish": true, "wait": true, "keen": true,
	"consider": true, "mull": true, "weigh": true, "ask": true, "urge": true, "call": true,
	"demand": true, "order": true, "able": true, "eager": true, "gird": true, "brace": true,
	"plot": true, "conspire": true, "scheme": true,
}

type verbEntry struct {
	lemma, prt, obj, prep string
	obl                   string // a nominal on the verb ("spoke on the phone")
	code                  string
	place, person         string
	civ, mil              string // codes for a civilian or a military target
	one                   string // code for a single person as the target
	igo                   string // code for an international body as the target
	tgt, src              string
	armed                 bool // only with an armed force as the subject
	// violent: only with an attack, a weapon or an attacker as the
	// subject ("a blast ripped through a church")
	violent bool
	// crowd: only with protesters or people at large as the subject
	// ("students protested against the arrests", not "the ministry
	// protested against the decision")
	crowd bool
	// protesters: only with protesters as the subject ("demonstrators
	// gathered in X")
	protesters bool
	// rioters: only with protesters, a crowd or a mob as the subject
	// ("a crowd set fire to the police station")
	rioters bool
	// passive: the object may be told as the passive subject ("mobile
	// data services had been suspended")
	passive bool
}

type nounEntry struct {
	code    string
	mods    map[string]string
	needTgt bool // only an event with a target ("the fall of X")
	// newOnly: a definite mention ("the shooting", "his stabbing") only
	// restates a happening the story told with a verb; only one with a
	// date or place of its own tells one
	newOnly bool
}

type lexicon struct {
	verbs map[string][]verbEntry
	nouns map[string]nounEntry
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

func getLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = parseLexicon(verbLexicon, nounLexicon) })
	return lex, lexErr
}

func parseLexicon(verbs, nouns string) (*lexicon, error) {
	l := &lexicon{verbs: map[string][]verbEntry{}, nouns: map[string]nounEntry{}}
	for n, line := range strings.Split(verbs, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		e := verbEntry{lemma: f[0]}
		for _, x := range f[1:] {
			switch {
			case strings.HasPrefix(x, "+"):
				e.prt = x[1:]
			case strings.HasPrefix(x, "obj="):
				e.obj = x[4:]
			case strings.HasPrefix(x, "prep="):
				e.prep = x[5:]
			case strings.HasPrefix(x, "obl="):
				e.obl = x[4:]
			case strings.HasPrefix(x, "place="):
				e.place = x[6:]
			case strings.HasPrefix(x, "person="):
				e.person = x[7:]
			case strings.HasPrefix(x, "civ="):
				e.civ = x[4:]
			case strings.HasPrefix(x, "mil="):
				e.mil = x[4:]
			case strings.HasPrefix(x, "one="):
				e.one = x[4:]
			case strings.HasPrefix(x, "igo="):
				e.igo = x[4:]
			case x == "armed":
				e.armed = true
			case x == "violent":
				e.violent = true
			case x == "crowd":
				e.crowd = true
			case x == "protesters":
				e.protesters = true
			case x == "rioters":
				e.rioters = true
			case x == "passive":
				e.passive = true
			case strings.HasPrefix(x, "tgt="):
				e.tgt = x[4:]
			case strings.HasPrefix(x, "src="):
				e.src = x[4:]
			case isCode(x):
				e.code = x
			default:
				return nil, fmt.Errorf("verb lexicon line %d: bad field %q", n, x)
			}
		}
		if e.code == "" {
			return nil, fmt.Errorf("verb lexicon line %d: no code", n)
		}
		l.verbs[e.lemma] = append(l.verbs[e.lemma], e)
	}
	// the most specific entry of a lemma is tried first
	for _, es := range l.verbs {
		sort.SliceStable(es, func(i, j int) bool { return specificity(es[i]) > specificity(es[j]) })
	}
	for n, line := range strings.Split(nouns, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 || !isCode(f[1]) {
			return nil, fmt.Errorf("noun lexicon line %d: want LEMMA CODE", n)
		}
		e := nounEntry{code: f[1], mods: map[string]string{}}
		for _, x := range f[2:] {
			if x == "need=tgt" {
				e.needTgt = true
				continue
			}
			if x == "new" {
				e.newOnly = true
				continue
			}
			w, c, ok := strings.Cut(x, ":")
			if !ok || !isCode(c) {
				return nil, fmt.Errorf("noun lexicon line %d: bad modifier %q", n, x)
			}
			e.mods[w] = c
		}
		l.nouns[f[0]] = e
	}
	return l, nil
}

func specificity(e verbEntry) int {
	n := 0
	for _, x := range []string{e.prt, e.obj, e.prep, e.obl} {
		if x != "" {
			n++
		}
	}
	if e.armed || e.protesters || e.violent || e.crowd || e.rioters {
		n++
	}
	return n
}

func isCode(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
