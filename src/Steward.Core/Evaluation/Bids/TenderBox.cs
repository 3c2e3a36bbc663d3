namespace Steward.Core.Evaluation.Bids;

/// <summary>
/// The tender box's rules (docs/evaluation.md, "The sealed tender box"): bids are received until the deadline and
/// read by nobody; after it the box stays shut until it is opened by an explicit act, by one person or two as the
/// buyer's settings ask. The deadline is the last second of the published tender period's end day (UTC), the
/// instant the tender notice's <c>tenderPeriod.endDate</c> states.
/// </summary>
public static class TenderBox
{
    /// <summary>The deadline of a tender period ending on <paramref name="endDate"/>: 23:59:59 UTC that day, as published.</summary>
    public static DateTimeOffset Deadline(DateOnly endDate) => new(endDate.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);

    /// <summary>Where the box stands at <paramref name="now"/>.</summary>
    public static BoxState State(DateTimeOffset deadline, DateTimeOffset? openedAt, DateTimeOffset now) =>
        openedAt is not null ? BoxState.Opened : now <= deadline ? BoxState.Receiving : BoxState.Closed;

    /// <summary>
    /// A bid received after the deadline is late: it is kept, marked late and not assessed unless a recorded decision
    /// admits it (a breach of a procedural requirement, PA 2023 s.19(3)(d)).
    /// </summary>
    public static bool IsLate(DateTimeOffset received, DateTimeOffset deadline) => received > deadline;

    /// <summary>The reference shown with every refusal to read a sealed bid.</summary>
    public const string SealReference = "PA 2023 s.96; PCR 2015 reg 22(1)(c) as good practice: bids are read only after the deadline, by authorised people";
}
