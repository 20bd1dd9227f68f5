package ner

// Word lists written for this package: gazetteer features for the tagger
// and the rules that refine CoNLL types into news types. Entries are
// separated by "|" or newlines; multi-word entries are space-separated
// tokens as a tokenizer splits them.

const listCountries = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Herzegovina|Botswana|Brazil|Brunei|
Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|
Democratic Republic of Congo|Democratic Republic of the Congo|Republic of Congo|Costa Rica|Ivory Coast|Cote d'Ivoire|Croatia|Cuba|Cyprus|
Czech Republic|Czechia|Czechoslovakia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|
Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|
Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|
Jordan|Kazakhstan|Kenya|Kiribati|North Korea|South Korea|Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|
Liechtenstein|Lithuania|Luxembourg|Macedonia|North Macedonia|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|
Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|
New Zealand|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|
Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|
Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Trinidad|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|
United Arab Emirates|UAE|United Kingdom|U.K.|UK|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|
United States of America|U.S.|US|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|
Soviet Union|USSR|Yugoslavia|Zaire|Greenland|Puerto Rico|Hong Kong|Macau|Gaza|Gaza Strip|West Bank|Tibet|Chechnya|Kashmir|Kurdistan|Iraqi Kurdistan|
Western Sahara|Abkhazia|Transnistria|Somaliland|Crimea|Darfur|Flanders|Wallonia|Catalonia|Basque Country|Quebec|Ontario|Bavaria`

const listCities = `Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku|Manama|Dhaka|Minsk|Brussels|Antwerp|
La Paz|Sarajevo|Brasilia|Rio de Janeiro|Sao Paulo|Sofia|Phnom Penh|Yaounde|Ottawa|Toronto|Montreal|Vancouver|Santiago|Beijing|Shanghai|
Hong Kong|Guangzhou|Shenzhen|Bogota|Kinshasa|Zagreb|Havana|Nicosia|Prague|Copenhagen|Cairo|Alexandria|Addis Ababa|Helsinki|Paris|
Marseille|Lyon|Berlin|Bonn|Frankfurt|Munich|Hamburg|Cologne|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Bombay|Calcutta|
Kolkata|Madras|Chennai|Bangalore|Jakarta|Tehran|Baghdad|Basra|Mosul|Kirkuk|Erbil|Fallujah|Ramadi|Tikrit|Najaf|Karbala|Samarra|Dublin|
Jerusalem|Tel Aviv|Haifa|Rome|Milan|Naples|Turin|Florence|Venice|Kingston|Tokyo|Osaka|Kyoto|Amman|Astana|Almaty|Nairobi|Mombasa|
Pyongyang|Seoul|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Monrovia|Tripoli|Benghazi|Vilnius|Skopje|Kuala Lumpur|Bamako|
Mexico City|Chisinau|Ulan Bator|Ulaanbaatar|Rabat|Casablanca|Maputo|Yangon|Rangoon|Kathmandu|Amsterdam|The Hague|Rotterdam|Wellington|
Auckland|Managua|Niamey|Abuja|Lagos|Oslo|Muscat|Islamabad|Karachi|Lahore|Peshawar|Quetta|Panama City|Lima|Manila|Warsaw|Lisbon|
Doha|Bucharest|Moscow|St Petersburg|St. Petersburg|Kigali|Riyadh|Jeddah|Mecca|Medina|Dakar|Belgrade|Freetown|Mogadishu|Johannesburg|
Pretoria|Cape Town|Durban|Juba|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Geneva|Zurich|Bern|Berne|Damascus|Aleppo|Homs|Raqqa|Idlib|
Taipei|Dushanbe|Dar es Salaam|Bangkok|Lome|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kiev|Kyiv|Kharkiv|Donetsk|Luhansk|Odessa|Abu Dhabi|Dubai|
London|Manchester|Liverpool|Birmingham|Glasgow|Edinburgh|Belfast|Cardiff|Washington|New York|New York City|Los Angeles|Chicago|Houston|
Boston|Philadelphia|San Francisco|Miami|Atlanta|Dallas|Detroit|Seattle|Denver|Phoenix|Las Vegas|New Orleans|Montevideo|Tashkent|
Caracas|Hanoi|Ho Chi Minh City|Saigon|Sanaa|Aden|Lusaka|Harare|Gaza City|Ramallah|Hebron|Nablus|Kandahar|Herat|Jalalabad|Mazar-i-Sharif|
Aleppo|Sirte|Misrata|Tbilisi|Grozny|Sevastopol|Mariupol|Gothenburg|Lausanne|Strasbourg|Luxembourg|Monaco|Singapore|Mecca|Kolkata`

const listRegions = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Alberta|British Columbia|Manitoba|
Nova Scotia|Saskatchewan|Punjab|Sindh|Baluchistan|Balochistan|Waziristan|Kashmir|Xinjiang|Sichuan|Guangdong|Anbar|Nineveh|Diyala|
Salahuddin|Kurdistan|Helmand|Sinai|Galilee|Golan|Golan Heights|Negev|Ulster|Kent|Yorkshire|Lombardy|Sicily|Sardinia|Corsica|
Andalusia|Tuscany|Siberia|Kosovo|Chechnya|Dagestan|Ossetia|South Ossetia|Tigray|Oromia|Darfur|Kordofan|Punjab|Bengal|Kerala|Gujarat|
Tamil Nadu|Uttar Pradesh|Bihar|Assam|Mindanao|Aceh|Papua|Bali|Java|Sumatra|Borneo|Tasmania|Queensland|New South Wales|Victoria`

// Geographic areas that are not political units (LOC, not GPE).
const listGeoAreas = `Middle East|Near East|Far East|Europe|Asia|Africa|North America|South America|Latin America|Central America|
Antarctica|Arctic|Antarctic|Oceania|Scandinavia|Balkans|Caucasus|Sahara|Sahel|Gulf|Persian Gulf|Arabian Peninsula|Horn of Africa|
Mediterranean|Atlantic|Pacific|Indian Ocean|Red Sea|Black Sea|Caspian|Caspian Sea|Dead Sea|North Sea|Baltic|Baltic Sea|Aegean|Adriatic|
Tigris|Euphrates|Nile|Jordan River|Danube|Rhine|Amazon|Mississippi River|Himalayas|Alps|Andes|Rockies|Urals|Levant|Maghreb|
Southeast Asia|South Asia|Central Asia|East Asia|Western Europe|Eastern Europe|Central Europe|West Africa|East Africa|North Africa|
Sub-Saharan Africa|Southern Africa|Gulf of Aden|Gulf of Mexico|Strait of Hormuz|Suez Canal|Panama Canal|English Channel|Great Lakes|
Mount Everest|Kilimanjaro|Sinai Peninsula|Korean Peninsula|Crimean Peninsula|Iberian Peninsula|West|East`

// Head words of geographic features: "Tigris River", "Mount Sinjar".
const listGeoHeads = `river|sea|ocean|gulf|lake|mountain|mountains|mount|mt.|mt|bay|strait|straits|peninsula|desert|valley|island|
islands|canal|coast|plateau|basin|delta|highlands|hills|range|channel|cape|reef|glacier|volcano|falls|forest|plain|plains|heights`

// Facility head words: "Beiji refinery", "Baghdad International Airport".
const listFacHeads = `refinery|airport|airbase|air base|base|facility|bridge|dam|prison|jail|hospital|mosque|shrine|church|cathedral|
temple|synagogue|palace|stadium|checkpoint|crossing|border crossing|port|harbour|harbor|pipeline|plant|power plant|power station|
station|embassy|consulate|hotel|square|street|road|highway|avenue|tower|towers|building|center|centre|compound|camp|barracks|
tunnel|mine|oilfield|oil field|field|terminal|complex|school|academy|museum|market|mall|park|zoo|arena|library|monument|memorial`

// Nationalities, demonyms, religions and ethnic or sectarian groups (NORP).
const listNORP = `Afghan|Afghans|Albanian|Albanians|Algerian|Algerians|American|Americans|Angolan|Argentine|Argentinian|Armenian|Armenians|
Australian|Australians|Austrian|Austrians|Azerbaijani|Azeri|Azeris|Bahraini|Bangladeshi|Belarusian|Belgian|Belgians|Bolivian|Bosnian|
Bosnians|Brazilian|Brazilians|British|Briton|Britons|Bulgarian|Burmese|Burundian|Cambodian|Cameroonian|Canadian|Canadians|Chadian|
Chilean|Chinese|Colombian|Colombians|Congolese|Croat|Croats|Croatian|Cuban|Cubans|Cypriot|Czech|Czechs|Danish|Dane|Danes|Dutch|
Ecuadorean|Ecuadorian|Egyptian|Egyptians|Emirati|English|Eritrean|Estonian|Ethiopian|Ethiopians|European|Europeans|Filipino|Filipinos|
Finnish|Finn|Finns|French|Frenchman|Gabonese|Georgian|Georgians|German|Germans|Ghanaian|Greek|Greeks|Guatemalan|Guinean|Haitian|
Haitians|Honduran|Hungarian|Hungarians|Icelandic|Indian|Indians|Indonesian|Indonesians|Iranian|Iranians|Iraqi|Iraqis|Irish|Israeli|
Israelis|Italian|Italians|Ivorian|Jamaican|Japanese|Jordanian|Jordanians|Kazakh|Kenyan|Kenyans|Korean|Koreans|Kosovar|Kuwaiti|Kuwaitis|
Kyrgyz|Lao|Latvian|Lebanese|Liberian|Libyan|Libyans|Lithuanian|Macedonian|Malagasy|Malawian|Malaysian|Malian|Maltese|Mauritanian|
Mexican|Mexicans|Moldovan|Mongolian|Moroccan|Moroccans|Mozambican|Namibian|Nepalese|Nepali|New Zealander|Nicaraguan|Nigerian|Nigerians|
Nigerien|Norwegian|Norwegians|Omani|Pakistani|Pakistanis|Palestinian|Palestinians|Panamanian|Paraguayan|Peruvian|Polish|Pole|Poles|
Portuguese|Qatari|Romanian|Romanians|Russian|Russians|Rwandan|Rwandans|Salvadoran|Saudi|Saudis|Scottish|Scot|Scots|Senegalese|Serb|
Serbs|Serbian|Sierra Leonean|Singaporean|Slovak|Slovakian|Slovene|Slovenian|Somali|Somalis|South African|South Africans|South Korean|
North Korean|South Sudanese|Spanish|Spaniard|Spaniards|Sri Lankan|Sudanese|Swedish|Swede|Swedes|Swiss|Syrian|Syrians|Taiwanese|Tajik|
Tanzanian|Thai|Tibetan|Tibetans|Togolese|Tunisian|Turkish|Turk|Turks|Turkmen|Ugandan|Ukrainian|Ukrainians|Uruguayan|Uzbek|Uzbeks|
Venezuelan|Venezuelans|Vietnamese|Welsh|Yemeni|Yemenis|Zambian|Zimbabwean|Soviet|Soviets|Yugoslav|Western|Westerners|Asian|Asians|
African|Africans|Arab|Arabs|Arabic|Latino|Latinos|Hispanic|Persian|Persians|Kurd|Kurds|Kurdish|Pashtun|Pashtuns|Tajiks|Hazara|Hazaras|
Baloch|Baluch|Uighur|Uighurs|Uyghur|Uyghurs|Berber|Berbers|Tuareg|Tuaregs|Hutu|Hutus|Tutsi|Tutsis|Tamil|Tamils|Sinhalese|Sikh|Sikhs|
Hindu|Hindus|Muslim|Muslims|Moslem|Moslems|Islamic|Islamist|Islamists|Christian|Christians|Catholic|Catholics|Roman Catholic|Protestant|
Protestants|Orthodox|Evangelical|Evangelicals|Anglican|Jewish|Jew|Jews|Buddhist|Buddhists|Sunni|Sunnis|Shia|Shias|Shiite|Shiites|
Shi'ite|Shi'ites|Shi'a|Alawite|Alawites|Druze|Yazidi|Yazidis|Yezidi|Chaldean|Assyrian|Assyrians|Copt|Copts|Coptic|Maronite|Wahhabi|
Salafi|Salafist|Salafists|Sufi|Rohingya|Bedouin|Bedouins|Chechen|Chechens|Balkan|Caucasian|Slav|Slavs|Roma|Basque|Basques|Catalan|
Flemish|Walloon|Palestinian|Latin American|Middle Eastern|Gulf Arab|Republican|Republicans|Democrat|Democrats|Democratic`

// Common given names from many regions.
const listFirstNames = `James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Mark|Donald|
Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|Jonathan|
Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|Frank|Patrick|Raymond|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|
Nathan|Henry|Douglas|Zachary|Peter|Kyle|Walter|Ethan|Jeremy|Harold|Keith|Christian|Roger|Noah|Gerald|Carl|Terry|Sean|Austin|Arthur|
Lawrence|Jesse|Dylan|Bryan|Joe|Jordan|Billy|Bruce|Albert|Willie|Gabriel|Logan|Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|Vincent|Russell|
Elijah|Louis|Bobby|Philip|Johnny|Bill|Bob|Jim|Tom|Tony|Mike|Dave|Steve|Chris|Ben|Sam|Ted|Hillary|Barack|Nancy|Mitt|Newt|Rudy|Al|
Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Lisa|Nancy|Betty|Margaret|Sandra|Ashley|Kimberly|Emily|Donna|
Michelle|Carol|Amanda|Dorothy|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Angela|Shirley|Anna|Brenda|Pamela|
Emma|Nicole|Helen|Samantha|Katherine|Christine|Debra|Rachel|Carolyn|Janet|Catherine|Maria|Heather|Diane|Ruth|Julie|Olivia|Joyce|
Virginia|Victoria|Kelly|Lauren|Christina|Joan|Evelyn|Judith|Megan|Andrea|Cheryl|Hannah|Jacqueline|Martha|Gloria|Teresa|Ann|Sara|
Madison|Frances|Kathryn|Janice|Jean|Abigail|Alice|Judy|Sophia|Grace|Denise|Amber|Doris|Marilyn|Danielle|Beverly|Isabella|Theresa|
Diana|Natalie|Brittany|Charlotte|Marie|Kayla|Alexis|Lori|Jane|Anne|Susan|Condoleezza|Madeleine|Angela|Theresa|Hans|Klaus|Helmut|
Gerhard|Wolfgang|Jurgen|Juergen|Horst|Dieter|Werner|Manfred|Heinz|Karl|Friedrich|Angela|Ursula|Jacques|Jean|Pierre|Francois|Michel|
Alain|Philippe|Nicolas|Emmanuel|Laurent|Christophe|Olivier|Dominique|Marine|Ségolène|Segolene|Giuseppe|Giovanni|Silvio|Romano|Matteo|
Mario|Luigi|Marco|Francesco|Paolo|Carlos|Luis|Miguel|Antonio|Manuel|Francisco|Pedro|Jorge|Javier|Fernando|Ricardo|Alejandro|Diego|
Hugo|Evo|Nicolas|Felipe|Mariano|Pablo|Raul|Fidel|Luiz|Inacio|Dilma|Jair|Cristina|Vladimir|Boris|Dmitry|Dmitri|Sergei|Sergey|Mikhail|
Alexei|Alexey|Andrei|Andrey|Nikolai|Viktor|Victor|Yuri|Igor|Oleg|Ivan|Pavel|Yevgeny|Gennady|Anatoly|Leonid|Petro|Volodymyr|Yulia|
Arseniy|Lech|Donald|Jaroslaw|Vaclav|Viktor|Recep|Tayyip|Ahmet|Mehmet|Mustafa|Abdullah|Ahmed|Ahmad|Mohammed|Mohammad|Muhammad|Mohamed|
Mahmoud|Mahmud|Ali|Hassan|Hasan|Hussein|Husain|Hussain|Omar|Umar|Osama|Usama|Khalid|Khaled|Ibrahim|Ismail|Yousef|Yusuf|Youssef|
Abdul|Abdel|Abu|Abd|Saad|Saeed|Said|Salim|Salem|Tariq|Tarek|Walid|Waleed|Nasser|Jamal|Karim|Kareem|Rashid|Faisal|Fahd|Sultan|Hamad|
Hamid|Hamed|Majid|Bashar|Hafez|Moammar|Muammar|Saif|Yasser|Mahmoud|Ismail|Haider|Hayder|Ayad|Iyad|Jalal|Masoud|Massoud|Nechirvan|
Ibrahim|Fuad|Fouad|Adel|Adil|Amr|Hosni|Anwar|Gamal|Abdel|Fattah|Mohamed|Rached|Zine|Beji|Hasan|Hassan|Ruhollah|Akbar|
Mahmoud|Hassan|Javad|Mohsen|Qassem|Qasem|Ebrahim|Mir|Hossein|Hamid|Ashraf|Nawaz|Shehbaz|Imran|Benazir|Pervez|Asif|Zardari|Yousaf|
Narendra|Manmohan|Rahul|Sonia|Atal|Indira|Rajiv|Sheikh|Hamid|Ashraf|Karzai|Ghani|Benjamin|Ehud|Ariel|Shimon|Yitzhak|Moshe|Avigdor|
Tzipi|Naftali|Yair|Benny|Mahmoud|Ismail|Khaled|Yahya|Xi|Hu|Jiang|Wen|Li|Deng|Mao|Zhou|Kim|Shinzo|Junichiro|Yoshihide|Fumio|Park|
Moon|Lee|Roh|Thaksin|Yingluck|Prayuth|Joko|Susilo|Megawati|Rodrigo|Gloria|Benigno|Ferdinand|Corazon|Aung|San|Suu|Kyi|Nelson|
Thabo|Jacob|Cyril|Robert|Emmerson|Uhuru|Raila|Mwai|Yoweri|Paul|Goodluck|Muhammadu|Olusegun|Abiy|Meles|Isaias|Salva|Riek|Omar|
Joseph|Laurent|Felix|Jean-Pierre|Jean-Claude|Jean-Marie|Jean-Luc|Hamid|Tony|Gordon|Theresa|Boris|Keir|Rishi|Liz|Nicola|Alex|Jeremy|
Helmut|Gerhard|Olaf|Frank-Walter|Emmanuel|Francois|Nicolas|Mariano|Pedro|Matteo|Giorgia|Mark|Jens|Kofi|Ban|Antonio|Javier|Boutros|
Recep|Abdullah|Salman|Mohammed|Tamim|Sabah|Qaboos|Hamad|Khalifa|Zayed|Bandar|Turki|Nayef|Saud|Talal|Ayman|Abu Bakr|Anwar|Hafiz|Mullah|
Ammar|Jalal|Fuad|Barham|Kofi|Hans|Lars|Anders|Nils|Sven|Olof|Erik|Jan|Pieter|Willem|Dirk|Jens|Jorgen|Martin|Simon|Neil|
Ian|Colin|Graham|Nigel|Alastair|Malcolm|Hugh|Rupert|Clive|Trevor|Derek|Gordon|Stuart|Kenneth|Ross|Craig|Gavin|Duncan|Wim|Jos|Frans|Marc|Luc|Guy|
Andre|Rene|Yves|Bernard|Gilles|Thierry|Patrice|Didier|Zinedine|Roberto|Fabio|Gianluca|Alessandro|Andrea|Sergio|Ernesto|Gustavo|Oscar|
Ruben|Rafael|Sebastian|Ivan|Goran|Zoran|Slobodan|Radovan|Ratko|Franjo|Alija|Milorad|Aleksandar|Janez|Milo|Edi|Sali|Ilir|Nursultan|
Fatima|Fatma|Leila|Layla|Laila|Aisha|Ayesha|Zainab|Zeinab|Maryam|Mariam|Noor|Nour|Amina|Amira|Yasmin|Yasmine|Rania|Huda|Hana|Samira|
Olga|Natalia|Natalya|Svetlana|Elena|Yelena|Irina|Tatiana|Tatyana|Ludmila|Galina|Marina|Oksana|Ines|Lucia|Carmen|Isabel|Sofia|Giulia|
Chiara|Francesca|Ingrid|Astrid|Birgit|Petra|Monika|Sabine|Claudia|Anja|Katarina|Priya|Sunita|Anita|Kavita|Pooja|Mei|Ling|Yuki|Keiko|
Islam|Emomali|Kassym-Jomart|Shavkat|Saparmurat|Gurbanguly|Ilham|Heydar|Serzh|Nikol|Eduard|Mikheil|Zurab|Levan|Ramzan|Akhmad|Dzhokhar`

// Titles, ranks and roles that precede a person's name and stay out of
// the person's span.
const listTitles = `President|Vice President|Prime Minister|Deputy Prime Minister|Minister|Foreign Minister|Defence Minister|Defense Minister|
Interior Minister|Finance Minister|Secretary|Secretary of State|Secretary-General|Secretary General|Defense Secretary|Defence Secretary|
Foreign Secretary|Home Secretary|Treasury Secretary|Chancellor|King|Queen|Prince|Princess|Crown Prince|Emir|Sheikh|Shaikh|Sultan|
Pope|Cardinal|Archbishop|Bishop|Rev.|Reverend|Father|Rabbi|Imam|Ayatollah|Grand Ayatollah|Mullah|Cleric|Sen.|Senator|Rep.|
Representative|Congressman|Congresswoman|Gov.|Governor|Lt. Gov.|Mayor|Judge|Justice|Chief Justice|Ambassador|Envoy|Gen.|General|
Lt. Gen.|Lieutenant General|Maj. Gen.|Major General|Brig. Gen.|Brigadier General|Brigadier|Col.|Colonel|Lt. Col.|Lieutenant Colonel|
Maj.|Major|Capt.|Captain|Lt.|Lieutenant|Sgt.|Sergeant|Staff Sgt.|Cpl.|Corporal|Pvt.|Private|Adm.|Admiral|Rear Adm.|Rear Admiral|
Vice Adm.|Vice Admiral|Cmdr.|Commander|Marshal|Field Marshal|Dr.|Doctor|Prof.|Professor|Mr.|Mrs.|Ms.|Miss|Mr|Mrs|Ms|Dr|Sir|Dame|
Lord|Lady|Baroness|Chairman|Chairwoman|Chair|Director|CEO|Chief Executive|spokesman|spokeswoman|spokesperson|Speaker|Premier|
Leader|Commissioner|Inspector|Detective|Officer|Chief|Coach|Dictator|Sheik|Haji|Hajji|Mufti|Grand Mufti|Patriarch|Deputy|Acting|Former|
former|late|Dear Leader|Supreme Leader|Chief of Staff|Attorney General|Prosecutor|Queen Mother`

// Head words of organisation names.
const listOrgHeads = `Ministry|Army|Agency|Party|Council|Front|Committee|Commission|Corp|Corp.|Corporation|Inc|Inc.|Ltd|Ltd.|Co|Co.|plc|
PLC|AG|SA|NV|GmbH|LLC|Group|Bank|Association|Union|Organisation|Organization|Institute|University|College|Department|Office|Bureau|
Court|Assembly|Parliament|Congress|Senate|Federation|League|Club|Brigade|Brigades|Battalion|Movement|Forces|Force|Guard|Guards|Police|
News|Times|Post|Journal|Herald|Tribune|Airlines|Airways|Company|Authority|Service|Services|Fund|Foundation|Network|Alliance|Coalition|
Society|Trust|Board|Cabinet|Government|Administration|Secretariat|Mission|Command|Navy|Corps|Militia|Army|Regiment|Division|Unit|
Holdings|Industries|Motors|Bancorp|Securities|Partners|Capital|Exchange|Systems|Technologies|Communications|Energy|Petroleum|Oil|
Gas|Telecom|Media|Press|Television|TV|Radio|Broadcasting|Channel|Hospital|School|Academy|Church|Tribunal|Directorate|Caucus|Bloc|
Brotherhood|Jihad|Legion|Hezbollah|Taliban|Committee|Ministry|Cartel|Syndicate|Institution|Centre|Center|Laboratory|Labs|Team|FC`

// Well-known organisations in international news.
const listOrgs = `United Nations|UN|U.N.|NATO|European Union|EU|E.U.|African Union|Arab League|OPEC|World Bank|IMF|
International Monetary Fund|World Health Organization|WHO|UNICEF|UNHCR|Red Cross|Red Crescent|International Committee of the Red Cross|
ICRC|Amnesty International|Human Rights Watch|Doctors Without Borders|MSF|Reuters|Associated Press|AP|AFP|Agence France-Presse|BBC|CNN|
Al Jazeera|Al-Jazeera|Al Arabiya|New York Times|Washington Post|Wall Street Journal|Pentagon|White House|Kremlin|CIA|FBI|NSA|KGB|FSB|
Mossad|Hamas|Hezbollah|Hizbollah|Taliban|al-Qaida|al-Qaeda|Al Qaeda|Al-Qaeda|al Qaeda|Islamic State|ISIS|ISIL|IS|Boko Haram|
al-Shabab|Al-Shabaab|Muslim Brotherhood|PKK|PLO|Fatah|IRA|ETA|FARC|Kurdistan Workers Party|Peshmerga|Congress|Senate|Parliament|
Security Council|UN Security Council|State Department|Defense Department|Defence Ministry|Pentagon|Supreme Court|Federal Reserve|
European Commission|European Parliament|Bundesbank|Interpol|Europol|WTO|World Trade Organization|G7|G8|G20|ASEAN|OSCE|IAEA|
International Atomic Energy Agency|International Criminal Court|ICC|Democratic Party|Republican Party|Labour Party|Conservative Party|
Communist Party|Free Syrian Army|Syrian Democratic Forces|Houthis|Ansar Allah|Badr Organization|Jabhat al-Nusra|Nusra Front`
