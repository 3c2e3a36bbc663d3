namespace Steward.Core.Suppliers;

/// <summary>Whether a lot may be reserved as it is: the s.33 services and term tests, the smeVcse threshold test.</summary>
public static class LotTests
{
    /// <summary>s.33(1)(b): a maximum term of 5 years or less.</summary>
    public const int MaximumS33TermYears = 5;

    public static IReadOnlyList<Reason> Check(ReservedLot lot, ClassificationRules rules)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(rules);
        return lot.Reservation switch
        {
            Reservation.SupportedEmployment =>
            [
                new Reason("lotMayBeReserved", Verdict.True, "Any goods, services or works may be reserved for supported employment providers (PA 2023 s.32(1); Cabinet Office guidance on reserving contracts, para 5).", "PA 2023 s.32(1)"),
            ],
            Reservation.PublicServiceMutual => [Services(lot, rules), Term(lot)],
            _ => [Threshold(lot)],
        };
    }

    private static Reason Services(ReservedLot lot, ClassificationRules rules)
    {
        const string reference = "PA 2023 s.33(1)(a)";
        if (lot.Cpv.Count == 0)
        {
            return new Reason("reservableServices", Verdict.Unknown, $"The lot's CPV codes are missing, so whether it is for reservable light-touch services cannot be told ({reference}).", reference);
        }

        var outside = lot.Cpv.Where(c => !rules.ReservableServices.Contains(c)).ToList();
        return outside.Count == 0
            ? new Reason("reservableServices", Verdict.True, $"Every CPV code of the lot ({string.Join(", ", lot.Cpv)}) is a reservable light-touch service ({ReservableServices.Source}).", reference)
            : new Reason("reservableServices", Verdict.False, $"{string.Join(", ", outside)} {(outside.Count == 1 ? "is" : "are")} not on the reservable light-touch services list, so the lot cannot be reserved under s.33 ({ReservableServices.Source}).", reference);
    }

    /// <summary>
    /// The term runs from <see cref="ReservedLot.TermStart"/> to <see cref="ReservedLot.TermEnd"/>, both days included
    /// (OCDS <c>contractPeriod.endDate</c> is the last day). It is at most 5 years when the last day is no later than the
    /// day before the fifth anniversary of the start: 2026-04-01 to 2031-03-31 is exactly 5 years and passes; to
    /// 2031-04-01 is 5 years and a day and fails.
    /// </summary>
    private static Reason Term(ReservedLot lot)
    {
        const string reference = "PA 2023 s.33(1)(b)";
        if (lot.TermStart is not { } start || lot.TermEnd is not { } end)
        {
            return new Reason("term", Verdict.Unknown, $"The contract's start or end date is missing; a contract reserved under s.33 may last at most {MaximumS33TermYears} years ({reference}).", reference);
        }

        var limit = start.AddYears(MaximumS33TermYears).AddDays(-1);
        var passes = end <= limit;
        var over = passes ? string.Empty : $", {end.DayNumber - limit.DayNumber} day(s) too long";
        return new Reason("term", passes ? Verdict.True : Verdict.False,
            $"The term {start:yyyy-MM-dd} to {end:yyyy-MM-dd} {(passes ? "is within" : "is longer than")} the {MaximumS33TermYears}-year maximum (last allowed day {limit:yyyy-MM-dd}{over}) ({reference}).", reference)
        { Figures = Figures.Of(("termDays", end.DayNumber - start.DayNumber + 1), ("maximumDays", limit.DayNumber - start.DayNumber + 1)) };
    }

    private static Reason Threshold(ReservedLot lot)
    {
        var reference = Reservation.SmeVcse.Reference();
        return lot.AboveThreshold switch
        {
            true => new Reason("belowThreshold", Verdict.False, $"The contract is above the thresholds; the smeVcse reservation is for below-threshold contracts ({reference}).", reference),
            false => new Reason("belowThreshold", Verdict.True, $"The contract is below the thresholds ({reference}).", reference),
            null => new Reason("belowThreshold", Verdict.Unknown, $"Whether the contract is above the thresholds is not known; the smeVcse reservation is for below-threshold contracts ({reference}).", reference),
        };
    }
}
