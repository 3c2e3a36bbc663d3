namespace Steward.Core.Suppliers;

/// <summary>
/// PA 2023 s.33(5) and (7): a public service mutual is not "qualifying" if, in the 3 years ending with the award day,
/// it entered a comparable contract: for services of the same kind, with the same contracting authority, awarded in
/// reliance on s.33. "Same kind" is CPV codes sharing <see cref="ClassificationRules.ComparableCpvDigits"/> digits.
/// </summary>
public static class ComparableContracts
{
    public const string Reference = "PA 2023 s.33(5), (7)";

    /// <summary>
    /// The 3 years ending with the award day D run from D − 3 years + 1 day to D: a contract entered on D − 3 years
    /// exactly is outside; one entered the day after is inside; one after D is not earlier and is ignored.
    /// </summary>
    public static bool InWindow(DateOnly contractDate, DateOnly awardDay) =>
        contractDate > awardDay.AddYears(-3) && contractDate <= awardDay;

    public static IReadOnlyList<PriorAward> Find(ReservedLot lot, IReadOnlyList<PriorAward> priorAwards, int cpvDigits)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(priorAwards);
        return
        [
            .. priorAwards.Where(a => lot.BuyerId is not null && string.Equals(a.BuyerId, lot.BuyerId, StringComparison.Ordinal)
                                      && InWindow(a.Date, lot.AwardDate)
                                      && SameKind(a.Cpv, lot.Cpv, cpvDigits)
                                      && !(a.Ocid == lot.Ocid && a.LotId == lot.LotId)),
        ];
    }

    public static bool SameKind(IReadOnlyList<string> a, IReadOnlyList<string> b, int digits)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = a.Select(Cpv.Digits).OfType<string>().Select(c => c[..digits]).ToHashSet(StringComparer.Ordinal);
        return b.Select(Cpv.Digits).OfType<string>().Any(c => left.Contains(c[..digits]));
    }

    public static Reason Reason(ReservedLot lot, IReadOnlyList<PriorAward> found, int cpvDigits)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(found);
        var from = lot.AwardDate.AddYears(-3).AddDays(1);
        if (lot.BuyerId is null)
        {
            return new Reason("noComparableContract", Verdict.Unknown, $"The buyer is not known, so earlier s.33 contracts with it cannot be checked ({Reference}).", Reference);
        }

        if (found.Count == 0)
        {
            return new Reason("noComparableContract", Verdict.True,
                $"The store holds no contract of the same kind (CPV sharing {cpvDigits} digits) awarded to it under s.33 by {lot.BuyerName ?? lot.BuyerId} between {from:yyyy-MM-dd} and {lot.AwardDate:yyyy-MM-dd} ({Reference}; only published awards in the store are checked).", Reference)
            { Figures = Figures.Of(("comparableContracts", 0)) };
        }

        var list = string.Join("; ", found.Select(a => $"{a.Ocid}{(a.LotId is null ? string.Empty : $" lot {a.LotId}")} on {a.Date:yyyy-MM-dd}"));
        return new Reason("noComparableContract", Verdict.False,
            $"It entered a comparable contract under s.33 with {lot.BuyerName ?? lot.BuyerId} in the 3 years ending {lot.AwardDate:yyyy-MM-dd}: {list} ({Reference}).", Reference)
        { Figures = Figures.Of(("comparableContracts", found.Count)) };
    }
}
