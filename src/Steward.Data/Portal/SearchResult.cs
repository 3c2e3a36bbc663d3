namespace Steward.Data.Portal;

/// <summary>
/// One page of matching processes. <see cref="Total"/> is exact, or null when the words match more processes than
/// are counted and ranked one by one (<see cref="ProcessSearch.RankLimit"/>): then <see cref="HasMore"/> says whether
/// another page follows, and <see cref="Order"/> says how the page was actually ordered.
/// </summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int? Total, bool HasMore, int Page, int PageSize, SearchOrder Order)
{
    /// <summary>How many pages there are, when the total is known.</summary>
    public int? Pages => Total is not { } total ? null : total == 0 ? 0 : ((total - 1) / PageSize) + 1;
}

/// <summary>A matching process, as a results list shows it.</summary>
public sealed record SearchHit(
    string Ocid,
    string? Title,
    string? BuyerId,
    string? BuyerName,
    string? Status,
    string? ProcurementMethod,
    double? TenderValue,
    string? Currency,
    DateTime? FirstPublished,
    string? MainCpv,
    DateTime? ClosingDate = null);
