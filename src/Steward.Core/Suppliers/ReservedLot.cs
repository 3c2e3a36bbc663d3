namespace Steward.Core.Suppliers;

/// <summary>
/// A lot reserved under s.32, s.33 or the UK smeVcse reservation: what eligibility needs to know of it. From the store
/// (a published lot) or typed in by a buyer planning one.
/// </summary>
public sealed record ReservedLot
{
    public Reservation Reservation { get; init; }

    /// <summary>The contracting authority, as the store keys organisations (e.g. <c>GB-PPON-ABCD-1234-EFGH</c>).</summary>
    public string? BuyerId { get; init; }

    public string? BuyerName { get; init; }

    /// <summary>What it buys: CPV codes.</summary>
    public IReadOnlyList<string> Cpv { get; init; } = [];

    /// <summary>The day the contract is (or will be) awarded: s.33(5)'s 3 years end with it.</summary>
    public DateOnly AwardDate { get; init; }

    /// <summary>The contract term's first day.</summary>
    public DateOnly? TermStart { get; init; }

    /// <summary>The contract term's last day, including any extensions (s.33(1)(b) counts the maximum term).</summary>
    public DateOnly? TermEnd { get; init; }

    /// <summary>Whether the contract is above the thresholds (OCDS <c>tender.aboveThreshold</c>), when known.</summary>
    public bool? AboveThreshold { get; init; }

    /// <summary>The published process and lot, when it came from the store.</summary>
    public string? Ocid { get; init; }

    public string? LotId { get; init; }
}
