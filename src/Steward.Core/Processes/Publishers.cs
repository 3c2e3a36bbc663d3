namespace Steward.Core.Processes;

/// <summary>
/// Who published a process, from its OCID prefix (<c>ocds-</c> and six characters, registered with the Open
/// Contracting Partnership): the UK's publishers, Steward's own synthetic data, and the others a store may hold
/// (sample data from other countries). Figures and lists show UK publishers unless asked for all
/// (docs/indicators.md, "Publishers"). A prefix Steward does not know counts as the UK's unless its buyer's address
/// names another country (<see cref="IsOutsideUk"/>), so a new UK publisher is never silently left out.
/// </summary>
public static class Publishers
{
    /// <summary>Steward's demo data (not a registered prefix): synthetic, but modelled on UK publishing, so counted as UK.</summary>
    public const string Demo = "ocds-demo00";

    private static readonly Dictionary<string, (string Name, bool Uk)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ocds-h6vhtk"] = ("Find a Tender (Cabinet Office)", true),
        ["ocds-b5fd17"] = ("Contracts Finder (Cabinet Office)", true),
        ["ocds-kuma6s"] = ("Sell2Wales (Welsh Government)", true),
        ["ocds-r6ebe6"] = ("Public Contracts Scotland (Scottish Government)", true),
        [Demo] = ("Steward demo data (synthetic)", true),
        ["ocds-43qwtd"] = ("NSW eTendering (Australia)", false),
        ["ocds-07smqs"] = ("Secretaría de la Función Pública (Mexico)", false),
        ["ocds-03ad3f"] = ("Dirección Nacional de Contrataciones Públicas (Paraguay)", false),
    };

    /// <summary>The publisher prefix of an OCID (<c>ocds-b5fd17</c> of <c>ocds-b5fd17-…</c>), or the OCID's first part when it has no registered shape.</summary>
    public static string Prefix(string ocid)
    {
        ArgumentNullException.ThrowIfNull(ocid);
        return ocid.Length >= 11 && ocid.StartsWith("ocds-", StringComparison.OrdinalIgnoreCase)
            ? ocid[..11].ToLowerInvariant()
            : ocid.Split('-', 2)[0].ToLowerInvariant();
    }

    /// <summary>The publisher's name, or "publisher with OCID prefix …" when Steward does not know it.</summary>
    public static string Name(string prefix) =>
        Known.TryGetValue(prefix ?? string.Empty, out var known) ? known.Name : $"publisher with OCID prefix {prefix}";

    /// <summary>True for a UK publisher's prefix (and Steward's demo data).</summary>
    public static bool IsUk(string? prefix) => prefix is not null && Known.TryGetValue(prefix, out var known) && known.Uk;

    /// <summary>Country names and codes that mean the UK, lower case.</summary>
    private static readonly HashSet<string> UkCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "gb", "gbr", "uk", "united kingdom", "great britain", "england", "scotland", "wales", "northern ireland", "cymru",
        "united kingdom of great britain and northern ireland",
    };

    /// <summary>
    /// The process was published outside the UK: its prefix is a known publisher of another country, or a prefix
    /// Steward does not know whose buyer's address names a country that is not the UK.
    /// </summary>
    public static bool IsOutsideUk(string prefix, string? buyerCountry)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (Known.TryGetValue(prefix, out var known))
        {
            return !known.Uk;
        }

        return !string.IsNullOrWhiteSpace(buyerCountry) && !UkCountries.Contains(buyerCountry.Trim());
    }
}
