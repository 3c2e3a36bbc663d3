namespace Steward.Data.Entities;

/// <summary>
/// A lot's award (table <c>lot_awards</c>): the decision with its arithmetic, the assessment summaries issued, the
/// contract award notice and its standstill, entry into the contract and the contract details notice.
/// </summary>
public class LotAwardRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string BoxId { get; set; } = string.Empty;

    public string Lot { get; set; } = string.Empty;

    public string WinnerBidId { get; set; } = string.Empty;

    /// <summary>The decision's result, JSON as <c>steward tenders score</c> writes a lot (bids named by bid id).</summary>
    public string Result { get; set; } = "{}";

    public DateTime DecidedAt { get; set; }

    /// <summary>The winning price, public once the award notice is published.</summary>
    public decimal Value { get; set; }

    /// <summary>
    /// The winner's social value commitments, JSON as BID.json writes them: published with the award and kept here,
    /// out of the sealed bid, as the contract's KPIs for delivery.
    /// </summary>
    public string Commitments { get; set; } = "[]";

    public DateTime? SummariesIssuedAt { get; set; }

    public DateTime? NoticePublishedAt { get; set; }

    /// <summary>The working-day calendar the standstill was counted on (all-uk, england-and-wales, scotland, northern-ireland).</summary>
    public string? StandstillCalendar { get; set; }

    public DateOnly? StandstillLastDay { get; set; }

    public DateTime? ContractEnteredAt { get; set; }

    public DateOnly? ContractStart { get; set; }

    public DateOnly? ContractEnd { get; set; }

    public DateTime? ContractNoticePublishedAt { get; set; }

    string IAuditedRow.AuditSubject => $"box:{BoxId}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["lot"] = Lot,
        ["winner"] = WinnerBidId,
        ["summariesIssued"] = SummariesIssuedAt is null ? null : "true",
        ["awardNotice"] = NoticePublishedAt is null ? null : "published",
        ["standstillLastDay"] = StandstillLastDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["contract"] = ContractEnteredAt is null ? null : "entered",
    };
}
