using System.Globalization;

namespace Steward.Core.Suppliers;

/// <summary>
/// The CPV codes of light-touch services reservable for public service mutuals under PA 2023 s.33(1)(a) (Procurement
/// Regulations 2024 reg 42(2): Sch 1 Table 1 entries marked "R"). An entry is a code (it and every code below it in the
/// CPV tree) or a range <c>FROM-TO</c> of 8-digit codes.
/// </summary>
/// <remarks>
/// The default list is PCR 2015 reg 77's (Directive 2014/24 Annex XIV via Art 77), the likely basis of the "R" column,
/// which Steward's sources have not confirmed; health services have moved to the Provider Selection Regime (reg 43),
/// so buyers should check the 85xxxxxx range against Sch 1 before relying on it (docs/suppliers.md).
/// </remarks>
public sealed record ReservableServices(IReadOnlyList<string> Entries)
{
    /// <summary>The default list (see remarks).</summary>
    public static ReservableServices Default { get; } = new([
        "75121000", "75122000", "75123000", "79622000", "79624000", "79625000", "80110000", "80300000", "80420000",
        "80430000", "80511000", "80520000", "80590000", "85000000-85323000", "92500000", "92600000", "98133000", "98133110",
    ]);

    /// <summary>Where the default list comes from, shown with every s.33 answer.</summary>
    public const string Source = "PA 2023 s.33(1)(a); Procurement Regulations 2024 reg 42(2) Sch 1 \"R\" services (Steward's default list is PCR 2015 reg 77's; check it against Sch 1)";

    /// <summary>Whether <paramref name="cpv"/> (8 digits, a check digit after a dash is ignored) is on the list.</summary>
    public bool Contains(string? cpv)
    {
        var code = Cpv.Digits(cpv);
        if (code is null)
        {
            return false;
        }

        foreach (var entry in Entries)
        {
            var dash = entry.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                var from = Cpv.Digits(entry[..dash]);
                var to = Cpv.Digits(entry[(dash + 1)..]);
                if (from is not null && to is not null && string.CompareOrdinal(code, from) >= 0 && string.CompareOrdinal(code, to) <= 0)
                {
                    return true;
                }
            }
            else if (Cpv.Digits(entry) is { } listed && code.StartsWith(Cpv.Stem(listed), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks every entry reads as a code or a range, naming the one that does not.</summary>
    public IReadOnlyList<Common.Error> Validate() =>
    [
        .. Entries.Select((entry, index) => (entry, index))
            .Where(e => e.entry.Split('-') is var parts && (parts.Length > 2 || parts.Any(p => Cpv.Digits(p) is null)))
            .Select(e => new Common.Error("RULES_INVALID", string.Create(CultureInfo.InvariantCulture,
                $"reservableServices[{e.index}]: \"{e.entry}\" is not an 8-digit CPV code or a FROM-TO range"))),
    ];
}
