using System.Text;

namespace Steward.Core.Processes;

/// <summary>
/// How a published party is recognised as the same organisation across processes: by a register identifier,
/// strongest first (GB-PPON, the Procurement Act's unique identifier; then Companies House, the charity registers,
/// …), and, for a party with no identifier at all, by its normalised name and postcode.
/// </summary>
public static class OrganisationKeys
{
    private static readonly string[] SchemePriority =
    [
        "GB-PPON", "GB-COH", "GB-CHC", "GB-SC", "GB-NIC", "GB-MPR", "GB-NHS", "GB-UKPRN", "GB-LAE", "GB-GOR", "GB-SRS", "GB-FTS",
    ];

    private static readonly string[] LegalSuffixes = [" limited", " ltd", " plc", " llp", " cic", " cio", " ltd."];

    /// <summary>The party's identifiers, strongest scheme first, then the rest by scheme.</summary>
    public static IReadOnlyList<OrganisationIdentifier> Ordered(PartyFacts party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return Ordered(party.Identifiers);
    }

    /// <summary>Identifiers strongest scheme first (as <see cref="Ordered(PartyFacts)"/>), e.g. for a supplier profile's.</summary>
    public static IReadOnlyList<OrganisationIdentifier> Ordered(IEnumerable<OrganisationIdentifier> identifiers) =>
        identifiers
            .OrderBy(i => Array.IndexOf(SchemePriority, i.Scheme) is var rank and >= 0 ? rank : SchemePriority.Length)
            .ThenBy(i => i.Scheme, StringComparer.Ordinal)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The key of a party without identifiers: <c>name:</c> and its normalised name, with <c>|</c> and its postcode
    /// when it has one; null without a name.
    /// </summary>
    public static string? NameKey(PartyFacts party)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (party.Name is not { } name || NormaliseName(name) is not { Length: > 0 } normalised)
        {
            return null;
        }

        var postcode = party.PostalCode?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return string.IsNullOrEmpty(postcode) ? $"name:{normalised}" : $"name:{normalised}|{postcode}";
    }

    /// <summary>Lower case, letters and digits only, single spaces, without a trailing legal form (Ltd, Limited, PLC…).</summary>
    public static string NormaliseName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal))
        {
            text.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var suffix in LegalSuffixes)
        {
            if (words.EndsWith(suffix, StringComparison.Ordinal))
            {
                return words[..^suffix.Length];
            }
        }

        return words;
    }
}
