namespace Steward.Data.Demo;

/// <summary>
/// Real UK code lists the demo data draws on: CPV 2008 codes (EU Regulation 213/2008, as Find a Tender uses them),
/// NUTS 2016 level-3 regions as Find a Tender publishes them (UK prefix), and the Procurement Act procedures with
/// their OCDS methods as Find a Tender maps them.
/// </summary>
internal static class DemoCatalogue
{
    public static readonly (string Code, string Description, string Category)[] Cpv =
    [
        ("85311000", "Social work services with accommodation", "services"),
        ("85312000", "Social work services without accommodation", "services"),
        ("85320000", "Social services", "services"),
        ("85311200", "Welfare services for the handicapped", "services"),
        ("80500000", "Training services", "services"),
        ("79410000", "Business and management consultancy services", "services"),
        ("72000000", "IT services: consulting, software development, Internet and support", "services"),
        ("72212000", "Programming services of application software", "services"),
        ("48000000", "Software package and information systems", "goods"),
        ("90910000", "Cleaning services", "services"),
        ("90511000", "Refuse collection services", "services"),
        ("77310000", "Planting and maintenance services of green areas", "services"),
        ("60130000", "Special-purpose road passenger-transport services", "services"),
        ("55523100", "School-meal services", "services"),
        ("45000000", "Construction work", "works"),
        ("45453000", "Overhaul and refurbishment work", "works"),
        ("45233140", "Roadworks", "works"),
        ("50700000", "Repair and maintenance services of building installations", "services"),
        ("71300000", "Engineering services", "services"),
        ("33100000", "Medical equipments", "goods"),
        ("33600000", "Pharmaceutical products", "goods"),
        ("30200000", "Computer equipment and supplies", "goods"),
        ("09310000", "Electricity", "goods"),
        ("34144900", "Electric vehicles", "goods"),
        ("98341000", "Accommodation services", "services"),
    ];

    public static readonly (string Code, string Name)[] Regions =
    [
        ("UKC21", "Northumberland"), ("UKD33", "Manchester"), ("UKD72", "Liverpool"), ("UKE42", "Leeds"), ("UKE32", "Sheffield"),
        ("UKF14", "Nottingham"), ("UKG31", "Birmingham"), ("UKH12", "Cambridgeshire CC"), ("UKI31", "Camden and City of London"),
        ("UKI44", "Lewisham and Southwark"), ("UKJ14", "Oxfordshire"), ("UKJ41", "Medway"), ("UKK11", "City of Bristol"),
        ("UKK43", "Devon CC"), ("UKL22", "Cardiff and Vale of Glamorgan"), ("UKL18", "Swansea"), ("UKM75", "City of Edinburgh"),
        ("UKM82", "Glasgow City"), ("UKN06", "Belfast"),
    ];

    /// <summary>Procedures: OCDS method, Find a Tender's procurementMethodDetails, whether it is competitive.</summary>
    public static readonly (string Method, string Details, bool Competitive)[] Procedures =
    [
        ("open", "Open procedure", true),
        ("open", "Open procedure", true),
        ("selective", "Competitive flexible procedure", true),
        ("open", "Below threshold - open competition", true),
        ("limited", "Below threshold - limited competition", true),
        ("selective", "Award under framework", true),
        ("direct", "Direct award", false),
    ];

    public static readonly string[] BuyerKinds =
    [
        "Borough Council", "County Council", "City Council", "District Council", "NHS Foundation Trust", "Integrated Care Board",
        "Combined Authority", "Fire and Rescue Authority", "University", "Department",
    ];

    public static readonly string[] Places =
    [
        "Northfield", "Eastmoor", "Westbrook", "Southdale", "Kingsford", "Riverton", "Ashby", "Hollins", "Marlow Vale", "Stoneham",
        "Fernhill", "Brookmere", "Oakridge", "Whitcombe", "Larkfield",
    ];

    public static readonly string[] SupplierWords =
    [
        "Care", "Community", "Digital", "Green", "Harbour", "Keystone", "Lantern", "Meridian", "Northern", "Pathway", "Quarry", "Ridge",
        "Summit", "Thrive", "Unity", "Valley", "Willow", "Anchor", "Beacon", "Compass",
    ];

    public static readonly (string Form, string Suffix)[] SupplierForms =
    [
        ("company", "Ltd"), ("company", "Ltd"), ("company", "Limited"), ("plc", "plc"), ("cic", "CIC"), ("charity", "Trust"), ("mutual", "Mutual"),
    ];
}
