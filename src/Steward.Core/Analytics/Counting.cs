namespace Steward.Core.Analytics;

/// <summary>
/// The counting rules every figure shares (docs/indicators.md, "Counting rules"): which awards count, which
/// amounts are values, how an award's value is split among its suppliers, and how scale and VCSE status are read.
/// </summary>
public static class Counting
{
    /// <summary>Scales that make a supplier an SME (OCDS <c>partyScale</c> plus the UK's small/medium/micro).</summary>
    private static readonly HashSet<string> SmeScales = new(StringComparer.OrdinalIgnoreCase) { "sme", "small", "medium", "micro" };

    /// <summary>Scales that say something: the SME ones, large and selfEmployed. Any other value says nothing.</summary>
    private static readonly HashSet<string> KnownScales = new(StringComparer.OrdinalIgnoreCase) { "sme", "small", "medium", "micro", "large", "selfEmployed" };

    /// <summary>An award counts when its status is <c>active</c> or absent (pending, cancelled and unsuccessful ones do not).</summary>
    public static bool Counts(AwardView award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return award.Status is null || string.Equals(award.Status, "active", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// An amount is a value when its currency is GBP or absent and it is above 1: publishers write 0 or 1 as a
    /// placeholder for "not disclosed" (docs/indicators.md). Otherwise null.
    /// </summary>
    public static double? Value(double? amount, string? currency) =>
        amount is > 1 && (currency is null || string.Equals(currency, "GBP", StringComparison.OrdinalIgnoreCase)) ? amount : null;

    /// <summary>The scale says something about size: a value outside the scale codelist ("Not specified") does not.</summary>
    public static bool IsKnownScale(string? scale) => scale is not null && KnownScales.Contains(scale);

    /// <summary>The scale says SME (sme, small, medium or micro).</summary>
    public static bool IsSme(string? scale) => scale is not null && SmeScales.Contains(scale);

    /// <summary>How many suppliers the award lists, resolved or not: the share of its value each one gets is value / this.</summary>
    public static int ListedSuppliers(AwardView award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return Math.Max(award.SupplierCount, award.Suppliers.Count);
    }

    /// <summary>
    /// Splits <paramref name="value"/> equally among the suppliers the award lists and says how much went to SMEs,
    /// to VCSEs and to suppliers whose scale is unknown (absent, or a value outside the codelist). A listed
    /// supplier Steward could not resolve to an organisation, and an award listing none, count as unknown.
    /// </summary>
    public static ScaleSplit Split(AwardView award, double value)
    {
        ArgumentNullException.ThrowIfNull(award);
        var listed = ListedSuppliers(award);
        if (listed == 0)
        {
            return new ScaleSplit(0, 0, value);
        }

        var share = value / listed;
        double sme = 0, vcse = 0, unknown = share * (listed - award.Suppliers.Count);
        foreach (var supplier in award.Suppliers)
        {
            if (IsSme(supplier.Scale))
            {
                sme += share;
            }
            else if (!IsKnownScale(supplier.Scale))
            {
                unknown += share;
            }

            if (supplier.Vcse == true)
            {
                vcse += share;
            }
        }

        return new ScaleSplit(sme, vcse, unknown);
    }
}

/// <summary>How an award's value divides: to SMEs, to VCSEs (which may also be SMEs) and to suppliers of unknown scale.</summary>
public readonly record struct ScaleSplit(double Sme, double Vcse, double UnknownScale);
