using System.Text;

namespace Steward.Core.Processes;

/// <summary>
/// How a published party is recognised as the same organisation across processes and publishers
/// (docs/store.md, "One row per real organisation"): by a register identifier, strongest first (GB-PPON, the
/// Procurement Act's unique identifier; then Companies House, the charity registers, NHS ODS codes, local authority
/// codes, …); a party without one, by its normalised name, and for a supplier also its postcode. A publisher's own
/// party ids (<c>1</c>, <c>org-7</c>, <c>GB-CFS-123</c>, <c>GB-FTS-456</c>) are local to a release or a publisher
/// and never key an organisation.
/// </summary>
public static class OrganisationKeys
{
    private static readonly string[] SchemePriority =
    [
        "GB-PPON", "GB-COH", "GB-CHC", "GB-SC", "GB-NIC", "GB-MPR", "GB-NHS", "GB-UKPRN", "GB-LAE", "GB-LAS", "GB-PLA", "GB-GOR", "GB-EDU", "GB-CQC",
        "GB-SRS",
    ];

    /// <summary>
    /// Schemes that name a publisher's own account or party number rather than a register entry: Find a Tender's
    /// <c>GB-FTS</c> ids for parties it could not identify and Contracts Finder's <c>GB-CFS</c> party numbers.
    /// </summary>
    private static readonly HashSet<string> PublisherSchemes = new(StringComparer.OrdinalIgnoreCase) { "GB-FTS", "GB-CFS" };

    private static readonly string[] LegalSuffixes = [" limited", " ltd", " plc", " llp", " cic", " cio", " ltd."];

    /// <summary>Words that name kinds of public body found in many places under the same name (schools), whose key keeps the postcode district.</summary>
    private static readonly string[] RepeatedNames = ["school", "academy", "nursery", "primary", "infant", "junior"];

    /// <summary>The party's register identifiers (not a publisher's own ids), strongest scheme first, then the rest by scheme.</summary>
    public static IReadOnlyList<OrganisationIdentifier> Ordered(PartyFacts party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return Ordered(party.Identifiers);
    }

    /// <summary>Register identifiers strongest scheme first (as <see cref="Ordered(PartyFacts)"/>), e.g. for a supplier profile's.</summary>
    public static IReadOnlyList<OrganisationIdentifier> Ordered(IEnumerable<OrganisationIdentifier> identifiers) =>
        identifiers
            .Where(i => IsRegisterScheme(i.Scheme))
            .OrderBy(i => Rank(i.Scheme))
            .ThenBy(i => i.Scheme, StringComparer.Ordinal)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>False for schemes that are a publisher's own party numbering (GB-FTS, GB-CFS), which identify nothing across publishers.</summary>
    public static bool IsRegisterScheme(string scheme) => !string.IsNullOrWhiteSpace(scheme) && !PublisherSchemes.Contains(scheme);

    /// <summary>
    /// How strong an organisation id is as a key, lower first: a register identifier by its scheme's rank, then a
    /// name key. Where two records of one organisation meet, the stronger id names it.
    /// </summary>
    public static int Strength(string organisationId)
    {
        ArgumentNullException.ThrowIfNull(organisationId);
        if (organisationId.StartsWith("name:", StringComparison.Ordinal))
        {
            return SchemePriority.Length + 2;
        }

        var scheme = SchemePriority.FirstOrDefault(s => organisationId.StartsWith(s + "-", StringComparison.Ordinal));
        return scheme is null ? SchemePriority.Length : Array.IndexOf(SchemePriority, scheme);
    }

    /// <summary>
    /// The key of a party without register identifiers: <c>name:</c> and its normalised name, and for a supplier
    /// (<paramref name="publicBody"/> false) <c>|</c> and its postcode when it has one. A public body's key leaves the
    /// postcode out (a council publishes several addresses), except for names many places share (schools), which keep
    /// the postcode district. Null without a name.
    /// </summary>
    public static string? NameKey(PartyFacts party, bool publicBody = false)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (party.Name is not { } name || NormaliseName(name) is not { Length: > 0 } normalised)
        {
            return null;
        }

        var postcode = party.PostalCode?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (publicBody)
        {
            return RepeatedNames.Any(word => $" {normalised} ".Contains($" {word} ", StringComparison.Ordinal)) && Postcodes.District(party.PostalCode) is { } district
                ? $"name:{normalised}|{district}"
                : $"name:{normalised}";
        }

        return string.IsNullOrEmpty(postcode) ? $"name:{normalised}" : $"name:{normalised}|{postcode}";
    }

    /// <summary>
    /// Lower case, letters and digits only, single spaces, "&amp;" as "and", without a leading "the" or a trailing
    /// legal form (Ltd, Limited, PLC…).
    /// </summary>
    public static string NormaliseName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal)
                     .Replace("\u2019", string.Empty, StringComparison.Ordinal))
        {
            text.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.StartsWith("the ", StringComparison.Ordinal))
        {
            words = words[4..];
        }

        foreach (var suffix in LegalSuffixes)
        {
            if (words.EndsWith(suffix, StringComparison.Ordinal))
            {
                return words[..^suffix.Length];
            }
        }

        return words;
    }

    private static int Rank(string scheme) => Array.IndexOf(SchemePriority, scheme) is var rank and >= 0 ? rank : SchemePriority.Length;
}
