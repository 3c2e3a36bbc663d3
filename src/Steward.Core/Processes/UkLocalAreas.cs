namespace Steward.Core.Processes;

/// <summary>
/// The UK's third-level areas in words: the 179 of ITL 2021 (ONS, "International Territorial Levels", 2021), which kept
/// NUTS 2021's areas and codes with a TL prefix; the two Dorset codes NUTS 2021 replaced; and the third-level codes of
/// NUTS 2010 and 2013 that later versions dropped without reusing, which notices published under those versions carry.
/// Names are Eurostat's labels ("Devon CC" is the county council's area, without Plymouth and Torbay). A retired code
/// says which version it belongs to. NUTS 2010 codes that NUTS 2013 gave to other areas (UKG36, UKG37) read as the later
/// areas. ITL 2025's new third-level codes are not here; they read by their second-level area (<see cref="UkAreas"/>).
/// </summary>
public static class UkLocalAreas
{
    private static readonly (string Code, string Name)[] Areas =
    [
        // North East (England)
        ("UKC11", "Hartlepool and Stockton-on-Tees"),
        ("UKC12", "South Teesside"),
        ("UKC13", "Darlington"),
        ("UKC14", "Durham CC"),
        ("UKC21", "Northumberland"),
        ("UKC22", "Tyneside"),
        ("UKC23", "Sunderland"),

        // North West (England)
        ("UKD11", "West Cumbria"),
        ("UKD12", "East Cumbria"),
        ("UKD33", "Manchester"),
        ("UKD34", "Greater Manchester South West"),
        ("UKD35", "Greater Manchester South East"),
        ("UKD36", "Greater Manchester North West"),
        ("UKD37", "Greater Manchester North East"),
        ("UKD41", "Blackburn with Darwen"),
        ("UKD42", "Blackpool"),
        ("UKD44", "Lancaster and Wyre"),
        ("UKD45", "Mid Lancashire"),
        ("UKD46", "East Lancashire"),
        ("UKD47", "Chorley and West Lancashire"),
        ("UKD61", "Warrington"),
        ("UKD62", "Cheshire East"),
        ("UKD63", "Cheshire West and Chester"),
        ("UKD71", "East Merseyside"),
        ("UKD72", "Liverpool"),
        ("UKD73", "Sefton"),
        ("UKD74", "Wirral"),

        // Yorkshire and The Humber
        ("UKE11", "Kingston upon Hull, City of"),
        ("UKE12", "East Riding of Yorkshire"),
        ("UKE13", "North and North East Lincolnshire"),
        ("UKE21", "York"),
        ("UKE22", "North Yorkshire CC"),
        ("UKE31", "Barnsley, Doncaster and Rotherham"),
        ("UKE32", "Sheffield"),
        ("UKE41", "Bradford"),
        ("UKE42", "Leeds"),
        ("UKE44", "Calderdale and Kirklees"),
        ("UKE45", "Wakefield"),

        // East Midlands (England)
        ("UKF11", "Derby"),
        ("UKF12", "East Derbyshire"),
        ("UKF13", "South and West Derbyshire"),
        ("UKF14", "Nottingham"),
        ("UKF15", "North Nottinghamshire"),
        ("UKF16", "South Nottinghamshire"),
        ("UKF21", "Leicester"),
        ("UKF22", "Leicestershire CC and Rutland"),
        ("UKF24", "West Northamptonshire"),
        ("UKF25", "North Northamptonshire"),
        ("UKF30", "Lincolnshire"),

        // West Midlands (England)
        ("UKG11", "Herefordshire, County of"),
        ("UKG12", "Worcestershire"),
        ("UKG13", "Warwickshire"),
        ("UKG21", "Telford and Wrekin"),
        ("UKG22", "Shropshire CC"),
        ("UKG23", "Stoke-on-Trent"),
        ("UKG24", "Staffordshire CC"),
        ("UKG31", "Birmingham"),
        ("UKG32", "Solihull"),
        ("UKG33", "Coventry"),
        ("UKG36", "Dudley"),
        ("UKG37", "Sandwell"),
        ("UKG38", "Walsall"),
        ("UKG39", "Wolverhampton"),

        // East of England
        ("UKH11", "Peterborough"),
        ("UKH12", "Cambridgeshire CC"),
        ("UKH14", "Suffolk"),
        ("UKH15", "Norwich and East Norfolk"),
        ("UKH16", "North and West Norfolk"),
        ("UKH17", "Breckland and South Norfolk"),
        ("UKH21", "Luton"),
        ("UKH23", "Hertfordshire"),
        ("UKH24", "Bedford"),
        ("UKH25", "Central Bedfordshire"),
        ("UKH31", "Southend-on-Sea"),
        ("UKH32", "Thurrock"),
        ("UKH34", "Essex Haven Gateway"),
        ("UKH35", "West Essex"),
        ("UKH36", "Heart of Essex"),
        ("UKH37", "Essex Thames Gateway"),

        // London
        ("UKI31", "Camden and City of London"),
        ("UKI32", "Westminster"),
        ("UKI33", "Kensington & Chelsea and Hammersmith & Fulham"),
        ("UKI34", "Wandsworth"),
        ("UKI41", "Hackney and Newham"),
        ("UKI42", "Tower Hamlets"),
        ("UKI43", "Haringey and Islington"),
        ("UKI44", "Lewisham and Southwark"),
        ("UKI45", "Lambeth"),
        ("UKI51", "Bexley and Greenwich"),
        ("UKI52", "Barking & Dagenham and Havering"),
        ("UKI53", "Redbridge and Waltham Forest"),
        ("UKI54", "Enfield"),
        ("UKI61", "Bromley"),
        ("UKI62", "Croydon"),
        ("UKI63", "Merton, Kingston upon Thames and Sutton"),
        ("UKI71", "Barnet"),
        ("UKI72", "Brent"),
        ("UKI73", "Ealing"),
        ("UKI74", "Harrow and Hillingdon"),
        ("UKI75", "Hounslow and Richmond upon Thames"),

        // South East (England)
        ("UKJ11", "Berkshire"),
        ("UKJ12", "Milton Keynes"),
        ("UKJ13", "Buckinghamshire CC"),
        ("UKJ14", "Oxfordshire"),
        ("UKJ21", "Brighton and Hove"),
        ("UKJ22", "East Sussex CC"),
        ("UKJ25", "West Surrey"),
        ("UKJ26", "East Surrey"),
        ("UKJ27", "West Sussex (South West)"),
        ("UKJ28", "West Sussex (North East)"),
        ("UKJ31", "Portsmouth"),
        ("UKJ32", "Southampton"),
        ("UKJ34", "Isle of Wight"),
        ("UKJ35", "South Hampshire"),
        ("UKJ36", "Central Hampshire"),
        ("UKJ37", "North Hampshire"),
        ("UKJ41", "Medway"),
        ("UKJ43", "Kent Thames Gateway"),
        ("UKJ44", "East Kent"),
        ("UKJ45", "Mid Kent"),
        ("UKJ46", "West Kent"),

        // South West (England)
        ("UKK11", "Bristol, City of"),
        ("UKK12", "Bath and North East Somerset, North Somerset and South Gloucestershire"),
        ("UKK13", "Gloucestershire"),
        ("UKK14", "Swindon"),
        ("UKK15", "Wiltshire CC"),
        ("UKK23", "Somerset"),
        ("UKK24", "Bournemouth, Christchurch and Poole"),
        ("UKK25", "Dorset"),
        ("UKK30", "Cornwall and Isles of Scilly"),
        ("UKK41", "Plymouth"),
        ("UKK42", "Torbay"),
        ("UKK43", "Devon CC"),

        // Wales
        ("UKL11", "Isle of Anglesey"),
        ("UKL12", "Gwynedd"),
        ("UKL13", "Conwy and Denbighshire"),
        ("UKL14", "South West Wales"),
        ("UKL15", "Central Valleys"),
        ("UKL16", "Gwent Valleys"),
        ("UKL17", "Bridgend and Neath Port Talbot"),
        ("UKL18", "Swansea"),
        ("UKL21", "Monmouthshire and Newport"),
        ("UKL22", "Cardiff and Vale of Glamorgan"),
        ("UKL23", "Flintshire and Wrexham"),
        ("UKL24", "Powys"),

        // Scotland
        ("UKM50", "Aberdeen City and Aberdeenshire"),
        ("UKM61", "Caithness & Sutherland and Ross & Cromarty"),
        ("UKM62", "Inverness & Nairn and Moray, Badenoch & Strathspey"),
        ("UKM63", "Lochaber, Skye & Lochalsh, Arran & Cumbrae and Argyll & Bute"),
        ("UKM64", "Na h-Eileanan Siar (Western Isles)"),
        ("UKM65", "Orkney Islands"),
        ("UKM66", "Shetland Islands"),
        ("UKM71", "Angus and Dundee City"),
        ("UKM72", "Clackmannanshire and Fife"),
        ("UKM73", "East Lothian and Midlothian"),
        ("UKM75", "Edinburgh, City of"),
        ("UKM76", "Falkirk"),
        ("UKM77", "Perth & Kinross and Stirling"),
        ("UKM78", "West Lothian"),
        ("UKM81", "East Dunbartonshire, West Dunbartonshire and Helensburgh & Lomond"),
        ("UKM82", "Glasgow City"),
        ("UKM83", "Inverclyde, East Renfrewshire and Renfrewshire"),
        ("UKM84", "North Lanarkshire"),
        ("UKM91", "Scottish Borders"),
        ("UKM92", "Dumfries & Galloway"),
        ("UKM93", "East Ayrshire and North Ayrshire mainland"),
        ("UKM94", "South Ayrshire"),
        ("UKM95", "South Lanarkshire"),

        // Northern Ireland
        ("UKN06", "Belfast"),
        ("UKN07", "Armagh City, Banbridge and Craigavon"),
        ("UKN08", "Newry, Mourne and Down"),
        ("UKN09", "Ards and North Down"),
        ("UKN0A", "Derry City and Strabane"),
        ("UKN0B", "Mid Ulster"),
        ("UKN0C", "Causeway Coast and Glens"),
        ("UKN0D", "Antrim and Newtownabbey"),
        ("UKN0E", "Lisburn and Castlereagh"),
        ("UKN0F", "Mid and East Antrim"),
        ("UKN0G", "Fermanagh and Omagh"),
    ];

    /// <summary>Codes later versions dropped without giving them to another area, with the last version that had them.</summary>
    private static readonly (string Code, string Name)[] Retired =
    [
        ("UKK21", "Bournemouth and Poole (NUTS 2016)"),
        ("UKK22", "Dorset CC (NUTS 2016)"),
        ("UKM21", "Angus and Dundee City (NUTS 2013)"),
        ("UKM22", "Clackmannanshire and Fife (NUTS 2013)"),
        ("UKM23", "East Lothian and Midlothian (NUTS 2013)"),
        ("UKM24", "Scottish Borders (NUTS 2013)"),
        ("UKM25", "Edinburgh, City of (NUTS 2013)"),
        ("UKM26", "Falkirk (NUTS 2013)"),
        ("UKM27", "Perth & Kinross and Stirling (NUTS 2013)"),
        ("UKM28", "West Lothian (NUTS 2013)"),
        ("UKM31", "East Dunbartonshire, West Dunbartonshire and Helensburgh & Lomond (NUTS 2013)"),
        ("UKM32", "Dumfries & Galloway (NUTS 2013)"),
        ("UKM33", "East Ayrshire and North Ayrshire mainland (NUTS 2013)"),
        ("UKM34", "Glasgow City (NUTS 2013)"),
        ("UKM35", "Inverclyde, East Renfrewshire and Renfrewshire (NUTS 2013)"),
        ("UKM36", "North Lanarkshire (NUTS 2013)"),
        ("UKM37", "South Ayrshire (NUTS 2013)"),
        ("UKM38", "South Lanarkshire (NUTS 2013)"),
        ("UKN01", "Belfast (NUTS 2013)"),
        ("UKN02", "Outer Belfast (NUTS 2013)"),
        ("UKN03", "East of Northern Ireland (NUTS 2013)"),
        ("UKN04", "North of Northern Ireland (NUTS 2013)"),
        ("UKN05", "West and South of Northern Ireland (NUTS 2013)"),
        ("UKD31", "Greater Manchester South (NUTS 2010)"),
        ("UKD32", "Greater Manchester North (NUTS 2010)"),
        ("UKD43", "Lancashire CC (NUTS 2010)"),
        ("UKF23", "Northamptonshire (NUTS 2010)"),
        ("UKH13", "Norfolk (NUTS 2010)"),
        ("UKH33", "Essex CC (NUTS 2010)"),
        ("UKI11", "Inner London – West (NUTS 2010)"),
        ("UKI12", "Inner London – East (NUTS 2010)"),
        ("UKI21", "Outer London – East and North East (NUTS 2010)"),
        ("UKI22", "Outer London – South (NUTS 2010)"),
        ("UKI23", "Outer London – West and North West (NUTS 2010)"),
        ("UKJ23", "Surrey (NUTS 2010)"),
        ("UKJ24", "West Sussex (NUTS 2010)"),
        ("UKJ33", "Hampshire CC (NUTS 2010)"),
        ("UKJ42", "Kent CC (NUTS 2010)"),
    ];

    private static readonly Dictionary<string, string> Names = Areas.Concat(Retired).ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);

    /// <summary>The current third-level areas (ITL 2021, as NUTS 2021), in code order within each region.</summary>
    public static IReadOnlyList<(string Code, string Name)> Current => Areas;

    /// <summary>Every code named here, current and retired.</summary>
    public static IEnumerable<string> Codes => Names.Keys;

    /// <summary>The area's name for a third-level code as NUTS writes it, upper case ("UKK43" → Devon CC), or null.</summary>
    internal static string? Name(string nuts) => Names.GetValueOrDefault(nuts);
}
