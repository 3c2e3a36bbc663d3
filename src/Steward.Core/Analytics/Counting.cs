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

    /// <summary>
    /// Why a process is left out of every figure, or null when it counts: a duplicate of another process (the same
    /// notice published twice counts once, under the process it repeats), or published outside the UK when the
    /// settings ask for UK publishers only (the default).
    /// </summary>
    public static string? Excluded(ProcessView process, AnalyticsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(settings);
        if (process.DuplicateOf is not null)
        {
            return ExcludedDuplicate;
        }

        return settings.UkPublishersOnly && process.OutsideUk ? ExcludedNotUk : null;
    }

    /// <summary>The reason <see cref="Excluded"/> gives for a duplicate.</summary>
    public const string ExcludedDuplicate = "duplicate";

    /// <summary>The reason <see cref="Excluded"/> gives for a process published outside the UK.</summary>
    public const string ExcludedNotUk = "publisher outside the UK";

    /// <summary>
    /// The award counts as spend: it counts (<see cref="Counts"/>) and its process does not set up a framework or
    /// dynamic market, whose award values are ceilings (docs/indicators.md, "Frameworks and dynamic markets").
    /// </summary>
    public static bool IsSpend(AwardView award, ProcessView process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return Counts(award) && !process.SetsCeiling;
    }

    /// <summary>
    /// The ceiling a framework or dynamic market process publishes through <paramref name="awards"/>: for each set of
    /// related lots, the largest award value (every member's award repeats the same ceiling), summed over the lot
    /// sets; else its estimated value; null when neither is published. Never split among members.
    /// </summary>
    public static double? Ceiling(ProcessView process, IEnumerable<AwardView> awards)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(awards);
        var byLots = awards
            .Select(a => (Lots: string.Join(',', a.RelatedLots.Order(StringComparer.Ordinal)), Value: Value(a.Value, a.Currency)))
            .Where(a => a.Value is not null)
            .GroupBy(a => a.Lots, StringComparer.Ordinal)
            .Select(g => g.Max(a => a.Value!.Value))
            .ToList();
        return byLots.Count > 0 ? byLots.Sum() : Value(process.TenderValue, process.TenderCurrency);
    }

    /// <summary>How many suppliers the award lists, resolved or not: the share of its value each one gets is value / this.</summary>
    public static int ListedSuppliers(AwardView award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return Math.Max(award.SupplierCount, award.Suppliers.Count);
    }

    /// <summary>
    /// Splits <paramref name="value"/> equally among the suppliers the award lists and says how much went to SMEs,
    /// to VCSEs and to suppliers whose scale is unknown (absent, or a value outside the codelist). A listed supplier
    /// Steward could not resolve to an organisation counts by the scale and VCSE flag it published, as a resolved one
    /// does; one that published none, and an award listing none, count as unknown.
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
        var unresolved = award.Unresolved ?? UnresolvedSuppliers.None;
        var unlisted = Math.Max(0, listed - award.Suppliers.Count);
        var unresolvedSme = Math.Min(unresolved.Sme, unlisted);
        var unresolvedKnown = Math.Min(unresolvedSme + unresolved.NotSme, unlisted);
        double sme = share * unresolvedSme, vcse = share * Math.Min(unresolved.Vcse, unlisted), unknown = share * (unlisted - unresolvedKnown);
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
