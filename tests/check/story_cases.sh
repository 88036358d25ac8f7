#!/bin/sh
# Hand-written short stories through `tacitus code`, each with the events
# worked out by hand (the dictionaries' codes looked up in CAMEO.2.0.txt and
# data/actors): actors learned within a story (apposition with a title-cased
# description, surname variant, pronoun), a support verb's subject as the
# source of an event noun, a name that codes more specifically than the
# demonym before it, "U.S." inside a sentence, and an event dated from the
# text.  Story dates are Sundays (2021-11-07), so "Monday" is 2021-11-01.
set -u
: "${TACITUS:=build/tacitus}"
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
out="$d/out.jsonl"
cat > "$d/in.jsonl" <<'J'
{"id":"appos","date":"2021-11-07","text":"Kenzo Oshima, the UN Emergency Relief Coordinator, demanded that Iraq allow aid workers in."}
{"id":"support","date":"2021-11-07","text":"Israeli warplanes carried out airstrikes on Gaza on Monday."}
{"id":"learn","date":"2021-11-07","text":"Iraq's Prime Minister Mustafa al-Kadhimi arrived in Paris on Friday.\n\nKadhemi met the French president on Saturday. Kadhemi visited the Louvre on Sunday. He condemned the attack on the embassy."}
{"id":"names","date":"2021-11-07","text":"Kadhimi met with French President Emmanuel Macron on Saturday. He met U.S. President Joe Biden on Sunday."}
{"id":"retag","date":"2021-11-07","text":"Police arrest two suspects in Mosul."}
{"id":"shot","date":"2021-11-07","text":"A gunman shot 20 people in El Paso, Texas."}
{"id":"context","date":"2021-11-07","text":"Protesters clashed with police in Paris on Wednesday. Police arrested 20 people on Thursday."}
{"id":"oneattack","date":"2021-11-07","text":"At least four Palestinians are killed and six wounded in Israeli airstrikes on Khan Younis."}
{"id":"sides","date":"2021-11-07","text":"Six soldiers and 20 militants are killed in a shootout in Khyber Pakhtunkhwa, Pakistan."}
{"id":"weapon","date":"2021-11-07","text":"Russia fires two ballistic missiles at the seaport in Odesa, Ukraine."}
{"id":"npactor","date":"2021-11-07","text":"An overnight Russian Shahed drone strike on Kharkiv, Ukraine, injures nine people."}
{"id":"written","date":"2021-11-07","text":"Gunmen attacked a checkpoint in Wadi Zeyna, Chouf District, Lebanon, on Saturday."}
{"id":"backref","date":"2021-11-07","text":"Israeli jets bombed Gaza on Sunday. The United Nations condemned the attack on Gaza."}
{"id":"crowd","date":"2021-11-07","text":"Thousands of people demonstrate in Lyon, France, against the pension reform."}
{"id":"present","date":"2021-11-07","text":"Hamas accuses Israel of carrying out attacks in Gaza since the truce of November 1."}
{"id":"episode","date":"2021-11-07","text":"On Thursday, police arrested two men in Leeds.\n\nThe men were charged with murder by prosecutors."}
{"id":"holdprotest","date":"2021-11-07","text":"Farmers hold a protest in Paris ahead of the minister's visit."}
{"id":"future","date":"2021-11-07","text":"Japan will provide humanitarian aid to Sudan."}
{"id":"agreeto","date":"2021-11-07","text":"Egypt agreed to hold talks with Ethiopia."}
{"id":"attrib","date":"2021-11-07","text":"Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday, witnesses said."}
{"id":"backed","date":"2021-11-07","text":"Rwandan-backed rebels seized the town of Rubaya in North Kivu."}
{"id":"died","date":"2021-11-07","text":"Former Iraqi president Ghazi al-Yawer died at his home in Baghdad on Friday."}
{"id":"funding","date":"2021-11-07","text":"The United States halted all funding for the Somali army."}
{"id":"unless","date":"2021-11-07","text":"Germany said it will cut aid to Mali unless the junta holds elections."}
{"id":"nobody","date":"2021-11-07","text":"Talks on the border dispute were held in Geneva, and a car bomb killed five people in Mosul."}
{"id":"joint","date":"2021-11-07","text":"Armenia and Azerbaijan hold negotiations in Geneva."}
{"id":"hypo","date":"2021-11-07","text":"Iran could attack Israeli ships in the Red Sea, officials said."}
{"id":"mind","date":"2021-11-07","text":"The Kenyan president wants a seat on the Security Council."}
{"id":"claim","date":"2021-11-07","text":"A bomb exploded at a market in Quetta on Monday, killing ten people. The Baloch Liberation Army claimed responsibility for the attack."}
{"id":"claimit","date":"2021-11-07","text":"Al-Shabaab claims it killed 30 soldiers in an attack on a base in Lower Shabelle."}
{"id":"meets","date":"2021-11-07","text":"The Egyptian foreign minister meets his Sudanese counterpart for talks in Cairo."}
{"id":"ownside","date":"2021-11-07","text":"Israeli missile strikes on Sidon, Lebanon, hit a power plant, killing two people."}
{"id":"chain","date":"2021-11-07","text":"Security forces raided a camp near Bari, Puntland, Somalia, on Friday."}
{"id":"reject","date":"2021-11-07","text":"Iran rejects the ultimatum of the United States."}
{"id":"townof","date":"2021-11-07","text":"Gunmen attacked a checkpoint in the northern town of Hit, Anbar, Iraq."}
{"id":"deal","date":"2021-11-07","text":"Serbia and Kosovo reach a deal on licence plates."}
{"id":"unknowngroup","date":"2021-11-07","text":"Five soldiers are killed by Coalition of Patriots for Change gunmen at a military outpost in Kouki, Central African Republic."}
{"id":"russianforces","date":"2021-11-07","text":"Russian forces launch a drone strike on a bus in Marhanets, Ukraine, killing nine people."}
{"id":"namedattacker","date":"2021-11-07","text":"On Friday, 28-year-old Usman Khan stabbed several people at Fishmongers Hall in London with a large knife."}
{"id":"ruling","date":"2021-11-07","text":"The British Supreme Court found the prorogation to be unlawful."}
{"id":"orders","date":"2025-01-26","text":"Colombian President Gustavo Petro orders the commerce ministry to raise tariffs on U.S. imports."}
{"id":"vote","date":"2021-11-07","text":"Belizeans vote to elect the members of the House of Representatives."}
{"id":"conjdoers","date":"2025-01-26","text":"The United States and the United Arab Emirates launch joint airstrikes on militants in Bari, Puntland, Somalia."}
{"id":"withdrawfrom","date":"2025-01-26","text":"Israel withdraws from the United Nations Human Rights Council."}
{"id":"between","date":"2025-01-26","text":"A ceasefire between Israel and Hamas takes effect in the Gaza Strip."}
{"id":"strikeskill","date":"2025-01-09","text":"Russian artillery strikes kill two people in Siversk, Donetsk Oblast, Ukraine."}
{"id":"unaddressed","date":"2025-01-06","text":"The Somali parliament fails to meet for lack of a quorum."}
{"id":"addressed","date":"2025-01-06","text":"China criticizes the United States over its tariffs."}
{"id":"conducts","date":"2025-01-06","text":"The Nigerian army conducts airstrikes on militant hideouts near Maiduguri."}
{"id":"mob","date":"2025-01-06","text":"A mob attacks a church in Lahore, Pakistan, injuring twelve worshippers."}
{"id":"settlers","date":"2025-01-06","text":"Israeli settlers kill a Palestinian farmer near Ramallah."}
{"id":"lctitles","date":"2025-01-11","text":"Kenyan prime minister Musalia Mudavadi and Somali president Hassan Sheikh Mohamud meet in Nairobi."}
{"id":"lctitle","date":"2025-01-11","text":"Ghanaian president John Mahama meets with Malian interim president Assimi Goita in Bamako."}
{"id":"leavesdead","date":"2025-01-30","text":"A clash between the Indian Army and Maoist rebels in Bijapur leaves three soldiers and five rebels dead."}
{"id":"firsttime","date":"2025-03-28","text":"Turkey strikes Sulaymaniyah, Iraq, for the first time since June."}
{"id":"askednotdone","date":"2025-01-15","text":"Dozens of Kenyan traders urge the government to release all detained activists."}
{"id":"sues","date":"2025-01-15","text":"The Mexican government sues several American gun makers."}
{"id":"dashname","date":"2025-02-19","text":"Puntland police arrest four IS–Somalia militants in Bosaso."}
{"id":"namesakecity","date":"2025-01-24","text":"Puntland forces kill ten militants in Bari."}
{"id":"threeway","date":"2025-03-22","text":"Egypt, Jordan, and Qatar meet in Amman to discuss aid to Gaza."}
{"id":"theysigned","date":"2025-05-06","text":"Australian prime minister Anthony Albanese and Indonesian president Prabowo Subianto announce they have signed a defence agreement."}
{"id":"announcebetween","date":"2025-05-10","text":"The Qatari emir announces a ceasefire between Rwanda and Burundi."}
{"id":"nounobject","date":"2025-01-10","text":"The Pakistani army shells Afghan border posts in response to Taliban drone and rocket attacks on Peshawar."}
{"id":"regionname","date":"2025-03-09","text":"Somali forces kill 20 militants in the Middle Shabelle region."}
{"id":"northkivu","date":"2025-03-09","text":"Rebels attack a village in North Kivu."}
{"id":"peoplegather","date":"2025-03-22","text":"More than 20,000 Turks gather in Istanbul, Ankara, and other cities in Turkey to demonstrate and demand the release of the mayor."}
{"id":"leavetogether","date":"2025-02-08","text":"Latvia, Lithuania, and Estonia disconnect from the BRELL power grid."}
{"id":"firedtoward","date":"2025-02-27","text":"Militants fire mortars toward Halane camp in Somalia."}
{"id":"afterdoing","date":"2025-03-19","text":"Houthi fighters enter Marib after overrunning Yemeni Army positions north of the city."}
{"id":"participleplace","date":"2025-03-19","text":"M23 rebels enter Kasengezi, North Kivu, after overrunning Congolese Army positions."}
{"id":"claimtaken","date":"2025-03-08","text":"Al-Shabaab claims to have taken over new areas of Mahaday in Middle Shabelle region, Somalia."}
{"id":"takesover","date":"2025-03-08","text":"Al-Shabaab takes over new areas of Mahaday in Middle Shabelle region, Somalia."}
{"id":"terrain","date":"2025-01-11","text":"Puntland forces attack militants in the Cal Miskaad mountains."}
{"id":"iccsanction","date":"2025-02-06","text":"The United States imposes sanctions on the International Criminal Court."}
{"id":"domreject","date":"2025-01-06","text":"The Georgian opposition rejects the results of the vote."}
{"id":"conductedby","date":"2025-01-12","text":"At least 16 civilians are killed in an airstrike conducted by the Nigerian Air Force in Zamfara State."}
{"id":"tatmadaw","date":"2025-01-11","text":"At least fifteen civilians are killed in a Tatmadaw airstrike on a market in Rakhine State, Myanmar."}
{"id":"captured","date":"2025-03-21","text":"Al-Shabaab fighters capture the district of Adale in Middle Shabelle, Somalia."}
{"id":"retakes","date":"2025-03-21","text":"The Sudanese army retakes the presidential palace in Khartoum."}
{"id":"capturebases","date":"2025-03-21","text":"Puntland forces capture an Islamic State base in the Cal Miskaad mountains."}
{"id":"captureplan","date":"2025-03-07","text":"The group's main goal is to capture Mogadishu."}
{"id":"rebelgroup","date":"2025-02-22","text":"Hundreds of police officers join the M23 movement in Bukavu, Democratic Republic of the Congo, as the rebel group consolidates its control of the city."}
{"id":"saysforces","date":"2025-02-07","text":"Russia says its forces have taken full control of Toretsk, Donetsk Oblast, Ukraine."}
{"id":"saystroops","date":"2025-02-07","text":"Israel says its troops killed three militants in Jenin."}
{"id":"saygunmen","date":"2025-02-07","text":"Police say gunmen killed five people in Kano, Nigeria."}
{"id":"eachother","date":"2025-03-21","text":"Russia and Ukraine blame each other for the attack on the dam."}
{"id":"alleged","date":"2025-02-22","text":"A Tuareg rebel alliance accuses Malian soldiers of killing 24 civilians near Kidal, Mali."}
{"id":"namedgroup","date":"2025-02-22","text":"The Tuareg independence movement accuses Malian soldiers of abuses."}
{"id":"summons","date":"2025-03-04","text":"Germany summoned Russia's envoy over the cyberattack."}
{"id":"secondsubject","date":"2025-05-23","text":"Netanyahu accused British prime minister Keir Starmer of siding with Hamas."}
{"id":"curfew","date":"2025-02-20","text":"The governor of Norte de Santander declares a curfew across Cucuta, Colombia."}
{"id":"policedetain","date":"2025-02-20","text":"Turkish police detain hundreds of protesters."}
{"id":"witkoff","date":"2025-03-01","text":"Steve Witkoff meets with Israeli Prime Minister Benjamin Netanyahu in Jerusalem."}
{"id":"shootsandkills","date":"2025-03-01","text":"An armed civilian subsequently shoots and kills the attacker in Graz, Austria."}
{"id":"meetsoneway","date":"2025-02-11","text":"King Abdullah II of Jordan meets U.S. President Donald Trump in Washington for talks."}
{"id":"phoneday","date":"2025-02-11","text":"U.S. Secretary of State Marco Rubio telephoned Russian Foreign Minister Sergei Lavrov on Tuesday."}
{"id":"gather","date":"2025-02-11","text":"Thousands of people gather in Berlin, Germany, to protest against the government."}
{"id":"byweapon","date":"2025-03-01","text":"A bus evacuating civilians is attacked by a Russian drone in Kherson, Ukraine."}
{"id":"nameattack","date":"2025-03-01","text":"At least 100 people are killed in Rapid Support Forces attacks on Al-Fashir, Sudan."}
{"id":"conjattack","date":"2025-03-01","text":"Fifteen civilians are injured in a nighttime Russian drone and missile attack on Kharkiv, Ukraine."}
{"id":"agentattack","date":"2025-03-01","text":"Eleven soldiers are killed in an ambush by guerrillas in Narino, Colombia."}
{"id":"carryout","date":"2025-03-01","text":"The Israeli military carry out six airstrikes on Hudaydah Port in Hodeidah, Yemen."}
{"id":"fire","date":"2019-01-05","text":"A fire yesterday afternoon killed five girls at an escape room in Koszalin, Poland."}
{"id":"lions","date":"2019-08-01","text":"The owner of a lodge near Pretoria, South Africa, was killed by his lions on Tuesday."}
{"id":"site","date":"2025-01-21","text":"Thirty-one Maoist militants are killed during a shootout around Indravati River in Chhattisgarh, India."}
{"id":"counterattack","date":"2025-02-14","text":"The Congolese military launches a counterattack against M23 rebels in South Kivu province."}
{"id":"seizecontrol","date":"2025-02-14","text":"M23 rebels and Rwandan troops seize control of Kavumu Airport in South Kivu, Democratic Republic of the Congo."}
{"id":"hostbetween","date":"2025-01-26","text":"Egypt will host a meeting between Israel and Hamas in Cairo."}
{"id":"iedattack","date":"2025-01-06","text":"Two people are killed in an IED attack at a school near Abuja, Nigeria."}
{"id":"roadsidebomb","date":"2025-04-29","text":"A roadside bomb kills eight soldiers in Borno State, Nigeria."}
{"id":"emergency","date":"2019-01-07","text":"President Donald Trump declared a national emergency on Friday."}
{"id":"clocktime","date":"2019-07-23","text":"Early Saturday morning, somewhat after midnight, police in Clairton, Pennsylvania, responded to reports of a shooting."}
{"id":"pastmonth","date":"2020-10-18","text":"Protesters clashed with police in Minsk after the disputed election in August."}
{"id":"episodeday","date":"2020-02-24","text":"On Saturday, heavy snow fell across Lithuania.\n\nLithuanian police arrested two Belarusian diplomats in Vilnius."}
{"id":"pluralsubject","date":"2025-02-22","text":"Houthi forces launch missiles at a U.S. fighter jet over the Red Sea."}
{"id":"agreeact","date":"2025-01-27","text":"China and India agree to resume direct air travel."}
{"id":"threatento","date":"2021-11-07","text":"Israel threatened to ban voting in East Jerusalem."}
{"id":"refuseto","date":"2021-11-07","text":"The Israeli government is refusing to lift the curfew on Palestinians living in the West Bank."}
{"id":"namesake","date":"2025-05-20","text":"An Al-Shabaab mortar attack kills three Somali army personnel in a military barracks near Bal'ad in Middle Shabelle, Somalia."}
{"id":"mainclause","date":"2025-02-21","text":"The European Union pledges 2.5 billion euros to Syria, while the United Kingdom pledges an additional 160 million pounds."}
{"id":"mainclause2","date":"2025-02-21","text":"The Associated Press files a lawsuit against three White House officials after they banned its reporters from press events."}
{"id":"shotdeadby","date":"2019-10-04","text":"The attacker was shot dead by police in Paris."}
{"id":"resigns","date":"2025-05-01","text":"Acting South Korean President Han Duck-soo resigns."}
{"id":"futureperiod","date":"2025-04-28","text":"Russian President Vladimir Putin declares a three-day ceasefire in Ukraine for May 8-10."}
{"id":"signtreaty","date":"2025-01-17","text":"Iranian president Masoud Pezeshkian and Russian president Vladimir Putin sign the Iranian-Russian Treaty on Comprehensive Strategic Partnership."}
{"id":"demandsupport","date":"2021-11-07","text":"Palestinian officials demanded the support of the United States for Palestinian statehood."}
{"id":"possplace","date":"2019-08-29","text":"Critics from across Britain's political spectrum have accused the government of a move to foil the opposition."}
{"id":"monthplace","date":"2020-10-29","text":"Riots broke out in Wisconsin after the police shooting of Jacob Blake in August."}
{"id":"currency","date":"2025-03-14","text":"The European Union will invest 4.7 billion euros (US$5 billion) in aid projects in South Africa."}
{"id":"protestclash","date":"2025-03-09","text":"In Bucharest, Romania, protests erupt in front of the Electoral Bureau with clashes with the police."}
{"id":"statemeans","date":"2025-04-29","text":"Russian troops attack Kupiansk with grenades dropped from drones."}
{"id":"nearin","date":"2025-05-14","text":"Two Israelis are wounded in a shooting near Brukhin in the West Bank."}
{"id":"townofin","date":"2025-01-04","text":"M23 rebels capture the strategic town of Katale in Masisi Territory."}
{"id":"areaname","date":"2025-02-23","text":"Israel launches airstrikes in the Baalbek area in northeastern Lebanon."}
{"id":"siteof","date":"2025-01-28","text":"Four civilians are killed in an airstrike in the Sihan area of Qandala district in the Bari region."}
{"id":"container","date":"2025-03-22","text":"Russian artillery targets Pokrovsk in Donetsk Oblast, killing three people."}
{"id":"storyplace","date":"2025-04-03","text":"Israeli troops enter Rafah. The troops kill ten people."}
{"id":"targetland","date":"2025-06-13","text":"Israel launches strikes against senior Iranian officials."}
{"id":"region","date":"2025-04-14","text":"The Chinese president begins a tour of Southeast Asia with a state visit to Vietnam."}
{"id":"casefirst","date":"2025-05-18","text":"Four people are killed in a bombing near a market in Killa Abdullah District, Balochistan, Pakistan."}
{"id":"nounsubj","date":"2025-01-16","text":"Israeli airstrikes kill at least 82 people across the Gaza Strip, including 30 in Gaza City."}
{"id":"siteprison","date":"2025-06-23","text":"The Israeli military strikes Evin Prison in Tehran, Iran."}
{"id":"districtof","date":"2025-04-04","text":"Five people are killed in a Russian drone attack on a residential area in Novobavarskyi District of Kharkiv, Ukraine."}
{"id":"villageof","date":"2025-04-06","text":"Russian troops capture the village of Basivka in Sumy Oblast, Ukraine."}
{"id":"listof","date":"2025-06-25","text":"Bandits attack three army bases in Kaduna and Niger States in Nigeria."}
{"id":"agentby","date":"2025-02-24","text":"The refinery in Ryazan suspends operations after a drone attack by Ukraine."}
{"id":"episodeplace","date":"2025-01-18","text":"A Palestinian man from Tulkarm stabs a man in central Tel Aviv. An armed civilian subsequently shoots the perpetrator."}
{"id":"border","date":"2025-01-10","text":"The government of Venezuela closes the border with Colombia."}
{"id":"territory","date":"2025-03-09","text":"Nine people are killed by rebels in Lubero Territory, North Kivu, Democratic Republic of the Congo."}
{"id":"storycountry","date":"2025-03-03","text":"An army patrol seized the group's headquarters in the Kwamouth Territory, Mai-Ndombe Province, the Congolese military said. The Democratic Republic of the Congo has fought the militia since 2022."}
{"id":"byherders","date":"2025-03-02","text":"Four farmers are killed in an attack by armed herders in Benue State, Nigeria."}
{"id":"byarmy","date":"2025-03-02","text":"Six militants are killed in an operation by the Somali National Army in Jowle, Mudug, Somalia."}
{"id":"clasheswith","date":"2025-03-02","text":"Two policemen are killed in clashes with gunmen in Zamfara, Nigeria."}
{"id":"modelname","date":"2025-03-02","text":"Eight people are injured in a Russian Kh-101 cruise missile strike on Lviv, Ukraine."}
{"id":"mediated","date":"2025-03-02","text":"Armenia and Azerbaijan reach an agreement mediated by Qatar."}
{"id":"meetin","date":"2025-03-02","text":"The presidents of Armenia and Azerbaijan meet in Tokyo."}
{"id":"saudiled","date":"2025-03-02","text":"Dozens of people are killed in Saudi-led air raids on Sanaa, Yemen."}
{"id":"possoffensive","date":"2025-03-02","text":"Five civilians are killed in Russia's offensive on Kharkiv, Ukraine."}
{"id":"titleof","date":"2021-11-07","text":"Prime Minister Marek Novak of the Czech Republic tested positive for COVID-19 on Friday.\n\nA week earlier he met President of France Emmanuel Macron in Brussels."}
{"id":"armyit","date":"2025-01-11","text":"The Sudanese Army says that it has regained control of the town of Wad Madani in Gezira State."}
{"id":"appfor","date":"2025-02-13","text":"Maria Lopez, the spokeswoman for the Mexican Foreign Ministry, criticized the United States on Monday."}
{"id":"relop","date":"2025-03-02","text":"The Nigerian Army completed an operation that killed 30 militants in Borno State, Nigeria."}
{"id":"objcity","date":"2021-11-07","text":"Israeli airstrikes hit Gaza City on Monday, killing 12 people."}
{"id":"campraid","date":"2021-11-07","text":"Israeli troops raid the Jenin refugee camp, killing three people."}
{"id":"thecamp","date":"2021-11-07","text":"Israeli soldiers killed three people in the Nuseirat refugee camp."}
{"id":"objorg","date":"2021-11-07","text":"Israel strikes Hamas, killing 12 people."}
{"id":"objlist","date":"2021-11-07","text":"Israeli jets bombed Nuseirat, Jabalia and Khan Younis on Monday."}
{"id":"relclause","date":"2025-03-06","text":"The United States withdraws from the World Health Organization, a body that coordinates global health policy."}
{"id":"ordersto","date":"2025-01-20","text":"Colombian President Gustavo Petro orders the army to attack ELN rebels in Catatumbo."}
{"id":"namefree","date":"2025-02-08","text":"Hamas free three Israeli hostages in Gaza."}
{"id":"oxfordlist","date":"2025-02-08","text":"Estonia, Latvia, and Lithuania condemn Belarus."}
{"id":"advverb","date":"2025-06-02","text":"Al-Shabaab militants reportedly seize control of Moqokori in Hiran, Somalia."}
{"id":"pastform","date":"2025-06-15","text":"Thousands of protesters march in Belgrade, Serbia."}
{"id":"blockorder","date":"2021-11-07","text":"A U.S. federal judge temporarily blocks President Joe Biden's executive order on student loans."}
{"id":"impeach","date":"2021-11-07","text":"On Wednesday, the Philippine House of Representatives impeached Vice President Sara Duterte over corruption allegations."}
{"id":"issueruling","date":"2021-11-07","text":"The Supreme Court of Kenya issued a ruling on the Kenyan parliament's election law."}
{"id":"subpoena","date":"2021-11-07","text":"The U.S. House of Representatives issued a subpoena to Secretary of State Antony Blinken."}
{"id":"pardons","date":"2021-11-07","text":"Belarusian President Alexander Lukashenko pardons opposition leader Siarhei Tsikhanouski."}
{"id":"sentences","date":"2021-11-07","text":"A court in Georgia sentences former president Mikheil Saakashvili to four years in prison."}
{"id":"courtremoves","date":"2021-11-07","text":"The Constitutional Court of South Korea removed President Park Geun-hye from office on Friday."}
{"id":"talksplace","date":"2021-11-07","text":"Armenia and Azerbaijan hold talks in Almaty, Kazakhstan."}
{"id":"homefoe","date":"2021-11-07","text":"Islamic State fighters are hiding in the Golis Mountains of Puntland, Somalia. The Puntland Security Force continues its offensive into Bari region."}
{"id":"sharedobj","date":"2021-11-07","text":"Turkey says its air defence units have intercepted and destroyed twelve Syrian drones over Hatay."}
{"id":"threatany","date":"2021-11-07","text":"Niger threatened to institute a curfew in Niamey."}
{"id":"demandthat","date":"2021-11-07","text":"The United States demanded that Hamas renounce its armed struggle against Israel."}
{"id":"demandchain","date":"2021-11-07","text":"Kenya demanded that its neighbours refuse to recognize Somaliland."}
{"id":"demandother","date":"2021-11-07","text":"Ghana demanded that Togo withdraw its troops from Ghana."}
{"id":"lemmavbd","date":"2021-11-07","text":"Guinea and Togo formally withdraw from the regional bloc ECOWAS."}
{"id":"wiredayobj","date":"2021-11-07","text":"Damascus again rejected Wednesday a United Nations appeal for sending troops to its border with Jordan."}
{"id":"wiredaythat","date":"2021-11-07","text":"Jordanian officials demanded Friday that the United States match the European Union's aid for Palestinian refugees."}
{"id":"willnot","date":"2021-11-07","text":"Tanzania will not accept refugees from Burundi."}
{"id":"saidwouldnot","date":"2021-11-07","text":"Kenya said it would not accept any more refugees from Somalia."}
{"id":"saidmust","date":"2021-11-07","text":"The Red Cross said Turkish forces must ensure security to allow food to reach the refugees."}
{"id":"saidmustboth","date":"2021-11-07","text":"The French foreign minister said on Monday that Mali and the rebels must reach an agreement that ends the conflict."}
{"id":"saidwould","date":"2021-11-07","text":"Nigerian students said they would boycott all contact with the British embassy."}
{"id":"unnamedarrest","date":"2021-11-07","text":"A mayor was stabbed on stage in Gdansk, Poland, on Thursday. A 25-year-old man was arrested on Friday. He was released on bail on Saturday."}
{"id":"noarrest","date":"2021-11-07","text":"A bomb exploded at a market in Quetta, Pakistan, on Monday. No suspects were arrested."}
{"id":"privatevisit","date":"2021-11-07","text":"A group of students visited a museum in Koszalin, Poland, on Friday. Polish Prime Minister Mateusz Morawiecki met the Polish parliament speaker on Saturday. Polish Prime Minister Mateusz Morawiecki visited Koszalin, Poland, on Saturday."}
{"id":"foundead","date":"2021-11-07","text":"A journalist was found dead at his home in Lahore, Pakistan, on Monday. Police said they were investigating."}
{"id":"beto","date":"2021-11-07","text":"The Polish president is to meet the German chancellor on Thursday in Berlin. The former Polish prime minister is to face trial in Warsaw."}
{"id":"threatif","date":"2021-11-07","text":"Turkey threatened to suspend talks on the pipeline if Greece goes ahead with the drilling."}
{"id":"announcewill","date":"2021-11-07","text":"Kenya's president announced that he will impose a curfew in Mombasa."}
{"id":"threatdayto","date":"2021-11-07","text":"The Georgian parliament threatened on Tuesday to cut ties with Russia."}
{"id":"vowdayto","date":"2021-11-07","text":"The Indian government vowed on Friday to expel the Pakistani envoy."}
{"id":"agreeaid","date":"2021-11-07","text":"Japanese ministers agreed to provide 20 million dollars of aid to Kenya."}
{"id":"daysubj","date":"2021-11-07","text":"Turkey today threatened to break off relations with Syria."}
{"id":"falsepassive","date":"2021-11-07","text":"The Indian government today expelled two Pakistani diplomats."}
{"id":"saidwillrelease","date":"2021-11-07","text":"The Burundian rebels said they will release the government officials they took hostage last week."}
{"id":"saidwouldallow","date":"2021-11-07","text":"Iran said it would allow the return of IAEA inspectors."}
{"id":"instructed","date":"2021-11-07","text":"Kenyan President William Ruto instructed security agencies to investigate the leak of the report."}
{"id":"andshot","date":"2021-11-07","text":"On Friday, 28-year-old Arthur Dent stabbed several people at a market in Leeds with a large knife.\n\nPolice arrived and shot him dead."}
{"id":"override","date":"2019-03-13","text":"Theresa May met the French president in London."}
{"id":"overrideundated","date":"2021-11-07","text":"Barack Obama met the French president in Paris."}
{"id":"queen","date":"2019-03-13","text":"Queen Elizabeth II met the French president in London."}
{"id":"petitioncourt","date":"2019-09-13","text":"Boris Johnson petitioned the Supreme Court over the ruling."}
{"id":"signorder","date":"2021-11-07","text":"President Joe Biden signs an executive order imposing sanctions on Russia."}
{"id":"signcharter","date":"2021-11-07","text":"Georgia and Ukraine sign a Strategic Partnership Charter."}
{"id":"signofboth","date":"2021-11-07","text":"The prime ministers of Estonia and Latvia sign a charter on energy."}
{"id":"willsign","date":"2021-11-07","text":"Georgia and Ukraine will sign a charter next month."}
{"id":"calledname","date":"2021-11-07","text":"French President Emmanuel Macron called the Russian government's decision \"a disgrace\" on Monday."}
{"id":"calledunknown","date":"2021-11-07","text":"Thousands of people marched in London on Saturday.\n\nAlan Brixworth called Prime Minister Boris Johnson's proposed deal \"lousy\"."}
{"id":"surrenderpolice","date":"2021-11-07","text":"A gunman killed three people at a mall in Dallas, Texas, on Saturday.\n\nThe suspected gunman surrendered himself to police on Sunday."}
{"id":"appealruling","date":"2019-10-13","text":"President Donald Trump appealed the decision to the Second Circuit Court of Appeals on Tuesday."}
{"id":"signdecree","date":"2021-11-07","text":"The Malian president signs a decree to expel the French ambassador."}
{"id":"unitstate","date":"2025-01-12","text":"Soldiers kill twelve bandits in Kebbi State."}
{"id":"villageinstate","date":"2025-04-24","text":"Gunmen kill ten people in an attack on the village of Tungar Kara in Sokoto State, Nigeria."}
{"id":"linkedabroad","date":"2025-03-22","text":"Militants attack a base in Qansax Dheere, South West, Somalia."}
{"id":"headingtowards","date":"2025-02-15","text":"The Congolese military withdraws from Bukavu heading south towards Uvira."}
{"id":"clockday","date":"2021-11-07","text":"Police arrested two men in Leeds at 3am local time on Saturday."}
{"id":"ordershut","date":"2021-11-07","text":"The Philippine government ordered the broadcaster to shut down on Friday."}
{"id":"wept","date":"2021-11-07","text":"Pakistani villagers wept upon hearing the news."}
{"id":"arouse","date":"2021-11-07","text":"Indian police questioned twelve men in Trichy after they aroused suspicion at a tea stall."}
{"id":"wouldallow","date":"2021-11-07","text":"Hong Kong will withdraw a bill that would have allowed China to extradite criminals from Hong Kong."}
{"id":"partyobj","date":"2021-11-07","text":"On Friday, the prime minister of Nepal announced that her government will officially withdraw a proposed bill that would have allowed India to extradite accused criminals from Nepal to be tried under the Indian justice system. \"The government will fully withdraw the bill to allay public concerns,\" she said in a televised address."}
{"id":"sanctionverb","date":"2022-03-02","text":"The British Foreign Office sanctions two Iranian military commanders for their role in drone deliveries to Russia."}
{"id":"interceptfire","date":"2024-04-20","text":"The Israeli army intercepts a missile fired by Hezbollah from Lebanon."}
{"id":"reportday","date":"2021-11-07","text":"On Friday, a man stabbed five people at a market in Leeds.\n\nPolice arrived and arrested him.\n\nBy reports on Saturday, two of the victims died."}
{"id":"articlename","date":"2021-11-07","text":"Police arrested a man in El Paso on Sunday."}
{"id":"finerincountry","date":"2021-11-07","text":"In Kenya, a man was sentenced for murder by a court in Mombasa on Friday."}
{"id":"storyfiner","date":"2021-11-07","text":"The shooting happened in the U.S. border city of Laredo, Texas.\n\nOn Sunday, prosecutors charged the suspect with murder."}
{"id":"controlled","date":"2021-11-07","text":"The U.S. military launches air raids across Houthi-controlled areas of Yemen overnight, killing four people in the capital city Sanaa."}
{"id":"courtdistrictof","date":"2021-11-07","text":"The lawsuit was filed in the U.S. District Court for Northern District of California."}
{"id":"officeplace","date":"2021-11-07","text":"Protests continued across the United States on Sunday.\n\nThe Manhattan district attorney's office is investigating the company."}
{"id":"attackson","date":"2021-11-07","text":"At least 100 people are killed in Rapid Support Forces attacks on Al-Fashir and two nearby camps in North Darfur, Sudan."}
{"id":"namesaketown","date":"2021-11-07","text":"The Russian Army says that it has gained control of the settlement of Shevchenko in Donetsk Oblast, Ukraine."}
{"id":"cityofin","date":"2021-11-07","text":"The Rapid Support Forces capture the city of En Nahud in West Kordofan from the army."}
{"id":"regionlater","date":"2021-11-07","text":"Authorities on Monday arrested twelve people in Karnataka, India after a leopard died.\n\nOfficials said a constable saw the twelve in Mysore before questioning them."}
{"id":"bombhits","date":"2021-11-07","text":"Nine miners are killed when a bomb hits a truck in Loralai, Balochistan, Pakistan."}
{"id":"roadsidehits","date":"2021-11-07","text":"Two soldiers are killed when a roadside bomb hits a bus carrying soldiers in Kech District, Balochistan, Pakistan."}
{"id":"placedname","date":"2021-11-07","text":"Russian forces have captured Rozlivka in Donetsk Oblast, Ukraine."}
{"id":"personname","date":"2021-11-07","text":"Police captured Musa Danladi in Kano, Nigeria."}
{"id":"reef","date":"2021-11-07","text":"China seizes the disputed Sandy Cay Reef in the Spratly Islands."}
{"id":"looted","date":"2021-11-07","text":"Congolese soldiers looted a market in Lubero, North Kivu."}
{"id":"protestloot","date":"2021-11-07","text":"Protesters looted shops in Lagos, Nigeria, after the election."}
{"id":"declwar","date":"2021-11-07","text":"The Congolese foreign minister calls Rwanda's military support for the rebels a \"declaration of war\"."}
{"id":"worstwar","date":"2021-11-07","text":"The United Nations calls the situation in Gaza the worst since the beginning of the war."}
{"id":"killfigure","date":"2021-11-07","text":"Israel says it has killed Brigadier General Ahmad Haidari, the most senior commander of Hezbollah in southern Lebanon."}
{"id":"killmany","date":"2021-11-07","text":"The Somali army says it has killed four Al-Shabaab commanders in an airstrike in Jilib, Somalia."}
{"id":"killcivilians","date":"2021-11-07","text":"Soldiers killed three civilians in Kidal, Mali, on Friday."}
{"id":"massacred","date":"2021-11-07","text":"Gunmen massacred 40 villagers in Kidal, Mali, on Friday."}
{"id":"urgedand","date":"2021-11-07","text":"The United Nations urged Ethiopia to release the detained journalists and lift the curfew in Tigray."}
{"id":"firmsurging","date":"2021-11-07","text":"Shops closed in Tbilisi, with hundreds of Georgian firms urging the government to release political prisoners and hold new elections."}
{"id":"requestto","date":"2021-11-07","text":"Mexico rejected a request from the United States to allow American troops into Sonora."}
{"id":"approveslaw","date":"2021-11-07","text":"The House of Representatives of Libya approves a national reconciliation law."}
{"id":"willwithdraw","date":"2025-01-26","text":"Argentina announces that it will withdraw from the World Health Organization."}
{"id":"intentionto","date":"2021-11-07","text":"Greece announces its intention to expel the Turkish ambassador."}
{"id":"bombingcampaign","date":"2025-06-13","text":"The Israeli Air Force launches a bombing campaign against Iran."}
{"id":"orderedto","date":"2021-11-07","text":"On Thursday, the president of Kenya dismissed the interior minister.\n\nHe also ordered the police to investigate the minister."}
{"id":"monthepisode","date":"2021-11-07","text":"In September, the river flooded.\n\nPolice arrested two farmers in Kano."}
{"id":"untilbound","date":"2021-11-07","text":"Until September, the river flooded.\n\nPolice arrested two farmers in Kano."}
{"id":"monthlate","date":"2021-11-07","text":"The river flooded in September.\n\nPolice arrested two farmers in Kano."}
{"id":"afterweek","date":"2021-11-07","text":"The ceasefire comes a week after rebels attacked the capital."}
{"id":"nounpredadj","date":"2021-11-07","text":"Police arrested two men in Kano on Thursday.\n\nProtests and riots related to the arrests continued across the city."}
{"id":"lastweek","date":"2021-11-07","text":"Police arrested two men in Kano last week."}
{"id":"weekacross","date":"2021-10-06","text":"Police arrested two men in Kano last week."}
{"id":"agentfor","date":"2021-11-07","text":"A reporter for a French newspaper is killed in an Israeli airstrike in Khan Younis."}
{"id":"storymilitants","date":"2021-11-07","text":"Six police officers are killed in an Al-Shabaab attack on a police camp in Garissa, Kenya. Dozens of militants are also killed."}
{"id":"resignhome","date":"2021-11-07","text":"Mongolian prime minister Luvsannamsrain Oyun-Erdene resigns."}
{"id":"seaname","date":"2021-11-07","text":"North Korea fired a ballistic missile into the Sea of Japan."}
{"id":"namesplit","date":"2021-11-07","text":"A report points to the Israel Defense Forces opening fire on crowds of Palestinians in Rafah."}
{"id":"mediacountry","date":"2021-11-07","text":"Israel bans Al Jazeera."}
{"id":"orgword","date":"2021-11-07","text":"The Myanmar government signed a ceasefire with ethnic armed organizations."}
{"id":"haltany","date":"2021-11-07","text":"Japan halts cultural exchanges with China."}
{"id":"blockade","date":"2021-11-07","text":"The Israeli blockade of Gaza continues."}
{"id":"formblockade","date":"2021-11-07","text":"Hundreds of students form a blockade around the ministry in Belgrade."}
{"id":"shareintel","date":"2021-11-07","text":"France will continue sharing intelligence with Ukraine."}
{"id":"asclause","date":"2021-11-07","text":"Israel blocks the entry of humanitarian aid into Gaza as the truce ends."}
{"id":"shotdown","date":"2021-11-07","text":"Russia launches 143 drones at Ukraine overnight. Ukraine says that it shot down 95 of 143 drones."}
{"id":"asrole","date":"2021-11-07","text":"Ilza Amado Vaz resigns as Prime Minister of Sao Tome and Principe."}
{"id":"accents","date":"2021-11-07","text":"The president of São Tomé and Príncipe visits Portugal."}
{"id":"noconfidence","date":"2021-11-07","text":"The Czech government survives a vote of no confidence called by the opposition."}
{"id":"readyfor","date":"2021-11-07","text":"Kenyan President William Ruto says in an interview with British journalist Piers Morgan that he is ready for talks with Somalia."}
{"id":"twotakers","date":"2021-11-07","text":"M23 rebels and Rwandan troops seize control of the airport in Bukavu, Democratic Republic of the Congo."}
{"id":"aftertalks","date":"2021-11-07","text":"Iran frees a French tourist after talks with Oman."}
{"id":"visitfrom","date":"2021-11-07","text":"Mogadishu goes into a security lockdown during a visit from Ethiopian Prime Minister Abiy Ahmed."}
{"id":"criticismof","date":"2021-11-07","text":"The Kenyan ambassador is expelled for his criticism of the Somali government."}
{"id":"claimto","date":"2021-11-07","text":"The Houthis claim to have shot down an American MQ-9 drone over Marib."}
{"id":"jointhe","date":"2021-11-07","text":"Estonia, Latvia, and Lithuania join the Continental Europe Synchronous Area."}
{"id":"accuseskilling","date":"2021-11-07","text":"Hamas accuses Israel of carrying out 20 raids in Gaza, killing 12 Palestinians."}
{"id":"imminentattack","date":"2021-11-07","text":"France suspends flights to Niamey because of an imminent threat of a missile attack on the airport."}
{"id":"claimskilled","date":"2021-11-07","text":"Al-Shabaab claims 40 soldiers were killed in Mogadishu."}
{"id":"managedby","date":"2021-11-07","text":"Israel destroys part of the Al-Ahli Hospital in Gaza City, which is managed by the Episcopal Church in Jerusalem."}
{"id":"takesname","date":"2021-11-07","text":"Poland takes over the Presidency of the Council of the European Union after Hungary."}
{"id":"takenill","date":"2021-11-07","text":"The President of Burundi was taken ill on Saturday and taken to hospital."}
{"id":"residing","date":"2021-11-07","text":"Putin announces that Russian citizens residing in Belarus will be able to vote in Belarus."}
{"id":"forcesnoun","date":"2021-11-07","text":"Congolese and Rwandan forces exchange fire along the border."}
{"id":"resultsin","date":"2025-01-26","text":"A battle between the Kenyan army and Al-Shabaab results in the deaths of 20 militants in Lamu, Kenya."}
{"id":"openingshelling","date":"2025-01-26","text":"The shelling of a market in Omdurman, Sudan, kills at least 30 civilians."}
{"id":"arrestof","date":"2025-01-26","text":"The arrest of three Chinese nationals in Manila, Philippines, angers Beijing."}
{"id":"withdrawalfrom","date":"2025-01-26","text":"Mali announces its withdrawal from the Economic Community of West African States."}
{"id":"withdrawalof","date":"2025-01-26","text":"Residents return to Bunia after the withdrawal of Ugandan troops."}
{"id":"resignationof","date":"2025-01-26","text":"Following the resignation of Dutch Prime Minister Mark Rutte, the parliament elects a new speaker."}
{"id":"filesresignation","date":"2025-01-26","text":"The Dutch Prime Minister files his resignation after the vote."}
{"id":"prisonerexchange","date":"2025-01-26","text":"Armenia and Azerbaijan begin a prisoner exchange at the border."}
{"id":"cancels","date":"2025-01-26","text":"Niger cancels its military cooperation with France."}
{"id":"accordingto","date":"2025-01-26","text":"According to the Thai foreign ministry, more than 300 Thai nationals are detained for immigration violations in Cambodia."}
{"id":"advance","date":"2025-01-26","text":"Al-Shabaab militants advance towards the town of Jowhar, Somalia."}
{"id":"advanceprep","date":"2025-01-26","text":"Officials say Al-Shabaab militants are preparing to advance on Jowhar, Somalia."}
{"id":"liberationof","date":"2025-01-26","text":"The Sudanese army declares the liberation of Wad Madani from RSF forces."}
{"id":"objectlist","date":"2025-01-26","text":"Kenya, Uganda, and the countries of the East African Community meet in Arusha, Tanzania, to discuss the crisis."}
{"id":"firewhich","date":"2021-11-07","text":"Following the fire, which also seriously injured a man, authorities are performing checks on all escape rooms in Poland."}
{"id":"conjpart","date":"2021-11-07","text":"On Thursday, police raided a house in Leeds.\n\nTwo men were detained and charged with murder."}
{"id":"lasttime","date":"2021-11-07","text":"On Thursday, the government of Kenya ordered the Nation newspaper to shut down.\n\nThe last time the government ordered a newspaper to shut down was during the emergency declared by President Moi in 1982.\n\nPolice arrested two editors."}
{"id":"otheryear","date":"2019-02-02","text":"Two police officers were found guilty on Thursday of raping a Canadian tourist in 2014."}
{"id":"reportissued","date":"2021-11-07","text":"On Thursday, a mother found a bag of drugs in a park in Leeds.\n\nIn a statement issued on Friday, police confirmed they arrested two men."}
{"id":"sincemonth","date":"2021-11-07","text":"On Thursday, British police raided a house in Leeds.\n\nBritish police arrested two men who have sold drugs in the park since April 2016."}
{"id":"presentyest","date":"2021-11-07","text":"Israel launches airstrikes against Syria in retaliation for the firing of two rockets at Israel yesterday."}
{"id":"storyattacker","date":"2021-11-07","text":"Russian drones struck Kharkiv, Ukraine, on Saturday. A separate strike killed three police officers in Sumy Oblast."}
{"id":"otherside","date":"2025-06-22","text":"The Parliament of Iran votes for the closure of the Strait of Hormuz in response to the U.S. attacks."}
{"id":"othersideigo","date":"2025-06-22","text":"The United Nations condemns the Nigerian attacks in Nigeria."}
{"id":"backer","date":"2025-02-18","text":"Rwandan-backed M23 rebels advance on the city of Butembo, North Kivu, and capture Kamanyola in South Kivu, Democratic Republic of the Congo after defeating Congolese forces."}
{"id":"weaponsubj","date":"2025-06-18","text":"Twenty-five Iranian ballistic missiles are launched at central Israel."}
{"id":"weaponstrikes","date":"2025-03-05","text":"A Russian missile strikes a hotel in Kryvyi Rih, Ukraine."}
{"id":"claimseries","date":"2025-04-21","text":"The Islamic State claims responsibility for a series of deadly attacks targeting Christians and security forces in Borno and Adamawa, Nigeria earlier this month that killed at least nine people."}
{"id":"aubody","date":"2025-03-01","text":"The African Union condemns the attack on the Zamzam camp in Sudan."}
{"id":"natosg","date":"2025-03-01","text":"Mark Rutte meets Ukrainian President Volodymyr Zelenskyy in Kyiv."}
{"id":"montenegro","date":"2025-03-01","text":"Luis Montenegro meets Pedro Sanchez in Madrid."}
{"id":"pakistanitaliban","date":"2025-03-01","text":"Two Pakistani soldiers and ten Taliban insurgents are killed in a shootout in North Waziristan, Pakistan."}
{"id":"bothagreed","date":"2025-05-28","text":"The Thai prime minister spoke with the Cambodian prime minister, and both agreed to resolve the crisis."}
{"id":"bothcountries","date":"2025-05-28","text":"Armenia and Azerbaijan sign a peace deal, and both countries condemn Russia."}
{"id":"thecountry","date":"2025-04-02","text":"Turkish President Recep Tayyip Erdogan announces the country's military will seize land in northern Iraq."}
{"id":"twoattackers","date":"2021-11-07","text":"Israeli jets struck Damascus, Syria, on Saturday. Turkish drones hit Qamishli, Syria. An explosion killed three soldiers in Homs."}
{"id":"tolllater","date":"2025-01-09","text":"Russian forces launch ballistic missiles at the centre of Odesa, Ukraine. At least two people are injured."}
{"id":"tollotherside","date":"2025-01-09","text":"Six police officers are killed in an Al-Shabaab attack on a camp in Fafi, Kenya. Dozens of militants are also killed."}
{"id":"inprotest","date":"2025-01-19","text":"Three ministers of the Government of Israel resign in protest of the ceasefire agreement."}
{"id":"notconfirmed","date":"2025-06-23","text":"The ceasefire has not been confirmed by either Iran or Israel."}
{"id":"stopstrikes","date":"2025-05-06","text":"The United States will stop its airstrikes on Yemen."}
{"id":"openfirekilling","date":"2025-01-25","text":"Israeli forces open fire on a crowd of displaced Palestinians waiting at the Netzarim Corridor, killing two people and wounding seven others."}
{"id":"explosionslater","date":"2025-02-24","text":"Russian forces launch missiles at Odesa, Ukraine. Several explosions are reported across the city."}
{"id":"saysothers","date":"2025-04-29","text":"Pakistani Information Minister Attaullah Tarar says that India intends to launch a military strike on Pakistan within 36 hours."}
{"id":"courtbattle","date":"2020-04-07","text":"Wisconsin held elections following a court battle over attempts to delay the voting."}
{"id":"orderspay","date":"2025-03-11","text":"United States District Judge for the District Court of the District of Columbia Amir Ali orders the Trump administration to pay nearly $2 billion in unpaid funds for promised USAID programs that the administration ended."}
{"id":"electedpm","date":"2025-02-11","text":"Jotham Napat is elected Prime Minister of Vanuatu by parliament."}
{"id":"organizestrike","date":"2025-02-28","text":"Greeks organize a 24-hour nationwide general strike on the second anniversary of the Tempi train crash, Greece's deadliest railway disaster."}
{"id":"joinsinitiative","date":"2025-05-14","text":"Colombia joins China's Belt and Road Initiative during the China-CELAC Forum in Beijing."}
{"id":"quotedabuse","date":"2019-01-05","text":"Cruz said, \"For too long, members of Congress have abused their power and ignored the will of the American people.\""}
{"id":"arrestedprotesters","date":"2025-03-22","text":"At least 343 protesters are arrested by Turkish police."}
{"id":"missilestrikes","date":"2025-01-09","text":"A Russian missile strikes a hotel in Kryvyi Rih, Ukraine, killing four people."}
{"id":"pardonseries","date":"2021-11-07","text":"On Tuesday, Italian President Sergio Mattarella issued a series of five pardons and two commutations."}
{"id":"lawsuitby","date":"2021-11-07","text":"The Supreme Court dismissed a lawsuit filed by Kenya against Uganda."}
{"id":"atrequest","date":"2021-11-07","text":"Governor General Julie Payette dissolved Parliament at the request of Canadian Prime Minister Justin Trudeau."}
{"id":"complyrequest","date":"2021-11-07","text":"Queen Elizabeth II announced she will comply with the request of British Prime Minister Boris Johnson to suspend Parliament."}
{"id":"ousted","date":"2021-11-07","text":"President Alpha Conde of Guinea was ousted by the Guinean military on Sunday."}
{"id":"removesas","date":"2021-11-07","text":"The Iranian parliament removes Finance Minister Ali Hosseini as finance minister."}
{"id":"chargedaffaires","date":"2021-11-07","text":"The Iranian foreign ministry summons the British chargé d'affaires."}
{"id":"suspendsdialogue","date":"2021-11-07","text":"Colombian President Ivan Duque suspends dialogue with the National Liberation Army."}
{"id":"seizeddevices","date":"2021-11-07","text":"Five cartel gunmen are killed and 116 explosive devices seized in a military operation in Apatzingan, Michoacan, Mexico."}
{"id":"dayappos","date":"2021-11-07","text":"On Monday, Aziz Akhannouch, the Prime Minister of Morocco, condemned the attack on Rabat."}
{"id":"didnotaccede","date":"2021-11-07","text":"Hong Kong leader Carrie Lam agreed to add two members to the council but did not accede to the protesters' demands."}
{"id":"descappos","date":"2021-11-07","text":"Julie Payette, the Governor General of Canada, criticized China."}
{"id":"descadj","date":"2021-11-07","text":"On Wednesday, Carrie Lam, the chief executive of Hong Kong, criticized Taiwan."}
{"id":"issuerequest","date":"2019-10-06","text":"The United States Congress issued a request for Secretary of State Mike Pompeo."}
{"id":"heldelection","date":"2021-11-07","text":"On Tuesday, the United Kingdom held local elections in the counties of Kent and Essex."}
{"id":"airportin","date":"2025-03-20","text":"Israel shoots down a drone launched by Houthi rebels that targeted the Ben Gurion International Airport in Tel Aviv."}
{"id":"saidwill","date":"2021-11-07","text":"On Thursday, Kenyan police arrested five opposition activists.\n\n\"The government of Kenya will release the activists,\" the interior minister said."}
{"id":"seizetanker","date":"2021-11-07","text":"The Iranian navy seizes two foreign oil tankers in the Persian Gulf."}
{"id":"expandsanctions","date":"2021-11-07","text":"The European Union announces that it has expanded sanctions against Belarus."}
{"id":"tightensanctions","date":"2021-11-07","text":"The European Union tightens sanctions against Russia."}
{"id":"destroyhospital","date":"2021-11-07","text":"Israeli forces destroy the Kamal Adwan Hospital in Beit Lahia."}
{"id":"razeproperty","date":"2021-11-07","text":"Israeli troops raze Palestinian properties near Rafah."}
{"id":"releasevideo","date":"2021-11-07","text":"Hamas releases a video showing an Israeli hostage held in Gaza."}
{"id":"whenclause","date":"2021-11-07","text":"Two soldiers are killed when an explosive device strikes an army truck near Kandahar, Afghanistan."}
{"id":"willstart","date":"2021-11-07","text":"Britain will start sharing intelligence with Kenya."}
{"id":"declareemergency","date":"2021-11-07","text":"Kenyan President William Ruto declares the drought a national emergency."}
{"id":"assaultperson","date":"2021-11-07","text":"The Kenyan opposition leader is hospitalized after being assaulted by police officers in Nairobi."}
{"id":"assaulttown","date":"2021-11-07","text":"Rebels assaulted the town of Goma."}
{"id":"demolitionnoun","date":"2021-11-07","text":"Witnesses report the Israeli demolition of homes in Hebron."}
{"id":"detentionnoun","date":"2021-11-07","text":"Protests follow the government's detention of over 100 opposition figures in Ankara."}
{"id":"arrestinfo","date":"2021-11-07","text":"Russia arrests two Estonians recruited by Estonian intelligence to gather sensitive information."}
{"id":"heldprimaries","date":"2021-11-07","text":"On Tuesday, the United States Republican Party held primary elections in the states of Ohio and Texas."}
{"id":"homeplan","date":"2021-11-07","text":"Ghana's parliament prepares a bill to leave the treaty."}
{"id":"saidtarget","date":"2021-11-07","text":"A Russian missile strike on Kharkiv, Ukraine, kills 12 people. The Russian Defence Ministry says its forces were targeting a military depot in the city."}
{"id":"ifsupposed","date":"2021-11-07","text":"Ghana will recall its ambassador if Togo carries out its plan to expel Ghanaian traders."}
{"id":"pressures","date":"2021-11-07","text":"Kenya pressures Uganda to withdraw its troops from the border."}
{"id":"victimpast","date":"2021-11-07","text":"Ghanaian soldiers recover the bodies of two traders abducted by Togolese gunmen during the 2019 border raids."}
{"id":"victimsubj","date":"2021-11-07","text":"The bodies of six farmers killed on Monday are recovered near Tamale."}
{"id":"bare080","date":"2021-11-07","text":"Ghana and Togo disconnect from the Nigerian power grid."}
{"id":"depotexplosion","date":"2021-11-07","text":"An explosion occurs at a fuel depot in Mombasa, Kenya, caused by a fire that has been burning since Tuesday."}
{"id":"firespreads","date":"2021-11-07","text":"The fire spreads to a second warehouse in Kano, Nigeria, injuring three firefighters."}
{"id":"bombexplodes","date":"2021-11-07","text":"A bomb explodes outside a police station in Kano, Nigeria."}
{"id":"jointagree","date":"2021-11-07","text":"Egypt and Ethiopia hold talks in Khartoum, Sudan, and agree to continue the negotiations."}
{"id":"signedin","date":"2021-11-07","text":"The Ethiopian and Eritrean negotiating teams sign the ceasefire deal in Doha, Qatar."}
{"id":"failsto","date":"2021-11-07","text":"Former Kenyan president Uhuru Kenyatta fails to secure his candidacy for the election."}
{"id":"oneprotest","date":"2021-11-07","text":"Thousands of people demonstrate in Seoul to protest against the government."}
{"id":"dashadj","date":"2025-01-17","text":"The Armenian and Georgian presidents sign the Armenian–Georgian Treaty on Border Cooperation."}
{"id":"pluralpp","date":"2025-01-04","text":"Fighters from Chad kill at least four Nigerien soldiers in Diffa, Niger."}
{"id":"pluralpp2","date":"2025-01-04","text":"Three members of the Parliament of Peru resign."}
{"id":"resignprotest","date":"2025-01-19","text":"The Peruvian interior minister resigns in protest of the pardon."}
{"id":"resignprotest2","date":"2025-01-19","text":"Two ministers of the Government of Peru resign in protest of the pardon."}
{"id":"announcedact","date":"2025-04-05","text":"Japan announces the suspension of all flights to Venezuela."}
{"id":"orderedact","date":"2025-04-05","text":"Sweden orders the recall of its ambassador to Hungary."}
{"id":"returnbodies","date":"2025-06-15","text":"Israel returns the bodies of three Lebanese soldiers."}
{"id":"returnbase","date":"2025-01-30","text":"The British army returns its last base in Kenya to the Kenyan army."}
{"id":"kidnap","date":"2025-02-03","text":"Gunmen kidnap 20 students in Kaduna, Nigeria."}
{"id":"advanceinto","date":"2025-01-26","text":"ADF rebels begin their advance into the town of Beni."}
{"id":"reopenemb","date":"2021-11-07","text":"Canada reopens its embassy in Tehran."}
{"id":"demonymsubj","date":"2021-11-07","text":"Congolese forces exchange fire with Rwandan troops along the border."}
{"id":"jetslaunch","date":"2025-01-26","text":"Egyptian Air Force jets launch airstrikes on Derna, Libya."}
{"id":"reportedkilled","date":"2025-01-26","text":"Five Kenyan soldiers are reported killed by Al-Shabaab militants near Mandera."}
{"id":"stabsand","date":"2025-01-26","text":"A Tunisian man stabs and seriously injures two women in Lyon, France."}
{"id":"personsplace","date":"2021-11-07","text":"US President Donald Trump said Hamza bin Laden was killed in a US counter-terrorism operation. Iran condemned the killing of Hamza on Monday."}
{"id":"warname","date":"2021-11-07","text":"Vietnam War veterans protested against the French government in Paris."}
{"id":"timeobl","date":"2021-11-07","text":"Peru's prime minister announced his resignation shortly before midnight Wednesday night in a video broadcast to the U.S. embassy."}
J
# a long document (300 sentences: places are resolved in blocks of 200) of
# one repeated report: one event supported by all 300 sentences
awk 'BEGIN { printf "{\"id\":\"long\",\"date\":\"2021-11-07\",\"text\":\"";
  for (i = 0; i < 300; i++) printf "Israeli jets bombed Gaza on Monday. "; print "\"}" }' >> "$d/in.jsonl"
"$TACITUS" code -q "$d/in.jsonl" > "$out" || { echo "tacitus code failed"; exit 1; }
fail=0
. tests/lib/want.sh
want "apposition: Oshima is the UN" '"doc":"appos"' '"source":"IGOUNO"' '"source_text":"Kenzo Oshima"' '"target":"IRQ"' '"code":"10[0-9]*"'
want "support verb: the warplanes' airstrikes" '"doc":"support"' '"source":"ISR[A-Z]*"' '"code":"195"' '"date":"2021-11-01"'
want "surname variant keeps the title's code" '"doc":"learn"' '"sentence":2' '"source":"IRQGOV"' '"source_text":"Kadhemi"' '"code":"04[0-9]*"'
want "pronoun takes the latest person" '"doc":"learn"' '"sentence":4' '"source":"IRQGOV"' '"source_text":"He"' '"code":"111"'
want "name codes past the demonym" '"doc":"names"' '"sentence":1' '"target":"FRAGOV"' '"code":"04[0-9]*"'
want "U.S. does not end the sentence" '"doc":"names"' '"sentence":2' '"target":"USAGOV"' '"target_text":"U.S. President Joe Biden"'
want "long document: one event, 300 sentences" '"doc":"long"' '"sentences":\[1,2,3,[0-9,]*,199,200,201,[0-9,]*,299,300\]' \
     '"source":"ISR"' '"code":"195"' '"date":"2021-11-01"' '"location":\{"name":"Gaza"'
# a present-tense verb the tagger made a noun ("arrest", "shot"): the
# sentence's only verb; agents take the country of the event's place
want "present tense after a plural noun" '"doc":"retag"' '"source":"IRQCOP"' '"code":"173"'
want "past tense after a noun" '"doc":"shot"' '"source":"USA[A-Z]*"' '"code":"19[0-9]*"' '"target":"USA"'
want "agents: country of the place" '"doc":"context"' '"sentence":1' '"source":"FRA[A-Z]*"' '"target":"FRACOP"'
want "agents: the story's country" '"doc":"context"' '"sentence":2' '"source":"FRACOP"' '"code":"173"'
# one attack, one event: victims from the passive verbs, attacker from the noun
want "one attack: victims and attacker" '"doc":"oneattack"' '"source":"ISR"' '"target":"PSE"' '"code":"195"' '"killed":4' '"injured":6'
count "one attack" '"doc":"oneattack"' 1
# the two sides of a shootout do it to each other: two events
want "fight: one side" '"doc":"sides"' '"source":"PAKMIL"' '"target":"PAK[A-Z]*"' '"code":"193"'
want "fight: the other side" '"doc":"sides"' '"source":"PAK[A-Z]*"' '"target":"PAKMIL"' '"code":"193"'
count "fight" '"doc":"sides"' 2
# a weapon fired: the missiles make the verb's event a missile attack (194)
want "weapon object" '"doc":"weapon"' '"source":"RUS"' '"target":"UKR"' '"code":"194"'
# the attacker's adjective deep in the event noun's phrase (tagger: "Shahed" a verb)
want "attacker adjective in the noun phrase" '"doc":"npactor"' '"source":"RUS"' '"source_text":"Russian"' '"target":"UKR[A-Z]*"' '"code":"195"'
# the most specific place as written, where the gazetteer knows only its country
want "place as written" '"doc":"written"' '"location":\{"name":"Wadi Zeyna","gazetteer":"Lebanon","country":"LB"'
# "the attack on Gaza" after an attack on Gaza is that attack, not a second one
want "the attack on X refers back" '"doc":"backref"' '"sentences":\[1,2\]' '"source":"ISR"' '"code":"195"'
count "the attack on X" '"doc":"backref".*"code":"19' 1
# a crowd nobody names protests where it stands: that country's civilians
want "protest by an unnamed crowd" '"doc":"crowd"' '"source":"FRA[A-Z]*"' '"target":"FRA"' '"code":"14[0-9]*"'
# dates: a present-tense summary verb happened on the story date, whatever
# other day the sentence names; a past event naming no day happened on the
# day the story last named (Thursday = 2021-11-04)
want "present tense: the story date" '"doc":"present"' '"date":"2021-11-07"' '"source":"PSE[A-Z]*"' '"code":"112[0-9]*"'
want "past tense: the episode's day" '"doc":"episode"' '"sentence":2' '"date":"2021-11-04"'
# a support verb and its event noun are one event
count "support verb and noun" '"doc":"holdprotest"' 1
# announced, not done (CAMEO: future cooperation is an intent, 03): "will
# provide humanitarian aid" 0333; "agreed to hold talks" is one intent to meet (036)
want "future aid is an intent" '"doc":"future"' '"source":"JPN"' '"target":"SDN"' '"code":"0333"'
want "agreed to hold talks" '"doc":"agreeto"' '"source":"EGY"' '"target":"ETH"' '"code":"036"'
count "agreed to hold talks" '"doc":"agreeto"' 1
# the clause before ", witnesses said" needs its own verb (the tagger made
# "demonstrated" a participle); a country's people protesting in it: IRQ-IRQ
want "verb before a trailing attribution" '"doc":"attrib"' '"source":"IRQ[A-Z]*"' '"target":"IRQ"' '"code":"141"'
# no event: a participle describing a noun ("Rwandan-backed"), a death with no violence
count "Rwandan-backed" '"doc":"backed".*"code":"05' 0
count "died at home" '"doc":"died"' 0
# the object says what the verb does: "halted all funding" is 162 (reduce aid)
want "object reading: halt funding" '"doc":"funding"' '"source":"USA"' '"target":"SOM[A-Z]*"' '"code":"162"'
# an act made conditional on another's ("unless") is a threat (13), told
# once, and the condition is no event
want "conditional act is a threat" '"doc":"unless"' '"source":"DEU"' '"target":"MLI"' '"code":"13[0-9]*"'
count "unless" '"doc":"unless"' 1
# an act nobody is named as doing is left out, violence is not: its unnamed
# attacker is an unidentified armed group of the country it happens in
# (ACLED's "Unidentified Armed Group (Iraq)"; the dictionaries' "assailant" UAF)
want "violence with no attacker named" '"doc":"nobody"' '"source":"IRQUAF"' '"target":"IRQ[A-Z]*"' '"code":"18[0-9]*"'
n=$(grep '"doc":"nobody"' "$out" | grep -c '"source":"","source_text":"[^"]*","target":"[^"]*","target_text":"[^"]*","code":"0')
[ "$n" -eq 0 ] || { echo "an unattributed non-violent act: $n events, want 0"; fail=1; }
# an act conjoined subjects do together: once in each direction
want "joint act, one way" '"doc":"joint"' '"source":"ARM"' '"target":"AZE"' '"code":"04[0-9]*"'
want "joint act, the other way" '"doc":"joint"' '"source":"AZE"' '"target":"ARM"' '"code":"04[0-9]*"'
count "joint act (not the place as a party)" '"doc":"joint"' 2
# no event: a hypothetical act ("could attack"), a verb of the mind ("wants")
count "could attack" '"doc":"hypo"' 0
count "wants a seat" '"doc":"mind"' 0
# a claim makes the claimant the source of the violence it claims, and is
# no event of its own
want "claim of responsibility" '"doc":"claim"' '"sentence":1' '"source":"PAK[A-Z]*"' '"code":"18[0-9]*"'
want "claims it killed" '"doc":"claimit"' '"source":"SOMREB"' '"target":"SOM[A-Z]*"' '"code":"19[0-9]*"'
count "claims it killed" '"doc":"claimit"' 1
# a meeting told as done is a meeting (04), not an intent to meet (036)
want "meets for talks" '"doc":"meets"' '"source":"EGYGOV"' '"target":"SDN[A-Z]*"' '"code":"04[0-9]*"'
# an attacker does not strike its own side abroad: the place's country is the target
want "own side abroad" '"doc":"ownside"' '"source":"ISR"' '"target":"LBN"' '"code":"19[0-9]*"'
# a place chain puts its first name in the chain's country (Bari, Somalia; not Bari, Italy)
want "place chain: Bari in Somalia" '"doc":"chain"' '"location":\{"name":"Bari","gazetteer":"Bari","country":"SO"'
# a verb whose dictionary group has no code of its own, with any object: "rejects" is 12x
want "rejects anything" '"doc":"reject"' '"source":"IRN"' '"code":"12[0-9]*"'
# "in the town of Hit": the place noun's preposition places the name
want "the town of X" '"doc":"townof"' '"location":\{"name":"Hit","gazetteer":"H[^"]*t","country":"IQ"'
# "reach a deal" is a formal agreement (057), in both directions
want "reach a deal, one way" '"doc":"deal"' '"source":"SRB"' '"target":"XKX"' '"code":"057"'
want "reach a deal, the other way" '"doc":"deal"' '"source":"XKX"' '"target":"SRB"' '"code":"057"'
count "reach a deal" '"doc":"deal"' 2
# an attacker named but unknown to the dictionaries: an armed group of the
# country the violence happens in
want "unknown armed group" '"doc":"unknowngroup"' '"source":"CAFREB"' '"target":"CAF[A-Z]*"' '"code":"19[0-9]*"'
# an adjective before the subject is its modifier whatever the parser labelled it
want "Russian forces launch" '"doc":"russianforces"' '"source":"RUS[A-Z]*"' '"target":"UKR[A-Z]*"' '"code":"195"'
# a named attacker unknown to the dictionaries, with no group word: a civilian of the place's country
want "named attacker" '"doc":"namedattacker"' '"source":"GBRCVL"' '"target":"GBR[A-Z]*"' '"code":"18[0-9]*"'
# a court finding an act unlawful: a legal finding against its owner (116), here a domestic one
want "court finds unlawful" '"doc":"ruling"' '"source":"GBRJUD"' '"target":"GBR"' '"code":"116"'
# the act ordered is the orderer's act, and the order no event of its own
want "ordered act" '"doc":"orders"' '"source":"COL[A-Z]*"' '"target":"USA"' '"code":"163"'
count "orders" '"doc":"orders"' 1
# voting in an election is no event
count "vote to elect" '"doc":"vote"' 0
# each conjoined doer of an event noun's act does it
want "conjoined doers, first" '"doc":"conjdoers"' '"source":"USA"' '"code":"195"'
want "conjoined doers, second" '"doc":"conjdoers"' '"source":"ARE"' '"code":"195"'
# leaving an organisation or treaty reduces relations (16), it is no yielding (08)
want "withdraw from a body" '"doc":"withdrawfrom"' '"source":"ISR"' '"target":"IGO[A-Z]*"' '"code":"16[0-9]*"'
# the attack that kills says what kind of violence it was (artillery: fighting, 19), the verb only its outcome
want "strikes kill" '"doc":"strikeskill"' '"source":"RUS[A-Z]*"' '"target":"UKR[A-Z]*"' '"code":"19[0-9]*"'
# the doer of an attack named by a participle on the attack noun
want "airstrike conducted by" '"doc":"conductedby"' '"source":"NGA[A-Z]*"' '"target":"NGA[A-Z]*"' '"code":"195"'
# Myanmar's armed forces by their own name (project actor file)
want "Tatmadaw airstrike" '"doc":"tatmadaw"' '"source":"MMRMIL"' '"code":"195"'
# taking ground is occupying territory (192): from the place's country, or from the group whose ground it was
want "captured a district" '"doc":"captured"' '"source":"SOMREB[A-Z]*"' '"target":"SOM"' '"code":"192"'
want "retakes a palace" '"doc":"retakes"' '"source":"SDNMIL"' '"target":"SDN"' '"code":"192"'
want "captured bases" '"doc":"capturebases"' '"source":"SOM[A-Z]*"' '"target":"IMGMUSISI"' '"code":"192"'
count "a goal to capture" '"doc":"captureplan"' 0
# "the rebel group" is the latest group named, not the country named after it
want "the rebel group" '"doc":"rebelgroup"' '"source":"CODREB"' '"code":"192"'
# violence a statement reports is its doer's event ("says its troops killed"), the
# owner's troops are the owner's, and "say NP killed NP" is a reported clause
want "says its forces took" '"doc":"saysforces"' '"source":"RUS[A-Z]*"' '"target":"UKR[A-Z]*"' '"code":"19[0-9]*"'
want "says its troops killed" '"doc":"saystroops"' '"source":"ISRMIL"' '"code":"19[0-9]*"'
want "say gunmen killed" '"doc":"saygunmen"' '"source":"NGA[A-Z]*"' '"target":"NGA[A-Z]*"' '"code":"19[0-9]*"'
n=$(grep '"doc":"saystroops"' "$out" | grep -c '"code":"11')
[ "$n" -eq 0 ] || { echo "says its troops killed: $n accusations, want 0"; fail=1; }
# "blame each other": each side the other's target
want "each other, one way" '"doc":"eachother"' '"source":"RUS"' '"target":"UKR"' '"code":"11[0-9]*"'
want "each other, the other way" '"doc":"eachother"' '"source":"UKR"' '"target":"RUS"' '"code":"11[0-9]*"'
# an alleged act is the accusation's content, not a reported event
want "accuses of killing" '"doc":"alleged"' '"target":"MLIMIL"' '"code":"11[0-9]*"'
n=$(grep '"doc":"alleged"' "$out" | grep -c '"code":"\(18\|19\|20\)')
[ "$n" -eq 0 ] || { echo "accuses of killing: $n violent events, want 0"; fail=1; }
# a definite group word with a name of its own is a group of the story's country, not a back-reference
want "named unknown group" '"doc":"namedgroup"' '"source":"MLIREB"' '"target":"MLIMIL"' '"code":"11[0-9]*"'
# summoning a country's diplomat is a protest to that country (110)
want "summons an envoy" '"doc":"summons"' '"source":"DEU"' '"target":"RUS[A-Z]*"' '"code":"110"'
# a second "subject" after the verb is its object
want "second subject is the object" '"doc":"secondsubject"' '"source":"ISRGOV"' '"target":"GBRGOV"' '"code":"11[0-9]*"'
# coercion with no target named falls on the place's country
want "curfew on the place" '"doc":"curfew"' '"source":"COL[A-Z]*"' '"target":"COL"' '"code":"17[0-9]*"'
# "police" takes a plural verb; an "object" before its verb is its subject
want "police detain" '"doc":"policedetain"' '"source":"TURCOP"' '"target":"TUR[A-Z]*"' '"code":"173"'
# officials since 2019 the Phoenix dictionaries lack (data/actors)
want "a 2025 envoy" '"doc":"witkoff"' '"source":"USAGOV"' '"target":"ISRGOV"' '"code":"04[0-9]*"'
# a plural noun conjoined with a present-tense verb is that verb ("shoots and kills")
want "shoots and kills" '"doc":"shootsandkills"' '"source":"AUT[A-Z]*"' '"trigger":"shoots"' '"code":"1[89][0-9]*"'
# "X meets Y": X->Y only (the annotation's rule; PETRARCH's 036:036 pairs it)
want "meets, one way" '"doc":"meetsoneway"' '"source":"JORGOV"' '"target":"USAGOV"' '"code":"04[0-9]*"'
count "meets" '"doc":"meetsoneway"' 1
# a pattern's "(ON)" is no time phrase: a call on Tuesday is a call (041), not an appeal (020)
want "telephoned on Tuesday" '"doc":"phoneday"' '"source":"USA[A-Z]*"' '"target":"RUSGOV"' '"code":"041"'
# a crowd gathering to protest is a protest, no consultation
want "gather to protest" '"doc":"gather"' '"source":"DEU[A-Z]*"' '"code":"14[0-9]*"'
n=$(grep '"doc":"gather"' "$out" | grep -c '"code":"04')
[ "$n" -eq 0 ] || { echo "gather to protest: $n consultations, want 0"; fail=1; }
# the attacker named before the attack noun, in full; by a weapon of a country; agents of the place's country
want "attacked by a Russian drone" '"doc":"byweapon"' '"source":"RUS[A-Z]*"' '"target":"UKR[A-Z]*"' '"code":"1[89][0-9]*"'
want "Rapid Support Forces attacks" '"doc":"nameattack"' '"source":"SDNREB"' '"code":"19[0-9]*"'
want "drone and missile attack" '"doc":"conjattack"' '"source":"RUS[A-Z]*"' '"target":"UKR[A-Z]*"' '"code":"19[0-9]*"'
want "an ambush by guerrillas" '"doc":"agentattack"' '"source":"COLREB"' '"target":"COL[A-Z]*"' '"code":"19[0-9]*"'
# a bare verb after a noun phrase is a present tense, the adjective ending the phrase its noun
want "the military carry out" '"doc":"carryout"' '"source":"ISRMIL"' '"target":"YEM[A-Z]*"' '"code":"195"'
# deaths by fire or animals are nobody's violence
count "fire, lions" '"doc":"fire"\|"doc":"lions"' 0
# a named site the gazetteer lacks is named as written, placed by its region
want "site as written" '"doc":"site"' '"location":\{"name":"Indravati River","gazetteer":"Chhattisgarh","country":"IN"'
# "The Congolese military launches": the adjective ending the subject is its noun and the -s word the verb;
# a verb tagged as an adjective the lexicon never saw as one is the verb
want "the military launches a counterattack" '"doc":"counterattack"' '"source":"CODMIL"' '"target":"CODREB"' '"code":"19[0-9]*"'
want "rebels seize control" '"doc":"seizecontrol"' '"source":"CODREB"' '"target":"COD[A-Z]*"' '"code":"192"'
# an act "between A and B" is the two parties' act, in both directions; "takes
# effect" is no seizure
want "between, one way" '"doc":"between"' '"source":"ISR"' '"target":"PSE[A-Z]*"' '"code":"0[3-8][0-9]*"'
want "between, the other way" '"doc":"between"' '"source":"PSE[A-Z]*"' '"target":"ISR"' '"code":"0[3-8][0-9]*"'
n=$(grep '"doc":"between"' "$out" | grep -c '"code":"0[3-8]')
m=$(grep -c '"doc":"between"' "$out")
[ "$n" -eq 2 ] && [ "$m" -eq 2 ] || { echo "between: $m events ($n joint), want 2 joint"; fail=1; }
# hosting talks between two parties is the host's act; the parties meet nobody yet
want "host a meeting between" '"doc":"hostbetween"' '"source":"EGY"' '"code":"0[3-8][0-9]*"'
n=$(grep '"doc":"hostbetween"' "$out" | grep -c '"source":"ISR[A-Z]*","target":"PSE\|"source":"PSE[A-Z]*","target":"ISR')
[ "$n" -eq 0 ] || { echo "host a meeting between: $n events between the parties, want 0"; fail=1; }
# the place of an event is the finest place the text gives: a place inside
# another's phrase is the outer one ("near Brukhin in the West Bank", "the
# town of Katale in Masisi Territory", "the Sihan area of Qandala district"),
# written as the text writes it and placed by the place the gazetteer knows;
# a name in a place noun's phrase takes its preposition ("in the Baalbek area")
want "place inside a finer place" '"doc":"nearin"' '"location":\{"name":"Brukhin","gazetteer":"West Bank","country":"PS"' '"code":"19[0-9]*"'
want "the town of X in Y" '"doc":"townofin"' '"location":\{"name":"Katale","gazetteer":"Masisi Territory","country":"CD"'
want "the X area" '"doc":"areaname"' '"location":\{"name":"Baalbek","gazetteer":"Baalbek","country":"LB"'
want "the X area of Y" '"doc":"siteof"' '"location":\{"name":"Sihan area","gazetteer":"[^"]*","country":"SO"'
# the region after a town ("Pokrovsk in Donetsk Oblast") is no site of its own
want "the town, not its region" '"doc":"container"' '"location":\{"name":"Pokrovsk","gazetteer":"Pokrovsk","country":"UA"'
# the story's place as the story writes it (GeoNames: "Rafaḩ")
want "story place as written" '"doc":"storyplace"' '"sentence":2' '"location":\{"name":"Rafah","gazetteer":"[^"]*","country":"PS"'
# with no place in its clause, violence happens in its target's country
# (named by a demonym); a region of no country gives way to the country
# of the party acted on
want "violence in the target's country" '"doc":"targetland"' '"source":"ISR"' '"target":"IRN"' '"location":\{"name":"Iran","gazetteer":"Iran","country":"IR"'
want "country over a region" '"doc":"region"' '"target":"VNM"' '"location":\{"name":"Vietnam","gazetteer":"Vietnam","country":"VN"'
# the parser hangs "in" on a name's first word ("in Killa Abdullah District"): the name's preposition
# (with "District" read as the unit of the name, the gazetteer's Qila Abdullah, the district's town, places it)
want "preposition on the name's first word" '"doc":"casefirst"' '"location":\{"name":"Killa Abdullah District","gazetteer":"(Balochistan|Qila Abdullah)","country":"PK"'
# an event noun that is its verb's subject takes the verb's places, not a part named after "including"
want "the event noun's verb places it" '"doc":"nounsubj"' '"trigger":"airstrikes"' '"location":\{"name":"Gaza Strip","gazetteer":"Gaza Strip","country":"PS"'
# a site named by a name ending in a site noun ("Evin Prison"), a district with its own name (not
# the city of its "of" phrase), a village by its "of" name
want "named site" '"doc":"siteprison"' '"location":\{"name":"Evin Prison","gazetteer":"Tehran","country":"IR"'
want "district of a city" '"doc":"districtof"' '"location":\{"name":"Novobavarskyi District","gazetteer":"Kharkiv","country":"UA"'
want "the village of X" '"doc":"villageof"' '"location":\{"name":"Basivka","gazetteer":"[^"]*","country":"UA"'
# a list of places "in Nigeria": the place that holds them all
want "list of places" '"doc":"listof"' '"location":\{"name":"Nigeria","gazetteer":"Nigeria","country":"NG"'
# "an attack by Ukraine": the doer is not the place (the refinery's town is)
want "attack by a country" '"doc":"agentby"' '"trigger":"attack"' '"location":\{"name":"Ryazan","gazetteer":"[^"]*","country":"RU"'
# a later event with no place of its own: where the story's last placed event was, not the story's first place
want "the episode's place" '"doc":"episodeplace"' '"sentence":2' '"location":\{"name":"Tel Aviv","gazetteer":"Tel Aviv","country":"IL"'
# a closed border (191) is closed at home, not in the target's country
want "closed border at home" '"doc":"border"' '"source":"VENGOV"' '"location":\{"name":"Venezuela","gazetteer":"Venezuela","country":"VE"'
# a territory the gazetteer lacks, in the place phrase of the killers: the site as written, placed
# by the region or country the text gives; with no place in its sentence, by the story's country
want "territory as written" '"doc":"territory"' '"location":\{"name":"Lubero Territory","gazetteer":"(Nord Kivu|Democratic Republic of the Congo)","country":"CD"'
# (the province after it, "Mai-Ndombe Province", now a place of the sentence, places it finer)
want "site in the story's country" '"doc":"storycountry"' '"sentence":1' '"trigger":"seized"' '"location":\{"name":"Kwamouth Territory","gazetteer":"(Democratic Republic of the Congo|Mai-Ndombe)","country":"CD"'
# the doer of an attack the verb's victims are killed in: the attack's "by"
# phrase -- an actor the dictionaries know, or people they have no word for,
# of the country the violence happens in; a fight nobody is named in has its
# sides at its place (guide: armed non-state groups take that country)
want "killed in an attack by herders" '"doc":"byherders"' '"source":"NGA[A-Z]*"' '"source_text":"armed herders"' '"target":"NGA[A-Z]*"' '"code":"19[0-9]*"'
want "killed in an operation by the army" '"doc":"byarmy"' '"source":"SOMMIL"' '"target":"SOM[A-Z]*"' '"code":"19[0-9]*"'
want "killed in clashes with gunmen" '"doc":"clasheswith"' '"source":"NGA[A-Z]*"' '"target":"NGACOP"' '"code":"19[0-9]*"'
# a weapon's model name (hyphen, number) inside the attack noun's phrase: the
# adjective before it still names the attacker
want "attacker before a model name" '"doc":"modelname"' '"source":"RUS[A-Z]*"' '"target":"UKR[A-Z]*"' '"code":"19[0-9]*"'
# a joint act's doers act with each other, not with its mediator or its place
want "agreement mediated by, one way" '"doc":"mediated"' '"source":"ARM"' '"target":"AZE"' '"code":"057"'
want "agreement mediated by, the other way" '"doc":"mediated"' '"source":"AZE"' '"target":"ARM"' '"code":"057"'
n=$(grep '"doc":"mediated"' "$out" | grep -vc '"code":"045"')
[ "$n" -eq 2 ] || { echo "agreement mediated by: $n events besides the mediation, want 2"; fail=1; }
want "two presidents meet, one way" '"doc":"meetin"' '"source":"ARMGOV"' '"target":"AZEGOV"' '"code":"04[0-9]*"'
want "two presidents meet, the other way" '"doc":"meetin"' '"source":"AZEGOV"' '"target":"ARMGOV"' '"code":"04[0-9]*"'
count "two presidents meet (not the place as a party)" '"doc":"meetin"' 2
# who leads an act, or owns it, does it: "Saudi-led air raids", "Russia's offensive"
want "X-led raids" '"doc":"saudiled"' '"source":"SAU[A-Z]*"' '"target":"YEM[A-Z]*"' '"code":"19[0-9]*"'
want "killed in X's offensive" '"doc":"possoffensive"' '"source":"RUS[A-Z]*"' '"target":"UKR[A-Z]*"' '"code":"(18|19|20)[0-9]*"'
# a name the dictionaries lack takes its title and the title's "of" country;
# a "he" is the person told before it, not one named later in the story
want "title of a country, then he" '"doc":"titleof"' '"sentence":2' '"source":"CZEGOV"' '"target":"FRAGOV"' '"code":"04[0-9]*"'
# a body's name ("The Sudanese Army") names no person: "it" is the army
want "it is the army" '"doc":"armyit"' '"source":"SDNMIL"' '"source_text":"it"' '"code":"192"'
# an apposition whose description names its body in a "for / of / at" phrase
want "description with a for phrase" '"doc":"appfor"' '"source":"MEX[A-Z]*"' '"source_text":"Maria Lopez"' '"target":"USA"' '"code":"11[0-9]*"'
# "an operation that killed": the relative pronoun is the operation, whose doer
# is the subject of the verb it is the object of
want "operation that killed" '"doc":"relop"' '"source":"NGAMIL"' '"target":"NGA[A-Z]*"' '"code":"19[0-9]*"'
count "long document" '"doc":"long"' 1
# the means: a bomb or a blade used by other than a state's forces is an
# assault (root 18: 183 bombing, 1833 roadside), whatever verb reports it;
# a state's troops with grenades still fight (root 19)
want "IED attack: a bombing" '"doc":"iedattack"' '"code":"183"' '"target":"NGA[A-Z]*"'
want "roadside bomb: its kind" '"doc":"roadsidebomb"' '"code":"1833"' '"target":"NGA[A-Z]*"'
want "state forces fight with any weapon" '"doc":"statemeans"' '"source":"RUS[A-Z]*"' '"code":"19[0-9]*"'
count "state forces" '"doc":"statemeans".*"code":"18' 0
# a state of emergency declared is 1724 (CAMEO: impose a state of emergency)
want "state of emergency" '"doc":"emergency"' '"source":"USA[A-Z]*"' '"code":"1724"' '"date":"2019-01-04"'
# a time of day with no day of its own is on the day just named (Saturday =
# 2019-07-20), not the story date; a month named in a past-tense sentence
# dates its event when nothing closer does
want "time of day after a day" '"doc":"clocktime"' '"date":"2019-07-20"'
want "a past month" '"doc":"pastmonth"' '"date":"2020-08"' '"date_precision":"month"' '"code":"14[0-9]*"'
# a past-tense sentence that names its day opens an episode even without an
# event: the arrest after it happened on Saturday (2020-02-22)
want "episode from a sentence with no event" '"doc":"episodeday"' '"sentence":2' '"code":"173"' '"date":"2020-02-22"'
# "forces" before a base-form verb is the subject, not the verb ("forces" 170)
want "plural noun before its verb" '"doc":"pluralsubject"' '"source":"YEMREB"' '"code":"19[0-9]*"' '"target":"USA[A-Z]*"'
# agreeing to do something is an intent to cooperate (030), whatever the
# verb's group says (050); "to resume" after "agree" is an infinitive
want "agree to act: intent" '"doc":"agreeact"' '"source":"CHN"' '"target":"IND"' '"code":"030"'
want "agree to act: both sides" '"doc":"agreeact"' '"source":"IND"' '"target":"CHN"' '"code":"030"'
# a threat to ban is a threat (132: threaten with administrative sanctions),
# not the ban (172) the verbs' interaction gives "threatened"
want "threatened to act: a threat" '"doc":"threatento"' '"source":"ISR"' '"code":"132"'
# an act refused is a rejection of it: refusing to ease an administrative
# sanction (a curfew lifted is 0813, easing 081) is 1241
want "refused act: a rejection" '"doc":"refuseto"' '"source":"ISRGOV"' '"target":"PSE"' '"code":"1241"'
# a small town abroad (the gazetteer's only Bal'ad is in Iraq) in a story
# that names only Somalia does not place the event: Somalia does
want "namesake abroad is no event place" '"doc":"namesake"' '"country":"SO"' '"source":"SOMREB"' '"target":"SOM[A-Z]*"'
# a clause opened by "while" or "after" has its own finite verb; the main
# clause before it needs one too ("pledges", "files" tagged as nouns)
want "main clause before a while-clause" '"doc":"mainclause"' '"source":"IGOEUR[A-Z]*"' '"target":"SYR"' '"code":"03[0-9]*"'
want "main clause before an after-clause" '"doc":"mainclause2"' '"code":"115"' '"target":"USAGOV"'
# "by police" hung on "dead" is the passive verb's agent
want "agent after a predicate adjective" '"doc":"shotdeadby"' '"source":"FRACOP"' '"code":"19[0-9]*"'
# an intransitive present tense at the end of a verbless sentence is its verb
want "intransitive verb at the end" '"doc":"resigns"' '"source":"KORGOV"' '"code":"083[0-9]*"'
# a present-tense act happens on the story date; a later day it names is
# what the act is about (the ceasefire's days)
want "present act, future period" '"doc":"futureperiod"' '"code":"0871"' '"date":"2025-04-28"'
# what is signed is no party, even when its name has demonyms: the signers
# sign with each other
want "signers with each other" '"doc":"signtreaty"' '"source":"IRNGOV"' '"target":"RUSGOV"' '"code":"057"'
want "signers with each other, back" '"doc":"signtreaty"' '"source":"RUSGOV"' '"target":"IRNGOV"' '"code":"057"'
# a demand is CAMEO 10, even where the DEMAND group's URGE patterns give an
# appeal code (022 -> 102)
want "demand, not appeal" '"doc":"demandsupport"' '"source":"PSE[A-Z]*"' '"code":"10[0-9]*"'
n=$(grep '"doc":"demandsupport"' "$out" | grep -c '"code":"02')
[ "$n" -eq 0 ] || { echo "demand coded as an appeal: $n events"; fail=1; }
# a place written with a possessive is named without it
want "place without its possessive" '"doc":"possplace"' '"location":\{"name":"Britain","gazetteer"'
# a month is no place, whatever town bears its name ("in August")
want "month is no event place" '"doc":"monthplace"' '"location":\{"name":"Wisconsin"'
# "US$5 billion" is an amount, not the United States: neither actor nor place
want "currency sign is no actor" '"doc":"currency"' '"target":"ZAF"' '"location":\{"name":"South Africa"'
n=$(grep '"doc":"currency"' "$out" | grep -c '"target":"USA')
[ "$n" -eq 0 ] || { echo "US\$ as an actor: $n events"; fail=1; }
# clashes of a protest with the police are a violent protest (145)
want "protest clashes: a riot" '"doc":"protestclash"' '"target":"ROUCOP"' '"code":"145"'
n=$(grep '"doc":"protestclash"' "$out" | grep -c '"code":"19')
[ "$n" -eq 0 ] || { echo "protest clashes coded as fighting: $n"; fail=1; }
# a meeting with no one on the other side is a verb in another sense ("fails
# to meet for lack of a quorum" is no 04 consultation); a reproach addressed
# to someone stays; a refusal of a state of affairs is addressed to the
# country where it happens
count "unaddressed act coded" '"doc":"unaddressed"' 0
want "addressed reproach" '"doc":"addressed"' '"source":"CHN"' '"target":"USA"' '"code":"11[0-9]*"'
want "refusal at home" '"doc":"domreject"' '"source":"GEO[A-Z]*"' '"target":"GEO"' '"code":"12[0-9]*"'
# a support verb carries the violence its noun names: "conducts airstrikes"
# is one air strike (195), not also a cooperation (06x) of the verb
want "conducts airstrikes" '"doc":"conducts"' '"source":"NGAMIL"' '"code":"195"' '"location":\{"name":"Maiduguri"'
n=$(grep '"doc":"conducts"' "$out" | grep -c '"code":"06')
[ "$n" -eq 0 ] || { echo "support verb coded as cooperation: $n"; fail=1; }
# civilians use no conventional military force: a mob's or settlers' attack
# is unconventional violence (180), not fighting (19x)
want "a mob attacks" '"doc":"mob"' '"source":"PAKCVL"' '"target":"PAK"' '"code":"180"'
want "settlers kill" '"doc":"settlers"' '"source":"ISRCVL"' '"target":"PSE[A-Z]*"' '"code":"180"'
# a lower-case title before a name is one phrase with the name ("Kenyan prime
# minister Musalia Mudavadi and Somali president ...": two leaders meeting)
want "lower-case titles, joint" '"doc":"lctitles"' '"source":"KENGOV"' '"target":"SOMGOV"' '"code":"04[0-9]*"'
want "lower-case titles, joint back" '"doc":"lctitles"' '"source":"SOMGOV"' '"target":"KENGOV"' '"code":"04[0-9]*"'
want "lower-case title, with" '"doc":"lctitle"' '"source":"GHAGOV"' '"target":"MLIGOV"' '"code":"04[0-9]*"'
# "leaves N dead" reports the harm its subject did, no journey (04x); "for
# the first time" is a time, not the reason of an attack (111 "attack for")
want "leaves dead: the clash" '"doc":"leavesdead"' '"code":"19[0-9]*"'
n=$(grep '"doc":"leavesdead"' "$out" | grep -c '"code":"04')
[ "$n" -eq 0 ] || { echo "leaves N dead coded as a journey: $n"; fail=1; }
want "strikes for the first time" '"doc":"firsttime"' '"source":"TUR"' '"target":"IRQ"' '"code":"19[0-9]*"'
n=$(grep '"doc":"firsttime"' "$out" | grep -c '"code":"11')
[ "$n" -eq 0 ] || { echo "for the first time coded as criticism: $n"; fail=1; }
# what is asked is not done, even when the asker codes nothing ("traders urge
# the government to release activists" reports no release)
n=$(grep '"doc":"askednotdone"' "$out" | grep -c '"code":"08')
[ "$n" -eq 0 ] || { echo "an asked release coded as done: $n"; fail=1; }
# a lawsuit is CAMEO's 115 ("Bring lawsuit against: sue ..."), not an arrest
# or charge (173, the dictionary's SUE group)
want "sues: a lawsuit" '"doc":"sues"' '"source":"MEXGOV"' '"target":"USA[A-Z]*"' '"code":"115"'
# a name joined by a dash is one name ("IS–Somalia": the Islamic State, as
# the guide codes it, not Somalia)
want "dash name: IS-Somalia" '"doc":"dashname"' '"source":"SOMCOP"' '"target":"IMGMUSISI[A-Z]*"' '"code":"17[0-9]*"'
# a name read in a country nothing else in the story points to loses to a
# reading in the story's country: Bari after "Puntland" is Bari, Somalia
want "Bari in Somalia, not Italy" '"doc":"namesakecity"' '"location":\{"name":"Bari","gazetteer":"Bari","country":"SO"'
# every member of a list of doers meets each of the others ("Egypt, Jordan,
# and Qatar meet": six events); "X and Y announce they have signed": they are
# X and Y; "announces a ceasefire between A and B": the ceasefire is A's and B's
want "three-way: Jordan and Qatar" '"doc":"threeway"' '"source":"JOR"' '"target":"QAT"' '"code":"04[0-9]*"'
want "three-way: Qatar and Egypt" '"doc":"threeway"' '"source":"QAT"' '"target":"EGY"' '"code":"04[0-9]*"'
want "they signed" '"doc":"theysigned"' '"source":"AUS[A-Z]*"' '"target":"IDN[A-Z]*"' '"code":"057"'
want "they signed, back" '"doc":"theysigned"' '"source":"IDN[A-Z]*"' '"target":"AUS[A-Z]*"' '"code":"057"'
want "ceasefire between" '"doc":"announcebetween"' '"source":"RWA"' '"target":"BDI"' '"code":"087[0-9]*"'
# places with a weak cue: the object of a verb that acts on places, a name
# before a site noun (also after "in the"), a list sharing its first
# member's cue; but not an organisation the dictionaries know ("Hamas" is
# also GeoNames' spelling of Hamm, Germany): the story's only place is Israel
want "object of a place verb" '"doc":"objcity"' '"code":"195"' '"location":\{"name":"Gaza City","gazetteer":"Gaza","country":"PS"'
want "the X refugee camp" '"doc":"campraid"' '"location":\{"name":"Jenin refugee camp","gazetteer":"Jenin","country":"PS"'
want "in the X refugee camp" '"doc":"thecamp"' '"location":\{"name":"Nuseirat refugee camp","gazetteer":"An Nu[^"]*","country":"PS"'
want "an organisation as object" '"doc":"objorg"' '"location":\{"name":"Israel","gazetteer":"Israel","country":"IL"'
want "a list as object" '"doc":"objlist"' '"location":\{"name":"Nuseirat","gazetteer":"An Nu[^"]*","country":"PS"'
# nouns take no objects ("Taliban drone and rocket attacks": one phrase, the
# attacks the Taliban's), and two attackers each named by its own act are two
# attacks, not one
want "noun object: the Taliban's attacks" '"doc":"nounobject"' '"source":"AFG[A-Z]*"' '"target":"PAK"' '"code":"19[0-9]*"'
want "noun object: the army's shelling" '"doc":"nounobject"' '"source":"PAKMIL"' '"target":"AFG[A-Z]*"' '"code":"19[0-9]*"'
# a region as written, its capitalised adjective too ("the Middle Shabelle
# region"), under the English name news use (GeoNames: "Middle Shabele");
# "North Kivu" is the Congo's Nord Kivu, not Cameroon's "North"
want "region as written" '"doc":"regionname"' '"location":\{"name":"Middle Shabelle( region)?","gazetteer":"Middle Shabele","country":"SO"'
want "North Kivu in the Congo" '"doc":"northkivu"' '"location":\{"name":"North Kivu","gazetteer":"Nord Kivu","country":"CD"'
# a people gathering in numbers is a crowd, no consultation (04x); the protest
# is the event
n=$(grep '"doc":"peoplegather"' "$out" | grep -c '"code":"04')
[ "$n" -eq 0 ] || { echo "a crowd gathering coded as a consultation: $n"; fail=1; }
want "the crowd protests" '"doc":"peoplegather"' '"source":"TUR[A-Z]*"' '"code":"14[0-9]*"'
# a present-tense verb tagged a noun when a clause of its own (relative,
# complement, participle) has a finite verb: the main clause needs its own
want "main clause before a relative" '"doc":"relclause"' '"source":"USA"' '"code":"16[0-9]*"' '"target":"IGO[A-Z]*"'
# "orders X to V": the infinitive is the order's complement; the act is the orderer's
want "ordered act" '"doc":"ordersto"' '"source":"COL[A-Z]*"' '"code":"19[0-9]*"' '"target":"COLREB"'
count "ordered act" '"doc":"ordersto"' 1
want "base form after a name" '"doc":"namefree"' '"source":"PSE[A-Z]*"' '"code":"084[0-9]*"' '"target":"ISR"'
want "list with a comma before and: first" '"doc":"oxfordlist"' '"source":"EST"' '"code":"111"' '"target":"BLR"'
want "list with a comma before and: second" '"doc":"oxfordlist"' '"source":"LVA"' '"code":"111"' '"target":"BLR"'
want "list with a comma before and: last" '"doc":"oxfordlist"' '"source":"LTU"' '"code":"111"' '"target":"BLR"'
want "verb after an adverb after a plural" '"doc":"advverb"' '"source":"SOMREB[A-Z]*"' '"code":"192"'
want "base form whose past tense the tagger knows" '"doc":"pastform"' '"source":"SRB[A-Z]*"' '"code":"14[0-9]*"'
# what several leave together ("withdraw from X") they do not do to each other
n=$(grep '"doc":"leavetogether"' "$out" | grep -c '"target":"\(LVA\|LTU\|EST\)')
[ "$n" -eq 0 ] || { echo "a joint withdrawal coded between the leavers: $n"; fail=1; }
# (nor a bare yielding to no one: the train gold codes such a disconnection
# 160 against the grid's owner, which the text does not name here)
n=$(grep '"doc":"leavetogether"' "$out" | grep -c '"code":"080"')
[ "$n" -eq 0 ] || { echo "disconnect: $n bare yieldings to no one, want 0"; fail=1; }
# a judge who blocks an executive order rejects it (CAMEO 120, "all
# rejections and refusals"); the dictionary's EXCLUDE group has 170 (coerce)
want "block an order: reject" '"doc":"blockorder"' '"source":"USAJUD"' '"target":"USAGOV"' '"code":"120"'
# impeachment accuses its target of a crime (CAMEO 1121, "charge the target
# with ... crime"), a verb the dictionary lacks; a sentence needs a finite
# verb, so "impeached" after a long subject is one, not an adjective
want "impeached: 1121" '"doc":"impeach"' '"source":"PHL[A-Z]*"' '"target":"PHLGOV"' '"code":"1121"'
# a court that issues a ruling makes a statement (as ISSUE STATEMENT, 010),
# it gives nothing (the GRANT group's 060); a subpoena issued is a demand
# (100, as ISSUE WARRANT and ISSUE ORDER)
want "issued a ruling: a statement" '"doc":"issueruling"' '"source":"KENJUD"' '"target":"KENLEG"' '"code":"010"'
n=$(grep '"doc":"issueruling"' "$out" | grep -c '"code":"06')
[ "$n" -eq 0 ] || { echo "a ruling issued coded as aid: $n"; fail=1; }
want "issued a subpoena: a demand" '"doc":"subpoena"' '"source":"USALEG"' '"target":"USAGOV"' '"code":"100"'
# the codebook files pardons under 0841 (release persons; the PARDON group
# has 080) and a court's prison sentence under 173 (the note to 116; the
# SENTENCE group has 172)
want "pardons: release" '"doc":"pardons"' '"source":"BLRGOV"' '"code":"0841"'
want "sentences: 173" '"doc":"sentences"' '"source":"GEOJUD"' '"target":"GEO[A-Z]*"' '"code":"173"'
# a court that removes a president from office finds against her (116,
# "find guilty or liable at a court of law"), it deports nobody (174)
want "court removes: 116" '"doc":"courtremoves"' '"source":"KORJUD"' '"target":"KOR[A-Z]*"' '"code":"116"'
# a meeting noun as object with a place inside it ("negotiations in Almaty,
# Kazakhstan"): the country is where they meet; the doers meet each other
want "talks in a city, country: each other" '"doc":"talksplace"' '"source":"ARM"' '"code":"04[0-9]*"' '"target":"AZE"'
want "talks in a city, country: both ways" '"doc":"talksplace"' '"source":"AZE"' '"code":"04[0-9]*"' '"target":"ARM"'
# force a state uses at home against nobody named but its own country is
# used against the armed group the story names (a state does not fight itself)
want "offensive at home: the named armed group" '"doc":"homefoe"' '"source":"SOM[A-Z]*"' '"code":"19[0-9]*"' '"target":"IMGMUSISI[A-Z]*"'
n=$(grep '"doc":"homefoe"' "$out" | grep -c '"target":"SOM')
[ "$n" -eq 0 ] || { echo "a state fighting its own country: $n"; fail=1; }
# "V1 and V2 OBJ": the noun after two conjoined verbs is the second's object
# (the drones' country is the target), not a third conjunct
want "intercepted and destroyed: the object" '"doc":"sharedobj"' '"source":"TUR[A-Z]*"' '"code":"19[0-9]*"' '"target":"SYR[A-Z]*"'
# where shells are fired toward is where the attack is
want "fired toward a site" '"doc":"firedtoward"' '"code":"19[0-9]*"' '"location":\{"name":"Halane camp","gazetteer":"Somalia","country":"SO"'
# "after/before/while/by doing": the doer is the clause's subject
want "after overrunning: the fighters" '"doc":"afterdoing"' '"source":"YEMREB[A-Z]*"' '"target":"YEMMIL"' '"code":"19[0-9]*"'
# a participle's event is where the clause it hangs on is
want "participle placed by its clause" '"doc":"participleplace"' '"source":"CODREB"' '"location":\{"name":"Kasengezi","gazetteer":"Nord Kivu","country":"CD"'
# a threat is a threat whatever the act threatened (CAMEO 13, "threaten"):
# the dictionary's INSTITUTE (060) is no cooperation once threatened
want "threat of any act: 130" '"doc":"threatany"' '"source":"NER"' '"code":"130"'
# conflict told in the future in reported speech ("said they would
# boycott") is a threat of it (1312), not the act done
want "said they would boycott: threat" '"doc":"saidwould"' '"source":"NGAEDU"' '"target":"GBRGOV"' '"code":"1312"'
# what is demanded is not done, and a demand is a demand (10) whatever it
# asks: the verbs' combined code (110), an act two complements down (120),
# an act of another whose combination codes nothing
want "demanded that X renounce: 10" '"doc":"demandthat"' '"source":"USA"' '"target":"PSEREBHMS"' '"code":"10[0-9]*"'
want "demanded that X refuse to: 10" '"doc":"demandchain"' '"source":"KEN"' '"source_text":"Kenya"' '"code":"10[0-9]*"'
n=$(grep '"doc":"demandchain"' "$out" | grep -c '"code":"12')
[ "$n" -eq 0 ] || { echo "a demanded refusal coded as done: $n"; fail=1; }
want "demanded that X withdraw: 10" '"doc":"demandother"' '"source":"GHA"' '"target":"TGO"' '"code":"10[0-9]*"'
# a known verb form the tagger misreads as a past tense ("withdraw" VBD)
# keeps the lexicon's lemma, not the suffix rules' "withdree"
want "misread tense keeps its lemma" '"doc":"lemmavbd"' '"source":"GIN"' '"target":"IGOWAFBUSWAS"' '"code":"160"'
# a bare day right after its verb (wire style) only dates it: the noun
# after it is the verb's object, a that-clause hung on it the verb's
# complement
want "rejected Wednesday an appeal" '"doc":"wiredayobj"' '"source":"SYR"' '"target":"IGOUNO"' '"code":"12[0-9]*"'
want "demanded Friday that" '"doc":"wiredaythat"' '"source":"JOR"' '"target":"USA"' '"code":"10[0-9]*"'
# cooperation that will not be done, which the ontology has no opposite for,
# is refused (CAMEO 12: "refuse, oppose, decline"), not dropped
want "will not accept: a rejection" '"doc":"willnot"' '"source":"TZA"' '"target":"BDI"' '"code":"12[0-9]*"'
want "said it would not accept: a rejection" '"doc":"saidwouldnot"' '"source":"KEN"' '"target":"SOM[A-Z]*"' '"code":"12[0-9]*"'
# "X said Y must <act>" is X's demand of Y also when the coder combined the
# saying with the act (0332, 037): a demand (10) of each conjunct
want "said X must ensure: a demand" '"doc":"saidmust"' '"source":"NGOHLHIRC"' '"target":"TUR"' '"code":"10[0-9]*"'
want "said X and Y must reach: demand of X" '"doc":"saidmustboth"' '"source":"FRAGOV"' '"target":"MLI"' '"code":"10[0-9]*"'
want "said X and Y must reach: demand of Y" '"doc":"saidmustboth"' '"source":"FRAGOV"' '"target":"MLIREB"' '"code":"10[0-9]*"'
# "takes over new areas" is taking ground (192); an act its doer claims to
# have done ("claims to have taken over") is the doer's act, the claim its telling
want "takes over: territory" '"doc":"takesover"' '"source":"SOMREB"' '"code":"192"'
want "claims to have taken: territory" '"doc":"claimtaken"' '"source":"SOMREB"' '"code":"192"'
n=$(grep '"doc":"claimtaken"' "$out" | grep -c '"code":"1[17]')
[ "$n" -eq 0 ] || { echo "a claimed taking coded as a claim or a seizure: $n"; fail=1; }
# land named with its kind ("the Cal Miskaad mountains") is a site as written,
# placed by the story's region when the sentence names no other place
want "mountains as written" '"doc":"terrain"' '"location":\{"name":"Cal Miskaad mountains","gazetteer":"Puntland","country":"SO"'
# an arrest or a release from custody nobody is named as making is the
# state's (its police, its courts) of the country the event happens in;
# nothing done ("No suspects were arrested") is no event
want "unnamed arrest: the state's police" '"doc":"unnamedarrest"' '"sentence":2' '"source":"POLCOP"' '"target":"POL[A-Z]*"' '"code":"173"' '"date":"2021-11-05"'
want "released on bail: the state's courts" '"doc":"unnamedarrest"' '"sentence":3' '"source":"POLJUD"' '"target":"POL[A-Z]*"' '"code":"08[0-9]*"'
n=$(grep '"doc":"noarrest"' "$out" | grep -c '"code":"17')
[ "$n" -eq 0 ] || { echo "no suspects arrested: $n arrests, want 0"; fail=1; }
# consultations and visits (04) inside one country are its political
# actors' dealings: a private group's visit at home is none; a government's
# meeting with its parliament and its visit to a town of its own are
n=$(grep '"doc":"privatevisit"' "$out" | grep '"sentence":1,' | grep -c '"code":"04')
[ "$n" -eq 0 ] || { echo "private visit at home: $n events, want 0"; fail=1; }
want "domestic meeting of state organs" '"doc":"privatevisit"' '"sentence":2' '"source":"POLGOV"' '"target":"POLLEG"' '"code":"04[0-9]*"'
want "government visit at home" '"doc":"privatevisit"' '"sentence":3' '"source":"POLGOV"' '"target":"POL"' '"code":"042"'
# a body found ("was found dead") tells of a death, not of an attack; the
# investigation told with it still is an event
n=$(grep '"doc":"foundead"' "$out" | grep -c '"root":"1[89]"')
[ "$n" -eq 0 ] || { echo "found dead: $n attacks, want 0"; fail=1; }
want "found dead: the investigation" '"doc":"foundead"' '"sentence":2' '"source":"PAKCOP"' '"code":"09[0-9]*"'
# "is to V": an act arranged for later -- a meeting is its intent (036), a
# trial not yet held is no event
want "is to meet: intent" '"doc":"beto"' '"sentence":1' '"source":"POLGOV"' '"target":"DEUGOV"' '"code":"036"'
n=$(grep '"doc":"beto"' "$out" | grep -c '"sentence":2,')
[ "$n" -eq 0 ] || { echo "is to face trial: $n events, want 0"; fail=1; }
# a threat is made to the one whose act would set it off: the subject of
# its "if" clause, when it names no one else
want "threatened ... if Y: threat to Y" '"doc":"threatif"' '"source":"TUR"' '"target":"GRC"' '"code":"13[0-9]*"'
# an act announced for the future is a threat of it (1323), told once: its
# target the saying verb's, the saying verb's own combined event (1723) gone
want "announced he will impose a curfew: threat" '"doc":"announcewill"' '"source":"KENGOV"' '"target":"KEN"' '"code":"1323"'
n=$(grep '"doc":"announcewill"' "$out" | grep -c '"code":"17')
[ "$n" -eq 0 ] || { echo "an announced curfew coded as imposed: $n"; fail=1; }
# "to <act>" after a day, parsed as a purpose clause (and the verb as a
# participle of the subject), is the verb's infinitive complement
want "threatened on Tuesday to cut ties: 1313" '"doc":"threatdayto"' '"source":"GEOLEG"' '"target":"RUS"' '"code":"1313"'
want "vowed on Friday to expel: a threat" '"doc":"vowdayto"' '"source":"INDGOV"' '"target":"PAK"' '"code":"13[0-9]*"'
# aid agreed to is an intent to give it (033), not aid given
want "agreed to provide aid: 033" '"doc":"agreeaid"' '"source":"JPNGOV"' '"target":"KEN"' '"code":"033[0-9]*"'
# wire style "X today <verb>": X, parsed as a modifier of the day or as a
# clausal subject, is the verb's subject; a verb with an object and no
# passive auxiliary is active whatever its subject's label
want "Turkey today threatened: Turkey's threat" '"doc":"daysubj"' '"source":"TUR"' '"target":"SYR"' '"code":"13[0-9]*"'
want "government today expelled: the government's act" '"doc":"falsepassive"' '"source":"INDGOV"' '"target":"PAKGOV"' '"code":"16[0-9]*"'
# cooperation told in the future in reported speech ("said they will
# release", "said it would allow") is an intent to do it (03), not the deed
want "said they will release: intent 0353" '"doc":"saidwillrelease"' '"source":"BDIREB"' '"target":"BDIGOV"' '"code":"0353"'
want "said it would allow: intent 035" '"doc":"saidwouldallow"' '"source":"IRN"' '"target":"IGOUNOIAE"' '"code":"035[0-9]*"'
# an act ordered of ones no dictionary knows ("security agencies") is the
# orderer's act
want "instructed X to investigate: the orderer's" '"doc":"instructed"' '"source":"KENGOV"' '"code":"09[0-9]*"'
# "arrived and shot him" with "shot" a noun: after "and" and a finite
# verb, before an object pronoun, the same tense's verb
want "arrived and shot him: the police's" '"doc":"andshot"' '"sentence":2' '"source":"GBRCOP"' '"code":"19[0-9]*"'
# data/actors/ entries override same-name Phoenix ones of the same date
# (Phoenix's open-ended GBRGOVHRI for Theresa May, KNA for Elizabeth II)
want "project entry overrides Phoenix" '"doc":"override"' '"source":"GBRGOV"' '"code":"04[0-9]*"'
want "Elizabeth II: the United Kingdom's" '"doc":"queen"' '"source":"GBRGOV"' '"code":"04[0-9]*"'
# ... also where the later entry's code is undated and Phoenix's dated one
# still holds (Phoenix: Obama USAGOV from 2009 on, open-ended; the project:
# USAGOV 2009-2017, USAELI otherwise)
want "undated project code overrides Phoenix's open-ended one" '"doc":"overrideundated"' '"source":"USAELI"' '"code":"04[0-9]*"'
# a petition to a court is legal action (115), not an appeal
want "petitioned a court: 115" '"doc":"petitioncourt"' '"source":"GBRGOV"' '"target":"GBRJUD"' '"code":"115"'
# what a signed order or decree does ("an executive order imposing
# sanctions", "a decree to expel") is the signer's own act; the signing of
# the decree codes nothing of its own (no 100 from "sign a decree")
want "order imposing sanctions: the signer's 163" '"doc":"signorder"' '"source":"USAGOV"' '"target":"RUS"' '"code":"163"'
want "decree to expel: the signer's expulsion" '"doc":"signdecree"' '"source":"MLIGOV"' '"target":"FRAGOV"' '"code":"16[0-9]*"'
n=$(grep '"doc":"signdecree"' "$out" | grep -c '"code":"10')
[ "$n" -eq 0 ] || { echo "signed decree coded as a demand: $n"; fail=1; }
# signing an agreement of any kind (a charter, a pact, a deal) is 057,
# between the signers -- joined subjects, or the countries of "the prime
# ministers of X and Y" -- but not when it is still to come
want "sign a charter, one way" '"doc":"signcharter"' '"source":"GEO"' '"target":"UKR"' '"code":"057"'
want "sign a charter, the other way" '"doc":"signcharter"' '"source":"UKR"' '"target":"GEO"' '"code":"057"'
want "the prime ministers of X and Y sign, one way" '"doc":"signofboth"' '"source":"EST[A-Z]*"' '"target":"LVA[A-Z]*"' '"code":"057"'
want "the prime ministers of X and Y sign, the other way" '"doc":"signofboth"' '"source":"LVA[A-Z]*"' '"target":"EST[A-Z]*"' '"code":"057"'
n=$(grep '"doc":"willsign"' "$out" | grep -c '"code":"057"')
[ "$n" -eq 0 ] || { echo "will sign coded as signed: $n"; fail=1; }
# calling someone's act by a name that runs it down ("a disgrace",
# "lousy") criticizes them (111), the act's owner the target; a name no
# dictionary knows is a person of the story's country
want "called X's decision a disgrace: 111" '"doc":"calledname"' '"source":"FRA[A-Z]*"' '"target":"RUSGOV"' '"code":"111"'
want "unknown name called X's deal lousy: 111" '"doc":"calledunknown"' '"source":"GBR[A-Z]*"' '"target":"GBRGOV"' '"code":"111"'
# giving oneself up to the police is an arrest (173) by the police, not a
# yield (080); surrendering to an army stays a yield
want "surrendered himself to police: 173" '"doc":"surrenderpolice"' '"sentence":2' '"source":"USACOP"' '"code":"173"'
n=$(grep '"doc":"surrenderpolice"' "$out" | grep -c '"code":"08')
[ "$n" -eq 0 ] || { echo "surrender to police coded as a yield: $n"; fail=1; }
# an appeal against a ruling to a higher court is legal action (115), as a
# petition to a court is
want "appealed the decision to a court: 115" '"doc":"appealruling"' '"source":"USAGOV"' '"target":"USAJUD"' '"code":"115"'
want "a unit's word after its name: the unit, not an organisation" '"doc":"unitstate"' '"location":\{"name":"Kebbi State","gazetteer":"Kebbi","country":"NG"'
want "the village of X in Y State: the village, placed in the state" '"doc":"villageinstate"' '"location":\{"name":"Tungar Kara","gazetteer":"Sokoto","country":"NG"'
want "X, South West, Somalia: not Cameroon's South West" '"doc":"linkedabroad"' '"location":\{"name":"Qansax Dheere","gazetteer":"Somalia","country":"SO"'
want "heading towards X: where it went from, not where it heads" '"doc":"headingtowards"' '"location":\{"name":"Bukavu","gazetteer":"Bukavu","country":"CD"'
# a past sentence that opens with a month before the story's ("In September,")
# opens an episode in that month; a bound of a span ("Until September,") opens none
want "a month episode" '"doc":"monthepisode"' '"sentence":2' '"code":"173"' '"date":"2021-09"' '"date_precision":"month"'
want "a month told at the end: background, no episode" '"doc":"monthlate"' '"sentence":2' '"code":"173"' '"date":"2021-11-07"'
want "until a month: no episode" '"doc":"untilbound"' '"sentence":2' '"code":"173"' '"date":"2021-11-07"'
# "X comes a week after Y": Y happened a week before X (present: the story date)
want "a week after: counted back" '"doc":"afterweek"' '"code":"19[0-9]*"' '"date":"2021-10-31"'
# an event noun whose predicate the parse took for the participle ("related
# ... continued"), and its conjunct: past, on the episode's day
want "noun under a participle: the finite verb's tense" '"doc":"nounpredadj"' '"sentence":2' '"code":"140"' '"date":"2021-11-04"'
want "a conjunct noun: its first's tense" '"doc":"nounpredadj"' '"sentence":2' '"code":"145"' '"date":"2021-11-04"'
# a week names no day; the month when the week lies within one
want "last week: its month" '"doc":"lastweek"' '"code":"173"' '"date":"2021-10"' '"date_precision":"month"'
want "a week across two months: its Monday" '"doc":"weekacross"' '"code":"173"' '"date":"2021-09-27"' '"date_precision":"week"'
want "a clock time on the day its phrase names" '"doc":"clockday"' '"code":"173"' '"date":"2021-11-06"'
want "ordering X to shut down: an administrative sanction 172, not HEAD TO 030" '"doc":"ordershut"' '"source":"PHLGOV"' '"code":"172"'
# grief disapproves of no one; a feeling aroused is no provocation; what a
# hypothetical would have allowed is not done
n=$(grep '"doc":"wept"' "$out" | grep -c '"code":"11')
[ "$n" -eq 0 ] || { echo "wept: $n disapprovals, want 0"; fail=1; }
n=$(grep '"doc":"arouse"' "$out" | grep -c '"code":"14')
[ "$n" -eq 0 ] || { echo "aroused suspicion: $n protests, want 0"; fail=1; }
n=$(grep '"doc":"wouldallow"' "$out" | grep -c '"code":"06')
[ "$n" -eq 0 ] || { echo "would have allowed to extradite: $n events, want 0"; fail=1; }
# a country that is the object of a peaceful act ('allowed India to
# extradite') is the party acted on, not the place later sentences go on in
want "a country acted on is no place carried to the next sentence" '"doc":"partyobj"' '"source":"NPLGOV"' '"target":"NPL"' '"code":"035"' '"location":\{"name":"Nepal"'
n=$(grep '"doc":"partyobj"' "$out" | grep -c '"source":"IND')
[ "$n" -eq 0 ] || { echo "allowed India: $n events by India, want 0"; fail=1; }
# 'sanction' as a verb (not in the verb dictionary; the tagger makes the
# present tense a plural noun): imposing sanctions on the object, 163
want "sanctions X: 163" '"doc":"sanctionverb"' '"source":"GBR[A-Z]*"' '"target":"IRN[A-Z]*"' '"code":"163"'
# the International Criminal Court by its full name (IGOJUDICC, Phoenix's code for "ICC")
want "sanctions on the court" '"doc":"iccsanction"' '"source":"USA[A-Z]*"' '"target":"IGOJUDICC"' '"code":"163"'
# intercepting a missile or drone in flight is force against whoever fired
# it (190), not the dictionary's seizure of a weapon (1711)
want "intercepts a missile: 190" '"doc":"interceptfire"' '"source":"ISR[A-Z]*"' '"target":"LBN[A-Z]*"' '"code":"190"'
# a day that hangs from a report ("by reports on Saturday") is when the news
# came; the deaths belong to Friday's attack.  An order to investigate is
# given when the ordering verb's act is: on the episode's day.
want "by reports on Saturday: the attack's day" '"doc":"reportday"' '"date":"2021-11-05"' '"trigger":"died"'
want "ordered to investigate: the episode's day" '"doc":"orderedto"' '"code":"09' '"date":"2021-11-04"'
# a place name opening with an article ("El Paso", "Al Hudaydah") after a cue
want "article-opened place name" '"doc":"articlename"' '"code":"173"' '"location":\{"name":"El Paso","gazetteer":"El Paso","country":"US"'
# a finer place inside the country, in a location phrase of the clause
want "a city in the country over the country" '"doc":"finerincountry"' '"code":"173"' '"location":\{"name":"Mombasa","gazetteer":"Mombasa","country":"KE"'
# the story's place: the finest place it names in its main country
want "story place: the city, not its country" '"doc":"storyfiner"' '"location":\{"name":"Laredo","gazetteer":"Laredo","country":"US"'
# "X-controlled areas": the controller's name is no place of the act
want "X-controlled: no place name" '"doc":"controlled"' '"code":"195"' '"location":\{"name":"Sanaa"'
# "Northern District of California": X of Y puts X in Y, so Israel's Northern District is a namesake
want "X of Y: the namesake abroad places nothing" '"doc":"courtdistrictof"' '"code":"115"' '"location":\{[^}]*"country":"US"'
# no place phrase: the place of the actor's office, in the story's country, over the story's country
want "an office's place over the story's country" '"doc":"officeplace"' '"code":"090"' '"location":\{"name":"Manhattan","gazetteer":"Manhattan","country":"US"'
# "attacks on X": "on" after an attack's word cues a town the gazetteer knows by an alternate name
want "attacks on X: the town" '"doc":"attackson"' '"code":"190"' '"location":\{"name":"Al-Fashir","gazetteer":"El Fasher","country":"SD"'
# a town whose only namesake the gazetteer knows is abroad, held by a region: the town as written
want "the settlement of X in Y: X as written" '"doc":"namesaketown"' '"code":"192"' '"location":\{"name":"Shevchenko","gazetteer":"Donetsk[^"]*","country":"UA"'
# the region holding the place's own phrase is no finer place; an embedded word ("West" of "West Kordofan") links nothing abroad
want "the city of X in Y: X" '"doc":"cityofin"' '"code":"192"' '"location":\{"name":"En Nahud","gazetteer":"An Nu[^"]*","country":"SD"'
# a region in the sentence holds the story's finer place: the finer place
want "a region holds the story's town" '"doc":"regionlater"' '"code":"173"' '"location":\{"name":"Mysore","gazetteer":"Mysore","country":"IN"'
# an agent with no country of its own takes its prepositional modifier's
# ("a reporter for a French newspaper": FRAMED), not the place's (PSE)
want "a reporter for a French newspaper: FRAMED" '"doc":"agentfor"' '"source":"ISR[A-Z]*"' '"target":"FRAMED"' '"code":"19'
# militants with no name of their own are the armed group the story names
# (Al-Shabaab, SOMREB), not agents of the place's country (KENUAF)
want "dozens of militants: the story's armed group" '"doc":"storymilitants"' '"sentence":2' '"target":"SOMREB"' '"code":"19'
# a yielding act (08) that names no one it yields to yields at home: a
# resignation is from the actor's own country's office (MNGGOV -> MNG)
want "resigns: to its own country" '"doc":"resignhome"' '"source":"MNGGOV"' '"target":"MNG"' '"code":"083'
# a country's name in a sea's ("the Sea of Japan", "the South China Sea")
# is no actor: the missile is fired into the sea, not at Japan -- a show of
# force (150, "Demonstrate military or police power"), no use of it (19)
want "fired into the Sea of Japan: a show of force" '"doc":"seaname"' '"source":"PRK"' '"code":"150"'
n=$(grep '"doc":"seaname"' "$out" | grep -c '"target":"JPN')
[ "$n" -eq 0 ] || { echo "the Sea of Japan coded as Japan: $n"; fail=1; }
# a name word the parser hangs on the head by a clause relation ("Israel"
# an advcl of "Forces") is still a word of the name: ISRAEL_DEFENSE_FORCES
want "the Israel Defense Forces with a split name: ISRMIL" '"doc":"namesplit"' '"source":"ISRMIL"' '"code":"19'
# news media are their home country's (Phoenix: "MED" with no country)
want "Al Jazeera: QATMED" '"doc":"mediacountry"' '"source":"ISR"' '"target":"QATMED"' '"code":"17'
# "organization" is a common noun, not Phoenix's synonym of Tanzim (MEAREB)
n=$(grep '"doc":"orgword"' "$out" | grep -c 'MEAREB')
[ "$n" -eq 0 ] || { echo "organizations coded as Tanzim: $n"; fail=1; }
want "a ceasefire with ethnic armed organizations: at home" '"doc":"orgword"' '"source":"MMRGOV"' '"target":"MMR[A-Z]*"' '"code":"087'
# a weapon that is the subject of an impact verb says the means ("a
# roadside bomb hits": 1833), the verb only that it struck (HIT's 193)
want "a bomb hits a truck: 183" '"doc":"bombhits"' '"target":"PAK[A-Z]*"' '"code":"183"'
want "a roadside bomb hits a bus: 1833" '"doc":"roadsidehits"' '"target":"PAK[A-Z]*"' '"code":"1833"'
# a one-word name the gazetteer lacks, placed "in" a known place, is ground
# taken (192), not goods seized (171); a name of several words may be a person's
want "captured X in a known place: 192" '"doc":"placedname"' '"source":"RUS[A-Z]*"' '"code":"192"'
n=$(grep '"doc":"personname"' "$out" | grep -c '"code":"192"')
[ "$n" -eq 0 ] || { echo "captured Musa Danladi: $n territory events, want 0"; fail=1; }
want "seizes a reef: 192" '"doc":"reef"' '"source":"CHN"' '"code":"192"'
# looting is 1711 by the codebook ("raids and lootings"), not the
# dictionary's riot (145), unless protesters loot
want "soldiers looted: 1711" '"doc":"looted"' '"source":"COD[A-Z]*"' '"code":"1711"'
want "protesters looted: a riot" '"doc":"protestloot"' '"source":"NGA[A-Z]*"' '"code":"145"'
# calling an act "a declaration of war" or "aggression": criticism (111);
# a war mentioned elsewhere names nothing
want "calls X a declaration of war: 111" '"doc":"declwar"' '"source":"COD[A-Z]*"' '"target":"RWA[A-Z]*"' '"code":"111"'
n=$(grep '"doc":"worstwar"' "$out" | grep -c '"code":"111"')
[ "$n" -eq 0 ] || { echo "worst since the war: $n criticisms, want 0"; fail=1; }
# killing one named figure (a general, a commander) is an assassination (186);
# killing several commanders is the strike's own code
want "killed a general: 186" '"doc":"killfigure"' '"source":"ISR[A-Z]*"' '"code":"186"'
n=$(grep '"doc":"killmany"' "$out" | grep -c '"code":"186"')
[ "$n" -eq 0 ] || { echo "killed four commanders: $n assassinations, want 0"; fail=1; }
# killing civilians is force (190); a massacre is a mass killing (202)
want "killed three civilians: 190" '"doc":"killcivilians"' '"source":"MLI[A-Z]*"' '"code":"190"'
want "massacred villagers: 202" '"doc":"massacred"' '"code":"202"'
# an act conjoined to the one asked is asked too ("urged X to release ...
# and lift ..."), and the noun an asking participle hangs from asks
want "urged to release and lift: lift is asked" '"doc":"urgedand"' '"source":"IGOUNO"' '"target":"ETH"' '"code":"025[0-9]*"' '"trigger":"lift"'
want "firms urging: the firms appeal" '"doc":"firmsurging"' '"source":"GEO[A-Z]*"' '"target":"GEOGOV"' '"code":"02[0-9]*"' '"trigger":"hold"'
n=$(grep '"doc":"firmsurging"' "$out" | grep -c '"code":"034')
[ "$n" -eq 0 ] || { echo "urged to hold elections: $n elections held, want 0"; fail=1; }
# a request noun's to-infinitive is asked, not done: an appeal (025)
want "a request to allow: asked, not done" '"doc":"requestto"' '"source":"USA"' '"code":"025"' '"trigger":"allow"'
# yielding of no kind to no one ("approves a law": the bare 080) is no event
n=$(grep '"doc":"approveslaw"' "$out" | grep -c '"code":"080"')
[ "$n" -eq 0 ] || { echo "approves a law: $n yieldings, want 0"; fail=1; }
# leaving an organisation announced for later is a reduction of relations
# forecast: a threat (131), not an intent to yield (035)
want "will withdraw from a body: 131" '"doc":"willwithdraw"' '"source":"ARG"' '"target":"IGO[A-Z]*"' '"code":"131"'
# an act under an intent noun ("its intention to expel") is announced, not
# done: the threat form of the act (1313), not the expulsion (161)
want "intention to expel: 1313" '"doc":"intentionto"' '"source":"GRC"' '"target":"TUR[A-Z]*"' '"code":"1313"'
# a bombing campaign is an air campaign (195), not a bombing (183)
want "a bombing campaign: 195" '"doc":"bombingcampaign"' '"source":"ISR[A-Z]*"' '"target":"IRN"' '"code":"195"'
# halting or suspending something the CANCEL group's patterns do not name
# reduces relations (kind D rows of event_nouns.tsv: any object, only where
# the verb's own patterns give nothing), toward the object's "with" phrase
want "halts exchanges with X: 160" '"doc":"haltany"' '"source":"JPN"' '"target":"CHN"' '"code":"160"'
# a blockade is restriction of movement (191) by whoever imposes it; one
# nobody is named as imposing ("students form a blockade") is no event
want "the Israeli blockade: 191" '"doc":"blockade"' '"source":"ISR"' '"target":"PSE"' '"code":"191"'
n=$(grep '"doc":"formblockade"' "$out" | grep -c '"code":"191"')
[ "$n" -eq 0 ] || { echo "students form a blockade: $n 191 events, want 0"; fail=1; }
# sharing intelligence is 064 whatever the SHARE group says; an object event
# whose verb has no subject of its own is its controller's ("France will
# continue sharing"), and announced with it ("will"): the intent form 0314
want "continue sharing intelligence: 064 (announced: 0314) by the controller" '"doc":"shareintel"' '"source":"FRA"' '"target":"UKR"' '"code":"0314"'
# "as" taken for a preposition still opens a clause when a finite verb ends
# it ("as the truce ends."): the words before need a finite verb of their own
# ("blocks", tagged a plural noun); blocking aid from getting in is 191
want "blocks aid ... as the truce ends: 191" '"doc":"asclause"' '"source":"ISR"' '"target":"PSE[A-Z]*"' '"code":"191"'
# the "by" phrase of "mediated"/"brokered" mediates (045) between the
# parties of the sentence's cooperation: Qatar to each side
want "mediated by Qatar: 045 to Armenia" '"doc":"mediated"' '"source":"QAT"' '"target":"ARM"' '"code":"045"'
want "mediated by Qatar: 045 to Azerbaijan" '"doc":"mediated"' '"source":"QAT"' '"target":"AZE"' '"code":"045"'
# no noun follows a subject pronoun: "it shot" with "shot" tagged a noun is
# the verb (and "down" its particle); drones brought down are force against
# whoever fired them, here the story's last attacker (190 UKR -> RUS)
want "it shot down 95 of 143 drones: 190 against the launcher" '"doc":"shotdown"' '"source":"UKR"' '"target":"RUS"' '"code":"190"'
# a name no dictionary knows acting in the role its "as" phrase names is
# that role's actor (and the role no target): 083 by STPGOV
want "resigns as Prime Minister of X: X's government" '"doc":"asrole"' '"source":"STPGOV"' '"code":"083"'
# words with accents the dictionaries spell in ASCII are looked up without
# them: "São Tomé and Príncipe" is SAO_TOME_AND_PRINCIPE
want "São Tomé: STP" '"doc":"accents"' '"source":"STPGOV"' '"target":"PRT"' '"code":"042"'
# a motion or vote of no confidence is a demand for a change of leadership
# (1041) by its movers against the one who survives or loses it; "the
# opposition" unknown to the dictionaries is the target's country's
want "survives a vote of no confidence: 1041" '"doc":"noconfidence"' '"source":"CZEOPP"' '"target":"CZEGOV"' '"code":"1041"'
# talks one is ready for are an intent to negotiate (036) of the one ready;
# "he" in what a verb of saying reports is its subject, not the journalist
# named last
want "ready for talks: 036 by the speaker" '"doc":"readyfor"' '"source":"KENGOV"' '"target":"SOM"' '"code":"036"'
# conjoined takers of other countries each take the ground (192)
want "rebels and Rwandan troops seize: the troops' taking" '"doc":"twotakers"' '"source":"RWAMIL"' '"target":"COD"' '"code":"192"'
want "rebels and Rwandan troops seize: the rebels' taking" '"doc":"twotakers"' '"source":"CODREB"' '"target":"COD"' '"code":"192"'
# talks an act follows ("after talks with X") are the act's doer's
want "frees ... after talks with Oman: 046 by Iran" '"doc":"aftertalks"' '"source":"IRN"' '"target":"OMN"' '"code":"046"'
# "a visit from X": X visits; a visit names no host but is to the country
# it happens in (042 ETH -> SOM)
want "a visit from the Ethiopian PM: 042 to Somalia" '"doc":"visitfrom"' '"source":"ETH[A-Z]*"' '"target":"SOM"' '"code":"042"'
# disapproval "of" someone is aimed at them: "his criticism of the Somali
# government" is 111 KEN -> SOM
want "criticism of X: 111 at X" '"doc":"criticismof"' '"source":"KEN[A-Z]*"' '"target":"SOMGOV"' '"code":"111"'
# "The Houthis claim" with "claim" tagged a noun (a name in -s after "the"
# is a plural subject) and "Houthis" hung on it as a clausal complement (no
# noun is one: the subject); the act claimed in the to-complement is the
# claimant's (190 YEMREB -> USA)
want "the Houthis claim to have shot down a drone: theirs" '"doc":"claimto"' '"source":"YEMREB"' '"target":"USA[A-Z]*"' '"code":"190"'
# what several join together they do not do with each other
# (a meeting with what they join -- "Europe" in the area's name -- is no
# meeting among them; only events between two of the joiners count)
n=$(grep '"doc":"jointhe"' "$out" | grep '"code":"04' | grep -c '"target":"\(EST\|LVA\|LTU\)')
[ "$n" -eq 0 ] || { echo "join an area: $n meetings among the joiners, want 0"; fail=1; }
# all an accusation's content is alleged: the killing hanging on the act
# accused is no event either (only the accusation, 11x, stays)
want "accuses of raids, killing: the accusation" '"doc":"accuseskilling"' '"source":"PSE[A-Z]*"' '"target":"ISR"' '"code":"11[0-9]*"'
n=$(grep '"doc":"accuseskilling"' "$out" | grep -c '"code":"1[89]')
[ "$n" -eq 0 ] || { echo "accuses of raids, killing: $n violent events, want 0"; fail=1; }
# violence foreseen ("an imminent threat of a missile attack") is not done
n=$(grep '"doc":"imminentattack"' "$out" | grep -c '"code":"1[89]')
[ "$n" -eq 0 ] || { echo "imminent threat of an attack: $n violent events, want 0"; fail=1; }
# a claim of what befell others (a passive clause) accuses no one
n=$(grep '"doc":"claimskilled"' "$out" | grep -c '"code":"11')
[ "$n" -eq 0 ] || { echo "claims soldiers were killed: $n disapprovals, want 0"; fail=1; }
# material cooperation (06) between actors of one country in a clause
# under the main verb describes ("which is managed by the Episcopal
# Church"): no event; the destruction (of a building: 1712) stays
want "managed by: the destruction stays" '"doc":"managedby"' '"source":"ISR"' '"code":"1712"'
n=$(grep '"doc":"managedby"' "$out" | grep -c '"code":"06')
[ "$n" -eq 0 ] || { echo "which is managed by: $n cooperation events, want 0"; fail=1; }
# taking an office or an illness seizes nothing (171); dwelling somewhere
# (the dictionary's RESIDE, INHABIT) occupies nothing
count "takes over the Presidency" '"doc":"takesname"' 0
n=$(grep '"doc":"takenill"' "$out" | grep -c '"code":"17')
[ "$n" -eq 0 ] || { echo "taken ill: $n seizures, want 0"; fail=1; }
n=$(grep '"doc":"residing"' "$out" | grep -c '"code":"1[89]')
[ "$n" -eq 0 ] || { echo "citizens residing in: $n violent events, want 0"; fail=1; }
# "forces" after an adjective is the armed forces, no coercion (17x)
n=$(grep '"doc":"forcesnoun"' "$out" | grep -c '"code":"17')
[ "$n" -eq 0 ] || { echo "Rwandan forces exchange fire: $n coercions, want 0"; fail=1; }
# harm done by a fire told in a relative clause ("the fire, which injured
# a man") is an accident, no political violence
n=$(grep '"doc":"firewhich"' "$out" | grep -c '"code":"1[89]')
[ "$n" -eq 0 ] || { echo "the fire, which injured a man: $n violent events, want 0"; fail=1; }
# a participle conjoined to a verb, with no auxiliary of its own ("were
# detained and charged"), shares its first conjunct's tense: past, on the
# episode's day
want "a conjoined participle: the first conjunct's tense" '"doc":"conjpart"' '"trigger":"charged"' '"date":"2021-11-04"'
# "The last time X happened was ... in 1982": the year in the predicate
# dates the event told in the subject; a time recalled, or any year alone,
# opens no episode (the arrest after it is on Thursday)
want "the last time X was in 1982: 1982" '"doc":"lasttime"' '"sentence":2' '"code":"172"' '"date":"1982"' '"date_precision":"year"'
want "a year opens no episode" '"doc":"lasttime"' '"sentence":3' '"code":"173"' '"date":"2021-11-04"'
# a date of another year parsed as a modifier of a day ("on Thursday of
# raping a tourist in 2014") belongs to the verb before it
want "in 2014 under Thursday: the raping's year" '"doc":"otheryear"' '"code":"1821"' '"date":"2014"' '"date_precision":"year"'
want "the finding stays on Thursday" '"doc":"otheryear"' '"code":"173"' '"date":"2019-01-31"'
# the day of a report ("In a statement issued on Friday") is when the news
# came: it dates nothing the statement tells and opens no episode, so the
# arrest it confirms is on the episode's day; a month that bounds a span
# ("since April 2016") dates nothing either
want "a statement issued on Friday: the episode's day" '"doc":"reportissued"' '"code":"173"' '"date":"2021-11-04"'
want "since April 2016: not the arrest's month" '"doc":"sincemonth"' '"code":"173"' '"date":"2021-11-04"'
# a verb in the present simple tells the story's news, on the story date: an
# earlier day the parse hung on it ("in retaliation for the firing of two
# rockets at Israel yesterday") is what the act is about
want "launches ... yesterday: the story date" '"doc":"presentyest"' '"code":"195"' '"date":"2021-11-07"'
# violence nobody is named as doing, in a story whose other violence
# against that country is one foreign state's, is that state's; with two
# foreign attackers in the story it stays unnamed (the place's UAF)
want "story attacker: the strike in Sumy is Russia's" '"doc":"storyattacker"' '"sentence":2' '"source":"RUS"' '"target":"UKRCOP"' '"code":"19[0-9]*"'
want "two attackers: the explosion stays unnamed" '"doc":"twoattackers"' '"sentence":3' '"source":"SYRUAF"'
# violence whose only target is the doer's own country, read off its name,
# falls on the one other country the sentence names; an international body
# is no other side
want "other side: the U.S. attacks fall on Iran" '"doc":"otherside"' '"source":"USA"' '"target":"IRN"' '"code":"19[0-9]*"'
want "other side: the UN is no victim" '"doc":"othersideigo"' '"source":"NGA"' '"target":"NGA"' '"code":"19[0-9]*"'
# "X-backed N": N acts, X only backs it (the backing is X's)
want "X-backed rebels capture: the rebels' taking" '"doc":"backer"' '"source":"CODREB"' '"source_text":"M23 rebels"' '"code":"192"'
want "X-backed rebels: the backing is X's" '"doc":"backer"' '"source":"RWA"' '"target":"CODREB"' '"code":"05[0-9]*"'
# a weapon the clause makes its subject is the doer's instrument: its
# country strikes what it is fired at; no event with the weapon as victim
want "missiles launched at X: their country's" '"doc":"weaponsubj"' '"source":"IRN"' '"target":"ISR"' '"code":"19[0-9]*"'
want "a Russian missile strikes a hotel" '"doc":"weaponstrikes"' '"source":"RUS"' '"target":"UKR"' '"code":"19[0-9]*"'
n=$(grep '"doc":"weaponstrikes"' "$out" | grep -c '"target":"RUS"')
[ "$n" -eq 0 ] || { echo "a Russian missile strikes a hotel: $n events against the missile, want 0"; fail=1; }
# responsibility for "a series of attacks ... that killed": the sentence's
# violence is the claimant's, the claim itself no statement
want "claims a series of attacks: the claimant's" '"doc":"claimseries"' '"source":"IMGMUSISI"' '"target":"NGA[A-Z]*"' '"code":"19[0-9]*"'
n=$(grep '"doc":"claimseries"' "$out" | grep -c '"source":"NGAUAF"')
[ "$n" -eq 0 ] || { echo "claims a series of attacks: $n attacks left unnamed, want 0"; fail=1; }
# international bodies and their heads since 2014 (data/actors)
want "the African Union: IGOAFRAFU" '"doc":"aubody"' '"source":"IGOAFRAFU"' '"code":"11[0-9]*"'
want "Rutte in 2025: NATO, not the Netherlands" '"doc":"natosg"' '"source":"IGOWSTNAT"' '"target":"UKRGOV"' '"code":"04[0-9]*"'
want "a namesake of a country in a leader's name: Montenegro is Portugal's" '"doc":"montenegro"' '"source":"PRTGOV"' '"target":"ESPGOV"' '"code":"04[0-9]*"'
# a government's name with armed-group words fighting abroad is an armed
# group of the country it fights in (the Taliban in Pakistan: PAKREB)
want "Taliban insurgents in Pakistan: PAKREB" '"doc":"pakistanitaliban"' '"source":"PAKMIL"' '"target":"PAKREB"' '"code":"19[0-9]*"'
# "both" / "both countries" as the subject: the two last countries named,
# each other's counterparts, or both doers towards a third the act names
want "both agreed: one way" '"doc":"bothagreed"' '"source":"THA"' '"target":"KHM"' '"code":"03[0-9]*"'
want "both agreed: the other way" '"doc":"bothagreed"' '"source":"KHM"' '"target":"THA"' '"code":"03[0-9]*"'
want "both countries condemn X: the first" '"doc":"bothcountries"' '"source":"ARM"' '"target":"RUS"' '"code":"11[0-9]*"'
want "both countries condemn X: the second" '"doc":"bothcountries"' '"source":"AZE"' '"target":"RUS"' '"code":"11[0-9]*"'
# "the country's military": the last country the sentence named, not the place
want "the country's military: the speaker's country" '"doc":"thecountry"' '"source":"TURMIL"' '"target":"IRQ"' '"code":"13[0-9]*"'
# a weapon that strikes: the act goes one way, from the weapon's country
# to the place struck (the BATTLE group's "- &WEAPON *" pair 193:193 would
# also have Ukraine strike Russia)
want "missile strikes: Russia's act" '"doc":"missilestrikes"' '"source":"RUS"' '"target":"UKR"' '"code":"19[0-9]*"'
n=$(grep '"doc":"missilestrikes"' "$out" | grep -c '"source":"UKR"')
[ "$n" -eq 0 ] || { echo "a Russian missile strikes a hotel in Ukraine: $n events by Ukraine, want 0"; fail=1; }
# a later sentence that only counts the harmed, in the passive with no doer,
# tells the toll of the attack before it: one event, which takes the count
want "toll told later: the attack" '"doc":"tolllater"' '"sentence":1' '"source":"RUS[A-Z]*"' '"code":"19[0-9]*"' '"injured":2'
count "at least two people are injured" '"doc":"tolllater"' 1
# ... unless the harmed bear arms on the attacker's side: the other side's act
want "armed victims of the attacker's side: an event" '"doc":"tollotherside"' '"sentence":2' '"target":"SOMREB"' '"code":"19[0-9]*"'
# "resign in protest of X": the bare phrase says why they resign, no protest
n=$(grep '"doc":"inprotest"' "$out" | grep -c '"code":"14')
[ "$n" -eq 0 ] || { echo "resign in protest of: $n protests, want 0"; fail=1; }
# a verb told as not done, with no modal, reports nothing done ("has not
# been confirmed": not the ontology's 120); "will not accept" stays a refusal
count "has not been confirmed by Iran" '"doc":"notconfirmed"' 0
# violence that is to stop ("will stop its airstrikes") is told for its
# stopping: no attack
n=$(grep '"doc":"stopstrikes"' "$out" | grep -c '"code":"1[89]')
[ "$n" -eq 0 ] || { echo "will stop its airstrikes: $n violent events, want 0"; fail=1; }
# victims of no country the words name ("two people") are those of the
# attack the clause tells: one event, not a second attack on "people"
want "open fire, killing: the attack" '"doc":"openfirekilling"' '"source":"ISR[A-Z]*"' '"target":"PSE[A-Z]*"' '"code":"19[0-9]*"'
n=$(grep '"doc":"openfirekilling"' "$out" | grep -c '"code":"1[89]')
[ "$n" -eq 1 ] || { echo "open fire on Palestinians, killing two people: $n violent events, want 1"; fail=1; }
# an attack nobody is named as doing, told after an attack the story named
# a doer for (same day, same victim): the same attack, told once
n=$(grep '"doc":"explosionslater"' "$out" | grep -c '"code":"1[89]')
[ "$n" -eq 1 ] || { echo "missiles at Odesa, then explosions reported: $n violent events, want 1"; fail=1; }
# a statement about what another party intends is no intent of the speaker's
n=$(grep '"doc":"saysothers"' "$out" | grep '"source":"PAK' | grep -c '"code":"03')
[ "$n" -eq 0 ] || { echo "says that India intends to launch: $n intents by Pakistan, want 0"; fail=1; }
# a fight in another arena than arms ("a court battle") is no violence
n=$(grep '"doc":"courtbattle"' "$out" | grep -c '"code":"1[89]')
[ "$n" -eq 0 ] || { echo "a court battle: $n violent events, want 0"; fail=1; }
# "orders X to pay": the infinitive hung on the object is still the order's
# complement, and the order a demand (100), not the HEAD group's 030
want "orders the administration to pay: a demand" '"doc":"orderspay"' '"source":"USAJUD"' '"target":"USAGOV"' '"code":"100"'
# holding or winning an office at home ("is elected Prime Minister by
# parliament") is no material cooperation (the bare 060)
n=$(grep '"doc":"electedpm"' "$out" | grep -c '"code":"060"')
[ "$n" -eq 0 ] || { echo "elected Prime Minister by parliament: $n cooperation events, want 0"; fail=1; }
# support or intent of no kind (bare 050, 030) between actors of one country
# ("Greeks organize a general strike") is no act of one party toward another
n=$(grep '"doc":"organizestrike"' "$out" | grep -c '"code":"0[35]0"')
[ "$n" -eq 0 ] || { echo "Greeks organize a general strike: $n bare 030/050 events, want 0"; fail=1; }
# joining a body or a scheme is no consultation (the JOIN group's bare 040)
n=$(grep '"doc":"joinsinitiative"' "$out" | grep -c '"code":"040"')
[ "$n" -eq 0 ] || { echo "Colombia joins the Belt and Road Initiative: $n consultations, want 0"; fail=1; }
# violence named inside a direct quotation is the speaker's words
n=$(grep '"doc":"quotedabuse"' "$out" | grep -c '"code":"1[89]')
[ "$n" -eq 0 ] || { echo "quoted 'have abused their power': $n violent events, want 0"; fail=1; }
# being arrested is no protest (the ARREST group's 175:140 reverse half)
want "protesters arrested by police: the arrest" '"doc":"arrestedprotesters"' '"source":"TURCOP"' '"code":"17[0-9]*"'
n=$(grep '"doc":"arrestedprotesters"' "$out" | grep -c '"code":"14')
[ "$n" -eq 0 ] || { echo "protesters are arrested by police: $n protests, want 0"; fail=1; }
# "X results in ...": "result in" is the clause's verb (no dictionary
# code), so the fight noun before it is its subject and its "between"
# phrase gives both sides, each fighting the other (190 both ways)
want "battle between A and B results in: A fights B" '"doc":"resultsin"' '"source":"KENMIL"' '"target":"SOMREB"' '"code":"190"'
want "battle between A and B results in: B fights A" '"doc":"resultsin"' '"source":"SOMREB"' '"target":"KENMIL"' '"code":"190"'
# a definite attack noun opening a story, with no attack told before it to
# refer back to, is the story's own attack: shelling 194, by an unnamed
# armed group of the place's country, against its civilians
want "the shelling of ... opening a story" '"doc":"openingshelling"' '"code":"194"' '"target":"SDN[A-Z]*"'
# an arrest noun nobody is named as making ("the arrest of three Chinese
# nationals in Manila") is the police's of the country it happens in (as
# for the passive verb): 173 PHLCOP -> CHN
want "the arrest of X in a place: that country's police" '"doc":"arrestof"' '"source":"PHLCOP"' '"target":"CHN"' '"code":"173"'
# a withdrawal noun is a yielding (0874) by its "of" phrase or owner; from
# a body named with its "of" words ("the Economic Community of West African
# States") it is leaving the body, 160 (as for the verb)
want "its withdrawal from a body: 160" '"doc":"withdrawalfrom"' '"source":"MLI"' '"target":"IGO[A-Z]*"' '"code":"160"'
want "the withdrawal of X troops: X yields" '"doc":"withdrawalof"' '"source":"UGA[A-Z]*"' '"code":"0874"'
# "the resignation of X" told as a circumstance is X's yielding at home
# (0831); a resignation a verb acts on ("files his resignation") is that
# verb's to tell (no dictionary code: no event)
want "following the resignation of X: 0831" '"doc":"resignationof"' '"source":"NLDGOV"' '"target":"NLD"' '"code":"0831"'
count "files his resignation" '"doc":"filesresignation"' 0
# a prisoner exchange (or swap) is a release of prisoners (0841), which the
# conjoined subjects of its support verb do to each other
want "prisoner exchange, one way" '"doc":"prisonerexchange"' '"source":"ARM"' '"target":"AZE"' '"code":"0841"'
want "prisoner exchange, the other way" '"doc":"prisonerexchange"' '"source":"AZE"' '"target":"ARM"' '"code":"0841"'
# cancelling anything the CANCEL patterns do not code is a cut in
# relations (160), as halting or suspending it is (kind D rows)
want "cancels its cooperation with X: 160" '"doc":"cancels"' '"source":"NER"' '"target":"FRA"' '"code":"160"'
# an opening "According to X," names the source of what the clause after
# it tells, whose verb is the sentence's: the detention (173) by the state
# where it happens, of the Thai nationals
want "according to X, Y are detained in Z" '"doc":"accordingto"' '"source":"KHM[A-Z]*"' '"target":"THA[A-Z]*"' '"code":"173"'
# armed men advancing on, into or towards a place fight for it (190, on
# the place's country); an advance only prepared is none
want "militants advance towards a town: 190" '"doc":"advance"' '"source":"SOMREB[A-Z]*"' '"target":"SOM"' '"code":"190"'
n=$(grep '"doc":"advanceprep"' "$out" | grep -c '"code":"19')
[ "$n" -eq 0 ] || { echo "preparing to advance: $n fights, want 0"; fail=1; }
# ground taken told by a noun: the declarer's liberation of a town from
# the side it was taken from (192)
want "declares the liberation of X from Y: 192" '"doc":"liberationof"' '"source":"SDNMIL"' '"target":"SDNREB"' '"code":"192"'
# a list before its verb whose first members the parser made the object
# is the subject list: each member meets the others
want "A, B, and C meet: A with B" '"doc":"objectlist"' '"source":"KEN"' '"target":"UGA"' '"code":"040"'
want "A, B, and C meet: B with A" '"doc":"objectlist"' '"source":"UGA"' '"target":"KEN"' '"code":"040"'
# pardons and commutations issued, even as a "series of" them, release
# persons (0841, CAMEO's note to 084), at home when nobody else is named
want "issued a series of pardons: 0841" '"doc":"pardonseries"' '"source":"ITAGOV"' '"target":"ITA"' '"code":"0841"'
# a lawsuit is legal action (115) by the one who files it against its
# "against" phrase
want "a lawsuit filed by Kenya: 115" '"doc":"lawsuitby"' '"source":"KEN"' '"target":"UGA"' '"code":"115"'
# an act done at someone's request: his appeal (020) to the one who acts,
# of his own country when the dictionaries do not know that one
want "at the request of X: X's appeal" '"doc":"atrequest"' '"source":"CAN[A-Z]*"' '"target":"CAN"' '"code":"020"'
want "comply with the request of X: X's appeal to the sayer" '"doc":"complyrequest"' '"source":"GBR[A-Z]*"' '"target":"GBR[A-Z]*"' '"code":"020"'
# ousting a ruler, removing an official "as" minister: a change in the
# leadership (0831), no expulsion (174)
want "ousted by the military: 0831" '"doc":"ousted"' '"source":"GIN[A-Z]*"' '"target":"GIN[A-Z]*"' '"code":"0831"'
want "removes X as minister: 0831" '"doc":"removesas"' '"source":"IRN[A-Z]*"' '"target":"IRN[A-Z]*"' '"code":"0831"'
# explosives seized are no means of the killing: no bombing (183)
want "devices seized: the killing stays 19" '"doc":"seizeddevices"' '"code":"19[0-9]*"'
n=$(grep '"doc":"seizeddevices"' "$out" | grep -c '"code":"183')
[ "$n" -eq 0 ] || { echo "explosive devices seized: $n bombings, want 0"; fail=1; }
# summoning a chargé d'affaires (the tagger's head "d'affaires") is 110
want "summons the chargé d'affaires: 110" '"doc":"chargedaffaires"' '"source":"IRN[A-Z]*"' '"target":"GBR[A-Z]*"' '"code":"110"'
# dialogue suspended: talks broken off (164), not a ceasefire (0871)
want "suspends dialogue: 164" '"doc":"suspendsdialogue"' '"source":"COL[A-Z]*"' '"target":"COL[A-Z]*"' '"code":"164"'
# a lead's subject parsed as an apposition of the opening day is the
# verb's subject: the Prime Minister condemns (111)
want "On Monday, X, the PM, condemned: X's criticism" '"doc":"dayappos"' '"source":"MARGOV"' '"code":"111"'
# "agreed to add X but did not accede": the tensed conjunct is the main
# verb's, its subject Lam's; not acceding is a refusal to yield (12x)
want "agreed to V but did not accede: a refusal" '"doc":"didnotaccede"' '"source":"HKG[A-Z]*"' '"code":"12[0-9]*"'
# "X, the <title> of <country>, <verb>": the description the parser hangs
# on the verb (or makes the root) is X's apposition, X the subject, and X
# that country's agent (a tagged-adjective title too: "the chief executive")
want "X, the Governor General of Canada, criticized: CANGOV" '"doc":"descappos"' '"source":"CANGOV"' '"target":"CHN"' '"code":"111"'
want "X, the chief executive of Hong Kong, criticized: HKGGOV" '"doc":"descadj"' '"source":"HKGGOV"' '"target":"TWN"' '"code":"111"'
# a request issued is an appeal (020), not ISSUE's intent (030)
want "issued a request: 020" '"doc":"issuerequest"' '"source":"USALEG"' '"target":"USAGOV"' '"code":"020"'
# holding an election (done) is no event: not HOLD ELECTION's intent 0341
count "held elections" '"doc":"held\(election\|primaries\)"' 0
# a tenseless clause a verb of saying reports ("'X will do Y,' Z said")
# is an intention stated when it is said: the episode's day (Thursday),
# not the story date
want "quoted 'will' under said: the episode's day" '"doc":"saidwill"' '"sentence":2' '"code":"03[0-9]*"' '"date":"2021-11-04"'
# "a drone ... that targeted the X Airport in Tel Aviv": the finer place
# right before "in" the chosen place is what the phrase locates, named as
# written, wherever the parse hangs "in Tel Aviv"
want "X Airport in Tel Aviv: the airport" '"doc":"airportin"' '"code":"19[0-9]*"' '"name":"Ben Gurion International Airport"' '"country":"IL"'
# a crowd that demonstrates "to protest against X" is one protest: the
# demonstration (141) with the opponent the protest names, no second 140
want "demonstrate to protest against X: one 141 against X" '"doc":"oneprotest"' '"source":"KOR[A-Z]*"' '"target":"KORGOV"' '"code":"141"'
count "demonstrate to protest" '"doc":"oneprotest"' 1
# a plan at home, addressed to the doer's own country by the place alone,
# is no intent toward another party (no bare 030 GHALEG -> GHA)
count "a bill prepared at home" '"doc":"homeplan"' 0
# violence a later sentence reports someone saying, between the same two
# countries as the story's earlier violence, is that violence retold: one
# event, supported by both sentences
want "says its forces were targeting: the strike retold" '"doc":"saidtarget"' '"sentences":\[1,2\]' '"source":"RUS"' '"code":"19[0-9]*"' '"target":"UKR[A-Z]*"'
n=$(grep '"doc":"saidtarget"' "$out" | grep -c '"root":"19"')
[ "$n" -eq 1 ] || { echo "says its forces were targeting: $n violent events, want 1"; fail=1; }
# what an "if" clause supposes is no act: Togo expels no one (the threat
# of the main clause stays)
n=$(grep '"doc":"ifsupposed"' "$out" | grep -c '"source":"TGO')
[ "$n" -eq 0 ] || { echo "an act an if clause supposes: $n events by Togo, want 0"; fail=1; }
want "if clause: the main clause's threat stays" '"doc":"ifsupposed"' '"source":"GHA[A-Z]*"' '"code":"13[0-9]*"'
# pressuring X to act asks the act of X: not done by X (no 0874 by Uganda),
# an appeal (02x) by the one who presses
n=$(grep '"doc":"pressures"' "$out" | grep -c '"source":"UGA')
[ "$n" -eq 0 ] || { echo "pressured to withdraw: $n acts by Uganda, want 0"; fail=1; }
want "pressures X to withdraw: an appeal" '"doc":"pressures"' '"source":"KEN"' '"code":"02[0-9]*"' '"target":"UGA"'
# a passive participle describing the victims an object names says what
# befell them before: no abduction (181); in the subject it is the news
n=$(grep '"doc":"victimpast"' "$out" | grep -c '"code":"18')
[ "$n" -eq 0 ] || { echo "victims described by a past abduction: $n events, want 0"; fail=1; }
want "the bodies of farmers killed on Monday are recovered: the killing" '"doc":"victimsubj"' '"code":"19[0-9]*"' '"target":"GHA[A-Z]*"'
# the bare yielding (080) of a YIELD verb's other sense ("disconnect from
# the grid") is no event even with someone named on the other side
count "disconnect from a grid" '"doc":"bare080"' 0
# an explosion with no weapon, no attack and no one harmed is no violence;
# nor is harm a participle tells of a fire, its clause's subject; a bomb
# exploding stays a bombing
count "an explosion or fire with no weapon" '"doc":"\(depotexplosion\|firespreads\)"' 0
want "a bomb explodes: a bombing" '"doc":"bombexplodes"' '"code":"183"' '"target":"NGA[A-Z]*"'
# a bare intent joint doers agree on is each one's to the other, not to the
# country the talks are held in
want "agree to continue, joint: one way" '"doc":"jointagree"' '"source":"EGY"' '"code":"030"' '"target":"ETH"'
want "agree to continue, joint: the other way" '"doc":"jointagree"' '"source":"ETH"' '"code":"030"' '"target":"EGY"'
n=$(grep '"doc":"jointagree"' "$out" | grep -c '"target":"SDN')
[ "$n" -eq 0 ] || { echo "agree to continue: $n events addressed to the host, want 0"; fail=1; }
# the place an agreement is signed in is no party to it: Ethiopia and
# Eritrea sign with each other, not with Qatar
want "signed in a city: one way" '"doc":"signedin"' '"source":"ETH"' '"code":"057"' '"target":"ERI"'
want "signed in a city: the other way" '"doc":"signedin"' '"source":"ERI"' '"code":"057"' '"target":"ETH"'
n=$(grep '"doc":"signedin"' "$out" | grep -c '"\(source\|target\)":"QAT')
[ "$n" -eq 0 ] || { echo "signed in Doha: $n events with Qatar, want 0"; fail=1; }
# failing to do something is no refusal (no 12x)
count "fails to secure" '"doc":"failsto"' 0
# a ship seized by a navy is property confiscated (1711), not ground
# occupied (192, the APPREHEND group's "&MILITARY *")
want "navy seizes tankers: 1711" '"doc":"seizetanker"' '"source":"IRNMIL"' '"code":"1711"'
# sanctions expanded or tightened are sanctions imposed (163), not
# EXPAND's 060
want "expanded sanctions: 163" '"doc":"expandsanctions"' '"source":"IGOEUREEC"' '"target":"BLR"' '"code":"163"'
want "tightens sanctions: 163" '"doc":"tightensanctions"' '"source":"IGOEUREEC"' '"target":"RUS"' '"code":"163"'
# a building destroyed or razed is property destroyed (1712), not the
# bare verb's conventional force (190)
want "forces destroy a hospital: 1712" '"doc":"destroyhospital"' '"source":"ISR[A-Z]*"' '"code":"1712"'
want "troops raze properties: 1712" '"doc":"razeproperty"' '"source":"ISR[A-Z]*"' '"code":"1712"'
# a video released is published (01), not a hostage freed (0841)
n=$(grep '"doc":"releasevideo"' "$out" | grep -c '"code":"08')
[ "$n" -eq 0 ] || { echo "releases a video showing a hostage: $n releases, want 0"; fail=1; }
# "when" (tagged an adverb) opens a clause that needs a finite verb of
# its own: "strikes" after "device" is that verb, the bombing (183) of the
# device its subject, not the noun "device strikes" (190)
want "killed when a device strikes: 183" '"doc":"whenclause"' '"target":"AFGMIL"' '"code":"183"'
# an act under an announced verb of aspect ("will start sharing") is
# announced with it: the intent (0314), not the sharing done (064)
want "will start sharing: intent 0314" '"doc":"willstart"' '"source":"GBR"' '"target":"KEN"' '"code":"0314"'
# "declares X a national emergency": the indefinite predicate the parser
# hangs on the object with no preposition says what is declared -- a state
# of emergency (1724)
want "declares X a national emergency: 1724" '"doc":"declareemergency"' '"source":"KENGOV"' '"code":"1724"'
# "assault" done to a person (here the main clause's subject, "after being
# assaulted") is a physical assault (182); ground assaulted stays 190
want "hospitalized after being assaulted: 182" '"doc":"assaultperson"' '"source":"KENCOP"' '"code":"182"'
want "assaulted the town: 190" '"doc":"assaulttown"' '"source":"CODREB"' '"code":"190"'
# event nouns: a demolition is property destroyed (1712), a detention an
# arrest (173)
want "the Israeli demolition of homes: 1712" '"doc":"demolitionnoun"' '"source":"ISR"' '"code":"1712"'
want "the government's detention of figures: 173" '"doc":"detentionnoun"' '"source":"TUR[A-Z]*"' '"code":"173"'
# an arrest is 173, not APPREHEND's "* &INFORMATION" (090) reaching the
# purpose clause ("to gather sensitive information")
want "arrests ... to gather information: 173" '"doc":"arrestinfo"' '"source":"RUS"' '"code":"173"'
# "the Armenian–Georgian Treaty": two adjectives joined by a dash with no
# space are one modifier of "Treaty", the signed object (not "Armenian"
# as the object and the dash a colon): the conjoined signers sign with
# each other (057 both ways)
want "sign the X–Y Treaty: signers on each other" '"doc":"dashadj"' '"source":"ARMGOV"' '"target":"GEOGOV"' '"code":"057"'
# "Fighters from Chad kill ...", "Three members of the Parliament of Peru
# resign": a plural noun and the prepositional phrases on it are the
# subject, so the base form after the singular name ending them is the
# present tense (VBP), not a noun compounded with the name
want "plural N from X kill: the fighters kill" '"doc":"pluralpp"' '"source":"TCD[A-Z]*"' '"target":"NER[A-Z]*"' '"code":"19[0-9]*"'
want "plural N of the X of Y resign: a resignation" '"doc":"pluralpp2"' '"source":"PERLEG"' '"code":"083[0-9]*"'
# "resigns in protest of X": leaving office is the act, the bare "in
# protest" only its reason -- a resignation (0831), not the verb
# dictionary's "resign in protest" (140); after a plural subject with its
# "of" phrases, "resign" is the verb
want "resigns in protest: a resignation" '"doc":"resignprotest"' '"source":"PERGOV"' '"code":"0831"'
want "N of the X of Y resign in protest: a resignation" '"doc":"resignprotest2"' '"source":"PERGOV"' '"code":"0831"'
# "announces the suspension of all flights", "orders the recall of its
# ambassador": the act a verb of announcing or ordering names is the
# announcer's, coded as the act's verb on the "of" noun would be (flights
# suspended 163, an ambassador recalled 161), not the announcement (010)
# nor a visit (042)
want "announces the suspension of flights: 163" '"doc":"announcedact"' '"source":"JPN"' '"target":"VEN"' '"code":"163"'
want "orders the recall of its ambassador: 161" '"doc":"orderedact"' '"source":"SWE"' '"target":"HUN[A-Z]*"' '"code":"161"'
# returning the dead ("returns the bodies of three soldiers") is a return
# (084), and a military base handed back (the codebook's returned
# property) 0842: the object rows of data/lexicon/event_nouns.tsv, as the
# verb dictionary's RETURN has none for either
want "returns the bodies of soldiers: 084" '"doc":"returnbodies"' '"source":"ISR"' '"target":"LBN[A-Z]*"' '"code":"084"'
want "returns its last base to the army: 0842" '"doc":"returnbase"' '"source":"GBRMIL"' '"target":"KENMIL"' '"code":"0842"'
# "gunmen kidnap 20 students": taking
# people is CAMEO 181 (abduct, take hostage), which the verb dictionary
# does not list; the bare stem after a subject is the present tense
want "gunmen kidnap students: 181" '"doc":"kidnap"' '"source":"NGA[A-Z]*"' '"target":"NGA[A-Z]*"' '"code":"181"'
# "rebels begin their advance into the town": the "into" phrase the parser
# hangs on "begin" (not on "advance") still says where the armed advance
# goes: a fight (190)
want "begin their advance into X: 190" '"doc":"advanceinto"' '"source":"[A-Z]*REB[A-Z]*"' '"code":"190"'
# a verb listed in two groups of the verb dictionary has the patterns of
# both: REOPEN sits in RE_ESTABLISH (no EMBASSY pattern) and in START,
# whose "* EMBASSY" is diplomatic recognition (054)
want "reopens its embassy: 054" '"doc":"reopenemb"' '"source":"CAN"' '"target":"IRN[A-Z]*"' '"code":"054"'
# "Congolese forces exchange fire with ...": the demonym comes out a noun,
# and the plural after it, a form of FORCE, is no verb when the word after
# it is a base form the verb dictionary knows (EXCHANGE, which the tagger's
# lexicon never saw as a verb) before its object: "exchange fire with" is
# the fight, 193 "* FIRE" in EXCHANGE, from the Congolese military
want "demonym N exchange fire with: 193" '"doc":"demonymsubj"' '"source":"COD[A-Z]*"' '"target":"RWA[A-Z]*"' '"code":"193"'
# "Egyptian Air Force jets launch airstrikes" with "jets" tagged a present
# tense and "launch" a noun: a plural the verb dictionary does not know
# before a bare noun it does is the subject's head, the bare form the verb
# (the Egyptian air force, EGYMIL, strikes from the air in Libya: 195)
want "X Air Force jets launch airstrikes: 195" '"doc":"jetslaunch"' '"source":"EGYMIL"' '"target":"LBY"' '"code":"195"'
# "are reported killed by X": the bare participle right after the passive
# reporting verb shares its passive subject, the killed (Kenyan soldiers,
# KENMIL, the target); the "by" agent is the doer (Al-Shabaab, SOMREB)
want "N are reported killed by X: X -> N" '"doc":"reportedkilled"' '"source":"SOMREB[A-Z]*"' '"target":"KENMIL"' '"code":"19[0-9]*"'
# "stabs and seriously injures" with "stabs" tagged a plural noun: a plural
# conjoined with a present tense (an adverb on the second verb between) is
# that verb's present tense when the verb dictionary knows it, so the man
# (Tunisian: TUNPPL) is its subject, not an unnamed French attacker
want "N stabs and seriously injures: N is the doer" '"doc":"stabsand"' '"source":"TUN[A-Z]*"' '"target":"FRA[A-Z]*"' '"code":"18[0-9]*"'
# "Hamza bin Laden": a name the story gives a person (before a name
# particle, after a title or a first name) is no place anywhere in the
# story ("the killing of Hamza"), so the hamlet of that name in Uzbekistan
# neither places the events nor codes the unnamed attacker's country
want "a person's name is no place: attacker" '"doc":"personsplace"' '"sentence":1' '"source":"USA[A-Z]*"' '"code":"190"'
want "a person's name is no place: later mention" '"doc":"personsplace"' '"sentence":2' '"source":"IRN"' '"country":"US"'
# "Vietnam War veterans", "an Iraq War veteran": a country's name inside
# a war's name (a capitalised "War" after it) is no actor, as one inside a
# sea's name is not; the veterans protesting in Paris are people of the
# place's country (FRA), not Vietnam's
want "a war's name is no actor" '"doc":"warname"' '"source":"FRA[A-Z]*"' '"target":"FRAGOV"' '"code":"14[0-9]*"'
# "announced his resignation shortly before midnight Wednesday night in
# a video broadcast to the U.S. embassy": a phrase headed by a time word
# ("night", "Wednesday") is a time adverbial, and what the parser hangs on
# it is no one the act is aimed at; the resignation stays the country's
# own (PER), dated Wednesday
want "a time adverbial offers no target" '"doc":"timeobl"' '"source":"PERGOV"' '"target":"PER"' '"code":"0831"' '"date":"2021-11-03"'
exit $fail
