namespace Steward.Core.Processes;

/// <summary>
/// The 45 divisions of the Common Procurement Vocabulary (the first two digits of a CPV code), in words, as the
/// vocabulary names them (CPV 2008, Commission Regulation (EC) No 213/2008, Annex I; the UK kept CPV under the
/// Procurement Act 2023's regulations). Markets are CPV divisions, and a full code is described by its division
/// when no publisher gave it words.
/// </summary>
public static class CpvDivisions
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["03"] = "Agricultural, farming, fishing, forestry and related products",
        ["09"] = "Petroleum products, fuel, electricity and other sources of energy",
        ["14"] = "Mining, basic metals and related products",
        ["15"] = "Food, beverages, tobacco and related products",
        ["16"] = "Agricultural machinery",
        ["18"] = "Clothing, footwear, luggage articles and accessories",
        ["19"] = "Leather and textile fabrics, plastic and rubber materials",
        ["22"] = "Printed matter and related products",
        ["24"] = "Chemical products",
        ["30"] = "Office and computing machinery, equipment and supplies except furniture and software packages",
        ["31"] = "Electrical machinery, apparatus, equipment and consumables; lighting",
        ["32"] = "Radio, television, communication, telecommunication and related equipment",
        ["33"] = "Medical equipments, pharmaceuticals and personal care products",
        ["34"] = "Transport equipment and auxiliary products to transportation",
        ["35"] = "Security, fire-fighting, police and defence equipment",
        ["37"] = "Musical instruments, sport goods, games, toys, handicraft, art materials and accessories",
        ["38"] = "Laboratory, optical and precision equipments (excl. glasses)",
        ["39"] = "Furniture (incl. office furniture), furnishings, domestic appliances (excl. lighting) and cleaning products",
        ["41"] = "Collected and purified water",
        ["42"] = "Industrial machinery",
        ["43"] = "Machinery for mining, quarrying, construction equipment",
        ["44"] = "Construction structures and materials; auxiliary products to construction (except electric apparatus)",
        ["45"] = "Construction work",
        ["48"] = "Software package and information systems",
        ["50"] = "Repair and maintenance services",
        ["51"] = "Installation services (except software)",
        ["55"] = "Hotel, restaurant and retail trade services",
        ["60"] = "Transport services (excl. waste transport)",
        ["63"] = "Supporting and auxiliary transport services; travel agencies services",
        ["64"] = "Postal and telecommunications services",
        ["65"] = "Public utilities",
        ["66"] = "Financial and insurance services",
        ["70"] = "Real estate services",
        ["71"] = "Architectural, construction, engineering and inspection services",
        ["72"] = "IT services: consulting, software development, Internet and support",
        ["73"] = "Research and development services and related consultancy services",
        ["75"] = "Administration, defence and social security services",
        ["76"] = "Services related to the oil and gas industry",
        ["77"] = "Agricultural, forestry, horticultural, aquacultural and apicultural services",
        ["79"] = "Business services: law, marketing, consulting, recruitment, printing and security",
        ["80"] = "Education and training services",
        ["85"] = "Health and social work services",
        ["90"] = "Sewage, refuse, cleaning and environmental services",
        ["92"] = "Recreational, cultural and sporting services",
        ["98"] = "Other community, social and personal services",
    };

    /// <summary>Every division, in code order.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } = [.. Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Key, n.Value))];

    /// <summary>The name of the division <paramref name="code"/> belongs to ("45210000" or "45" → "Construction work"), or null.</summary>
    public static string? Name(string? code)
    {
        if (code is null || code.Length < 2 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1]))
        {
            return null;
        }

        return Names.GetValueOrDefault(code[..2]);
    }

    /// <summary>
    /// A CPV code in words: a division ("45") by its name; a longer code by <paramref name="published"/>'s words for
    /// it when it has some (the words the store's publishers gave the code), else by its division, marked as such
    /// ("in Construction work"), since the vocabulary's 9,454 finer names are not shipped; null when unknown.
    /// </summary>
    public static string? Describe(string? code, IReadOnlyDictionary<string, string>? published = null)
    {
        var name = Name(code);
        var division = name is not null && code!.TrimEnd('0').Length <= 2 && code.Length <= 8;
        if (division)
        {
            return name;
        }

        if (code is not null && published is not null && published.TryGetValue(code, out var words))
        {
            return words;
        }

        return name is null ? null : $"in {name}";
    }
}
