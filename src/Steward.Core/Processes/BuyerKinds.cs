namespace Steward.Core.Processes;

/// <summary>
/// One vocabulary of buyer types across publishers (docs/indicators.md, "Buyer types"): local authority, NHS body,
/// central government, devolved government, housing association, education, other. Publishers use several
/// vocabularies (UK_CA_TYPE, TED_CA_TYPE codes or their words, COFOG) and most buyers publish none, so a type is
/// read from the published classification where it decides the type, else from words in the buyer's name (a
/// documented list); each answer says which.
/// </summary>
public static class BuyerKinds
{
    public const string LocalAuthority = "localAuthority";
    public const string NhsBody = "nhsBody";
    public const string CentralGovernment = "centralGovernment";
    public const string Devolved = "devolved";
    public const string HousingAssociation = "housingAssociation";
    public const string Education = "education";
    public const string Other = "other";

    /// <summary>Every type, with the words pages show.</summary>
    public static IReadOnlyList<(string Kind, string Label)> All { get; } =
    [
        (LocalAuthority, "Local authority"), (NhsBody, "NHS body"), (CentralGovernment, "Central government"),
        (Devolved, "Devolved government"), (HousingAssociation, "Housing association"), (Education, "Education"), (Other, "Other"),
    ];

    /// <summary>Names that say which kind of body a buyer is, checked in this order (lower case, words as <see cref="OrganisationKeys.NormaliseName"/> leaves them).</summary>
    private static readonly (string Kind, string[] Phrases)[] NameRules =
    [
        (Devolved, ["welsh government", "llywodraeth cymru", "scottish government", "scottish ministers", "welsh ministers", "northern ireland executive",
            "senedd", "scottish parliament", "northern ireland assembly"]),
        (NhsBody, ["nhs", "health board", "integrated care board", "clinical commissioning group", "foundation trust", "hospital", "hospitals",
            "ambulance service", "health and social care trust", "care trust", "public health wales", "health service"]),
        (Education, ["university", "college", "school", "academy", "academies", "learning trust", "education trust", "sixth form", "nursery"]),
        (HousingAssociation, ["housing association", "housing trust", "housing group", "housing partnership", "housing society", "homes",
            "registered social landlord"]),
        (LocalAuthority, ["county council", "city council", "borough council", "district council", "parish council", "town council",
            "community council", "metropolitan borough", "london borough", "county borough", "combined authority", "city of london corporation",
            "greater london authority", "council"]),
        (CentralGovernment, ["ministry of", "department for", "department of", "cabinet office", "home office", "hm treasury", "hm revenue",
            "crown commercial service", "government commercial agency", "foreign commonwealth", "office for", "executive agency", "agency",
            "arts council", "research council", "homes england", "historic england", "natural england", "sport england", "highways england",
            "national highways", "environment agency"]),
    ];

    /// <summary>Names that contain a phrase above without being that kind of body (checked first; they fall through to the next rules).</summary>
    private static readonly (string Kind, string[] Phrases)[] NameExceptions =
    [
        (HousingAssociation, ["homes england"]),
        (LocalAuthority, ["arts council", "british council", "research council", "sports council", "sport council", "funding council", "design council",
            "privy council", "council for", "medical research council"]),
    ];

    /// <summary>The label pages show for a kind ("Local authority"), or the kind itself when unknown.</summary>
    public static string Label(string? kind) => kind is null ? "Unknown" : All.FirstOrDefault(k => k.Kind == kind).Label ?? kind;

    /// <summary>
    /// The buyer's type from its published classification (<paramref name="published"/>: UK_CA_TYPE or TED_CA_TYPE
    /// code or words), its activity (<paramref name="activity"/>: COFOG code or words), its name, and the
    /// first-level region it is in (to tell devolved bodies from UK ones); "other" when nothing decides it.
    /// </summary>
    public static BuyerKind Classify(string? published, string? activity, string? name, string? region)
    {
        var words = name is null ? string.Empty : $" {OrganisationKeys.NormaliseName(name)} ";
        var type = Words(published);
        var devolvedNation = region is "UKL" or "UKM" or "UKN";

        foreach (var (kind, phrases) in NameRules.Take(4))
        {
            if (Matches(words, kind, phrases) is { } phrase)
            {
                return new BuyerKind(kind, $"name contains \"{phrase}\"");
            }
        }

        if (type is "publicauthoritycentralgovernment" or "ministry" or "national agency" or "national or federal agency office" or "non departmental public body" ||
            type.StartsWith("ministry or any other national", StringComparison.Ordinal))
        {
            return devolvedNation
                ? new BuyerKind(Devolved, $"published type \"{published}\" for a body in {UkRegions.Name(region)}")
                : new BuyerKind(CentralGovernment, $"published type \"{published}\"");
        }

        if (type is "regional authority" or "regional or local authority")
        {
            return new BuyerKind(LocalAuthority, $"published type \"{published}\"");
        }

        if (type is "housing association" or "rsl" or "registered social landlord rsl" or "registered social landlord")
        {
            return new BuyerKind(HousingAssociation, $"published type \"{published}\"");
        }

        if (type is "higher education" or "education")
        {
            return new BuyerKind(Education, $"published type \"{published}\"");
        }

        foreach (var (kind, phrases) in NameRules.Skip(4))
        {
            if (Matches(words, kind, phrases) is { } phrase)
            {
                return kind == CentralGovernment && devolvedNation
                    ? new BuyerKind(Devolved, $"name contains \"{phrase}\", in {UkRegions.Name(region)}")
                    : new BuyerKind(kind, $"name contains \"{phrase}\"");
            }
        }

        return Words(activity) switch
        {
            "09" or "education" => new BuyerKind(Education, $"published activity \"{activity}\" (COFOG)"),
            "07" or "health" => new BuyerKind(NhsBody, $"published activity \"{activity}\" (COFOG)"),
            _ => new BuyerKind(Other, published is null ? "no published type, and no name rule applies" : $"published type \"{published}\" names no type of its own"),
        };
    }

    private static string? Matches(string words, string kind, string[] phrases)
    {
        if (NameExceptions.Where(e => e.Kind == kind).SelectMany(e => e.Phrases).Any(p => words.Contains($" {p} ", StringComparison.Ordinal)))
        {
            return null;
        }

        return phrases.FirstOrDefault(p => words.Contains($" {p} ", StringComparison.Ordinal));
    }

    private static string Words(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.ToLowerInvariant().Split([' ', '_', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A buyer's type in Steward's vocabulary (<see cref="BuyerKinds"/>) and what it was read from.</summary>
public sealed record BuyerKind(string Kind, string Source);
